package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSiteInAFolder: a repository whose site is a folder of its top
// (DjangoCon Europe 2019's Django project, its Hugo site in hugo_site/)
// is built from that folder: its talks and pages are read, where the
// build stopped for want of a content folder, and the build says where
// it read the site.
func TestSiteInAFolder(t *testing.T) {
	source := writeSite(t, `
-- README.rst --
Conference
==========
-- manage.py --
import django
-- hugo_site/config.toml --
baseURL = "https://conf.example/"
title = "Pony Conference"
-- hugo_site/content/contact.md --
---
title: "Contact"
---
Write to us.
-- hugo_site/content/talks/stable-queries.md --
---
title: "Stable queries"
speakers: Mira Holt
room: "Main hall"
---
Querysets that stay steady.
`)
	res, diags := Build(context.Background(), Options{Source: source, Dest: filepath.Join(t.TempDir(), "out")})
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	if want := "Reading a Hugo site in place (config.toml), in hugo_site/"; res.Layout != want {
		t.Errorf("layout %q, want %q", res.Layout, want)
	}
	read := func(p string) string {
		b, _ := os.ReadFile(filepath.Join(res.Dest, filepath.FromSlash(p)))
		return string(b)
	}
	if !strings.Contains(read("talks/stable-queries/index.html"), "Mira Holt") {
		t.Errorf("the talk of the site in hugo_site/ is not built")
	}
	if !strings.Contains(read("contact/index.html"), "Write to us.") {
		t.Errorf("the page of the site in hugo_site/ is not built")
	}
}
