package layout

import (
	"cmp"
	"testing"
	"testing/fstest"

	"lectern/internal/config"
)

// TestAstroSiteURL: the base URL is read from every way an Astro config
// commonly writes `site`, and never from a comment or another key.
func TestAstroSiteURL(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"a line of its own", "export default defineConfig({\n  site: 'https://a.example.org',\n})\n", "https://a.example.org"},
		{"one line", "export default defineConfig({ site: \"https://b.example.org/conf\" });\n", "https://b.example.org/conf"},
		{"after another key", "export default defineConfig({ base: '/x', site: `https://c.example.org` })\n", "https://c.example.org"},
		{"after a URL on its line", "export default defineConfig({ image: { domains: ['https://img.example.org'] }, site: 'https://c2.example.org' })\n", "https://c2.example.org"},
		{"at the start of the file", "site: 'https://d.example.org'\n", "https://d.example.org"},
		{"an old URL commented out", "export default defineConfig({\n  // site: 'https://old.example.org',\n  site: 'https://new.example.org',\n})\n", "https://new.example.org"},
		{"only commented out", "export default defineConfig({\n  // site: 'https://old.example.org',\n})\n", ""},
		{"another key ending in site", "export default defineConfig({ website: 'https://e.example.org' })\n", ""},
		{"not a string", "export default defineConfig({ site: process.env.SITE })\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := astroSiteURL(tc.src)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("astroSiteURL = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

// TestAstroConsts: the Astro blog starter's title and description, in
// src/consts.ts, name the site; a constant computed, commented out or
// of another name does not.
func TestAstroConsts(t *testing.T) {
	for _, tc := range []struct{ name, src, title, desc string }{
		{"the starter's", "// Place any global data in this file.\nexport const SITE_TITLE = 'Astro Blog';\nexport const SITE_DESCRIPTION = \"Welcome to my website!\";\n", "Astro Blog", "Welcome to my website!"},
		{"typed, in backquotes", "export const SITE_TITLE: string = `Typed Blog`;\n", "Typed Blog", ""},
		{"computed", "export const SITE_TITLE = `${NAME} Blog`;\nexport const SITE_DESCRIPTION = process.env.DESC;\n", "", ""},
		{"commented out", "// export const SITE_TITLE = 'Old';\n", "", ""},
		{"another name", "export const SITE_TITLE_SHORT = 'Short';\n", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"astro.config.mjs": file("export default {}\n"), "src/consts.ts": file(tc.src), "src/content/blog/a.md": file("x")}
			c, _ := Detect(fsys).Config(fsys)
			title := tc.title
			if title == "" {
				title = config.Default().Title
			}
			if c.Title != title || c.Description != tc.desc {
				t.Errorf("title %q, description %q; want %q, %q", c.Title, c.Description, title, tc.desc)
			}
		})
	}
}

// TestAstroSiteObject: the object Astro themes export for their site's
// settings names it; the config's own site: wins over its address, and
// an object of another name is not read.
func TestAstroSiteObject(t *testing.T) {
	astroPaper := "import type { Site } from \"./types\";\n\nexport const SITE: Site = {\n  website: \"https://paper.example.org/\", // your domain\n  author: \"Sat Naing\",\n  desc: \"A minimal blog.\",\n  title: \"AstroPaper\",\n  postPerIndex: 4,\n};\n"
	for _, tc := range []struct{ name, config, file, src, title, desc, author, url string }{
		{"AstroPaper's", "export default {}\n", "src/config.ts", astroPaper, "AstroPaper", "A minimal blog.", "Sat Naing", "https://paper.example.org/"},
		{"the config's site wins", "export default defineConfig({ site: 'https://mine.example.org' })\n", "src/config.ts", astroPaper, "AstroPaper", "A minimal blog.", "Sat Naing", "https://mine.example.org/"},
		{"siteConfig, typed", "export default {}\n", "src/site.config.ts", "export const siteConfig: SiteConfig = {\n\ttitle: 'Cactus',\n\tdescription: 'Talks and notes',\n\tauthor: {\n\t\tname: 'Chris',\n\t},\n};\n", "Cactus", "Talks and notes", "Chris", ""},
		{"another name", "export default {}\n", "src/config.ts", "export const LOCALE = {\n  title: \"en\",\n};\n", "", "", "", ""},
		{"saved as UTF-16", "export default {}\n", "src/config.ts", utf16LE(astroPaper), "AstroPaper", "A minimal blog.", "Sat Naing", "https://paper.example.org/"},
		{"consts saved as UTF-16", "export default {}\n", "src/consts.ts", utf16LE("export const SITE_TITLE = 'Café notes';\n"), "Café notes", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"astro.config.mjs": file(tc.config), tc.file: file(tc.src), "src/content/blog/a.md": file("x")}
			c, _ := Detect(fsys).Config(fsys)
			def := config.Default()
			want := config.Config{Title: cmp.Or(tc.title, def.Title), Description: tc.desc, Author: cmp.Or(tc.author, def.Author), BaseURL: tc.url}
			if c.Title != want.Title || c.Description != want.Description || c.Author != want.Author || c.BaseURL != want.BaseURL {
				t.Errorf("title %q, description %q, author %q, url %q; want %q, %q, %q, %q",
					c.Title, c.Description, c.Author, c.BaseURL, want.Title, want.Description, want.Author, want.BaseURL)
			}
		})
	}
}

// TestAstroBuildFormat: the format of Astro's build options is read
// however the config writes it, and never from a comment or from the
// format option of another object (an image service's).
func TestAstroBuildFormat(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"lines of their own", "export default defineConfig({\n  build: {\n    format: 'file',\n  },\n});\n", "file"},
		{"after another build option", "export default defineConfig({\n  build: {\n    assets: '_assets',\n    format: \"file\",\n  },\n});\n", "file"},
		{"one line", "export default defineConfig({ site: 'https://a.example.org', build: { format: `file` } });\n", "file"},
		{"directory", "export default defineConfig({ build: { format: 'directory' } });\n", "directory"},
		{"the option commented out", "export default defineConfig({\n  build: {\n    // format: 'file',\n  },\n});\n", ""},
		{"the build options commented out", "export default defineConfig({\n  // build: { format: 'file' },\n});\n", ""},
		{"another object's format", "export default defineConfig({\n  image: { format: 'file' },\n  build: { assets: '_a' },\n});\n", ""},
		{"none", "export default defineConfig({ site: 'https://a.example.org' });\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := astroBuildFormat(tc.src); got != tc.want {
				t.Errorf("astroBuildFormat = %q, want %q", got, tc.want)
			}
		})
	}
}
