package build

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBuildWithoutBaseURL checks that a site without base_url is warned
// about once and gets no output that would need an absolute URL.
func TestBuildWithoutBaseURL(t *testing.T) {
	src := writeSite(t, smallSite)
	_, diags := Build(context.Background(), Options{Source: src})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	n := 0
	for _, s := range diags.Strings() {
		if strings.Contains(s, "base_url is not set") {
			n++
			if !strings.HasPrefix(s, "config.toml: warning: ") {
				t.Errorf("warning not at config.toml: %s", s)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d warnings about base_url, want 1: %q", n, diags.Strings())
	}
	tree := readTree(t, filepath.Join(src, "public"))
	for p, f := range tree {
		if p == "sitemap.xml" || strings.HasPrefix(p, "cards/") {
			t.Errorf("%s written without base_url", p)
		}
		if strings.HasSuffix(p, ".html") && regexp.MustCompile(`og:(url|image)`).MatchString(f.body) {
			t.Errorf("%s has og:url or og:image without base_url", p)
		}
	}
}

// TestBuildCards checks that pages link their share preview card by
// absolute URL, and that a card whose text did not change is taken from
// the last build rather than drawn again.
func TestBuildCards(t *testing.T) {
	src := writeSite(t, smallSite)
	dest := filepath.Join(src, "public")
	opts := Options{Source: src, BaseURL: "https://small.example/conf/"}
	if _, diags := Build(context.Background(), opts); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	tree := readTree(t, dest)
	page := tree["talks/a/index.html"].body
	m := regexp.MustCompile(`<meta property="og:image" content="https://small\.example/conf/(cards/[0-9a-f]{16}\.png)">`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no absolute og:image card in the talk page:\n%s", page)
	}
	for _, want := range []string{`<meta name="twitter:card" content="summary_large_image">`, `<meta property="og:image:width" content="1200">`, `<meta property="og:image:alt" content="A talk`} {
		if !strings.Contains(page, want) {
			t.Errorf("talk page lacks %s", want)
		}
	}
	if _, ok := tree["sitemap.xml"]; !ok {
		t.Error("no sitemap.xml with base_url")
	}
	card := filepath.Join(dest, filepath.FromSlash(m[1]))
	body, err := os.ReadFile(card)
	if err != nil {
		t.Fatal(err)
	}
	if cfg, err := png.DecodeConfig(bytes.NewReader(body)); err != nil || cfg.Width != 1200 || cfg.Height != 630 {
		t.Fatalf("card %s: %v %+v", m[1], err, cfg)
	}

	// A blank picture of the card's size in its place stays: the build
	// after an edit elsewhere reads the card by name, without drawing.
	var blank bytes.Buffer
	png.Encode(&blank, image.NewGray(image.Rect(0, 0, 1200, 630)))
	if err := os.WriteFile(card, blank.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	write(t, src, "content/notes/new.md", "---\ntitle: New\ndate: 2024-01-01\n---\nA note.\n")
	if _, diags := Build(context.Background(), opts); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if got, _ := os.ReadFile(card); !bytes.Equal(got, blank.Bytes()) {
		t.Error("an unchanged card was drawn again")
	}

	// A file that is not a card of the right size is drawn again.
	if err := os.WriteFile(card, []byte("not a png"), 0o644); err != nil {
		t.Fatal(err)
	}
	write(t, src, "content/notes/new.md", "---\ntitle: Newer\ndate: 2024-01-01\n---\nA note.\n")
	if _, diags := Build(context.Background(), opts); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if got, _ := os.ReadFile(card); !bytes.Equal(got, body) {
		t.Error("a damaged card was not drawn again")
	}
}
