package layout

import (
	"testing"
	"testing/fstest"
)

// TestAstroBase: Astro's base: puts the site under that path of its site
// URL, as Astro serves it; a base without a site URL, commented out, or
// naming a folder of the repository (a glob loader's) does not.
func TestAstroBase(t *testing.T) {
	for _, tc := range []struct{ name, config, consts, want string }{
		{"one line", "export default defineConfig({ site: 'https://ada.github.io', base: '/talks-site' });\n", "", "https://ada.github.io/talks-site/"},
		{"lines of their own", "export default defineConfig({\n  site: \"https://ada.github.io/\",\n  base: \"/talks-site/\",\n});\n", "", "https://ada.github.io/talks-site/"},
		{"base before site", "export default defineConfig({ base: 'talks', site: 'https://b.example.org' })\n", "", "https://b.example.org/talks/"},
		{"a site URL holding the base already", "export default defineConfig({ site: 'https://c.example.org/talks/', base: '/talks' })\n", "", "https://c.example.org/talks/"},
		{"no base", "export default defineConfig({ site: 'https://d.example.org' })\n", "", "https://d.example.org/"},
		{"a base commented out", "export default defineConfig({\n  site: 'https://e.example.org',\n  // base: '/old',\n});\n", "", "https://e.example.org/"},
		{"no site", "export default defineConfig({ base: '/talks' })\n", "", ""},
		{"a glob loader's folder", "export default defineConfig({ site: 'https://f.example.org', x: glob({ base: './src/data/blog' }) })\n", "", "https://f.example.org/"},
		{"the site URL of a theme's object", "export default defineConfig({ base: '/blog' })\n", "export const SITE = {\n  website: \"https://g.example.org/\",\n  title: \"G\",\n};\n", "https://g.example.org/blog/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"astro.config.mjs": file(tc.config), "src/content/blog/a.md": file("x")}
			if tc.consts != "" {
				fsys["src/config.ts"] = file(tc.consts)
			}
			c, d := Detect(fsys).Config(fsys)
			if c.BaseURL != tc.want || len(d) != 0 {
				t.Errorf("base URL %q, %v; want %q", c.BaseURL, d, tc.want)
			}
		})
	}
}
