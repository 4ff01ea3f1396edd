package layout

import (
	"testing"
	"testing/fstest"
)

// TestJekyllFeedPath: jekyll-feed's feed.path is where the site's feed is
// written, so its subscribers' address keeps working; a path naming no
// file leaves lectern's own.
func TestJekyllFeedPath(t *testing.T) {
	tests := []struct {
		name, config, want string
	}{
		{"none", "title: T\n", "/feed.xml"},
		{"atom.xml", "feed:\n  path: atom.xml\n", "/atom.xml"},
		{"from the root", "feed:\n  path: /blog/feed.atom\n", "/blog/feed.atom"},
		{"a folder is no file", "feed:\n  path: feeds/\n", "/feed.xml"},
		{"feed without a path", "feed:\n  excerpt_only: true\n", "/feed.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"_config.yml": file(tt.config), "_posts/2024-01-01-a.md": file("---\ntitle: A\n---\n")}
			c, diags := Detect(fsys).Config(fsys)
			if len(diags.Strings()) != 0 {
				t.Fatalf("diagnostics %q", diags.Strings())
			}
			if c.Feed != tt.want {
				t.Errorf("feed %q, want %q", c.Feed, tt.want)
			}
		})
	}
}

// TestToolFeedPaths: a blog's feed is written where its tool wrote it,
// Hugo's home RSS at /index.xml, an Astro route's at its path, the
// Eleventy feed plugin's at its outputPath, so subscribers keep it; a
// site whose config writes no feed keeps lectern's /feed.xml.
func TestToolFeedPaths(t *testing.T) {
	post := file("---\ntitle: A\ndate: 2024-01-01\n---\n")
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"Hugo's home RSS", fstest.MapFS{"hugo.toml": file("title = \"T\"\n"), "content/posts/a.md": post}, "/index.xml"},
		{"Hugo's RSS baseName", fstest.MapFS{"hugo.toml": file("[outputFormats.RSS]\nbaseName = \"feed\"\n"), "content/posts/a.md": post}, "/feed.xml"},
		{"Hugo's outputs with RSS", fstest.MapFS{"hugo.yaml": file("outputs:\n  home: [HTML, RSS, JSON]\n"), "content/posts/a.md": post}, "/index.xml"},
		{"Hugo's outputs without RSS", fstest.MapFS{"hugo.yaml": file("outputs:\n  home: [HTML, JSON]\n"), "content/posts/a.md": post}, "/feed.xml"},
		{"Hugo's disableKinds", fstest.MapFS{"hugo.toml": file("disableKinds = [\"RSS\"]\n"), "content/posts/a.md": post}, "/feed.xml"},
		{"Astro's rss.xml.js", fstest.MapFS{"astro.config.mjs": file("export default defineConfig({});\n"), "src/pages/rss.xml.js": file("export async function GET() {}\n"), "src/content/blog/a.md": post}, "/rss.xml"},
		{"Astro's nearest feed route", fstest.MapFS{"astro.config.mjs": file("export default defineConfig({});\n"), "src/pages/blog/rss.xml.ts": file("x"), "src/pages/feed.xml.ts": file("x"), "src/content/blog/a.md": post}, "/feed.xml"},
		{"Astro's sitemap is no feed", fstest.MapFS{"astro.config.mjs": file("export default defineConfig({});\n"), "src/pages/sitemap.xml.ts": file("x"), "src/content/blog/a.md": post}, "/feed.xml"},
		{"Astro without a feed route", fstest.MapFS{"astro.config.mjs": file("export default defineConfig({});\n"), "src/content/blog/a.md": post}, "/feed.xml"},
		{"Eleventy's feed plugin", fstest.MapFS{"eleventy.config.js": file("export default function (eleventyConfig) {\n  eleventyConfig.addPlugin(feedPlugin, {\n    type: \"atom\",\n    outputPath: \"/feed/feed.xml\",\n  });\n}\n"), "posts/a.md": post}, "/feed/feed.xml"},
		{"Eleventy without one", fstest.MapFS{"eleventy.config.js": file("export default function (eleventyConfig) {}\n"), "posts/a.md": post}, "/feed.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, diags := Detect(tt.fsys).Config(tt.fsys)
			if len(diags.Strings()) != 0 {
				t.Fatalf("diagnostics %q", diags.Strings())
			}
			if c.Feed != tt.want {
				t.Errorf("feed %q, want %q", c.Feed, tt.want)
			}
		})
	}
}

// TestHugoListFeeds: a Hugo site's terms and sections have their feeds
// where Hugo writes them, under its RSS name, unless its config writes
// no RSS for them; other tools' sites keep lectern's.
func TestHugoListFeeds(t *testing.T) {
	post := file("---\ntitle: A\ndate: 2024-01-01\n---\n")
	tests := []struct {
		name          string
		fsys          fstest.MapFS
		term, section string
	}{
		{"Hugo's default", fstest.MapFS{"hugo.toml": file("title = \"T\"\n"), "content/posts/a.md": post}, "index.xml", "index.xml"},
		{"Hugo's RSS baseName", fstest.MapFS{"hugo.toml": file("[outputFormats.RSS]\nbaseName = \"feed\"\n"), "content/posts/a.md": post}, "feed.xml", "feed.xml"},
		{"no home RSS", fstest.MapFS{"hugo.yaml": file("outputs:\n  home: [HTML, JSON]\n"), "content/posts/a.md": post}, "index.xml", "index.xml"},
		{"sections without RSS", fstest.MapFS{"hugo.yaml": file("outputs:\n  section: [HTML]\n"), "content/posts/a.md": post}, "index.xml", ""},
		{"terms without RSS", fstest.MapFS{"hugo.toml": file("[outputs]\nterm = [\"HTML\"]\n"), "content/posts/a.md": post}, "", "index.xml"},
		{"terms disabled", fstest.MapFS{"hugo.toml": file("disableKinds = [\"term\"]\n"), "content/posts/a.md": post}, "", "index.xml"},
		{"no RSS at all", fstest.MapFS{"hugo.toml": file("disableKinds = [\"RSS\"]\n"), "content/posts/a.md": post}, "", ""},
		{"Jekyll", fstest.MapFS{"_config.yml": file("title: T\n"), "_posts/2024-01-01-a.md": post}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, diags := Detect(tt.fsys).Config(tt.fsys)
			if len(diags.Strings()) != 0 {
				t.Fatalf("diagnostics %q", diags.Strings())
			}
			if c.TermFeed != tt.term || c.SectionFeed != tt.section {
				t.Errorf("term feed %q, section feed %q; want %q, %q", c.TermFeed, c.SectionFeed, tt.term, tt.section)
			}
		})
	}
}
