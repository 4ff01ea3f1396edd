package layout

import (
	"bytes"
	"io/fs"
	"path"
	"regexp"
	"strings"

	"lectern/internal/config"
)

// starlightPackage is the package of Starlight, Astro's documentation
// theme, as a site's package.json and astro config name it.
const starlightPackage = "@astrojs/starlight"

// starlightDocs reports whether the Astro site l publishes the entries
// of src/content/docs at the root, as Starlight does: its integration
// adds the route ([...slug]) that serves the docs collection, so the
// site has none in src/pages, and src/content/docs/guides/cfp.md is
// at /guides/cfp/, its index.mdx the home page. The site uses Starlight
// when its astro config or its package.json names the package.
func starlightDocs(fsys fs.FS, l Layout) bool {
	if info, err := fs.Stat(fsys, "src/content/docs"); err != nil || !info.IsDir() {
		return false
	}
	if l.ContentDir != "src/content" {
		return false
	}
	if strings.HasPrefix(l.Evidence, "astro.config") {
		if src, err := fs.ReadFile(fsys, l.Evidence); err == nil && bytes.Contains(src, []byte(starlightPackage)) {
			return true
		}
	}
	return dependsOn(fsys, starlightPackage)
}

// starlightCall is where an astro config calls Starlight's integration,
// whose options follow: starlight({ title: 'Docs Conf', … }).
var starlightCall = regexp.MustCompile(`\bstarlight\s*\(\s*\{`)

// starlightKey is an option of Starlight's integration: key finds where
// it is written with any value, text where it is written as a text in
// any quotes, which may hold the other quotes (title: "Ada's Docs").
type starlightKey struct{ key, text *regexp.Regexp }

func newStarlightKey(name string) starlightKey {
	key := `(?:^|[{,\s])` + name + `\s*:\s*`
	return starlightKey{
		key:  regexp.MustCompile(key),
		text: regexp.MustCompile(key + `(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|` + "`([^`$\\\\\\n]*)`)"),
	}
}

var (
	starlightTitle       = newStarlightKey("title")
	starlightDescription = newStarlightKey("description")
)

// value is the option's text in the options opts: where it is first
// written outside a line comment, when that is a text; none when it is
// no text there (a title given per language, title: { en: …, fr: … }),
// so that a later title of something else is not taken for it.
func (k starlightKey) value(opts string) (string, bool) {
	for _, m := range k.key.FindAllStringIndex(opts, -1) {
		at := m[0]
		if strings.IndexByte("{, \t\n\r\v\f", opts[at]) >= 0 {
			at++
		}
		if lineComment(opts[strings.LastIndexByte(opts[:at], '\n')+1 : at]) {
			continue
		}
		t := k.text.FindStringSubmatchIndex(opts[m[0]:])
		if t == nil || t[0] != 0 {
			return "", false
		}
		for g := 2; g+1 < len(t); g += 2 {
			if t[g] >= 0 {
				return jsEscape.ReplaceAllString(opts[m[0]+t[g]:m[0]+t[g+1]], "$1"), true
			}
		}
	}
	return "", false
}

// starlight reads the site's title and description from the options of
// Starlight's integration in the astro config src: Starlight keeps them
// there, where Astro itself has none; and its languages, its sidebar
// (the site's navigation) and starlight-blog's authors. Only the text after the call is
// searched. The objects of src/config.ts and src/consts.ts, read after,
// win.
func (f *foreign) starlight(fsys fs.FS, src string) {
	at := starlightCall.FindStringIndex(src)
	if at == nil {
		return
	}
	opts := src[at[1]-1:]
	if v, ok := starlightTitle.value(opts); ok {
		f.title(v)
	}
	if v, ok := starlightDescription.value(opts); ok {
		f.description(v)
	}
	if members, ok := jsMembers(opts); ok {
		docs := path.Join(starlightDocsDir, f.starlightLocales(members))
		f.starlightSidebar(fsys, members, docs)
	}
	f.starlightBlogAuthors(src)
}

// starlightDocsDir is the folder of Starlight's docs collection, whose
// subfolders named as locales hold a multilingual site's translations.
const starlightDocsDir = "src/content/docs"

// starlightLocales reads the languages of a multilingual Starlight site
// from its integration's options (members): locales, keyed by the folder
// of src/content/docs each language's pages are in ("root" for the top
// of it), and defaultLocale, the key of the site's own language ("root"
// unless set, else the first key when there is no root). The default
// locale's lang (or its key, which Starlight takes for one) is the
// site's language: a site written only in Vietnamese says so with
// locales: { root: { label: 'Việt ngữ', lang: 'vi' } }. The other
// locales' folders are translations, which Starlight publishes under
// /fr/…; lectern builds one language and leaves them out with a
// warning, as it does a Hugo site's (config.LanguageDirs). It returns
// the folder of src/content/docs that holds the default locale's pages,
// "" for the top of it.
func (f *foreign) starlightLocales(members []jsMember) string {
	v, ok := jsLookup(members, "locales")
	if !ok {
		return ""
	}
	locales, ok := jsMembers(v)
	if !ok || len(locales) == 0 {
		return ""
	}
	def := ""
	if d, ok := jsLookup(members, "defaultLocale"); ok {
		def, _ = jsText(d)
	}
	if def == "" {
		def = locales[0].key
		if _, ok := jsLookup(locales, "root"); ok {
			def = "root"
		}
	}
	for _, l := range locales {
		switch l.key {
		case def:
			lang := ""
			if opts, ok := jsMembers(l.value); ok {
				if v, ok := jsLookup(opts, "lang"); ok {
					lang, _ = jsText(v)
				}
			}
			if lang == "" && def != "root" {
				lang = def
			}
			if lang != "" {
				f.c.Language = lang
			}
		case "root":
			// Another language at the top of the docs: its pages cannot
			// be told from the default's by folder, and are read.
		default:
			if d := starlightDocsDir + "/" + l.key; fs.ValidPath(d) && !strings.Contains(l.key, "/") {
				f.c.OtherLanguages = append(f.c.OtherLanguages, l.key)
				f.c.LanguageDirs = append(f.c.LanguageDirs, d)
			}
		}
	}
	if def == "root" || strings.Contains(def, "/") {
		return ""
	}
	return def
}

// starlightBlogCall is where an astro config calls the starlight-blog
// plugin, whose options follow: starlightBlog({ authors: {…} }).
var starlightBlogCall = regexp.MustCompile(`\bstarlightBlog\s*\(\s*\{`)

// starlightBlogAuthors reads the authors of the starlight-blog plugin's
// options in the astro config src: a map of the ids posts name them by
// (authors: ida, or a list of ids) to {name, title, picture, url}. A
// picture is a path from the site's root (./src/assets/ida.jpg, which
// lectern publishes at /assets/ida.jpg) or a path under public/
// (/ida.png) or an address. An author without a name written as a text
// is left out.
func (f *foreign) starlightBlogAuthors(src string) {
	at := starlightBlogCall.FindStringIndex(src)
	if at == nil {
		return
	}
	opts, ok := jsMembers(src[at[1]-1:])
	if !ok {
		return
	}
	v, ok := jsLookup(opts, "authors")
	if !ok {
		return
	}
	authors, _ := jsMembers(v)
	for _, a := range authors {
		fields, ok := jsMembers(a.value)
		if !ok {
			continue
		}
		get := func(key string) string {
			v, _ := jsLookup(fields, key)
			t, _ := jsText(v)
			return strings.TrimSpace(t)
		}
		name := get("name")
		if name == "" {
			continue
		}
		f.c.Authors = append(f.c.Authors, config.Author{ID: a.key, Name: name, Role: get("title"), Photo: sitePicture(get("picture")), URL: get("url")})
	}
}

// sitePicture is the path at which lectern publishes the picture an
// astro config names by a path from the site's root: one in src/assets
// under /assets/, one in public/ at the root; other values as written.
func sitePicture(p string) string {
	rel := strings.TrimPrefix(p, "./")
	switch {
	case strings.HasPrefix(rel, "src/assets/"):
		return "/" + strings.TrimPrefix(rel, "src/")
	case strings.HasPrefix(rel, "public/"):
		return "/" + strings.TrimPrefix(rel, "public/")
	}
	return p
}
