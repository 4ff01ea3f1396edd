package content

import (
	"fmt"
	"testing"
)

// TestConferenceThemeLinks covers the links of jekyll-theme-conference:
// a talk's [{name, absolute_url | relative_url | file | video}], its
// file: the slides under /documents/slides/, its video: the recording,
// a disabled one left out; a speaker's list of named links is the
// person's website and profiles, not a reading list; nor is the list of
// buttons a landing page or other page writes (themeButtons).
func TestConferenceThemeLinks(t *testing.T) {
	talk := func(d *Document) any { return d.Slides + "|" + d.Video + "|" + fmt.Sprint(d.Links, " ", len(d.Items)) }
	person := func(d *Document) any {
		p := d.Speakers[0]
		return fmt.Sprint(p.URL, "|", p.Github, "|", p.Twitter, "|", p.Mastodon, " ", len(d.Items))
	}
	runFieldCases(t, []fieldCase{
		{"a talk's absolute_url", "_talks/a.md", "name: x\nlinks:\n- {name: Notes, absolute_url: 'https://example.org/notes'}",
			talk, "||[{Notes https://example.org/notes}] 0"},
		{"a talk's link with an icon and absolute_url", "_talks/a.md", "name: x\nlinks:\n- {name: Paper, icon: newspaper, absolute_url: 'https://example.org/p'}",
			talk, "||[{Paper https://example.org/p}] 0"},
		{"a talk's relative_url", "_talks/a.md", "name: x\nlinks:\n- {name: Program, relative_url: /program/}",
			talk, "||[{Program /program/}] 0"},
		{"a talk's file and video", "_talks/a.md", "name: x\nlinks:\n- {name: Slides, file: deck.pdf}\n- {name: Recording, video: 'https://media.example/v'}",
			talk, "/documents/slides/deck.pdf|https://media.example/v|[] 0"},
		{"a talk's disabled link", "_talks/a.md", "name: x\nlinks:\n- {name: Live, disabled: true, absolute_url: ''}\n- {name: Notes, absolute_url: 'https://example.org/n'}",
			talk, "||[{Notes https://example.org/n}] 0"},
		{"a speaker's named links", "_speakers/ada.md", "name: Ada Lovelace\nfirst_name: Ada\nlast_name: Lovelace\nlinks:\n- {name: Website, absolute_url: 'https://ada.example'}\n- {name: Code, absolute_url: 'https://github.com/ada'}\n- {name: Toot, absolute_url: 'https://social.example/@ada'}\n- {name: Birdsite, absolute_url: 'https://twitter.com/ada'}",
			person, "https://ada.example|ada|ada|https://social.example/@ada 0"},
		{"a speaker's reading list stays one", "_speakers/ada.md", "name: Ada Lovelace\nlinks:\n- {title: A book, author: Someone, url: 'https://example.org/book'}",
			person, "||| 1"},
		// The landing page's buttons (layout: home) are no reading list:
		// before, the home page's Program button made a reading list
		// and a Reading index in the navigation.
		{"a landing page's buttons", "index.md", "layout: home\nlinks:\n- {name: Program, relative_url: /program/}\n- {name: Tickets, disabled: true, absolute_url: ''}\n- {live: true}",
			func(d *Document) any { return len(d.Items) }, 0},
		{"a page's button to a file", "about.md", "title: About\nlinks:\n- {name: Flyer, file: flyer.pdf}\n- {name: Home, absolute_url: 'https://example.org'}",
			func(d *Document) any { return len(d.Items) }, 0},
		{"a page's list of named links stays a reading list", "about.md", "title: About\nlinks:\n- {name: Notes, url: 'https://example.org/n'}\n- {name: Talk, video: 'https://example.org/v'}",
			func(d *Document) any { return len(d.Items) }, 2},
	})
}
