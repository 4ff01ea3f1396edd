package build

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lectern/internal/content"
	"lectern/internal/data"
	"lectern/internal/diag"
)

func TestBodiesLetGoTheLeastRecentlyUsed(t *testing.T) {
	c := newBodies(10)
	c.put("a", 1, []byte("aaaa"))
	c.put("b", 2, []byte("bbbb"))
	if _, ok := c.get("a", 1); !ok { // a is now the most recently used
		t.Fatal("a not held")
	}
	c.put("c", 3, []byte("cccc")) // 12 bytes: b goes, not a
	for _, tc := range []struct {
		path string
		sum  uint64
		held bool
	}{
		{"a", 1, true},
		{"b", 2, false},
		{"c", 3, true},
		{"a", 9, false}, // other bytes than those held
	} {
		if _, ok := c.get(tc.path, tc.sum); ok != tc.held {
			t.Errorf("get(%s, %d) held %v, want %v", tc.path, tc.sum, ok, tc.held)
		}
	}
	if n, size := c.held(); n != 2 || size != 8 {
		t.Errorf("held %d outputs of %d bytes, want 2 of 8", n, size)
	}
	c.put("a", 4, []byte("a")) // new bytes at a path take the old ones' place
	if n, size := c.held(); n != 2 || size != 5 {
		t.Errorf("after a is replaced, %d outputs of %d bytes, want 2 of 5", n, size)
	}
	c.put("big", 5, []byte("more than ten bytes"))
	if _, ok := c.get("big", 5); ok {
		t.Error("bytes larger than the whole budget are held")
	}
	if _, ok := c.get("c", 3); !ok {
		t.Error("bytes too large to hold let go of others")
	}
	c.drop("c")
	if n, size := c.held(); n != 1 || size != 1 {
		t.Errorf("after c is dropped, %d outputs of %d bytes, want 1 of 1", n, size)
	}
}

// heldSite has a file copied beside its pages, whose bytes are let go
// too and read again when asked for.
const heldSite = patchSite + `-- content/talks/slides.pdf --
The slides of talk A, as a text file.
`

// TestSessionHoldsItsBudget runs a session holding no more than a few
// outputs' bytes through edits of every path (patched, moved, built) and
// checks that what it serves is a fresh build's, and that every output
// it rendered again is the one it had: with so small a budget, most
// outputs are rendered again when asked for.
func TestSessionHoldsItsBudget(t *testing.T) {
	for _, budget := range []int64{-1, 3000} {
		t.Run(fmt.Sprint("budget=", budget), func(t *testing.T) {
			dir := writeSite(t, heldSite)
			s := NewSession(Options{Source: dir, HeldBytes: budget})
			rb, diags := s.Rebuild(context.Background(), nil)
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			n, size := s.bodies.held()
			if size > max(budget, 0) || n >= len(rb.Rendered) {
				t.Fatalf("the first build holds %d of %d outputs, %d bytes, over the budget of %d", n, len(rb.Rendered), size, budget)
			}
			if o, ok := s.Output("talks/slides.pdf"); !ok || !strings.Contains(string(o.Body), "slides of talk A") {
				t.Fatalf("the asset let go is served as %q, %v", o.Body, ok)
			}
			sameAsFullBuild(t, s, dir, diags)
			for i, step := range []struct{ file, text string }{
				{"content/talks/a.md", strings.Replace(heldTalkA, "Body of A.", "Body of A, edited.", 1)},
				{"content/talks/a.md", strings.Replace(heldTalkA, "title: Talk A", "title: Talk A, retitled", 1)},
				{"content/talks/a.md", strings.Replace(heldTalkA, "tags: [x]", "tags: [x]\nslug: moved-a", 1)},
				{"content/talks/a.md", strings.Replace(heldTalkA, "event: Conf 2024", "event: Conf 2024\nlevel: beginner", 1)},
				{"content/talks/slides.pdf", "Slides, version two.\n"},
			} {
				edit(t, dir, step.file, step.text)
				_, diags := s.Rebuild(context.Background(), []string{step.file})
				if diags.HasErrors() {
					t.Fatalf("edit %d: %v", i, diags.Err())
				}
				if _, size := s.bodies.held(); size > max(budget, 0) {
					t.Fatalf("edit %d: %d bytes held, over the budget of %d", i, size, budget)
				}
				sameAsFullBuild(t, s, dir, diags)
				if t.Failed() {
					t.FailNow()
				}
			}
		})
	}
}

// heldTalkA is the talk a.md of patchSite.
var heldTalkA = func() string {
	const start = "-- content/talks/a.md --\n"
	s := patchSite[strings.Index(patchSite, start)+len(start):]
	return s[:strings.Index(s, "\n-- ")+1]
}()

// TestDifferentialHoldingNoBytes is the randomized differential test on
// a session that holds no output's bytes: every output is rendered again
// when asked for, so a job the planner left stale shows as an output
// whose bytes are not those the session summed (Session.drifted), and
// the checksums alone tell the preview what changed.
func TestDifferentialHoldingNoBytes(t *testing.T) {
	for _, seed := range diffSeeds(41) {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			d, _ := startDiffSite(t, rand.NewPCG(seed, 0), "title = \"Random, nothing held\"\ntimezone = \"Europe/Lisbon\"\n",
				"talk", "talk", "talk", "note", "speaker", "reading")
			s := NewSession(Options{Source: d.dir, HeldBytes: -1})
			if _, diags := s.Rebuild(context.Background(), nil); diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			runDiffEdits(t, d, s, seed, max(diffEditCount()/8, 5), d.step)
			s.mu.RLock()
			paths := slices.Sorted(maps.Keys(s.outputs))
			s.mu.RUnlock()
			if n, _ := s.bodies.held(); n != 0 || len(paths) == 0 {
				t.Errorf("%d of %d outputs held", n, len(paths))
			}
		})
	}
}

// TestOutputLetGoDuringRebuild asks, while a rebuild is under way, for
// outputs whose bytes the session let go: a rebuild that builds a new
// model leaves the last one alone, so they are rendered from it at
// once, not after the rebuild. The rebuild is held in the data stage by
// a data reader that waits for the test.
func TestOutputLetGoDuringRebuild(t *testing.T) {
	dir := writeSite(t, patchSite+"-- data/books.yml --\n- title: A book\n  author: Ada Lovelace\n")
	entered, release := make(chan struct{}), make(chan struct{})
	var armed atomic.Bool
	hold := func(file string, src []byte, loc *time.Location) ([]*content.Document, bool, diag.List) {
		if armed.CompareAndSwap(true, false) {
			close(entered)
			<-release
		}
		return nil, false, nil
	}
	s := NewSession(Options{Source: dir, HeldBytes: -1, DataReaders: []data.Reader{hold}})
	if _, diags := s.Rebuild(context.Background(), nil); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	paths := []string{"index.html", "talks/a/index.html", "speakers/ada-lovelace/index.html", "reading/index.html"}
	before := map[string][]byte{}
	for _, p := range paths {
		o, ok := s.Output(p)
		if !ok {
			t.Fatalf("no %s", p)
		}
		before[p] = o.Body
	}
	armed.Store(true)
	rebuilt := make(chan struct{})
	go func() {
		defer close(rebuilt)
		s.Rebuild(context.Background(), nil)
	}()
	<-entered
	answered := make(chan struct{})
	go func() {
		defer close(answered)
		for _, p := range paths {
			if o, ok := s.Output(p); !ok || !bytes.Equal(o.Body, before[p]) {
				t.Errorf("%s during the rebuild: %v, %d bytes against %d", p, ok, len(o.Body), len(before[p]))
			}
		}
	}()
	select {
	case <-answered:
	case <-time.After(10 * time.Second):
		t.Error("outputs let go wait for the rebuild under way")
	}
	close(release)
	<-rebuilt
	<-answered
	if n := s.drifted.Load(); n > 0 {
		t.Errorf("%d outputs drifted", n)
	}
}

// TestOutputLetGoDuringRebuildsRaces renders outputs let go while full
// rebuilds and edits run, for the race detector: a rebuild that builds a
// new model must share nothing it changes with the last one's jobs.
func TestOutputLetGoDuringRebuildsRaces(t *testing.T) {
	dir := writeSite(t, heldSite+"-- data/books.yml --\n- title: A book\n  author: Ada Lovelace\n")
	s := NewSession(Options{Source: dir, HeldBytes: -1})
	ctx := context.Background()
	if _, diags := s.Rebuild(ctx, nil); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	s.mu.RLock()
	paths := slices.Sorted(maps.Keys(s.outputs))
	s.mu.RUnlock()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Go(func() {
			for i := w; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				s.Output(paths[i%len(paths)])
			}
		})
	}
	var diags diag.List
	for i := range 4 {
		text := strings.Replace(heldTalkA, "title: Talk A", fmt.Sprintf("title: Talk A, take %d", i), 1)
		edit(t, dir, "content/talks/a.md", text)
		if _, diags = s.Rebuild(ctx, []string{"content/talks/a.md"}); diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		edit(t, dir, "config.toml", fmt.Sprintf("title = \"Patch %d\"\nbase_url = \"https://example.org/\"\n", i))
		if _, diags = s.Rebuild(ctx, []string{"config.toml"}); diags.HasErrors() {
			t.Fatal(diags.Err())
		}
	}
	close(stop)
	wg.Wait()
	sameAsFullBuild(t, s, dir, diags)
}
