package build

import (
	"strings"
	"testing"
)

// TestFranklinAssets: a Franklin site's _assets/ folder is published at
// assets/, where Franklin copies it and where its pages name its files;
// a file at the same path in a root assets/ folder (most often a copy
// an earlier build left there) gives way to it instead of clashing.
func TestFranklinAssets(t *testing.T) {
	out, diags := buildSite(t, `
-- config.md --
@def website_title = "Meetups"
@def website_url = "https://meetups.example.org/"
-- _layout/head.html --
<html>
-- _assets/map.png --
source
-- _assets/2023/slides.pdf --
slides
-- assets/map.png --
stale
-- assets/logo.png --
logo
-- index.md --
@def title = "Home"
![Map](/assets/map.png) and [the slides](/assets/2023/slides.pdf).
`)
	for p, want := range map[string]string{"assets/map.png": "source", "assets/2023/slides.pdf": "slides", "assets/logo.png": "logo"} {
		if got := strings.TrimSpace(out(p)); got != want {
			t.Errorf("%s = %q, want %q", p, got, want)
		}
	}
	if out("_assets/map.png") != "" {
		t.Errorf("_assets/ is still published under its own name")
	}
	if len(diags) != 0 {
		t.Errorf("diagnostics: %q", diags)
	}
}
