package build

import (
	"context"
	"testing"
)

// TestPageShowingSiteListsFollowsOtherPages: a theme's talk page may show
// any of the site's lists (.Site.Talks, .Site.Speakers…) or its event's
// talks; an edit of another talk, or of a speaker, then changes it, and
// the preview must show what a fresh build does, also when it patches
// the edited page in place.
func TestPageShowingSiteListsFollowsOtherPages(t *testing.T) {
	for _, tc := range []struct{ name, tmpl, file, text string }{{
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
	}} {
		t.Run(tc.name, func(t *testing.T) {
			theme := "-- layouts/talk.html --\n{{define \"main\"}}<h1>{{.Page.Title}}</h1>" + tc.tmpl + "{{end}}\n"
			if tc.tmpl == "" {
				theme = "-- layouts/partials/footer.html --\n<footer>{{range .Site.Talks}}{{.Title}}; {{end}}</footer>\n"
			}
			dir, s := startSession(t, eventSite+theme)
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
