package build

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"weak"

	"lectern/internal/render"
	"lectern/internal/site"
	"lectern/themes"
)

// sourcesSite holds pages whose markdown the loading stage changes: a
// title taken from the first heading, an MDX page, an HTML page with front
// matter, a file with a byte-order mark and CRLF line ends.
func sourcesSite() fstest.MapFS {
	fsys := memorySite()
	fsys["content/notes/heading.md"] = &fstest.MapFile{Data: []byte("# Heading Title\n\nThe rest of the note.\n")}
	fsys["content/talks/comp.mdx"] = &fstest.MapFile{Data: []byte("---\ntitle: Comp\n---\nimport X from './x'\n\nSome *text*.\n\n<X />\n")}
	fsys["content/pages/raw.html"] = &fstest.MapFile{Data: []byte("---\ntitle: Raw\n---\n<p>Raw HTML</p>\n")}
	fsys["content/talks/crlf.md"] = &fstest.MapFile{Data: []byte("\ufeff---\r\ntitle: CRLF\r\n---\r\nLine one\r\nline two\r\n")}
	return fsys
}

// streamed loads fsys releasing bodies and streams its jobs, returning
// the model, the outputs, and a weak pointer to each page's markdown as
// loaded, by file.
func streamed(t *testing.T, fsys fstest.MapFS, after func(m *Model)) (*Model, map[string][]byte, map[string]weak.Pointer[byte], map[string]string) {
	t.Helper()
	m, diags := LoadModel(context.Background(), fsys, ModelOptions{ReleaseBodies: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	texts := map[string]weak.Pointer[byte]{}
	loaded := map[string]string{}
	for _, p := range m.Site.Pages {
		loaded[p.Doc.File] = string(p.Doc.Body)
		if len(p.Doc.Body) > 0 {
			texts[p.Doc.File] = weak.Make(&p.Doc.Body[0])
		}
	}
	if after != nil {
		after(m)
	}
	r, diags := render.New(themes.Default(), render.Options{NoReads: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	jobs, _ := r.Jobs(m.Site)
	var mu sync.Mutex
	out := map[string][]byte{}
	diags = r.Stream(context.Background(), jobs, func(o render.Output) error {
		mu.Lock()
		defer mu.Unlock()
		out[o.Path] = bytes.Clone(o.Body)
		return nil
	})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return m, out, texts, loaded
}

// TestSourcesReleasedOnceWritten checks that a build lets each page's
// markdown go once every output showing it is written, and that whoever
// asks for it later gets the text loaded, and the HTML written, read
// again from the page's file.
func TestSourcesReleasedOnceWritten(t *testing.T) {
	m, out, texts, loaded := streamed(t, sourcesSite(), nil)
	runtime.GC()
	runtime.GC()
	if len(texts) < 10 {
		t.Fatalf("saw the markdown of %d pages, want every page's", len(texts))
	}
	for file, w := range texts {
		if w.Value() != nil {
			t.Errorf("%s: markdown reachable after its page was written", file)
		}
	}
	for _, p := range m.Site.Pages {
		if got := string(p.Source()); got != loaded[p.Doc.File] {
			t.Errorf("%s: read again as %q, loaded as %q", p.Doc.File, got, loaded[p.Doc.File])
		}
		if body, ok := out[p.Output]; ok && !bytes.Contains(body, []byte(p.Content())) {
			t.Errorf("%s: the body rendered again is not the one written:\n%s", p.Doc.File, p.Content())
		}
	}
	if d := m.Site.SourceErrors(); len(d) > 0 {
		t.Errorf("source errors: %q", d.Strings())
	}
}

// TestSourceChangedDuringBuild checks that a page's file changed after it
// was loaded, whose markdown is then asked for after it was let go, fails
// the build naming the file, rather than giving a page that disagrees
// with the lists made from the text loaded.
func TestSourceChangedDuringBuild(t *testing.T) {
	fsys := sourcesSite()
	m, _, _, _ := streamed(t, fsys, func(*Model) {
		fsys["content/talks/t1.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Talk 1\n---\nAnother body.\n")}
	})
	var p *site.Page
	for _, q := range m.Site.Pages {
		if q.Doc.File == "content/talks/t1.md" {
			p = q
		}
	}
	if p == nil {
		t.Fatal("no page for content/talks/t1.md")
	}
	p.Content()
	got := m.Site.SourceErrors().Strings()
	if len(got) != 1 || !strings.HasPrefix(got[0], "content/talks/t1.md: cannot read this page's text again while writing the site: it changed while the site was being built; build again") {
		t.Errorf("source errors: %q", got)
	}
}
