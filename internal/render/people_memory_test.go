package render

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"

	"lectern/internal/view"
	"lectern/themes"
)

// TestPeopleViewsKeepNoEntries checks that the speakers index and the
// speakers' pages, streamed, leave no entry of a talk kept for the lists:
// the index makes every person's view, each with an entry of each of
// their talks, and those entries were kept until each talk's last list,
// so that every talk's entry was held from the start of the lists (15 MB
// at 10,000 talks). The people's pages are the same as when run.
func TestPeopleViewsKeepNoEntries(t *testing.T) {
	s := fixture()
	r := mustNew(t, themes.Default())
	all, diags := r.Jobs(s)
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	var people []Job
	for _, j := range all {
		if j.Kind == KindSpeakers || j.Kind == KindSpeaker {
			people = append(people, j)
		}
	}
	talks := 0
	for _, sp := range s.Speakers {
		talks += len(sp.Talks)
	}
	if len(people) < 2 || talks == 0 {
		t.Fatalf("%d people's jobs showing %d talks: the test shows nothing", len(people), talks)
	}
	views := people[0].built.views
	// cached counts the talks whose entries are kept for lists.
	cached := func() int {
		n := 0
		for _, sp := range s.Speakers {
			for _, p := range sp.Talks {
				if views.Made(p) != nil {
					n++
				}
			}
		}
		return n
	}
	var mu sync.Mutex
	streamed := map[string][]byte{}
	most := 0
	diags = r.Stream(context.Background(), people, func(o Output) error {
		mu.Lock()
		defer mu.Unlock()
		streamed[o.Path] = bytes.Clone(o.Body)
		most = max(most, cached())
		return nil
	})
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	// The speakers' pages list their talks, and the last of them forgets
	// the entries kept; the other lists of a site come later.
	if most = max(most, cached()); most > 0 {
		t.Errorf("as the people's pages were written, up to %d of their %d talks had an entry kept for lists", most, talks)
	}

	// The same pages, run as the preview runs them, each view kept.
	again, _ := r.Jobs(fixture())
	var run []Job
	for _, j := range again {
		if j.Kind == KindSpeakers || j.Kind == KindSpeaker {
			run = append(run, j)
		}
	}
	r.Run(context.Background(), run, func(o Output) error {
		mu.Lock()
		defer mu.Unlock()
		if !bytes.Equal(streamed[o.Path], o.Body) {
			t.Errorf("%s differs when streamed:\n%s\nwant:\n%s", o.Path, streamed[o.Path], o.Body)
		}
		return nil
	})
	if e := views.Made(s.Speakers[0].Talks[0]); e != nil && view.Uncached(e) {
		t.Error("an entry kept for lists is marked as a person's own")
	}
}

// TestPartialCacheKeepsNoUncachedEntry checks that Stream's cache of
// partial outputs keeps nothing for an entry a person's view made for
// itself (view.Uncached): the cache drops an entry's outputs when the
// entry is let go from the builder, which such an entry never is, so
// its outputs would be held until the last template ran.
func TestPartialCacheKeepsNoUncachedEntry(t *testing.T) {
	s := fixture()
	jobs, _ := mustNew(t, themes.Default()).Jobs(s)
	var pc *partials
	for _, j := range jobs {
		if j.partials != nil {
			pc = j.partials
			break
		}
	}
	if pc == nil {
		t.Fatal("no job runs templates")
	}
	views := jobs[0].built.views
	views.SparePeople()
	own := views.Person(s.Speakers[0]).Talks[0]
	kept := views.Entry(s.Speakers[1].Talks[0])
	if !view.Uncached(own) || view.Uncached(kept) {
		t.Fatalf("Uncached: %v for a person's own entry, %v for a kept one", view.Uncached(own), view.Uncached(kept))
	}
	cache := new(sync.Map)
	pc.cache.Store(cache)
	defer pc.cache.Store(nil)
	for _, e := range []*view.Entry{own, kept} {
		if _, err := pc.render("partials/item.html", e); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := cache.Load(partialKey{"partials/item.html", own}); ok {
		t.Error("the output for a person's own entry is cached")
	}
	if _, ok := cache.Load(partialKey{"partials/item.html", kept}); !ok {
		t.Error("the output for an entry kept for lists is not cached")
	}
}

// TestStreamLetsEachPersonGo checks that a stream lets each person's
// view go once the index page listing them and their own page are
// written, not once every speaker's page is, and starts each speaker's
// page right after the index page listing them.
func TestStreamLetsEachPersonGo(t *testing.T) {
	s := fixture()
	s.Config.Pagination.PerPage = 1
	jobs, diags := mustNew(t, themes.Default()).Jobs(s)
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	order := make([]int, len(jobs))
	for i := range order {
		order[i] = i
	}
	var kinds []string
	for _, i := range peopleOrder(jobs, order) {
		if j := jobs[i]; j.Kind == KindSpeakers || j.Kind == KindSpeaker {
			kinds = append(kinds, j.Kind.String())
		}
	}
	want := strings.Repeat("speakers speaker ", len(s.Speakers))
	if got := strings.Join(kinds, " ") + " "; got != want {
		t.Errorf("people's jobs start in the order %s, want %s", got, want)
	}

	views := jobs[0].built.views
	done := forgetPeople(jobs)
	first := s.Speakers[0]
	held := views.Person(first)
	for _, j := range jobs {
		if len(j.people) == 0 {
			continue
		}
		if j.people[0] == first && j.Kind == KindSpeaker {
			done(j)
			if views.Person(first) == held {
				t.Errorf("%s's view is held after their index page and own page were written", first.Name)
			}
			return
		}
		done(j)
		if views.Person(first) != held {
			t.Fatalf("%s's view was let go before their own page was written", first.Name)
		}
	}
	t.Fatalf("no page of %s", first.Name)
}
