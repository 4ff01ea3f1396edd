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

// TestScriptSiteSettings: a JavaScript global data file names the site
// however its literal is laid out (returned by a function, built of
// constants, several keys a line), and a settings object beside a
// computed key still gives its plain keys.
func TestScriptSiteSettings(t *testing.T) {
	for _, tc := range []struct {
		name, src, title, url string
	}{
		{"a function returning the object",
			"module.exports = () => {\n  return {\n    title: 'Harbour Dev Day',\n    url: \"https://harbour.example.org\",\n  };\n};\n",
			"Harbour Dev Day", "https://harbour.example.org/"},
		{"constants named in it",
			"const title = `Harbour Dev Day`;\nconst URL = 'https://harbour.example.org';\nexport default { title, url: URL };\n",
			"Harbour Dev Day", "https://harbour.example.org/"},
		{"beside a computed key",
			"module.exports = {\n  title: \"Harbour Dev Day\",\n  year: new Date().getFullYear(),\n};\n",
			"Harbour Dev Day", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{".eleventy.js": file("module.exports = {};\n"), "_data/site.js": file(tc.src)}
			c, _ := Detect(fsys).Config(fsys)
			if c.Title != tc.title || c.BaseURL != tc.url {
				t.Errorf("got %q %q, want %q %q", c.Title, c.BaseURL, tc.title, tc.url)
			}
		})
	}
}
