package render

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"runtime"
	"slices"
	"testing"
	"time"
	"unsafe"
	"weak"

	"lectern/internal/site"
	"lectern/internal/view"
	"lectern/themes"
)

// TestPartialsDropListedEntries checks that the partial cache lets an
// entry's output go once the last job listing the entry is written,
// while the cache itself still serves the jobs left to run: outputs do
// not pile up to the end of the templates. It runs the jobs as Stream
// does (render, then done), the lists first and one job that runs the
// templates but lists nothing last, and looks before that one is done.
func TestPartialsDropListedEntries(t *testing.T) {
	r := mustNew(t, themes.Default())
	jobs, diags := r.Jobs(fixture())
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags.Strings())
	}
	var lists []Job
	var last *Job
	for i, j := range jobs {
		switch {
		case len(j.lists) > 0:
			lists = append(lists, j)
		case j.partials != nil && last == nil:
			last = &jobs[i]
		}
	}
	if len(lists) == 0 || last == nil {
		t.Fatal("the fixture has no list, or no other page: the test shows nothing")
	}
	done, forget := remember(jobs)
	defer forget()
	cache := last.partials.cache.Load()
	outputs := map[*view.Entry]weak.Pointer[byte]{}
	for _, j := range lists {
		if _, d := j.render(newTask(context.Background(), new(bytes.Buffer))); d.HasErrors() {
			t.Fatal(d.Strings())
		}
		cache.Range(func(k, v any) bool {
			if e, ok := k.(partialKey).dot.(*view.Entry); ok {
				if _, seen := outputs[e]; !seen {
					outputs[e] = weak.Make(unsafe.StringData(string(v.(template.HTML))))
				}
			}
			return true
		})
		done(j)
	}
	if len(outputs) == 0 {
		t.Fatal("no list cached an entry's output: the test shows nothing")
	}
	if last.partials.cache.Load() == nil {
		t.Fatal("the cache was dropped before its last job ran: the test shows nothing")
	}
	runtime.GC()
	runtime.GC()
	for e, w := range outputs {
		if w.Value() != nil {
			t.Errorf("%s: its list item is still held after every list showing it was written", e.URL)
		}
	}
	runtime.KeepAlive(cache)
}

// TestListOrder checks the order Stream writes lists in (listOrder):
// the jobs listing pages and showing no body by the oldest page listed,
// ties in job order, each other job in its place.
func TestListOrder(t *testing.T) {
	day := func(d int) *site.Page {
		p := &site.Page{URL: fmt.Sprintf("/talks/%d/", d)}
		p.Doc.Date = time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC)
		return p
	}
	d1, d2, d3, d4 := day(1), day(2), day(3), day(4)
	jobs := []Job{
		{Path: "talk"}, // 0: lists nothing
		{Path: "newest", lists: []*site.Page{d4, d3}},                        // 1
		{Path: "speaker", lists: []*site.Page{d2}, bodies: []*site.Page{d2}}, // 2: shows a body, stays
		{Path: "tag", lists: []*site.Page{d3, d1}},                           // 3
		{Path: "older", lists: []*site.Page{d2, d1}},                         // 4: ties with 3
		{Path: "card"}, // 5
	}
	got := listOrder(jobs, []int{5, 1, 2, 0, 3, 4})
	want := []int{5, 3, 2, 0, 4, 1}
	if !slices.Equal(got, want) {
		t.Errorf("listOrder = %v, want %v", got, want)
	}
}
