package render

import (
	"slices"
	"testing"
)

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
