package render

import (
	"bytes"
	"context"
	"html/template"
	"runtime"
	"testing"
	"unsafe"
	"weak"

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
