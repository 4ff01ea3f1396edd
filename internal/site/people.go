package site

import (
	"html/template"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// people merges every person named by a speaker page, a talk or a note
// into one Speaker per slug. Speaker pages go first, so that what a person
// wrote about themselves leads over what talk files say; after them, the
// first file (by name) to set a field wins.
func (b *builder) people() {
	s := b.site
	s.speakersBySlug = map[string]*Speaker{}
	// aliases maps a speaker page's own slug to its person, so that
	// speaker_slugs may name the page rather than the person.
	aliases := map[string]*Speaker{}
	s.speakerAliases = aliases
	b.photos = map[*Speaker][]photo{}
	pagesOf := map[*Speaker][]*Page{}
	add := func(page *Page, p content.Person) *Speaker {
		sp := s.personNamed(p.Slug)
		if sp == nil {
			sp = &Speaker{Person: content.Person{Slug: p.Slug}, URL: expand(b.cfg.Permalinks.Speaker, p.Slug, zeroTime)}
			s.speakersBySlug[p.Slug] = sp
			s.Speakers = append(s.Speakers, sp)
		}
		if p.Photo != "" {
			// Chosen once assets are placed (see resolvePhotos).
			b.photos[sp] = append(b.photos[sp], photo{written: p.Photo, page: page})
		}
		merge(&sp.Person, p)
		return sp
	}
	for _, p := range s.Pages {
		if p.Doc.Kind != content.KindSpeaker {
			continue
		}
		sp := add(p, speakerPerson(&p.Doc))
		sp.Page = p
		if p.Doc.URL != "" {
			sp.URL = EscapePath(p.Doc.URL)
		}
		aliases[p.Doc.Slug] = sp
		if fs := content.FileSlug(p.Doc.Path); fs != "" && aliases[fs] == nil {
			// A talk may name the page by its file, whatever slug the
			// page sets (speakers: [bill-kennedy] or [_speakers/
			// bill-kennedy.md] for speakers/bill-kennedy.md).
			aliases[fs] = sp
		}
		for _, k := range idParams {
			// A talk may name the page by its id (speakers:
			// [ab95c964-e217] beside uuid: ab95c964-e217), as data
			// records are named.
			if id, ok := p.Doc.Params[k].(string); ok {
				if slug := content.Slugify(id); slug != "" && aliases[slug] == nil {
					aliases[slug] = sp
				}
			}
		}
		p.Speakers = []*Speaker{sp}
		pagesOf[sp] = append(pagesOf[sp], p)
	}
	b.editions(pagesOf)
	for _, p := range s.Pages {
		if p.Doc.Kind != content.KindTalk {
			continue
		}
		for _, person := range p.Doc.Speakers {
			if person.Slug == "" {
				continue
			}
			sp := add(p, person)
			if ed := sp.editionFor(p.Event); ed != sp {
				// The talk is the edition's, as its event's page is.
				merge(&ed.Person, person)
				sp = ed
			}
			if !slices.Contains(p.Speakers, sp) {
				p.Speakers = append(p.Speakers, sp)
			}
			if !p.Doc.Hidden && !p.Pageless {
				sp.Talks = append(sp.Talks, p)
			}
		}
	}
	for _, p := range s.Pages {
		for _, person := range p.Doc.Authors {
			sp := s.personNamed(person.Slug)
			if sp == nil && b.cfg.Permalinks.Author != "" {
				// Hugo's authors taxonomy: the author is a person with a
				// page lectern makes, at the URL Hugo gives their term.
				sp = add(p, person)
				sp.URL = authorURL(b.cfg.Permalinks.Author, person)
			}
			if sp == nil {
				// A note's author who gives no talk gets no speaker page:
				// the name is shown, unlinked.
				p.Authors = append(p.Authors, &Speaker{Person: person})
				continue
			}
			p.Authors = append(p.Authors, sp)
			if !p.Doc.Hidden {
				sp.Notes = append(sp.Notes, p)
			}
		}
	}
	for _, p := range s.Pages {
		if p.Doc.Kind == content.KindNote {
			p.Speakers = s.noteSpeakers(p)
		}
	}
	for _, sp := range s.SpeakersWithEditions() {
		slices.SortStableFunc(sp.Talks, byDate)
		slices.SortStableFunc(sp.Notes, newestFirst)
	}
	sortFolded(s.Speakers, func(sp *Speaker) string { return sp.Name }, func(a, b *Speaker) int { return strings.Compare(a.Slug, b.Slug) })
}

// authorURL is the URL, under pattern (config.Permalinks.Author), of
// the page of author, who is no other person of the site: named by the
// term the note wrote (authors: [ada] is /authors/ada/ though an
// authors file names her Ada Lovelace), as Hugo names a taxonomy's
// term pages. An author the note wrote as they are is named by the name
// made a URL part as Hugo's urlize makes it (José Ñúñez at
// /authors/josé-ñúñez/), accents kept, else by their slug: only a Hugo
// site sets the pattern.
func authorURL(pattern string, author content.Person) string {
	term := author.Term
	if term == "" {
		term = content.HugoNames.Part(author.Name)
	}
	if term == "" {
		term = author.Slug
	}
	return expand(pattern, term, zeroTime)
}

// noteSpeakers are the speakers note p writes about (a meetup's recap:
// speakers: [Ada Lovelace, Grace Hopper]; notes on a talk heard:
// speaker: grace), in order: each the person of the site whom the
// name, or the id or file of their speaker page, names, so that the
// note links their page; one the site has no person for is shown by
// name, unlinked, as a note's author who gives no talk is. A note makes
// no person and is none of their talks.
func (s *Site) noteSpeakers(p *Page) []*Speaker {
	var out []*Speaker
	for _, person := range p.Doc.Speakers {
		sp := s.personNamed(person.Slug)
		if sp == nil {
			sp = &Speaker{Person: person}
		}
		if !slices.Contains(out, sp) {
			out = append(out, sp)
		}
	}
	return out
}

// idParams are the fields by which a speaker page may be named, beside
// its slug.
var idParams = []string{"id", "uuid", "code", "key"}

// personNamed returns the person of the site whom slug names: the
// person of that slug, else the person whose speaker page has it (as its
// slug or id); nil for none.
func (s *Site) personNamed(slug string) *Speaker {
	if sp := s.speakersBySlug[slug]; sp != nil {
		return sp
	}
	return s.speakerAliases[slug]
}

// bioText is sp's bio, bio, rendered as Build renders it: from their
// speaker page's bio field when they have a page (the diagnostics point
// there), else from no file.
func bioText(md *markdown.Renderer, memo *Memo, sp *Speaker, bio string) markdown.TextResult {
	at := bioPos(sp)
	return memo.text(md, at.File, bio, at.Line)
}

// bioPos is where sp's bio is written: its line in the speaker's page,
// or nowhere known for a bio a data file gives.
func bioPos(sp *Speaker) diag.Pos {
	if sp.Page == nil {
		return diag.Pos{}
	}
	return diag.Pos{File: sp.Page.Doc.File, Line: sp.Page.Doc.Pos("bio").Line}
}

// speakerPerson is the person a speaker page declares: the first of its
// speakers, else one named by its title, with the page's slug when
// neither gives one.
func speakerPerson(d *content.Document) content.Person {
	person := content.Person{Name: d.Title, Slug: content.Slugify(d.Title)}
	if len(d.Speakers) > 0 {
		person = d.Speakers[0]
	}
	if person.Slug == "" {
		person.Slug = d.Slug
	}
	return person
}

// merge fills the empty fields of dst from src.
func merge(dst *content.Person, src content.Person) {
	fill := func(d *string, s string) {
		if *d == "" {
			*d = s
		}
	}
	fill(&dst.Name, src.Name)
	fill(&dst.Bio, src.Bio)
	fill(&dst.Company, src.Company)
	fill(&dst.Twitter, src.Twitter)
	fill(&dst.Github, src.Github)
	fill(&dst.Mastodon, src.Mastodon)
	fill(&dst.LinkedIn, src.LinkedIn)
	fill(&dst.URL, src.URL)
	fill(&dst.Photo, src.Photo)
	fill(&dst.Pronouns, src.Pronouns)
	fill(&dst.Role, src.Role)
}

// OwnBio is the person's short bio, rendered, for their own page: empty
// when it is the body of their speaker page, which the page shows anyway
// (a speaker page without a bio field gives its body as the bio).
func (sp *Speaker) OwnBio() template.HTML {
	if sp.Page != nil && strings.TrimSpace(string(sp.Page.Source())) == strings.TrimSpace(sp.Bio) {
		return ""
	}
	return sp.BioHTML
}
