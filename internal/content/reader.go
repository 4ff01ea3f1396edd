package content

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"lectern/internal/textenc"
)

// Reader reads one page file as the Load that made it reads each page:
// with the same options, the Defaults its walk gathered (directory data,
// section cascades) among them, and from the same folder. The preview
// reads a page its author saved with it instead of walking the site
// again, on any site it reads, its own or another tool's. The zero
// Reader reads nothing.
type Reader struct {
	opts  Options
	roots []string
	// bareDays marks a load some talk page of which names its day by a
	// bare number: how those count depends on every page
	// (pageDaysFromZero), so a page is read by walking the site again.
	bareDays bool
}

// Reader returns the Reader of the Load that made s; the zero Reader for
// a Set made otherwise.
func (s Set) Reader() Reader { return s.reader }

// Read returns the document Load would make of the file at p (a
// slash-separated path from the site root), and true; or false when Load
// would make no page of it on its own: a file outside the folders read,
// or one its rules leave out or read as another page's (a hidden file, a
// translation, a template holding code, a page its layout makes whole
// (layoutMade), a talk's page on a site whose talk pages name their
// days by bare numbers, which count as all of them say (pageDaysFromZero),
// a section page whose cascade
// gives the pages below it their values, a folder's data), or one it
// cannot read. The caller then walks the site, as Load would.
func (r Reader) Read(fsys fs.FS, p string) (*Document, bool) {
	root, ok := r.rootOf(p)
	if !ok || !r.opts.pageFile(fsys, p) || isHTML(p) {
		return nil, false
	}
	o := r.opts
	if r.left(p, root) || (o.DirData != nil && o.DirData(p)) || (o.Translation != nil && o.Translation(p)) || (o.Cascade && isSectionFile(p)) ||
		(o.LeafBundles && bundledIn(fsys, root, p)) {
		return nil, false
	}
	src, err := fs.ReadFile(fsys, p)
	if err != nil {
		return nil, false
	}
	if _, binary := textenc.Binary(src); binary {
		return nil, false // Load leaves it out, with its warning
	}
	o.Dir = root
	o.siblings = bundleSiblings(fsys, p)
	o.readmeIndex = folderReadme(o, p, root, func(dir string) bool {
		entries, _ := fs.ReadDir(fsys, dir)
		for _, e := range entries {
			if !e.IsDir() && (isPage(e.Name()) || isHTML(e.Name())) && indexStem(e.Name()) == "index" {
				return true
			}
		}
		return false
	})
	doc := ParseIn(fsys, p, src, o)
	if isTranslation(doc, r.opts.TranslationLanguages) || (IsTemplate(p) && layoutOnly(doc) != "") || paginates(doc) != "" || layoutMade(doc) != "" ||
		r.bareDays || doc.Extras().EventDay.Bare {
		return nil, false
	}
	return doc, true
}

// Holds reports whether p is in one of the folders the load read, and in
// one only.
func (r Reader) Holds(p string) bool {
	_, ok := r.rootOf(p)
	return ok
}

// rootOf returns the one folder of the load that holds p: none when no
// folder or more than one does.
func (r Reader) rootOf(p string) (string, bool) {
	found, n := "", 0
	for _, root := range r.roots {
		if root == "." || strings.HasPrefix(p, root+"/") {
			found, n = root, n+1
		}
	}
	return found, n == 1
}

// left reports whether Load's walk leaves p out, or reads it as no page:
// a folder on its way from root, or p itself, that Skip or the rules for
// hidden and backup files leave out, or one that is hidden and published
// (its files are copied as they are).
func (r Reader) left(p, root string) bool {
	rel := p
	if root != "." {
		rel = strings.TrimPrefix(p, root+"/")
	}
	parts := strings.Split(rel, "/")
	at := root
	for i, name := range parts {
		dir := i < len(parts)-1
		at = path.Join(at, name)
		if strings.HasPrefix(name, ".") || Skipped(name, dir) || (r.opts.Skip != nil && r.opts.Skip(at, dir)) {
			return true
		}
	}
	return false
}

// isTranslation reports whether doc's front matter names one of langs,
// the site's other languages: Load leaves such a translation out.
func isTranslation(doc *Document, langs []string) bool {
	lang, ok := doc.Params["lang"].(string)
	return ok && slices.Contains(langs, strings.ToLower(strings.TrimSpace(lang)))
}
