package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInPlace builds other tools' sites as they are: their layouts/ are
// not lectern's overrides, their machinery is not published, the author's
// post URLs are kept.
func TestInPlace(t *testing.T) {
	tests := []struct {
		name    string
		archive string
		dest    bool   // pass a --dest outside the site
		destIn  string // or this --dest inside it, with --force
		layout  string
		want    []string // output files that must exist
		absent  []string // output files that must not
		errs    string   // the first error, when the build must fail
	}{
		{
			name: "Jekyll",
			archive: `
-- _config.yml --
title: Jekyll Conf
permalink: /:year/:month/:title/
exclude: [secret.md]
-- _posts/2021-03-04-hello.md --
---
title: Hello
---
Hi.
-- about.md --
---
title: About
---
-- secret.md --
---
title: Secret
---
-- _layouts/default.html --
{{ content }}
-- _includes/x.html --
x
-- _data/people.yml --
- name: x
-- Gemfile --
source "https://rubygems.org"
-- img/logo.png --
png
`,
			dest:   true,
			layout: "Reading a Jekyll site in place (_config.yml)",
			want:   []string{"2021/03/hello/index.html", "img/logo.png"},
			absent: []string{"_config.yml", "Gemfile", "_layouts/default.html", "_data/people.yml", "secret/index.html", "notes/hello/index.html"},
		},
		{
			name: "Hugo's layouts/ are not overrides",
			archive: `
-- hugo.toml --
baseURL = "https://example.org/"
title = "Hugo Conf"
-- content/talks/keynote.md --
---
title: Keynote
---
-- layouts/talk.html --
{{ partial "hugo-only" . | markdownify }}
-- layouts/_default/baseof.html --
{{ block "main" . }}{{ end }}
-- static/robots-extra.txt --
x
`,
			dest:   true,
			layout: "Reading a Hugo site in place (hugo.toml)",
			want:   []string{"talks/keynote/index.html", "robots-extra.txt"},
			absent: []string{"_default/baseof.html"},
		},
		{
			name: "a blog's own Go templates in layouts/ are not overrides",
			archive: `
-- content/notes/first.md --
---
title: First
---
-- layouts/pages/about.tmpl.html --
{{ RomanNumeral 4 }}
`,
			dest: true,
			want: []string{"notes/first/index.html"},
		},
		{
			name: "Astro's public/ is not the output",
			archive: `
-- astro.config.mjs --
export default {}
-- src/pages/about.md --
---
title: About
---
-- public/logo.svg --
<svg/>
`,
			layout: "Reading an Astro site in place (astro.config.mjs)",
			errs:   "site's static folder, which lectern reads",
		},
		{
			name: "Astro's public/, even named with --force",
			archive: `
-- astro.config.mjs --
export default {}
-- src/pages/about.md --
# About
-- public/logo.svg --
<svg/>
`,
			destIn: "public",
			layout: "Reading an Astro site in place (astro.config.mjs)",
			errs:   "site's static folder, which lectern reads",
		},
		{
			name: "an Eleventy input folder of its own name, even with --force",
			archive: `
-- .eleventy.js --
module.exports = { dir: { input: "pages" } }
-- pages/about.md --
# About
-- public/logo.svg --
<svg/>
`,
			destIn: "pages",
			layout: "Reading an Eleventy site in place (.eleventy.js)",
			errs:   `is the site's source folder "pages"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := writeSite(t, tt.archive)
			opts := Options{Source: src}
			if tt.dest {
				opts.Dest = filepath.Join(t.TempDir(), "out")
			}
			if tt.destIn != "" {
				opts.Dest, opts.Force = filepath.Join(src, tt.destIn), true
			}
			res, diags := Build(context.Background(), opts)
			if res.Layout != tt.layout {
				t.Errorf("Layout = %q, want %q", res.Layout, tt.layout)
			}
			if tt.errs != "" {
				if errs := diags.Errors().Strings(); len(errs) == 0 || !strings.Contains(errs[0], tt.errs) {
					t.Fatalf("errors %q, want one saying %q", errs, tt.errs)
				}
				if _, err := os.Stat(filepath.Join(src, "public", "logo.svg")); err != nil {
					t.Errorf("the site's public/ lost its files")
				}
				if opts.Dest == "" && res.Dest != filepath.Join(src, "public") {
					t.Errorf("Dest = %q: the message names the folder left as it was", res.Dest)
				}
				if _, err := os.Stat(filepath.Join(src, "public", ".lectern")); err == nil {
					t.Errorf("the build claimed the site's public/")
				}
				return
			}
			if diags.HasErrors() {
				t.Fatalf("errors: %q", diags.Errors().Strings())
			}
			for _, f := range tt.want {
				if _, err := os.Stat(filepath.Join(res.Dest, f)); err != nil {
					t.Errorf("missing output %s", f)
				}
			}
			for _, f := range tt.absent {
				if _, err := os.Stat(filepath.Join(res.Dest, f)); err == nil {
					t.Errorf("published %s", f)
				}
			}
		})
	}
}
