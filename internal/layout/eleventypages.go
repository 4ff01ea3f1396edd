package layout

// Pages an Eleventy template makes of a data file's records, and the
// URLs it gives them.

import (
	"bytes"
	"io/fs"
	"path"
	"regexp"
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
)

// eleventySite reads what an Eleventy site's config and templates say:
// its config file (eleventy), and the URLs of the pages its templates
// make of data records (eleventyRecordURLs).
func (f *foreign) eleventySite(fsys fs.FS, l Layout) {
	f.eleventy(fsys, l.Evidence)
	f.c.Permalinks.Records = eleventyRecordURLs(fsys, l)
}

// eleventyTemplateExts are the extensions of the files of an Eleventy
// site that may be templates paginating data.
var eleventyTemplateExts = map[string]bool{
	".njk": true, ".liquid": true, ".html": true, ".md": true, ".hbs": true,
	".mustache": true, ".ejs": true, ".pug": true, ".haml": true,
}

// recordOutput is a permalink with one output naming a field of the
// paginated record: prefix, "{{ alias.field }}" (with an optional slug
// or slugify filter), suffix.
var recordOutput = regexp.MustCompile(`^([^{}]*)\{\{-?\s*([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\s*(?:\|\s*(slugify|slug)\s*)?-?\}\}([^{}]*)$`)

// eleventyRecordURLs returns, by data file (its path in the data
// folder without extension, see config.Permalinks.Records), the URLs
// the site's templates give the pages they make of its records: a
// template whose front matter paginates a global data file one record
// a page under an alias (pagination: {data: speakers, size: 1, alias:
// speaker}) and whose permalink names the record by one of its fields
// ("/speakers/{{ speaker.slug }}/"), which is how Eleventy makes pages
// from data, when the data file is one lectern reads (hasDataFile).
// Anything else is left alone: a collection paginated
// (collections.talks: those pages have URLs of their own), pages of
// several records, a permalink of more template code. Two templates
// giving one data file's records different URLs name neither.
func eleventyRecordURLs(fsys fs.FS, l Layout) map[string]config.RecordURL {
	var out map[string]config.RecordURL
	clash := map[string]bool{}
	root := l.ContentDir
	if root == "" {
		root = "."
	}
	_ = fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != root && (strings.HasPrefix(d.Name(), ".") || l.Skip(p, true)) {
				return fs.SkipDir
			}
			return nil
		}
		if !eleventyTemplateExts[strings.ToLower(path.Ext(p))] {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil || !bytes.HasPrefix(src, []byte("---")) || !bytes.Contains(src, []byte("pagination")) {
			return nil
		}
		name, u, ok := recordURL(content.Parse(p, src, content.Options{}))
		if !ok || !hasDataFile(fsys, l.DataDirs(), name) {
			return nil
		}
		if prev, seen := out[name]; seen && prev != u {
			clash[name] = true
			return nil
		}
		if out == nil {
			out = map[string]config.RecordURL{}
		}
		out[name] = u
		return nil
	})
	for name := range clash {
		delete(out, name)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// hasDataFile reports whether one of dirs holds a data file lectern
// reads of name, its path without extension: a JavaScript one
// (_data/speakers.js) only when it exports a literal, since the records
// of one that fetches or computes them are not read, so no page is made
// of them.
func hasDataFile(fsys fs.FS, dirs []string, name string) bool {
	for _, d := range dirs {
		for _, ext := range []string{".json", ".yml", ".yaml", ".toml", ".csv"} {
			if info, err := fs.Stat(fsys, path.Join(d, name+ext)); err == nil && !info.IsDir() {
				return true
			}
		}
		for _, ext := range []string{".js", ".cjs", ".mjs"} {
			p := path.Join(d, name+ext)
			if src, err := fs.ReadFile(fsys, p); err == nil {
				if _, _, ok := content.DecodeScriptData(p, src); ok {
					return true
				}
			}
		}
	}
	return false
}

// recordURL reads the pagination of doc, a template's page: the data
// file it makes a page of each record of, and the URL of those pages.
func recordURL(doc *content.Document) (name string, u config.RecordURL, ok bool) {
	pg, isMap := doc.Params["pagination"].(map[string]any)
	if !isMap {
		return "", u, false
	}
	data, _ := pg["data"].(string)
	alias, _ := pg["alias"].(string)
	data, alias = strings.TrimSpace(data), strings.TrimSpace(alias)
	if data == "" || alias == "" || strings.HasPrefix(data, "collections.") || !onePerPage(pg["size"]) {
		return "", u, false
	}
	perm, _ := doc.Params["permalink"].(string)
	m := recordOutput.FindStringSubmatch(strings.TrimSpace(perm))
	if m == nil || m[2] != alias {
		return "", u, false
	}
	prefix, suffix := m[1], m[5]
	if !strings.HasPrefix(prefix, "/") {
		prefix = "/" + prefix
	}
	if rest, found := strings.CutSuffix(suffix, "index.html"); found {
		// The file a folder's URL serves: the page is at the folder.
		suffix = rest
	}
	if suffix == "" {
		suffix = "/"
	}
	if !strings.HasSuffix(suffix, "/") && !strings.HasSuffix(suffix, ".html") {
		return "", u, false
	}
	return strings.ReplaceAll(data, ".", "/"), config.RecordURL{Prefix: prefix, Field: m[3], Suffix: suffix, Slugify: m[4] != ""}, true
}

// onePerPage reports whether a pagination's size, as front matter
// gives it, is one record a page.
func onePerPage(v any) bool {
	switch n := v.(type) {
	case int64:
		return n == 1
	case float64:
		return n == 1
	case string:
		return strings.TrimSpace(n) == "1"
	}
	return false
}
