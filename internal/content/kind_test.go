package content

import (
	"strings"
	"testing"
)

func TestKindOf(t *testing.T) {
	tests := []struct {
		name string
		path string
		h    KindHints
		want Kind
	}{
		{"explicit kind wins over folder", "talks/a.md", KindHints{Kind: "reading"}, KindReading},
		{"explicit kind ignores case", "a.md", KindHints{Kind: " Event "}, KindEvent},
		{"explicit page", "notes/a.md", KindHints{Kind: "page"}, KindPage},
		{"unknown explicit kind falls through", "talks/a.md", KindHints{Kind: "lecture"}, KindTalk},
		{"talks/", "talks/a.md", KindHints{}, KindTalk},
		{"_talks/", "_talks/a.md", KindHints{}, KindTalk},
		{"sessions/", "sessions/a.md", KindHints{}, KindTalk},
		{"schedule/", "schedule/day1/a.md", KindHints{}, KindTalk},
		{"workshops/", "workshops/010-a.md", KindHints{HasDate: true}, KindTalk},
		{"tutorials/: a blog's articles, no talks by their folder", "tutorials/go-modules.md", KindHints{HasDate: true}, KindNote},
		{"a note about a workshop", "notes/workshops/a.md", KindHints{HasDate: true}, KindNote},
		{"notes/", "notes/a.md", KindHints{}, KindNote},
		{"posts/", "posts/a.md", KindHints{}, KindNote},
		{"_posts/", "_posts/2020-01-01-a.md", KindHints{}, KindNote},
		{"blog/", "blog/a.md", KindHints{}, KindNote},
		{"reading/", "reading/a.md", KindHints{}, KindReading},
		{"books/", "books/a.md", KindHints{}, KindReading},
		{"speakers/", "speakers/a.md", KindHints{}, KindSpeaker},
		{"presenters/", "presenters/a.md", KindHints{}, KindSpeaker},
		{"_presenters/", "_presenters/a.md", KindHints{}, KindSpeaker},
		{"a Hugo section person/, dated", "person/ada/index.md", KindHints{HasDate: true}, KindSpeaker},
		{"person/'s own index is its page", "person/_index.md", KindHints{HasDate: true}, KindPage},
		{"people/", "people/ada.md", KindHints{}, KindSpeaker},
		{"_participants/", "_participants/ada.md", KindHints{}, KindSpeaker},
		{"keynoters/", "keynoters/ada.md", KindHints{}, KindSpeaker},
		{"a podcast's guest/", "guest/jsmith.md", KindHints{}, KindSpeaker},
		{"a podcast's hosts/", "hosts/mstratton.md", KindHints{}, KindSpeaker},
		{"events/", "events/a.md", KindHints{}, KindEvent},
		{"meetups/", "meetups/2019-08-15.md", KindHints{}, KindEvent},
		{"_meetups/", "_meetups/2019-08-15.md", KindHints{}, KindEvent},
		{"meetup/", "meetup/a.md", KindHints{}, KindEvent},
		{"a Jekyll collection: _speakers/", "_speakers/a.md", KindHints{}, KindSpeaker},
		{"a Jekyll collection: _sessions/", "_sessions/a.md", KindHints{}, KindTalk},
		{"a Hugo section in the singular: post/", "post/a.md", KindHints{}, KindNote},
		{"a Hugo section in the singular: talk/", "talk/a.md", KindHints{}, KindTalk},
		{"an underscore before an unknown name", "_drafts2/a.md", KindHints{}, KindPage},
		{"sponsors/", "sponsors/a.md", KindHints{}, KindSponsor},
		{"_sponsors/ with a dated file name", "_sponsors/2019-01-01-a.md", KindHints{HasDate: true}, KindSponsor},
		{"sponsor/", "sponsor/a.md", KindHints{}, KindSponsor},
		{"type sponsor", "a.md", KindHints{Type: "sponsor"}, KindSponsor},
		{"layout sponsor", "partners/a.md", KindHints{Layout: "sponsor"}, KindSponsor},
		{"sponsor-shaped front matter", "partners/a.md", KindHints{Sponsor: true}, KindSponsor},
		{"sponsor-shaped with a date is a note", "a.md", KindHints{Sponsor: true, HasDate: true}, KindNote},
		{"sponsor-shaped with speakers is a talk", "a.md", KindHints{Sponsor: true, HasSpeakers: true}, KindTalk},
		{"nearest folder decides", "events/pycon/talks/a.md", KindHints{}, KindTalk},
		{"folder wins over layout", "notes/a.md", KindHints{Layout: "talk"}, KindNote},
		{"folder wins over speakers", "notes/a.md", KindHints{HasSpeakers: true}, KindNote},
		{"layout talk", "a.md", KindHints{Layout: "talk"}, KindTalk},
		{"layout named as its template file", "a.md", KindHints{Layout: "layouts/Session.njk"}, KindTalk},
		{"layout with two template extensions", "a.md", KindHints{Layout: "talk.11ty.js"}, KindTalk},
		{"a dotted name that is no template", "a.md", KindHints{Layout: "talk.v2"}, KindPage},
		{"layout session", "a.md", KindHints{Layout: "session"}, KindTalk},
		{"layout session-details", "x/a.md", KindHints{Layout: "session-details"}, KindTalk},
		{"layout keynote", "a.md", KindHints{Layout: "keynote"}, KindTalk},
		{"layout tutorial", "a.md", KindHints{Layout: "tutorial"}, KindTalk},
		{"layout post", "a.md", KindHints{Layout: "post", HasSpeakers: true}, KindNote},
		{"type talk", "a.md", KindHints{Type: "talk"}, KindTalk},
		{"type post", "a.md", KindHints{Type: "post"}, KindNote},
		{"layout before a type naming another kind", "a.md", KindHints{Layout: "post", Type: "talk"}, KindNote},
		{"type naming the layout's kind", "notes/a.md", KindHints{Layout: "talk", Type: "talk"}, KindTalk},
		{"layout before a type that names no kind", "a.md", KindHints{Layout: "post", Type: "keynote"}, KindNote},
		{"type naming a kind beats folder", "events/berlin/program/a.md", KindHints{Type: "Talk"}, KindTalk},
		{"type page beats folder", "talks/a.md", KindHints{Type: "page"}, KindPage},
		{"layout naming another kind beats type", "_talks/a.md", KindHints{Layout: "talk", Type: "event"}, KindTalk},
		{"_pages/", "_pages/about.md", KindHints{}, KindPage},
		{"pages/", "pages/faq.md", KindHints{HasDate: true}, KindPage},
		{"Stack's page/ holds dated pages", "page/about/index.md", KindHints{HasDate: true}, KindPage},
		{"Stack's page/ archives with its layout", "page/archives/index.md", KindHints{HasDate: true, Layout: "archives"}, KindPage},
		{"outermost folder wins", "notes/sessions/a.md", KindHints{}, KindNote},
		{"outermost folder wins over schedule", "_pages/schedule/friday.md", KindHints{}, KindPage},
		{"events/ holds other kinds", "events/pycon/speakers/a.md", KindHints{}, KindSpeaker},
		{"events/ alone is an event", "events/pycon/a.md", KindHints{HasDate: true}, KindEvent},
		{"an undated event file is an event", "events/pycon.md", KindHints{}, KindEvent},
		{"an undated page in an event's folder is a page", "events/2019-london/welcome.md", KindHints{Type: "welcome"}, KindPage},
		{"type event in an event's folder is a page about it", "events/2019-chicago/contact.md", KindHints{Type: "event"}, KindPage},
		{"type event below an event's folder is a page about it", "_events/2019/chicago/sponsor.md", KindHints{Type: "event", Sponsor: true}, KindPage},
		{"type event of a dated file in an event's folder is the event", "events/2019/london.md", KindHints{Type: "event", HasDate: true}, KindEvent},
		{"type event of an event folder's index is the event", "events/pycon/_index.md", KindHints{Type: "event"}, KindEvent},
		{"type event of an events file is the event", "events/pycon.md", KindHints{Type: "event"}, KindEvent},
		{"type event outside events/ is an event", "about/pycon.md", KindHints{Type: "event"}, KindEvent},
		{"an undated page below an event's folder is a page", "_events/2019/london/location.md", KindHints{}, KindPage},
		{"an undated bundle of an event's folder is the event", "events/pycon/index.md", KindHints{}, KindEvent},
		{"section index is a page", "talks/index.md", KindHints{}, KindPage},
		{"section _index is a page", "blog/_index.md", KindHints{HasDate: true}, KindPage},
		{"section README is a page", "speakers/README.md", KindHints{}, KindPage},
		{"top-level index is a page", "index.md", KindHints{}, KindPage},
		{"bundle index is its folder's kind", "talks/my-talk/index.md", KindHints{}, KindTalk},
		{"event _index is the event", "events/pycon/_index.md", KindHints{}, KindEvent},
		{"event/ is events", "event/pycon.md", KindHints{HasDate: true}, KindEvent},
		{"an event page naming its event and people is a talk", "event/my-talk/index.md", KindHints{NamesEvent: true, HasAuthors: true, HasDate: true}, KindTalk},
		{"an events page naming its event and speakers is a talk", "events/pycon/a.md", KindHints{NamesEvent: true, HasSpeakers: true}, KindTalk},
		{"an event page naming an event alone stays an event", "events/pycon/_index.md", KindHints{NamesEvent: true}, KindEvent},
		{"person _index is the person", "authors/admin/_index.md", KindHints{}, KindSpeaker},
		{"speaker folder _index is the speaker", "speakers/ada/_index.md", KindHints{}, KindSpeaker},
		{"authors/ holds people", "authors/ada.md", KindHints{HasDate: true}, KindSpeaker},
		{"authors section page", "authors/_index.md", KindHints{}, KindPage},
		{"explicit kind beats section index", "talks/index.md", KindHints{Kind: "talk"}, KindTalk},
		{"layout page", "a.md", KindHints{Layout: "page", HasDate: true}, KindPage},
		{"undated top-level file is a page", "about.md", KindHints{}, KindPage},
		{"undated file in an unknown folder is a page", "community/conduct.md", KindHints{}, KindPage},
		{"layout default decides nothing", "faq.md", KindHints{Layout: "default"}, KindPage},
		{"undated file in notes/ is a note", "notes/a.md", KindHints{}, KindNote},
		{"unknown layout falls through", "a.md", KindHints{Layout: "default", HasSpeakers: true}, KindTalk},
		{"speakers make a talk", "a.md", KindHints{HasSpeakers: true}, KindTalk},
		{"dated is a note", "misc/a.md", KindHints{HasDate: true}, KindNote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := KindOf(tt.path, tt.h); got != tt.want {
				t.Errorf("KindOf(%q, %+v) = %q, want %q", tt.path, tt.h, got, tt.want)
			}
		})
	}
}

func TestParseKinds(t *testing.T) {
	tests := []struct {
		name, path, fm string
		want           Kind
	}{
		{"kind field", "talks/a.md", "kind: note", KindNote},
		{"presenters field", "a.md", "presenters: [Ada]", KindTalk},
		{"presenter field", "a.md", "presenter: Ada Lovelace, Grace Hopper", KindTalk},
		{"speaker_slugs field", "a.md", "speaker_slugs: [ada]", KindTalk},
		{"empty speakers do not count", "a.md", "speakers:", KindPage},
		{"date makes a note", "a.md", "date: 2020-01-02", KindNote},
		{"pubDate makes a note", "a.md", "pubDate: 2020-01-02", KindNote},
		{"published date makes a note", "a.md", "published: 2020-01-02", KindNote},
		{"published boolean is no date", "a.md", "published: true", KindPage},
		{"file name date makes a note", "2020-01-02-a.md", "", KindNote},
		{"no date is a page", "about.md", "layout: default", KindPage},
		{"Type talk in an event's program", "events/berlin/program/a.md", "Type: talk", KindTalk},
		{"layout field", "a.md", "layout: session-details", KindTalk},
		{"type field", "a.md", "type: post\nspeakers: [Ada]", KindNote},
		{"no front matter", "speakers/a.md", "", KindSpeaker},
		{"sponsor card by its shape", "partners/acme.md", "level: Gold\nlogo: acme.png\nurl: https://acme.example/", KindSponsor},
		{"tier field with image and website", "acme.md", "tier: Partner\nimage: acme.png\nwebsite: https://acme.example/", KindSponsor},
		{"a talk's level is no tier", "a.md", "level: Beginner\nlogo: a.png\nlink: https://a.example/", KindPage},
		{"a tier without a logo is no card", "a.md", "level: Gold\nlink: https://a.example/", KindPage},
		{"a dated post with a tier word is a note", "a.md", "level: Gold\nlogo: a.png\nlink: https://a.example/\ndate: 2020-01-02", KindNote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseYAML(tt.path, "title: x\n"+tt.fm).Kind; got != tt.want {
				t.Errorf("kind %q, want %q", got, tt.want)
			}
		})
	}
}

func TestKindWithoutFrontMatter(t *testing.T) {
	tests := []struct {
		name, path string
		want       Kind
	}{
		{"dated file name is a note", "2020-01-02-thoughts.md", KindNote},
		{"undated file is a page", "conduct.md", KindPage},
		{"notes folder", "notes/thoughts.md", KindNote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Parse("content/"+tt.path, []byte("Some text.\n"), Options{}).Kind; got != tt.want {
				t.Errorf("kind %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSectionPosts: on a Hugo site (Options.SectionPosts), a dated page at
// the top of the content folder is a page, as Hugo's archetypes date
// every page; in a section, or named with its date, it is a note.
func TestSectionPosts(t *testing.T) {
	const dated = "---\ntitle: T\ndate: 2018-10-01T10:00:00+01:00\n---\nText.\n"
	for _, tc := range []struct {
		path string
		hugo bool
		want Kind
	}{
		{"cfp.md", true, KindPage},
		{"about/index.md", true, KindPage},
		{"2018-10-01-news.md", true, KindNote},
		{"blog/first.md", true, KindNote},
		{"posts/first.md", true, KindNote},
		{"about/team.md", true, KindNote},
		{"cfp.md", false, KindNote},
	} {
		d := Parse("content/"+tc.path, []byte(dated), Options{SectionPosts: tc.hugo})
		if d.Kind != tc.want {
			t.Errorf("%s (section posts %v): kind %s, want %s", tc.path, tc.hugo, d.Kind, tc.want)
		}
	}
}

// TestYearlyFolders: a folder of one year's pages of a kind
// (_speakers_2024, 2019-talks) is of that kind; a year alone, or a word
// no kind has, is not.
func TestYearlyFolders(t *testing.T) {
	for path, want := range map[string]Kind{
		"_speakers_2024/ada.md": KindSpeaker, "2019-talks/a.md": KindTalk, "_talks-2019/a.md": KindTalk,
		"2019/a.md": "", "_stuff_2024/a.md": "", "speakers2024/a.md": "",
	} {
		if got, _ := FolderKind(path); got != want {
			t.Errorf("FolderKind(%q) = %q, want %q", path, got, want)
		}
		dir := path[:strings.IndexByte(path, '/')]
		if yearly := want != "" && dir != "2019"; YearlyFolder(dir) != yearly {
			t.Errorf("YearlyFolder(%q) = %v", dir, !yearly)
		}
	}
}

// TestCompoundFolders: a folder named by several words joined by _ or -
// takes the kind of its last word (_invited_speakers, accepted-talks,
// past_events), with a year too, when it is the outermost folder and
// not a bundle's (the file is not its index); a last
// word no kind has gives none.
func TestCompoundFolders(t *testing.T) {
	for _, tc := range []struct {
		path   string
		want   Kind
		format string
	}{
		{"_invited_speakers/2-speaker.md", KindSpeaker, ""},
		{"keynote-speakers/ada.md", KindSpeaker, ""},
		{"_invited_speakers_2024/ada.md", KindSpeaker, ""},
		{"accepted_talks/a.md", KindTalk, ""},
		{"past-events/a.md", KindEvent, ""},
		{"hands-on-workshops/a.md", KindTalk, "Workshop"},
		{"_speakers/a.md", KindSpeaker, ""},
		{"talk_videos/a.md", "", ""},
		{"speakers2024/a.md", "", ""},
		{"_talks-/a.md", "", ""},
		{"accepted_talks/my-talk/index.md", KindTalk, ""},
		// Deeper down, or holding its index, such a name is a page
		// bundle's slug.
		{"evaluating-hn-book/index.qmd", "", ""},
		{"jupyter-hugo-blog/_index.md", "", ""},
		{"events/2019/lightning-talks/a.md", KindEvent, ""},
		{"notes/my-first-talk/a.md", KindNote, ""},
	} {
		if got, _ := FolderKind(tc.path); got != tc.want {
			t.Errorf("FolderKind(%q) = %q, want %q", tc.path, got, tc.want)
		}
		if got := FolderFormat(tc.path); got != tc.format {
			t.Errorf("FolderFormat(%q) = %q, want %q", tc.path, got, tc.format)
		}
	}
	for path, want := range map[string]bool{
		"_local_organizers/a.md": true, "program-team/a.md": true, "_organizers/a.md": true, "team_photos/a.md": false,
	} {
		if got := InTeamFolder(path); got != want {
			t.Errorf("InTeamFolder(%q) = %v, want %v", path, got, want)
		}
	}
}
