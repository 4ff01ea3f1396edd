package layout

import (
	"testing"
	"testing/fstest"
)

// TestEleventyLanguage: an Eleventy site's language is read from its
// global data or from the global data its config adds, and a value that
// is not a language tag, or a language its config names, is kept.
func TestEleventyLanguage(t *testing.T) {
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"site.json lang", fstest.MapFS{".eleventy.js": file("module.exports = {};\n"), "_data/site.json": file(`{"title": "Charlas", "lang": "es"}`)}, "es"},
		{"metadata.json language", fstest.MapFS{".eleventy.js": file("module.exports = {};\n"), "_data/metadata.json": file(`{"language": "pt_BR"}`)}, "pt-BR"},
		{"metadata.js locale", fstest.MapFS{".eleventy.js": file("module.exports = {};\n"), "_data/metadata.js": file("export default {\n  title: \"Vorträge\",\n  locale: \"de\",\n};\n")}, "de"},
		{"a name, not a tag", fstest.MapFS{".eleventy.js": file("module.exports = {};\n"), "_data/site.json": file(`{"language": "Spanish"}`)}, "en"},
		{"addGlobalData", fstest.MapFS{".eleventy.js": file("module.exports = function (eleventyConfig) {\n  eleventyConfig.addGlobalData(\"lang\", 'fr');\n};\n")}, "fr"},
		{"addGlobalData before the data file", fstest.MapFS{".eleventy.js": file("module.exports = function (eleventyConfig) {\n  eleventyConfig.addGlobalData(`lang`, \"fr\");\n};\n"), "_data/site.json": file(`{"lang": "es"}`)}, "fr"},
		{"no language", fstest.MapFS{".eleventy.js": file("module.exports = {};\n"), "_data/site.json": file(`{"title": "Talks"}`)}, "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := Detect(tc.fsys)
			if l.Tool != Eleventy {
				t.Fatalf("detected %s", l.Tool)
			}
			c, diags := l.Config(tc.fsys)
			if len(diags) != 0 {
				t.Errorf("diagnostics %q", diags.Strings())
			}
			if c.Language != tc.want {
				t.Errorf("language %q, want %q", c.Language, tc.want)
			}
		})
	}
}
