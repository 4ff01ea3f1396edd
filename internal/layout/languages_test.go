package layout

import (
	"slices"
	"testing"
	"testing/fstest"
	"unicode/utf16"
)

// A multilingual Hugo site's other languages and their content folders
// are read, in any of its config formats.
func TestHugoLanguages(t *testing.T) {
	for name, src := range map[string]string{
		"hugo.toml": "defaultContentLanguage = 'de'\n[languages.de]\ncontentDir = 'content/de'\n[languages.EN]\ncontentDir = 'content/english/'\n[languages.fr]\nweight = 3\n",
		"hugo.yaml": "defaultContentLanguage: de\nlanguages:\n  de: {contentDir: content/de}\n  EN: {contentDir: content/english}\n  fr: {weight: 3}\n",
	} {
		fsys := fstest.MapFS{name: file(src)}
		c, diags := Detect(fsys).Config(fsys)
		if len(diags) != 0 || !slices.Equal(c.OtherLanguages, []string{"en", "fr"}) || !slices.Equal(c.LanguageDirs, []string{"content/english"}) || c.ContentDir != "content/de" {
			t.Errorf("%s: languages %q, dirs %q, content %q, diags %v", name, c.OtherLanguages, c.LanguageDirs, c.ContentDir, diags)
		}
	}
	fsys := fstest.MapFS{"hugo.toml": file("title = 'One'\n")}
	if c, _ := Detect(fsys).Config(fsys); c.OtherLanguages != nil {
		t.Errorf("a site of one language: %q", c.OtherLanguages)
	}
}

// jekyll-polyglot's languages but the default are another language's.
func TestPolyglotLanguages(t *testing.T) {
	fsys := fstest.MapFS{"_config.yml": file("title: P\nlanguages: [en, ES, de]\ndefault_lang: de\n")}
	if c, _ := Detect(fsys).Config(fsys); !slices.Equal(c.OtherLanguages, []string{"en", "es"}) {
		t.Errorf("languages %q", c.OtherLanguages)
	}
	fsys = fstest.MapFS{"_config.yml": file("title: P\nlanguages: [en]\n")}
	if c, _ := Detect(fsys).Config(fsys); c.OtherLanguages != nil {
		t.Errorf("one language: %q", c.OtherLanguages)
	}
}

// utf16LE is s as Windows editors save "Unicode" text: UTF-16,
// little-endian, behind its byte-order mark.
func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}
