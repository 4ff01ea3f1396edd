package content

import (
	"bytes"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"lectern/internal/diag"
)

// withDefaults fills the zero fields of o.
func (o Options) withDefaults() Options {
	if o.Dir == "" {
		o.Dir = "content"
	}
	o.Dir = strings.Trim(o.Dir, "/")
	if o.Location == nil {
		o.Location = time.UTC
	}
	return o
}

// Parse reads one page. file is its slash-separated path relative to the
// site root ("content/talks/a.md"); Path is file without the content
// folder. Parse repairs the text, splits off and decodes the front matter,
// and normalizes the fields; everything it finds wrong is in the
// Document's Diags, each with a position in the file. It does not modify
// src and never panics, whatever src holds.
func Parse(file string, src []byte, opts Options) *Document {
	opts = opts.withDefaults()
	doc := &Document{File: file, Path: withoutLanguage(relPath(file, opts.Dir), opts.Language)}
	if opts.Names != nil {
		doc.Names = opts.Names(opts.Dir)
	}
	if opts.readmeIndex || opts.FolderIndex && namedAsFolder(doc.Path) {
		// A folder's README stands for the folder, as index.md would.
		doc.Path = path.Join(path.Dir(doc.Path), "index"+path.Ext(doc.Path))
	}
	if opts.Quarto && isNotebook(file) {
		var d diag.List
		src, d = notebookMarkdown(file, src)
		doc.Diags.Append(d)
	}
	text, diags := repair(file, src)
	doc.Diags.Append(diags)
	s := splitFrontMatter(file, text, opts.Location)
	if s.tomlSrc != nil && opts.Franklin {
		franklinFrontMatter(file, &s, opts.Location)
	}
	if s.broken && opts.LenientFrontMatter {
		leniently(s.diags)
	}
	doc.Diags.Append(s.diags)
	opts.strs.tree(s.root)
	if s.root != nil && len(opts.Defaults) > 0 {
		s.root = withDefaults(s.root, opts.Defaults, doc.Path)
	}
	// The body is copied out of the file so that the file's bytes, front
	// matter and all, can be freed once parsed: a site's documents live
	// as long as its build, and on a large site front matter is a fifth
	// of the text.
	doc.Body, doc.BodyLine = ownCopy(s.body), s.bodyLine
	if isMDX(file) {
		stripMDX(doc)
		jsxAttributes(doc)
	}
	if isHTML(file) {
		if IsTemplate(file) {
			doc.Body = dropTemplateComments(doc.Body)
		}
		if code, whole := loopCode(doc.Body), wholeDocument(doc.Body); code != "" || whole || doc.Extra != nil {
			e := doc.EditExtra()
			e.Code, e.Standalone = code, whole
		}
		fenceHTML(doc)
	} else if shaped, sure := franklinShaped(opts, s.toml, doc.Body); shaped {
		if sure {
			// Fields set by @def lines are the page's front matter,
			// unless it has front matter of its own.
			if data := franklinDefs(doc); data != nil && s.root == nil {
				var d diag.List
				s.root, d = tomlTree(file, data, doc.BodyLine, opts.Location, frontMatter)
				doc.Diags.Append(d)
			}
		}
		franklinLines(doc, opts.Commands, sure)
		if sure {
			franklinPostList(doc)
		}
	}
	f := newFields(doc, s.root, opts.Location, opts.Fields, opts.TextLanguages)
	f.permalinkOnly = opts.PermalinkOnly
	f.rootURLs = opts.RootURLs
	f.pageDays = true
	f.strs = opts.strs
	f.keepFront = opts.KeepFront
	f.collectionTags = opts.CollectionTags
	if opts.CollectionTags {
		f.collections = append(slices.Clip(opts.Collections), dirCollections(opts.Defaults, doc.Path)...)
	}
	f.spacedTags = opts.SpacedTags
	f.monthFirst = opts.MonthFirst
	f.sectionPosts = opts.SectionPosts
	f.externalPosts = opts.ExternalPosts
	f.mediaPrefix = opts.MediaPrefix
	f.owner = opts.Owner
	f.pandocFormat = opts.Quarto || isPandoc(file)
	f.fallbackTitle = func() {
		if isRootIndex(doc.Path) || homeIntro(doc.Path) || htmlRootIndex(doc) {
			// The home page's intro is shown whole under the site's
			// title: its opening heading names a site no config names
			// (layout's README rule) and stays its text, unwarned.
			// Hugo's _index.md there is titled by the site the same way.
			body, line := doc.Body, doc.BodyLine
			fallbackTitle(doc, true, false)
			doc.Body, doc.BodyLine = body, line
			return
		}
		if doc.Extras().Standalone {
			// A whole document shows its own <title> and headings; the
			// title only names it in lists and search, so it is taken
			// from the <title> written, else the file name, unwarned.
			doc.Title = cmpOr(documentTitle(doc.Body), titleized(defaultSlugSource(doc.Path)))
			return
		}
		if opts.FileTitles {
			doc.Title = stemSource(doc.Path)
			dropRepeatedTitle(doc)
			return
		}
		if opts.KeepFront && inJekyllCollection(doc.Path) && !opensWithTitle(doc.Body) {
			// Jekyll titles a post or collection document that has no
			// title by its file name ("_tabs/about.md" is "About"),
			// and its themes rely on that: nothing to warn about.
			doc.Title = titleized(defaultSlugSource(doc.Path))
			return
		}
		if sectionIntro(doc.Path) && !opensWithTitle(doc.Body) {
			// Hugo titles a section by its folder's name when its
			// _index.md gives none, an intro often sets only
			// aliases or a cascade: nothing to warn about, and
			// its text is the section's, not a title.
			doc.Title = FolderTitle(path.Dir(doc.Path))
			return
		}
		// A page that is not published (headless, render: never), or
		// that only sends readers on (redirect_to), shows its title
		// nowhere: nothing to warn about.
		fallbackTitle(doc, s.broken || doc.NoPage || doc.Extras().RedirectTo != "", s.root == nil && !s.broken)
	}
	fill(doc, f)
	heroLead(doc, s.root)
	citationTail(doc, s.root)
	bundlePictures(doc, opts.siblings, f.previewOnly())
	if opts.ImageCovers {
		imageCover(doc, opts.siblings, f.root.get("image"))
	}
	if opts.SiteLinks {
		siteRelativeLinks(doc, opts.siblings)
	}
	listing(doc)
	if of := listOf(doc); of != "" || doc.Extra != nil {
		doc.EditExtra().ListOf = of
	}
	if intro := listIntro(doc); intro || doc.Extra != nil {
		doc.EditExtra().ListIntro = intro
	}
	execute(doc, f.pandocFormat)
	if opts.ReadmeHome && doc.URL == "" && isRootReadme(doc.Path) && (pageLink.Match(doc.Body) || !howTo(doc.Body)) {
		doc.URL, doc.Intro = "/", true
	}
	if opts.readmeIndex && doc.URL == "" {
		// A folder's README introduces the list of the folder's pages,
		// as a code host shows it below the folder's files (render's
		// folder lists); a folder with no page keeps it as its page.
		doc.Intro = true
	}
	if doc.URL == "" && (isRootIndex(doc.Path) || htmlRootIndex(doc)) {
		// An index.md at the top is the home page in Jekyll, Eleventy
		// and Quarto (index.qmd: an about, above the listing Quarto
		// makes), often a layout's list with a few words of the
		// author's, or none: its text introduces lectern's home page.
		// So does an index.html of HTML and values; one of template
		// code is a list lectern makes itself (render's claims).
		doc.URL, doc.Intro = "/", true
	} else if doc.URL == "/" && doc.Kind == KindPage && !doc.Extras().Standalone && doc.Extras().Code == "" {
		// A page whose permalink is / (index.md with permalink: /,
		// _pages/home.md) is the home page's text the same way.
		doc.Intro = true
	} else if doc.URL == "" && doc.Extras().Standalone && isRootIndex(strings.TrimSuffix(doc.Path, path.Ext(doc.Path))+".md") {
		// A whole document there is the author's own home page.
		doc.URL = "/"
	}
	return doc
}

// pageLink matches a markdown link to a markdown file of the repository
// itself, "[Chapters](./chapters/README.md)", or to one of its folders by
// a relative path, "[2019](talks/2019/)", which a code host shows by its
// README: a README holding one is the repository's table of contents,
// where one that only tells how to build or run it is its documentation.
var pageLink = regexp.MustCompile(`\]\((?:(?:\./|/)?[^):?#\s]+\.(?:md|markdown)|(?:\./)?[^):?#\s/][^):?#\s]*/)(?:#[^)\s]*)?\)`)

// Signs that a README tells how to build, run or change its repository:
// a heading such as "Installation", "Usage" or "How to add an event", a
// code block, or a code span naming a command ("Run `make`", "`npm
// install`").
var (
	howToHeading = regexp.MustCompile(`(?i)^(?:how to|install|installation|installing|setup|set up|usage|build|building|develop|development|local development|deploy|deployment|running|run|getting started|requirements|prerequisites|contributing|adding|add|updating|editing)\b`)
	howToCode    = regexp.MustCompile("(?m)^ {0,3}(?:```|~~~)|`(?:\\$ )?(?:make|npm|npx|yarn|pnpm|pip|pip3|python|python3|bundle|bundler|gem|jekyll|hugo|eleventy|go|cargo|ruby|rake|node|docker|git|brew|apt|apt-get|sh|bash|julia|quarto|mkdocs|lectern|\\./)\\b[^`]*`")
)

// howTo reports whether a README tells how to build, run or change the
// repository (howToHeading, ATX or setext, and howToCode): that README
// documents the program and keeps a page of its own; one that describes
// what the repository holds ("Notes from conferences") is the home
// page's text, as a code host shows it under the repository's files.
func howTo(body []byte) bool {
	if howToCode.Match(body) {
		return true
	}
	lines := splitLines(body)
	for i, l := range lines {
		var heading string
		switch {
		case atxLevel(l) > 0:
			heading = atxText(l)
		case i+1 < len(lines) && isSetextUnderline(lines[i+1]) && isTitleLine(l):
			heading = string(bytes.TrimSpace(l))
		default:
			continue
		}
		if howToHeading.MatchString(heading) {
			return true
		}
	}
	return false
}

// namedAsFolder reports whether the page at p is named as the folder it
// is in: blog/intro/intro.md.
func namedAsFolder(p string) bool {
	dir := path.Dir(p)
	return dir != "." && strings.TrimSuffix(path.Base(p), path.Ext(p)) == path.Base(dir)
}

// isReadme reports whether p names a README page (README.md, readme.txt).
func isReadme(p string) bool {
	name := path.Base(p)
	return isPage(p) && strings.EqualFold(strings.TrimSuffix(name, path.Ext(name)), "readme")
}

// folderReadme reports whether the page at p, in the content folder
// root, is a folder's README that stands for the folder
// (Options.ReadmeHome): it is below the top, and no index page is in its
// folder (hasIndex, asked of the folder).
func folderReadme(opts Options, p, root string, hasIndex func(dir string) bool) bool {
	return opts.ReadmeHome && isReadme(p) && strings.Contains(relPath(p, root), "/") && !hasIndex(path.Dir(p))
}

// isRootReadme reports whether p, relative to the content folder, is a
// README at its top.
func isRootReadme(p string) bool {
	if strings.Contains(p, "/") {
		return false
	}
	stem := strings.TrimSuffix(p, path.Ext(p))
	return strings.EqualFold(stem, "readme")
}

// withoutLanguage returns p without the language lang named before its
// extension (about.en.md → about.md), as Hugo reads it; p as it is when
// it names no language or lang is "".
func withoutLanguage(p, lang string) string {
	ext := path.Ext(p)
	stem := strings.TrimSuffix(p, ext)
	if i := strings.LastIndexByte(stem, '.'); lang != "" && i > strings.LastIndexByte(stem, '/')+1 && strings.EqualFold(stem[i+1:], lang) {
		return stem[:i] + ext
	}
	return p
}

// relPath returns file relative to the content folder dir.
func relPath(file, dir string) string {
	if dir == "." {
		return file
	}
	if rest, ok := strings.CutPrefix(file, dir+"/"); ok {
		return rest
	}
	return file
}

// ownCopy returns a copy of b that shares no memory with it; nil stays nil
// and empty stays empty.
func ownCopy(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append(make([]byte, 0, len(b)), b...)
}

// leniently makes the errors of a front matter that cannot be read
// warnings that say the page is read without it (Options.LenientFrontMatter).
func leniently(diags diag.List) {
	for i := range diags {
		if diags[i].Severity == diag.Error {
			diags[i].Severity = diag.Warning
			diags[i].Msg += "; the page is read without its front matter until it is fixed"
		}
	}
}
