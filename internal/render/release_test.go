package render

import (
	"testing"

	"lectern/internal/site"
	"lectern/themes"
)

// TestStreamOrder checks that Stream starts the feeds, and the pages whose
// bodies they carry, before any other job, each page after the feeds
// carrying it, so that those bodies are let go early, and that each body
// is counted once per job showing it.
func TestStreamOrder(t *testing.T) {
	r := mustNew(t, themes.Default())
	jobs, diags := r.Jobs(fixture())
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags.Strings())
	}
	left := readers(jobs)
	feeds := 0
	for _, j := range jobs {
		if j.Kind != KindFeed {
			continue
		}
		feeds++
		if len(j.bodies) == 0 {
			t.Errorf("%s carries no page's body", j.Path)
		}
		for _, p := range j.bodies {
			if n := left[p].Load(); n < 2 {
				t.Errorf("%s: %s counted %d times, want its own page and the feed", j.Path, p.Doc.File, n)
			}
		}
	}
	if feeds == 0 {
		t.Fatal("the fixture has no feed")
	}
	order := streamOrder(jobs, left)
	if len(order) != len(jobs) {
		t.Fatalf("order has %d jobs, want %d", len(order), len(jobs))
	}
	group := func(j Job) int { return streamGroup(j, left) }
	// Jobs of group 0 start first, each followed by the jobs of group 1
	// whose bodies no job of group 0 after it shows (see
	// TestStreamOrderLetsFedBodiesGo); then the rest of group 1, then
	// group 2.
	fed := map[*site.Page]int{} // the jobs of group 0 showing each page
	for _, j := range jobs {
		if group(j) == 0 {
			for _, p := range j.bodies {
				fed[p]++
			}
		}
	}
	seen := map[int]bool{}
	started := map[*site.Page]int{} // those started so far
	last := 0
	for _, i := range order {
		if seen[i] {
			t.Fatalf("job %d started twice", i)
		}
		seen[i] = true
		j := jobs[i]
		g := group(j)
		switch {
		case g == 0 && last > 1, g == 1 && last > 1:
			t.Errorf("%s (group %d) starts after a job of group %d", j.Path, g, last)
		case g == 0:
			for _, p := range j.bodies {
				started[p]++
			}
		case g == 1:
			for _, p := range j.bodies {
				if started[p] < fed[p] {
					t.Errorf("%s starts before the last of the %d feeds and exports showing its body (%d started)", j.Path, fed[p], started[p])
				}
			}
		}
		last = max(last, g)
		if j.Kind == KindFeed && g != 0 {
			t.Errorf("feed %s is not started first", j.Path)
		}
	}
}

// TestNoReads checks that a renderer told so plans its jobs without what
// they read, which only the preview compares, and with the same jobs.
func TestNoReads(t *testing.T) {
	with, _ := mustNew(t, themes.Default()).Jobs(fixture())
	r, diags := New(themes.Default(), Options{NoReads: true})
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	without, _ := r.Jobs(fixture())
	if len(with) != len(without) {
		t.Fatalf("%d jobs with reads, %d without", len(with), len(without))
	}
	some := false
	for i, j := range without {
		some = some || len(with[i].Reads) > 0
		if j.Path != with[i].Path || len(j.Reads) > 0 {
			t.Errorf("job %d: %s with %d reads, want %s with none", i, j.Path, len(j.Reads), with[i].Path)
		}
	}
	if !some {
		t.Error("no job of the fixture reads anything: the test shows nothing")
	}
}

// TestPartialCacheDroppedAfterLastTemplate checks that Stream's cache of
// partial outputs is dropped once the last job running page templates
// is done, not held while the jobs after them (cards, static files) run.
func TestPartialCacheDroppedAfterLastTemplate(t *testing.T) {
	jobs, _ := mustNew(t, themes.Default()).Jobs(fixture())
	var templated []Job
	others := 0
	for _, j := range jobs {
		if j.partials != nil {
			templated = append(templated, j)
		} else {
			others++
		}
	}
	if len(templated) == 0 || others == 0 {
		t.Fatalf("%d jobs run templates, %d do not; want some of each", len(templated), others)
	}
	pc := templated[0].partials
	done, forget := remember(jobs)
	defer forget()
	for i, j := range templated {
		if pc.cache.Load() == nil {
			t.Fatalf("cache dropped with %d jobs running templates left", len(templated)-i)
		}
		done(j)
	}
	if pc.cache.Load() != nil {
		t.Error("cache held after the last job running templates")
	}
}
