package render

import (
	"reflect"
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
			for _, i := range x.Reading(filePageKey(tc.file)) {
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

// TestIndexFindsEveryPath: the preview's index shares the table of paths
// its job list was made with; each path leads to its own job, whether
// the table is shared, made for a build, or made for a part of a list.
func TestIndexFindsEveryPath(t *testing.T) {
	s := fixture()
	for _, tc := range []struct {
		name    string
		opts    Options
		part    bool
		sharing bool
	}{
		{"the preview's list", Options{Preview: true}, false, true},
		{"a build's list", Options{}, false, false},
		{"part of the preview's list", Options{Preview: true}, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, diags := New(siteTheme(t, nil), tc.opts)
			if diags.HasErrors() {
				t.Fatal(diags.Strings())
			}
			jobs, _ := r.Jobs(s)
			if tc.part {
				jobs = jobs[1 : len(jobs)-1]
			}
			if len(jobs) < 10 {
				t.Fatalf("%d jobs: the test shows nothing", len(jobs))
			}
			x := r.Index(s, jobs)
			if len(x.byPath) != len(jobs) {
				t.Errorf("the index holds %d paths for %d jobs", len(x.byPath), len(jobs))
			}
			for i, j := range jobs {
				if got, ok := x.Position(j.Path); !ok || got != i {
					t.Errorf("%s: at %d (%v), want %d", j.Path, got, ok, i)
				}
				// Near where it is, elsewhere, nowhere.
				for _, hint := range []int{i, i + 3, i - 1, -1, len(jobs)} {
					if got, at, ok := x.AtNear(j.Path, hint); !ok || at != i || got.Path != j.Path {
						t.Errorf("%s near %d: %s at %d (%v), want it at %d", j.Path, hint, got.Path, at, ok, i)
					}
				}
			}
			if _, at, ok := x.AtNear("no/such/path.html", 0); ok || at != -1 {
				t.Errorf("a path no job writes is at %d (%v)", at, ok)
			}
			if shared := sameMap(x.byPath, jobs[0].built.paths); shared != tc.sharing {
				t.Errorf("the index shares the list's table: %v, want %v", shared, tc.sharing)
			}
		})
	}
}

// sameMap reports whether a and b are the same map, not equal ones.
func sameMap(a, b map[string]int) bool {
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}
