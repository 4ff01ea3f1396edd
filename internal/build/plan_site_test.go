package build

import (
	"context"
	"testing"
)

// taggedNote is a note filed under a tag, so that the site has tags.
const taggedNote = "-- content/notes/n.md --\n---\ntitle: A note\ndate: 2026-05-01\ntags: [history]\n---\nNote.\n"

// TestPageShowingSiteListsFollowsOtherPages: a theme's talk page may show
// any of the site's lists (.Site.Talks, .Site.Speakers…) or its event's
// talks; an edit of another talk, or of a speaker, then changes it, and
// the preview must show what a fresh build does, also when it patches
// the edited page in place.
func TestPageShowingSiteListsFollowsOtherPages(t *testing.T) {
	for _, tc := range []struct{ name, layout, tmpl, extra, file, text string }{{
		name: "site talks in a partial",
		tmpl: "",
		file: "content/talks/t2.md",
		text: "---\ntitle: Talk two renamed\ndate: 2026-06-11 11:00\nevent: conf\nspeakers: [Grace Hopper]\n---\nBody of two.\n",
	}, {
		name: "site talks",
		tmpl: `{{range .Site.Talks}}<i>{{.Title}}</i>{{end}}`,
		file: "content/talks/t2.md",
		text: "---\ntitle: Talk two renamed\ndate: 2026-06-11 11:00\nevent: conf\nspeakers: [Grace Hopper]\n---\nBody of two.\n",
	}, {
		name: "the event's talks",
		tmpl: `{{with .Event}}{{range .Talks}}<i>{{.Title}}</i>{{end}}{{end}}`,
		file: "content/talks/t2.md",
		text: "---\ntitle: Talk two renamed\ndate: 2026-06-11 11:00\nevent: conf\nspeakers: [Grace Hopper]\n---\nBody of two.\n",
	}, {
		name: "site speakers",
		tmpl: `{{range .Site.Speakers}}<i>{{.Name}}</i>{{end}}`,
		file: "content/talks/t2.md",
		text: "---\ntitle: Talk two\ndate: 2026-06-11 11:00\nevent: conf\nspeakers: [Grace Brewster Hopper]\n---\nBody of two.\n",
	}, {
		name: "site events",
		tmpl: `{{range .Site.Events}}<i>{{.Name}} {{.Venue}}</i>{{end}}`,
		file: "content/events/conf.md",
		text: "---\ntitle: Conf\ndate: 2026-06-11\nvenue: Another hall\n---\nThe conference.\n",
	}, {
		name:  "taxonomies: a term added",
		tmpl:  `{{range .Taxonomies}}{{range .Terms}}<i>{{.Name}}</i>{{end}}{{end}}`,
		extra: taggedNote,
		file:  "content/talks/t2.md",
		text:  "---\ntitle: Talk two\ndate: 2026-06-11 11:00\nevent: conf\nspeakers: [Grace Hopper]\ntags: [compilers]\n---\nBody of two.\n",
	}, {
		name:  "taxonomies: a term's count",
		tmpl:  `{{range .Taxonomies}}{{range .Terms}}<i>{{.Name}} {{.Count}}</i>{{end}}{{end}}`,
		extra: taggedNote,
		file:  "content/talks/t2.md",
		text:  "---\ntitle: Talk two\ndate: 2026-06-11 11:00\nevent: conf\nspeakers: [Grace Hopper]\ntags: [history]\n---\nBody of two.\n",
	}, {
		name:  "taxonomies: a term's page retitled",
		tmpl:  `{{range .Taxonomies}}{{range .Terms}}{{range .Pages}}<i>{{.Title}}</i>{{end}}{{end}}{{end}}`,
		extra: taggedNote,
		file:  "content/notes/n.md",
		text:  "---\ntitle: A note renamed\ndate: 2026-05-01\ntags: [history]\n---\nNote.\n",
	}, {
		name:   "a term page: the other terms",
		layout: "term",
		tmpl:   `{{range .Taxonomy.Terms}}<i>{{.Name}} {{.Count}}</i>{{end}}`,
		extra:  taggedNote,
		file:   "content/talks/t2.md",
		text:   "---\ntitle: Talk two\ndate: 2026-06-11 11:00\nevent: conf\nspeakers: [Grace Hopper]\ntags: [compilers]\n---\nBody of two.\n",
	}, {
		name:   "a term page: the other terms' pages",
		layout: "term",
		tmpl:   `{{range .Taxonomy.Terms}}{{range .Pages}}<i>{{.Title}}</i>{{end}}{{end}}`,
		extra:  taggedNote + "-- content/notes/m.md --\n---\ntitle: Another note\ndate: 2026-05-02\ntags: [maths]\n---\nNote.\n",
		file:   "content/notes/n.md",
		text:   "---\ntitle: A note renamed\ndate: 2026-05-01\ntags: [history]\n---\nNote.\n",
	}, {
		name:   "the taxonomy index: its terms' pages",
		layout: "taxonomy",
		tmpl:   `{{range .Taxonomy.Terms}}{{range .Pages}}<i>{{.Title}}</i>{{end}}{{end}}`,
		extra:  taggedNote,
		file:   "content/notes/n.md",
		text:   "---\ntitle: A note renamed\ndate: 2026-05-01\ntags: [history]\n---\nNote.\n",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			layout, heading := tc.layout, ""
			if layout == "" {
				layout, heading = "talk", "<h1>{{.Page.Title}}</h1>"
			}
			theme := "-- layouts/" + layout + ".html --\n{{define \"main\"}}" + heading + tc.tmpl + "{{end}}\n"
			if tc.tmpl == "" {
				theme = "-- layouts/partials/footer.html --\n<footer>{{range .Site.Talks}}{{.Title}}; {{end}}</footer>\n"
			}
			dir, s := startSession(t, eventSite+tc.extra+theme)
			ctx := context.Background()
			edit(t, dir, tc.file, tc.text)
			_, diags := s.Rebuild(ctx, []string{tc.file})
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}
