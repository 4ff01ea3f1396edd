package build

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// readHook is an fs.FS that calls read before each file it reads.
type readHook struct {
	fstest.MapFS
	read func(name string)
}

func (h readHook) ReadFile(name string) ([]byte, error) {
	h.read(name)
	return h.MapFS.ReadFile(name)
}

func (h readHook) Open(name string) (fs.File, error) {
	if !strings.HasSuffix(name, "/") {
		if info, err := fs.Stat(h.MapFS, name); err == nil && !info.IsDir() {
			h.read(name)
		}
	}
	return h.MapFS.Open(name)
}

// TestLoadLetsMarkdownGo checks that a build's load holds no page's
// markdown once it is parsed: as the load reads its last page, the
// texts of those before it are garbage. The load held every text until
// the last was read, which at 50,000 talks was most of the model
// stage's heap (docs/memory.md). The heap, not a weak pointer, is what
// the test reads: the texts are made inside content.Parse.
func TestLoadLetsMarkdownGo(t *testing.T) {
	const pages, size = 48, 256 << 10
	fsys := fstest.MapFS{"config.toml": {Data: []byte("title = \"Load\"\n")}}
	para := strings.Repeat("A paragraph of words that lists never show. ", 20) + "\n\n"
	body := strings.Repeat(para, size/len(para))
	for i := range pages {
		fsys[fmt.Sprintf("content/notes/n%02d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "---\ntitle: Note %d\ndate: 2024-01-01\n---\n%s", i, body)}
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	live := func() int64 {
		runtime.GC()
		metrics.Read(sample)
		return int64(sample[0].Value.Uint64())
	}
	var mu sync.Mutex
	n := 0
	var first, last int64
	hook := readHook{MapFS: fsys, read: func(name string) {
		if !strings.HasPrefix(name, "content/notes/") {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		// The load reads each page once, on several workers; the
		// model reads them again only once the load is done. The
		// pages'th read is therefore the load's last.
		n++
		switch n {
		case 1:
			first = live()
		case pages:
			last = live()
		}
	}}
	m, diags := LoadModel(context.Background(), hook, ModelOptions{ReleaseBodies: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	// At most a text per worker is being parsed as the last is read.
	held, allowed := last-first, int64(runtime.GOMAXPROCS(0)+4)*size
	if held > allowed {
		t.Errorf("as the load read its last page, the heap held %.1f MB more than at its first (%d pages of %d KB of markdown); want at most %.1f MB: the load holds the texts it parsed", float64(held)/(1<<20), pages, size>>10, float64(allowed)/(1<<20))
	}
	if n < 2*pages {
		t.Errorf("%d reads of the pages, want each read by the load and again by the model", n)
	}
	for _, p := range m.Site.Pages {
		if p.Doc.Kind == "note" && !bytes.Equal(p.Source(), []byte(body)) {
			t.Errorf("%s: its markdown read again is not the one loaded", p.Doc.File)
		}
	}
	if d := m.Site.SourceErrors(); len(d) > 0 {
		t.Errorf("source errors: %q", d.Strings())
	}
}

// TestLoadGivesJoinedPagesTheirMarkdown checks that pages joined with
// data files' records keep their markdown, though the load lets it go as
// it parses them: joining asks whether a page's body is blank, to give
// it the record's, and copies the documents it changes.
func TestLoadGivesJoinedPagesTheirMarkdown(t *testing.T) {
	fsys := fstest.MapFS{
		"config.toml":              {Data: []byte("title = \"Joined\"\n")},
		"data/Session/ABC123.yml":  {Data: []byte("title: First\nstart: 2020-09-05 16:35:00\ncode: ABC123\nabstract: The record's own abstract.\n")},
		"data/Session/DEF456.yml":  {Data: []byte("title: Second\nstart: 2020-09-06 10:00:00\ncode: DEF456\n")},
		"content/talks/blank.md":   {Data: []byte("---\ntitle: Blank\nid: ABC123\n---\n\n")},
		"content/talks/written.md": {Data: []byte("---\ntitle: Written\nid: DEF456\n---\nThe page's own words.\n")},
		"content/talks/alone.md":   {Data: []byte("---\ntitle: Alone\n---\nA talk of no record.\n")},
	}
	contents := func(release bool) map[string]string {
		m, diags := LoadModel(context.Background(), fsys, ModelOptions{ReleaseBodies: release})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		if d := m.Site.SourceErrors(); len(d) > 0 {
			t.Errorf("release %v: source errors: %q", release, d.Strings())
		}
		out := map[string]string{}
		for _, p := range m.Site.Pages {
			out[p.Doc.File] = string(p.Content())
		}
		return out
	}
	held, released := contents(false), contents(true)
	for _, w := range []string{"The record", "The page", "A talk of no record"} {
		if !strings.Contains(fmt.Sprint(held), w) {
			t.Errorf("no page shows %q: %v", w, held)
		}
	}
	if fmt.Sprint(held) != fmt.Sprint(released) {
		t.Errorf("the pages' bodies differ when the load lets the markdown go:\n%v\nwant:\n%v", released, held)
	}
}
