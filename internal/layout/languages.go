package layout

import (
	"cmp"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
)

// languages reads a multilingual Hugo site's languages: every one but
// the default (defaultContentLanguage, "en" unless set), and the
// content folders of those that have their own.
func (f *foreign) languages(m map[string]any) {
	langs, _ := m["languages"].(map[string]any)
	def := strings.ToLower(cmp.Or(str(m["defaultcontentlanguage"]), "en"))
	f.c.DefaultLanguage = def
	for _, k := range slices.Sorted(maps.Keys(langs)) {
		d := ""
		if l, ok := langs[k].(map[string]any); ok {
			if c := path.Clean(strings.Trim(str(l["contentdir"]), "/")); c != "." && fs.ValidPath(c) {
				d = c
			}
		}
		switch {
		case k == def:
			f.c.ContentDir = d
		case d != "":
			f.c.LanguageDirs = append(f.c.LanguageDirs, d)
			fallthrough
		default:
			f.c.OtherLanguages = append(f.c.OtherLanguages, k)
		}
	}
}

// polyglot reads jekyll-polyglot's languages: every one of languages but
// default_lang ("en" unless set). Such a site's pages say their language
// in their front matter (lang: de).
func (f *foreign) polyglot(m map[string]any) {
	langs, ok := m["languages"].([]any)
	if !ok || len(langs) < 2 {
		return
	}
	def := strings.ToLower(cmp.Or(str(m["default_lang"]), "en"))
	for _, l := range langs {
		if k := strings.ToLower(str(l)); k != "" && k != def && !slices.Contains(f.c.OtherLanguages, k) {
			f.c.OtherLanguages = append(f.c.OtherLanguages, k)
		}
	}
}
