package render

import (
	"slices"
	"testing"
)

func TestListsShowBodies(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  bool
	}{
		{"default theme", nil, false},
		{"word count in the list item", map[string]string{"layouts/partials/item.html": `<li>{{.Title}} ({{.WordCount}} words)</li>`}, true},
		{"content on term pages", map[string]string{"layouts/term.html": `{{define "main"}}{{range .Pages}}{{.Content}}{{end}}{{end}}`}, true},
		{"headings through a variable", map[string]string{"layouts/home.html": `{{define "main"}}{{range $p := .Pages}}{{len $p.Headings}}{{end}}{{end}}`}, true},
		{"word count on the talk page only", map[string]string{"layouts/talk.html": `{{define "main"}}{{.Page.WordCount}}{{end}}`}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustNew(t, siteTheme(t, tc.files))
			if got := r.ListsShowBodies(); got != tc.want {
				t.Errorf("ListsShowBodies() = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestIndexShowingBody(t *testing.T) {
	s := fixture()
	r := mustNew(t, siteTheme(t, nil))
	jobs, _ := r.Jobs(s)
	x := r.Index(s, jobs)
	paths := func(idx []int) []string {
		var out []string
		for _, i := range idx {
			out = append(out, x.Jobs()[i].Path)
		}
		return out
	}
	for _, tc := range []struct {
		file string
		// shows must be among the jobs showing the file's body; not must
		// not, though some show the file's front matter.
		shows, not []string
	}{{
		file:  "content/talks/taking-django-distributed.md",
		shows: []string{"talks/taking-django-distributed/index.html", "feed.xml", "tags/django/feed.xml"},
		not:   []string{"index.html", "tags/django/index.html", "events/djangocon-us-2017/index.html", "talks/taking-django-distributed/taking-django-distributed.ics"},
	}, {
		file:  "content/notes/2020-06-01-failover-conf.md",
		shows: []string{"notes/failover-conf/index.html", "feed.xml"},
		not:   []string{"notes/index.html", "index.html"},
	}} {
		t.Run(tc.file, func(t *testing.T) {
			got := paths(x.ShowingBody(tc.file))
			for _, p := range tc.shows {
				if !slices.Contains(got, p) {
					t.Errorf("%s not among %q", p, got)
				}
			}
			for _, p := range tc.not {
				if slices.Contains(got, p) {
					t.Errorf("%s shows no body but is among %q", p, got)
				}
			}
			if all := paths(x.Showing(tc.file)); len(all) < len(got) {
				t.Errorf("Showing %q is narrower than ShowingBody %q", all, got)
			}
		})
	}
}
