package render

import (
	"bytes"
	"encoding/json"
	"html/template"
	"image/png"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"lectern/internal/site"
	"lectern/themes"
)

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"  folds   its\n spaces ", 20, "folds its spaces"},
		{"cuts at a word boundary here", 12, "cuts at a…"},
		{"ünïcödé wörds are counted in runes", 7, "ünïcödé…"},
		{"ends, before punctuation", 6, "ends…"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>Andrew is a <em>core</em> developer.</p>", "Andrew is a core developer."},
		{"<p>One</p><p>Two &amp; three</p>", "One Two & three"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := plainText(template.HTML(tt.in)); got != tt.want {
			t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWebAppUnderPath renders a site published under a path: the
// manifest, the service worker's scope and its precache all follow it.
func TestWebAppUnderPath(t *testing.T) {
	s := fixture()
	s.Config.BaseURL = "https://example.org/conf/"
	outs := renderAll(t, themes.Default(), s)
	var m webManifest
	if err := json.Unmarshal(outs[manifestPath].Body, &m); err != nil {
		t.Fatal(err)
	}
	if m.StartURL != "/conf/" || m.Scope != "/conf/" || m.Name != "DjangoCon Notes" || m.ShortName != "DN" || len(m.Icons) != 2 {
		t.Errorf("manifest %+v", m)
	}
	for i, icon := range m.Icons {
		body := outs[strings.TrimPrefix(icon.Src, "/conf/")].Body
		cfg, err := png.DecodeConfig(bytes.NewReader(body))
		if err != nil || cfg.Width != iconSizes[i] || cfg.Height != iconSizes[i] {
			t.Errorf("icon %s: %v, %dx%d", icon.Src, err, cfg.Width, cfg.Height)
		}
	}
	sw := string(outs[serviceWorkerPath].Body)
	for _, want := range []string{`const ROOT = "/conf/";`, `"/conf/talks/taking-django-distributed/"`, `"/conf/search.json"`, `"/conf/speakers/andrew-godwin/"`, "caches.delete"} {
		if !strings.Contains(sw, want) {
			t.Errorf("sw.js lacks %s", want)
		}
	}
	home := string(outs["index.html"].Body)
	for _, want := range []string{`src="/conf/js/offline.js"`, `href="/conf/manifest.webmanifest"`, `action="/conf/search/"`, `data-root="/conf/"`} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %s", want)
		}
	}
}

// TestWebAppInPreview checks that the preview registers no service worker
// and that its sw.js retires one a build left at the same address.
func TestWebAppInPreview(t *testing.T) {
	r, diags := New(themes.Default(), Options{Preview: true})
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	outs := map[string]Output{}
	var mu sync.Mutex // emit runs on every render worker
	r.Render(t.Context(), fixture(), func(o Output) error {
		mu.Lock()
		defer mu.Unlock()
		outs[o.Path] = Output{Path: o.Path, Body: bytes.Clone(o.Body)}
		return nil
	})
	if home := string(outs["index.html"].Body); strings.Contains(home, "offline.js") {
		t.Error("the preview's pages load offline.js")
	}
	if sw := string(outs[serviceWorkerPath].Body); !strings.Contains(sw, "registration.unregister()") || strings.Contains(sw, "PRECACHE") {
		t.Errorf("the preview's sw.js does not retire itself:\n%s", sw)
	}

}

// TestBuildHashFollowsContent checks that the service worker's cache
// name changes with a page's text and not otherwise.
func TestBuildHashFollowsContent(t *testing.T) {
	r, diags := New(themes.Default(), Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	hashOf := func(s *site.Site) string { return (&jobs{r: r, s: s}).buildHash() }
	a, b := fixture(), fixture()
	if hashOf(a) != hashOf(b) {
		t.Error("two builds of the same site have different hashes")
	}
	b.Talks[0].SetContent(b.Talks[0].Content() + "<p>Edited.</p>")
	if hashOf(a) == hashOf(b) {
		t.Error("editing a talk left the hash as it was")
	}
}

// TestPrecacheListsOnlyOutputs checks that every URL the service worker
// fetches on install is written by the build: a break has no page, so
// its URL is not one.
func TestPrecacheListsOnlyOutputs(t *testing.T) {
	s := fixture()
	s.Talks[2].Pageless = true
	outs := renderAll(t, themes.Default(), s)
	sw := string(outs[serviceWorkerPath].Body)
	_, list, ok := strings.Cut(sw, "const PRECACHE = ")
	if !ok {
		t.Fatal("sw.js has no PRECACHE")
	}
	list, _, _ = strings.Cut(list, ";\n")
	var urls []string
	if err := json.Unmarshal([]byte(list), &urls); err != nil {
		t.Fatal(err)
	}
	for _, u := range urls {
		p := strings.TrimPrefix(u, "/")
		if strings.HasSuffix(p, "/") || p == "" {
			p += "index.html"
		}
		if _, ok := outs[p]; !ok {
			t.Errorf("sw.js precaches %s, which the build does not write", u)
		}
	}
}

// clipReference is clip as it was first written, folding the whole text:
// FuzzClip holds clip to it.
func clipReference(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, count := len(s), 0
	for i := range s {
		if count == n {
			cut = i
			break
		}
		count++
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:.") + "…"
}

func FuzzClip(f *testing.F) {
	for _, s := range []string{"short", "  folds   its\n spaces ", "cuts at a word boundary here", "ünïcödé wörds", "a\xffb c\u00a0d", "\u0085x  y", ""} {
		f.Add(s, uint8(7))
	}
	f.Fuzz(func(t *testing.T, s string, n uint8) {
		if got, want := clip(s, int(n)), clipReference(s, int(n)); got != want {
			t.Fatalf("clip(%q, %d) = %q, want %q", s, n, got, want)
		}
	})
}
