package layout

import "testing"

// TestAddressSetting: the warning about a missing address names the
// file and key the site's tool sets it with, as lectern reads them.
func TestAddressSetting(t *testing.T) {
	for _, tc := range []struct {
		name      string
		l         Layout
		file, key string
	}{
		{"lectern", Layout{Tool: Lectern}, "config.toml", ""},
		{"Jekyll", Layout{Tool: Jekyll, ConfigFile: "_config.yml"}, "_config.yml", "url"},
		{"Hugo", Layout{Tool: Hugo, ConfigFile: "hugo.toml"}, "hugo.toml", "baseURL"},
		{"Astro", Layout{Tool: Astro, Evidence: "astro.config.mjs"}, "astro.config.mjs", "site"},
		{"Astro known by its package", Layout{Tool: Astro, Evidence: "package.json"}, "config.toml", ""},
		{"Quarto", Layout{Tool: Quarto, ConfigFile: "_quarto.yml"}, "_quarto.yml", "site-url"},
		{"R Markdown", Layout{Tool: RMarkdown, ConfigFile: "_site.yml"}, "_site.yml", "base_url"},
		{"Franklin", Layout{Tool: Franklin}, "config.md", "website_url"},
		{"Eleventy", Layout{Tool: Eleventy, Evidence: "eleventy.config.js"}, "config.toml", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if file, key := tc.l.AddressSetting(); file != tc.file || key != tc.key {
				t.Errorf("%s, %s; want %s, %s", file, key, tc.file, tc.key)
			}
		})
	}
}
