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

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/layout"
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
	// A speaker page without a bio field: its body is the bio, which
	// the page then does not repeat.
	fsys["content/speakers/ada-lovelace.md"] = &fstest.MapFile{Data: []byte("---\nname: Ada Lovelace\n---\nAda wrote the first program.\n")}
	return fsys
}

// streamed loads fsys releasing bodies and streams its jobs, returning
// the model, the outputs, and each page's markdown as the loading stage
// gave it, by file.
func streamed(t *testing.T, fsys fstest.MapFS, after func(m *Model)) (*Model, map[string][]byte, map[string]string) {
	t.Helper()
	co, _ := contentOptions(fsys, layout.Detect(fsys), config.Default())
	set, _ := content.Load(fsys, co)
	loaded := map[string]string{}
	for _, d := range set.Docs {
		loaded[d.File] = string(d.Body)
	}
	m, diags := LoadModel(context.Background(), fsys, ModelOptions{ReleaseBodies: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if after != nil {
		after(m)
	}
	r, diags := render.New(themes.Default(), render.Options{NoReads: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	jobs, _ := r.Jobs(m.Site)
	return m, streamAll(t, r, jobs, nil), loaded
}

// TestSourcesReleasedAfterModel checks that a build holds no page's
// markdown once the model is made, and that whoever asks for it later
// (the page's own job first) gets the text loaded, read again from the
// page's file, and renders the HTML written.
func TestSourcesReleasedAfterModel(t *testing.T) {
	m, out, loaded := streamed(t, sourcesSite(), nil)
	if len(m.Site.Pages) < 10 {
		t.Fatalf("%d pages, want every page of the site", len(m.Site.Pages))
	}
	for _, d := range m.Docs {
		if d.Body != nil {
			t.Errorf("%s: the loaded document still holds its markdown", d.File)
		}
	}
	for _, p := range m.Site.Pages {
		if p.Doc.Body != nil {
			t.Errorf("%s: the page still holds its markdown", p.Doc.File)
		}
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

	// The outputs are those of a build that holds every text.
	held, diags := LoadModel(context.Background(), sourcesSite(), ModelOptions{})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	r, _ := render.New(themes.Default(), render.Options{})
	jobs, _ := r.Jobs(held.Site)
	n := 0
	var mu sync.Mutex
	r.Run(context.Background(), jobs, func(o render.Output) error {
		mu.Lock()
		defer mu.Unlock()
		if o.Path == "sw.js" {
			// Its cache name hashes each body: the HTML when held,
			// the markdown and options before it is rendered.
			return nil
		}
		n++
		if !bytes.Equal(out[o.Path], o.Body) {
			t.Errorf("%s differs when texts are let go:\n%s\nwant:\n%s", o.Path, out[o.Path], o.Body)
		}
		return nil
	})
	if n != len(out)-1 {
		t.Errorf("%d outputs when texts are held, %d when let go", n, len(out)-1)
	}
}

// TestSourceChangedDuringBuild checks that a page's file changed after it
// was loaded, whose markdown is then asked for after it was let go, fails
// the build naming the file, rather than giving a page that disagrees
// with the lists made from the text loaded.
func TestSourceChangedDuringBuild(t *testing.T) {
	fsys := sourcesSite()
	m, _, _ := streamed(t, fsys, func(*Model) {
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

// TestLoadedDocumentsReleased checks that a build holds no loaded
// document once the model is made and Build lets Model.Docs go: the
// pages keep their own copies (Page.Doc), and the readers of their
// markdown keep the file's name, not the document.
func TestLoadedDocumentsReleased(t *testing.T) {
	m, diags := LoadModel(context.Background(), sourcesSite(), ModelOptions{ReleaseBodies: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	docs := map[string]weak.Pointer[content.Document]{}
	for _, d := range m.Docs {
		docs[d.File] = weak.Make(d)
	}
	m.Docs = nil // as Build does
	runtime.GC()
	runtime.GC()
	if len(m.Site.Pages) < 10 {
		t.Fatalf("%d pages, want every page of the site", len(m.Site.Pages))
	}
	for _, p := range m.Site.Pages {
		w, ok := docs[p.Doc.File]
		if !ok {
			continue // a page the model made (a speaker without a file)
		}
		if w.Value() != nil {
			t.Errorf("%s: the loaded document is still reachable from the model", p.Doc.File)
		}
		if p.Loaded() != nil {
			t.Errorf("%s: Loaded is not nil", p.Doc.File)
		}
		if len(p.Source()) == 0 {
			t.Errorf("%s: no markdown read again", p.Doc.File)
		}
	}
	if d := m.Site.SourceErrors(); len(d) > 0 {
		t.Errorf("source errors: %q", d.Strings())
	}
	runtime.KeepAlive(m)
}
