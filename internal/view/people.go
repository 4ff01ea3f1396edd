package view

import (
	"html/template"

	"lectern/internal/content"
	"lectern/internal/site"
)

// PersonRef is what other pages show of a speaker or author: a talk's
// chips and biographies, a list's bylines.
type PersonRef struct {
	Name string
	Slug string
	// URL is the person's page on the site ("/speakers/ada/"), "" for an
	// author without one; Website is their own site.
	URL      string
	Website  string
	Photo    string
	Company  string
	Pronouns string
	Role     string
	// Bio is the short biography as written; BioHTML is it rendered.
	Bio      string
	BioHTML  template.HTML
	Twitter  string
	Github   string
	Mastodon string
	LinkedIn string
}

// Person returns the person's profile as written, for the photoURL and
// personLinks template functions ({{photoURL .Person}}): its URL is the
// person's website.
func (p *PersonRef) Person() content.Person {
	return profile(p.Name, p.Slug, p.Website, p.Photo, p.Company, p.Pronouns, p.Role, p.Bio, p.Twitter, p.Github, p.Mastodon, p.LinkedIn)
}

// Person is a speaker's own page and an entry of the speakers index:
// the person, their talks and notes.
type Person struct {
	Name     string
	Slug     string
	URL      string
	Website  string
	Photo    string
	Company  string
	Pronouns string
	Role     string
	Bio      string
	BioHTML  template.HTML
	Twitter  string
	Github   string
	Mastodon string
	LinkedIn string
	// OwnBio is BioHTML, or "" when the bio is the body of the person's
	// page, which the page shows anyway. Set on the person's own page.
	OwnBio template.HTML
	// Talks are sorted by date, then title, hidden ones included; Notes
	// are the notes they wrote, newest first.
	Talks []*Entry
	Notes []*Entry
	// TalkCount is how many of Talks are not hidden.
	TalkCount int
	// TalksByEvent are the talks that are not hidden, grouped by event in
	// the order of their first talk, talks of no event last.
	TalksByEvent []EventTalks
	// Anchor is the id of the person's entry on the speakers index when
	// they have no page of their own (their speaker page says render:
	// never): their URL then ends in "#" + Anchor. "" for everyone else.
	Anchor string
	// Page is the person's own page under content/speakers/. It is set on
	// the person's own output only, nil elsewhere and when there is none.
	Page *Page
}

// Person returns the person's profile as written; see PersonRef.Person.
func (p *Person) Person() content.Person {
	return profile(p.Name, p.Slug, p.Website, p.Photo, p.Company, p.Pronouns, p.Role, p.Bio, p.Twitter, p.Github, p.Mastodon, p.LinkedIn)
}

func profile(name, slug, website, photo, company, pronouns, role, bio, twitter, github, mastodon, linkedin string) content.Person {
	return content.Person{
		Name: name, Slug: slug, URL: website, Photo: photo, Company: company, Pronouns: pronouns,
		Role: role, Bio: bio, Twitter: twitter, Github: github, Mastodon: mastodon, LinkedIn: linkedin,
	}
}

// EventTalks are a person's talks at one event.
type EventTalks struct {
	// Event is nil for the talks of no event.
	Event *EventRef
	Talks []*Entry
}

// speakersOf is the speakers p shows: the site's people its talk names,
// or, for a note, the speakers it writes about, linked to their pages
// where the site has them (site.Site.noteSpeakers). A blog post of
// notes on a talk the author heard names the talk's speaker (speaker:
// Ada Vance, beside its event, slides and video).
func speakersOf(p *site.Page, b *Builder) []*PersonRef {
	return each(p.Speakers, b.PersonRef)
}
