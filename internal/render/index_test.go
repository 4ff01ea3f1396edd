package render

import (
	"slices"
	"strings"
	"testing"
)

// TestListsReadBodies: a list reads the whole of the pages it lists only
// when its templates name a field the body decides; a page's own body,
// reached through .Page, does not count.
func TestListsReadBodies(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		path  string // a list page of the fixture
		want  bool
	}{
		{"default theme", nil, "tags/django/index.html", false},
		{"word count in the list item", map[string]string{"layouts/partials/item.html": `<li>{{.Title}} ({{.WordCount}} words)</li>`}, "tags/django/index.html", true},
		{"content on term pages", map[string]string{"layouts/term.html": `{{define "main"}}{{range .Pages}}{{.Content}}{{end}}{{end}}`}, "tags/django/index.html", true},
		{"headings through a variable", map[string]string{"layouts/home.html": `{{define "main"}}{{range $p := .Pages}}{{len $p.Headings}}{{end}}{{end}}`}, "index.html", true},
		{"word count on the talk page only", map[string]string{"layouts/talk.html": `{{define "main"}}{{.Page.WordCount}}{{end}}`}, "index.html", false},
		{"the event's own body", nil, "events/djangocon-us-2017/index.html", false},
		{"the bodies of an event's talks", map[string]string{"layouts/event.html": `{{define "main"}}{{.Page.Content}}{{range .Pages}}{{.Content}}{{end}}{{end}}`}, "events/djangocon-us-2017/index.html", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustNew(t, siteTheme(t, tc.files))
			jobs, _ := r.Jobs(fixture())
			j := findJob(t, jobs, tc.path)
			var got bool
			for _, k := range j.Reads {
				if strings.HasPrefix(string(k), "page:content/talks/") {
					got = true
				}
				if strings.HasPrefix(string(k), "entry:content/talks/") && tc.want {
					t.Errorf("%s reads %s beside the whole pages", tc.path, k)
				}
			}
			if got != tc.want {
				t.Errorf("%s reads whole talks = %v, want %v; reads %q", tc.path, got, tc.want, j.Reads)
			}
		})
	}
}

// TestIndexReading: the jobs reading a page whole are its own page and
// the feeds carrying it, not the lists, calendars or event pages showing
// its entry.
func TestIndexReading(t *testing.T) {
	s := fixture()
	r := mustNew(t, siteTheme(t, nil))
	jobs, _ := r.Jobs(s)
	x := r.Index(s, jobs)
	for _, tc := range []struct {
		file       string
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
			var got []string
			for _, i := range x.Reading(PageKey(tc.file)) {
				got = append(got, x.Jobs()[i].Path)
			}
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
		})
	}
}
