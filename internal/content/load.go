package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"

	"lectern/internal/diag"
	"lectern/internal/textenc"
)

// Load reads every page and lists every asset under opts.Dir (default
// "content") of fsys, at any depth. Files ending in .md, .markdown or .txt
// are pages, parsed concurrently with Parse; other files are assets. Hidden
// files and folders (a leading ".") are skipped, each with a warning
// unless it is tool litter (see Litter), except those opts.PublishHidden
// names; everything in a published hidden folder is an asset, never a
// page. Editor backups (name~, .#name, name.swp, #name#) and _drafts
// folders are skipped. The returned list
// holds the diagnostics of every document, which each Document also keeps,
// and those of the walk itself. The result does not depend on the order in
// which files were parsed.
func Load(fsys fs.FS, opts Options) (Set, diag.List) {
	opts = opts.withDefaults()
	opts.strs = newStrtab()
	var set Set
	var diags diag.List
	var pages, translations []string
	var unread, unreadFormats []string // pages in formats lectern does not read
	var reused []*Document
	var pageDirs []string // the root of each of pages
	var dirData []Default
	var sections [][2]string // Hugo's section pages and their roots, for Cascade
	set.Roots = append([]string{opts.Dir}, opts.Dirs...)
	for i, root := range set.Roots {
		linked := Links{FS: fsys}
		var visit fs.WalkDirFunc
		visit = func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == root {
					return err
				}
				diags.Errorf(diag.Pos{File: p}, "cannot read: %v", err)
				return nil
			}
			if !d.IsDir() && opts.DirData != nil && opts.DirData(p) {
				def, ok, ds := readDirData(fsys, p, root)
				diags.Append(ds)
				if ok {
					dirData = append(dirData, def)
				}
				return nil
			}
			if p != root && opts.Skip != nil && opts.Skip(p, d.IsDir()) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root {
				name := d.Name()
				hidden := strings.HasPrefix(name, ".")
				if hidden && Unpublished(name, opts.PublishHidden) && !Litter(name) {
					diags.Add(NotPublished(p, d.IsDir()))
				}
				if (hidden && Unpublished(name, opts.PublishHidden)) || (!hidden && Skipped(name, d.IsDir())) {
					if d.IsDir() {
						return fs.SkipDir
					}
					return nil
				}
			}
			if d.IsDir() {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if handled, err := linked.Walk(p, visit, &diags); handled {
					return err
				}
			}
			if opts.pageFile(fsys, p) && !underHidden(p, root) {
				if opts.Translation != nil && opts.Translation(p) {
					translations = append(translations, p)
					return nil
				}
				if opts.Cascade && isSectionFile(p) {
					sections = append(sections, [2]string{p, root})
				}
				if opts.Reuse != nil {
					if info, err := d.Info(); err == nil {
						if doc := opts.Reuse(p, info); doc != nil {
							reused = append(reused, doc)
							return nil
						}
					}
				}
				pages = append(pages, p)
				pageDirs = append(pageDirs, root)
			} else if f := otherMarkup(fsys, p); f != "" {
				unread, unreadFormats = append(unread, p), append(unreadFormats, f)
			} else {
				set.Assets = append(set.Assets, p)
			}
			return nil
		}
		err := fs.WalkDir(fsys, root, visit)
		switch {
		case err == nil:
		case i == 0 && opts.Optional && errors.Is(err, fs.ErrNotExist):
		case i == 0:
			diags.Errorf(diag.Pos{File: opts.Dir}, "cannot read the content folder: %v; lectern reads pages from this folder of the site (no setting moves it), so create it as a readable folder", err)
		case !errors.Is(err, fs.ErrNotExist):
			diags.Errorf(diag.Pos{File: root}, "cannot read: %v", err)
		}
	}

	if opts.LeafBundles {
		pages, pageDirs, reused = withoutBundled(pages, pageDirs, reused)
	}
	set.AssetDirs, set.Mounts = opts.AssetDirs, opts.Mounts
	set.LeafBundles = opts.LeafBundles
	for _, root := range opts.AssetDirs {
		diags.Append(walkAssets(fsys, root, opts, &set.Assets))
	}

	// Every section's cascade is read again, reused or not: a page
	// parsed now may be below a section that did not change.
	for _, sf := range sections {
		dirData = append(dirData, cascadeDefaults(fsys, sf[0], relPath(sf[0], sf[1]), opts.Location)...)
	}
	if len(dirData) > 0 {
		opts.Defaults = append(dirData, opts.Defaults...)
	}
	set.reader = Reader{opts: opts, roots: set.Roots}
	set.reader.opts.Reuse, set.reader.opts.Parsed, set.reader.opts.strs = nil, nil, nil
	docs := make([]*Document, len(pages))
	readErrs := make([]diag.List, len(pages))
	// templates[i] is set for a template that is no page: its first
	// statement, or "-" when it has no front matter; or for a page that
	// its front matter says is a translation.
	templates := make([]string, len(pages))
	// made holds the layout of a page that its layout makes whole
	// (layoutMade), left out.
	made := make([]string, len(pages))
	madeDocs := make([]*Document, len(pages))
	bundles := bundleFiles(pages, set.Assets)
	indexDirs := map[string]bool{}
	for _, p := range pages {
		if indexStem(path.Base(p)) == "index" {
			indexDirs[path.Dir(p)] = true
		}
	}
	hasIndex := func(dir string) bool { return indexDirs[dir] }
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, p := range pages {
		g.Go(func() error {
			// A bug of lectern's reading one file costs the build that
			// file, not the run (see diag.Panicked).
			defer func() {
				if v := recover(); v != nil {
					docs[i], templates[i], made[i] = nil, "", ""
					readErrs[i].Add(diag.Panicked(diag.Pos{File: p}, v, nil))
				}
			}()
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				readErrs[i].Errorf(diag.Pos{File: p}, "cannot read: %v", err)
				return nil
			}
			if at, ok := textenc.Binary(src); ok {
				// A compressed file or a picture under a page's name is
				// no page lectern could make: left out, said once.
				readErrs[i].Warnf(diag.Pos{File: p}, "the file holds binary data, not text (a control byte at offset %d, and more in its first 8 KB), so it is left out; if it is a page, save it as UTF-8 text, else give it its own extension or remove it", at)
				return nil
			}
			if isHTML(p) && !hasFrontMatter(src) {
				// Plain HTML is a file to copy, not a page; a template
				// without front matter is code.
				if IsTemplate(p) {
					templates[i] = "-"
				}
				return nil
			}
			o := opts
			o.Dir = pageDirs[i]
			o.siblings = bundles[path.Dir(p)]
			o.readmeIndex = folderReadme(opts, p, pageDirs[i], hasIndex)
			docs[i] = ParseIn(fsys, p, src, o)
			if isTranslation(docs[i], opts.TranslationLanguages) {
				templates[i], docs[i] = translated, nil
				return nil
			}
			if code := paginates(docs[i]); code != "" {
				templates[i], docs[i] = code, nil
				if opts.RecordPages != nil && opts.RecordPages(strings.TrimPrefix(code, "pagination: ")) {
					templates[i] = "-" // its pages are the records' own
				}
				return nil
			}
			if IsTemplate(p) {
				if code := layoutOnly(docs[i]); code != "" {
					templates[i], docs[i] = code, nil
					return nil
				}
			}
			if code := unrunnable(docs[i]); code != "" {
				templates[i], docs[i] = code, nil
				return nil
			}
			if l := layoutMade(docs[i]); l != "" {
				made[i], madeDocs[i], docs[i] = l, docs[i], nil
				return nil
			}
			if opts.Parsed != nil {
				opts.Parsed(docs[i])
			}
			return nil
		})
	}
	_ = g.Wait() // the workers report problems as diagnostics, never as errors

	var code, byLayout []string
	var first, firstLayout string
	for i, d := range docs {
		diags.Append(readErrs[i])
		if made[i] != "" {
			if byLayout == nil {
				firstLayout = made[i]
			}
			byLayout = append(byLayout, pages[i])
			set.Made = append(set.Made, madeDocs[i])
			continue
		}
		if d == nil && readErrs[i] == nil && templates[i] == "" {
			set.Assets = append(set.Assets, pages[i])
		}
		if templates[i] == translated {
			translations = append(translations, pages[i])
			continue
		}
		if t := templates[i]; t != "" && t != "-" {
			if code == nil {
				first = t
			}
			code = append(code, pages[i])
		}
		if d != nil {
			set.Docs = append(set.Docs, d)
			diags.Append(d.Diags)
		}
	}
	diags.Append(warnOtherMarkup(unread, unreadFormats))
	if len(translations) > 0 {
		diags.Warnf(diag.Pos{File: translations[0], Line: 1, Col: 1}, "%s into another of the site's languages: lectern builds the site in its default language, so %s left out",
			fileList(translations, "this page is a translation", "this page and %d more (%s) are translations"), either(len(translations), "it is", "they are"))
	}
	if len(code) > 0 {
		diags.Warnf(diag.Pos{File: code[0], Line: 1, Col: 1}, "%s code (%s), which lectern does not run: %s left out; lectern makes its own home page, lists and feeds, and publishes as a page a template whose body is HTML with values only ({{ site.title }})",
			templateList(code), first, either(len(code), "it is", "they are"))
	}
	if len(byLayout) > 0 {
		diags.Warnf(diag.Pos{File: byLayout[0], Line: 1, Col: 1}, "%s no text of %s own, only a layout that makes %s (layout: %s), which lectern does not run: %s left out; lectern makes its own lists of tags, notes, talks and speakers; give a page a body to publish it",
			fileList(byLayout, "this page has", "this page and %d more (%s) have"), either(len(byLayout), "its", "their"),
			either(len(byLayout), "it", "them"), firstLayout, either(len(byLayout), "it is", "they are"))
	}
	for _, d := range reused {
		set.Docs = append(set.Docs, d)
		diags.Append(d.Diags)
	}
	set.reader.bareDays = pageDaysFromZero(set.Docs)
	slices.SortFunc(set.Docs, func(a, b *Document) int { return strings.Compare(a.File, b.File) })
	slices.Sort(set.Assets)
	return set, diags.Sorted()
}

// pageFile reports whether Load reads the file at p as a page: a page's
// extension (isPage, isHTML), a Quarto site's notebook, but not a text
// file that Options.TextFiles publishes as it is.
func (o Options) pageFile(fsys fs.FS, p string) bool {
	return (isPage(p) || isHTML(p) || o.Quarto && isNotebook(p)) && !(o.TextFiles && plainTextFile(fsys, p))
}

// isPage reports whether the file at p is a page rather than an asset.
func isPage(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".txt", ".mdx", ".qmd", ".rmd":
		return true
	}
	return IsMarkdown(p)
}

// IsMarkdown reports whether p is named as a markdown file: .md, or one
// of the other extensions editors, Jekyll (markdown_ext) and Hugo give
// markdown (.markdown, .mkd, .mkdn, .mkdown, .mdown, .mdwn, and Pandoc's
// .pandoc and .pdc).
func IsMarkdown(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".md", ".markdown", ".mkd", ".mkdn", ".mkdown", ".mdown", ".mdwn", ".pandoc", ".pdc":
		return true
	}
	return false
}

// Skipped reports whether a file or folder named name is left out of a
// site: hidden ones, editors' backup and lock files, and drafts folders.
// The preview server ignores their changes for the same reason.
func Skipped(name string, dir bool) bool {
	switch {
	case strings.HasPrefix(name, "."),
		strings.HasSuffix(name, "~"),
		strings.HasSuffix(name, ".swp"),
		len(name) > 1 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true
	case dir && name == "_drafts":
		return true
	}
	return false
}

// InDrafts reports whether the page at p (relative to the content
// folder) is in a drafts folder: one named drafts, or ending in -drafts
// or _drafts (posts-drafts), as generators and authors keep unfinished
// pages beside the published ones. Its pages are drafts, built only
// with --drafts. (A _drafts folder, Jekyll's, is skipped: see Skipped.)
func InDrafts(p string) bool {
	dirs := strings.Split(path.Dir(p), "/")
	for _, d := range dirs {
		d = strings.ToLower(d)
		if d == "drafts" || strings.HasSuffix(d, "-drafts") || strings.HasSuffix(d, "_drafts") {
			return true
		}
	}
	return false
}

// underHidden reports whether the file p has a hidden folder between dir
// and itself, or is hidden itself: such a file (.well-known/security.txt)
// is for machines and is copied as it is, never read as a page.
func underHidden(p, dir string) bool {
	rel := strings.TrimPrefix(p, dir+"/")
	return strings.HasPrefix(rel, ".") || strings.Contains(rel, "/.")
}

// templateList names the templates left out: the first, and how many
// more.
func templateList(files []string) string {
	return fileList(files, "this template is", "this template and %d more (%s) are")
}

// fileList names files left out: one as one says, or many as many
// says, with how many more than the first and up to three of them.
func fileList(files []string, one, many string) string {
	if len(files) == 1 {
		return one
	}
	more := strings.Join(files[1:min(len(files), 4)], ", ")
	if len(files) > 4 {
		more += ", …"
	}
	return fmt.Sprintf(many, len(files)-1, more)
}

// translated marks a page whose front matter names another language.
const translated = "\x00translated"

// bundleFiles maps the folder of each bundle page among pages to the
// paths, relative to it, of its assets (see bundleSiblings).
func bundleFiles(pages, assets []string) map[string][]string {
	var out map[string][]string
	leaf := map[string]bool{}
	for _, p := range pages {
		if dir, ok := BundleDir(p); ok {
			if out == nil {
				out = map[string][]string{}
			}
			out[dir] = nil
			leaf[dir] = leaf[dir] || IsLeafIndex(p)
		}
	}
	for _, a := range assets {
		// A file in a sub-folder of a leaf bundle is the nearest
		// bundle's too (slides/deck.pdf), as Hugo publishes it below
		// the page; a branch bundle's files are those beside it.
		for dir := path.Dir(a); dir != "." && dir != "/"; dir = path.Dir(dir) {
			if names, ok := out[dir]; ok {
				if dir == path.Dir(a) || leaf[dir] {
					out[dir] = append(names, a[len(dir)+1:])
				}
				break
			}
		}
	}
	return out
}

// IsLeafIndex reports whether p is a leaf bundle's page: index.md (or
// another page extension, or index.en.md naming its language) in a
// folder (see Options.LeafBundles).
func IsLeafIndex(p string) bool {
	return strings.Contains(p, "/") && (isPage(p) || isHTML(p)) && indexStem(path.Base(p)) == "index"
}

// inLeafBundle reports whether p, not itself a bundle's index, is in a
// folder of leaf, or below one: a resource of that bundle.
func inLeafBundle(p string, leaf map[string]bool) bool {
	if IsLeafIndex(p) {
		return false
	}
	for dir := path.Dir(p); dir != "." && dir != "/"; dir = path.Dir(dir) {
		if leaf[dir] {
			return true
		}
	}
	return false
}

// withoutBundled leaves out of pages (with their roots in dirs) and
// reused the files inside another page's leaf bundle (LeafBundles).
func withoutBundled(pages, dirs []string, reused []*Document) ([]string, []string, []*Document) {
	leaf := map[string]bool{}
	for _, p := range pages {
		if IsLeafIndex(p) {
			leaf[path.Dir(p)] = true
		}
	}
	for _, d := range reused {
		if IsLeafIndex(d.File) {
			leaf[path.Dir(d.File)] = true
		}
	}
	if len(leaf) == 0 {
		return pages, dirs, reused
	}
	keptPages, keptDirs := pages[:0:0], dirs[:0:0]
	for i, p := range pages {
		if !inLeafBundle(p, leaf) {
			keptPages, keptDirs = append(keptPages, p), append(keptDirs, dirs[i])
		}
	}
	keptReused := reused[:0:0]
	for _, d := range reused {
		if !inLeafBundle(d.File, leaf) {
			keptReused = append(keptReused, d)
		}
	}
	return keptPages, keptDirs, keptReused
}

// bundledIn reports whether the page p is a resource of a leaf bundle of
// fsys, a folder between root and p holding an index page.
func bundledIn(fsys fs.FS, root, p string) bool {
	if IsLeafIndex(p) {
		return false
	}
	for dir := path.Dir(p); dir != root && dir != "." && dir != "/"; dir = path.Dir(dir) {
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if !e.IsDir() && IsLeafIndex(dir+"/"+e.Name()) {
				return true
			}
		}
	}
	return false
}
