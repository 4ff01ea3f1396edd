package layout

import (
	"testing"
	"testing/fstest"
)

// TestStarlightTitle: a Starlight site's title and description are the
// options of its integration, in any quotes; a title given per language
// is not read, nor is a later title of something else, nor one
// commented out, and a theme's SITE object wins.
func TestStarlightTitle(t *testing.T) {
	for _, tc := range []struct {
		name, config, consts string
		title, description   string
	}{
		{"on lines of their own", "import starlight from '@astrojs/starlight';\nexport default defineConfig({\n  integrations: [\n    starlight({\n      title: \"Ada's Docs\",\n      description: 'On \"fast\" sites',\n      sidebar: [{ label: 'Guides' }],\n    }),\n  ],\n});\n", "", "Ada's Docs", `On "fast" sites`},
		{"on one line", "export default defineConfig({ integrations: [starlight({ title: `Docs Conf`, social: {} })] })\n", "", "Docs Conf", ""},
		{"per language", "export default defineConfig({ integrations: [starlight({\n  title: { en: 'Docs', fr: 'Documents' },\n  head: [{ tag: 'meta', attrs: { title: 'x' } }],\n})] })\n", "", "lectern site", ""},
		{"commented out", "export default defineConfig({ integrations: [starlight({\n  // title: 'Old',\n  title: 'New',\n})] })\n", "", "New", ""},
		{"no Starlight", "export default defineConfig({ title: 'Not read' })\n", "", "lectern site", ""},
		{"a theme's object wins", "export default defineConfig({ integrations: [starlight({ title: 'Docs' })] })\n", "export const SITE = {\n  title: \"Theme\",\n};\n", "Theme", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"astro.config.mjs": file(tc.config), "src/content/docs/a.md": file("x")}
			if tc.consts != "" {
				fsys["src/config.ts"] = file(tc.consts)
			}
			c, _ := Detect(fsys).Config(fsys)
			if c.Title != tc.title || c.Description != tc.description {
				t.Errorf("title %q, description %q; want %q, %q", c.Title, c.Description, tc.title, tc.description)
			}
		})
	}
}
