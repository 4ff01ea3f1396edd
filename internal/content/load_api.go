package content

import (
	"io/fs"
	"path"
	"strings"
	"time"
)

// Options control how files are read. The zero value reads content/ with
// dates in UTC.
type Options struct {
	// Dir is the content folder inside the fs.FS given to Load; "" means
	// "content".
	Dir string
	// Location is the time zone of dates written without a UTC offset;
	// nil means UTC.
	Location *time.Location
	// Dirs are further folders read as Dir is, for a site read in place
	// whose tool reads pages from several (Astro's src/content and
	// src/pages); a page's Path is relative to the folder it is in. A
	// folder of Dirs that does not exist holds nothing.
	Dirs []string
	// AssetDirs are folders whose files are all assets, published under
	// the folder's own name (src/assets/x.jpg as assets/x.jpg: see
	// Set.Rel); one that does not exist holds nothing.
	AssetDirs []string
	// Mounts are folders whose files are published at another path than
	// their own (see Mount).
	Mounts []Mount
	// Skip, when set, leaves out a file or folder (slash-separated path
	// from the site root) beside the hidden and backup files always left
	// out: the machinery of another tool whose site is read in place.
	Skip func(file string, dir bool) bool
	// PublishHidden lists the hidden names (".well-known") whose files are
	// published; every other hidden file and folder is left out. nil
	// publishes none.
	PublishHidden []string
	// Fields maps lectern's field names ("summary") to more names a site
	// uses for them ("hook"), as config.toml's [fields] table gives them.
	// A front matter that sets none of lectern's names for a field reads
	// the first of these it sets. nil adds none.
	Fields map[string][]string
	// Optional makes a missing content folder hold nothing instead of
	// being an error: the site's pages come from elsewhere (data files).
	Optional bool
	// Franklin reads every page as Franklin (the Julia generator) writes
	// it: a block between two lines of "~~~" is raw HTML, not code. Pages
	// with "+++" front matter or Franklin's own "@def" or "@@" lines are
	// read so even when Franklin is false; set it for a Franklin site,
	// whose other pages carry no such sign.
	Franklin bool
	// Quarto says the site is Quarto's, whose "format:" is the document's
	// output format (html, revealjs, pdf), not a talk's. It is so in a
	// .qmd or .Rmd file on any site.
	Quarto bool
	// TextFiles says a .txt file is a page only when it opens with front
	// matter: on another tool's site, or a folder of markdown, a .txt
	// file without it (requirements.txt, a paper's citation a README
	// links to) is a file to publish as it is. On lectern's own layout
	// every .txt file under content/ is a page.
	TextFiles bool
	// ReadmeHome makes the README at the top of the content folder the
	// home page's intro (Document.Intro, at "/"), for a folder of markdown
	// that no generator builds: a code host shows that README as the
	// repository's home; not one that tells how to build or run the
	// program (howTo). A README further down is its folder's page, at
	// the folder's URL, the intro of the list of the folder's pages, as
	// the code host shows it with the folder's files, unless an index
	// page of the folder is (folderReadme).
	ReadmeHome bool
	// Commands are the \newcommand macros of a Franklin site's config.md
	// (ReadCommands), expanded in its pages with those a page defines.
	Commands map[string]Command
	// PermalinkOnly reads a page's own URL from its permalink field
	// alone: for the tools that set a page's URL so (Jekyll, Eleventy,
	// Astro, which has none), a url field is the author's data, often a
	// link to another page, and is left to Params. When false, url and
	// permalink both set it, as in lectern's and Hugo's pages.
	PermalinkOnly bool
	// RootURLs reads a page's url or permalink written without its
	// leading slash ("talks/x/", "404.html") from the site's root with
	// no warning, as the tool the site is written for does (Jekyll adds
	// the slash; Hugo, Eleventy, wok and Pelican name the path from the
	// output folder). When false, as on lectern's own layout, such a
	// path is read so too, with a warning, unless it names an .html file.
	RootURLs bool
	// LenientFrontMatter reads a page whose front matter cannot be read
	// without it, with a warning where the front matter is an error
	// elsewhere: Jekyll logs such a page and publishes it with no fields
	// (unless its config sets strict_front_matter), so a Jekyll
	// repository that builds may hold one; a code host shows a page of
	// a folder of markdown below an error box.
	LenientFrontMatter bool
	// KeepFront keeps each page's whole front matter in Document.Front,
	// for a site whose page bodies are Liquid (Jekyll's).
	KeepFront bool
	// CollectionTags drops the tags that file pages into a tool's
	// collections rather than name a subject: Eleventy's "post", "posts",
	// "all" and "nav", a tag naming the page's own kind ("talks" on
	// a talk), and every tag of a page that is no talk, note or reading
	// list ("home" on the home page). Each would be a tag page listing
	// every page of a kind, or the one page a template lists.
	CollectionTags bool
	// Collections name the collections a tool's config adds (Eleventy's
	// addCollection("schedule", …)): with CollectionTags, a tag naming
	// one is dropped on every page.
	Collections []string
	// MonthFirst reads a date written with slashes and the year last
	// whose day and month could be either way round (11/01/2023) month
	// first, as JavaScript's Date does, for the sites of tools whose
	// dates JavaScript reads (Eleventy, Astro). Without it such a date
	// is a warning naming both readings; one with a part above 12
	// (25/12/2023, 12/25/2023) is read either way.
	MonthFirst bool
	// SpacedTags reads tags and categories written as text without a
	// comma as words separated by blanks ("tags: python django"), as
	// Jekyll reads them; elsewhere such a text is one tag. Text with
	// commas is split at them either way.
	SpacedTags bool
	// SectionPosts dates pages into notes only inside a folder: a page at
	// the top of the content folder (cfp.md, about/index.md) is a page
	// though it has a date, as Hugo's archetypes date every page, unless
	// its file name starts with the date.
	SectionPosts bool
	// Translation reports a file that translates a page into another
	// language of a multilingual site (Hugo's about.de.md, or a file
	// under another language's content folder): lectern builds one
	// language, so it is left out, with one warning for them all. Nil
	// for a site of one language.
	Translation func(p string) bool
	// FolderIndex reads a page named as its folder (blog/intro/intro.md)
	// as the folder's index page, at the folder's URL, as Eleventy
	// publishes it.
	FolderIndex bool
	// FileTitles titles a page that sets no title by its file's name as
	// written, case, hyphens and all ("Peak - Notes.md" is "Peak -
	// Notes"), an index page by its folder's, without a warning: Quartz
	// and Obsidian show a note's file name as its title, whatever
	// heading or line opens it. A level-1 heading saying the same is
	// dropped, as under a title set in front matter.
	FileTitles bool
	// Names, when set, gives the rule by which the pages read from the
	// folder root (Dir or one of Dirs) have their folder and file names
	// made URL parts (Document.Names): the tool the site is written for
	// publishes them so. Nil, or for records of data files, lectern's
	// own rule.
	Names func(root string) PathNames
	// Language is the default language of a site whose tool names a
	// page's file with its language (Hugo: about.en.md, index.en.md):
	// that suffix is left out of the page's Path, so the page has the
	// URL, kind and bundle of about.md. "" for other sites.
	Language string
	// TextLanguages are the site's language, as its tool names it, best
	// first (Hugo's defaultContentLanguage, then its languageCode): a
	// text field written once per language (title: {en: …, es: …}) is
	// read in the first of them it has, else under "default", else in
	// its first language. Empty reads the first.
	TextLanguages []string
	// RecordPages reports whether the site model makes the pages a
	// template makes of the records of a data file (pagination: {data:
	// speakers}, its data given as the template names it) at the URLs
	// the template gives them (config.Permalinks.Records): such a
	// template is left out without a warning, as its pages are made.
	// nil makes none.
	RecordPages func(data string) bool
	// TranslationLanguages are the languages, other than the site's
	// default, that a page's front matter may name (jekyll-polyglot's
	// lang: de): such a page is a translation, left out as above.
	TranslationLanguages []string
	// Defaults are front matter values given to the pages of a scope
	// (Jekyll's defaults:, see ReadDefaults): a page that has front
	// matter and does not set one of them reads it as if it did.
	Defaults []Default
	// DirData, when set, names the data files that give the pages below
	// their folder front matter values, as Eleventy's directory data
	// does (talks/talks.json): Load reads each JSON one as a Default of
	// its folder, a deeper folder's winning, the page's own front matter
	// first. They are neither pages nor assets.
	DirData func(file string) bool
	// LeafBundles reads a folder holding an index page (index.md) as
	// Hugo's leaf bundle: its other markdown files, and those of its
	// sub-folders, are the bundle's resources (Hugo Academic's
	// home/about.md widgets), neither pages nor published.
	LeafBundles bool
	// SiteLinks reads a talk's slides, video and materials written
	// relative to no folder (files/deck.pdf) as paths from the site's
	// root, but for a file beside a bundle's page, as Hugo's themes
	// resolve them (siteRelativeLinks).
	SiteLinks bool
	// ImageCovers reads a note's or a talk's image naming a picture of
	// its own bundle (image: sunrise.jpg beside index.md) as its cover,
	// shown above it and in lists, as the Hugo themes that read image
	// show it (hugo-theme-stack's cards and article header); Hugo's own
	// link-preview templates read images, which stays a share card
	// (imageCover).
	ImageCovers bool
	// ExternalPosts reads a note's externalUrl (external_url) as the
	// outside page a link post is about (Document.LinkTo), its page
	// published, as every tool but Hugo publishes it; unset, the field
	// gives the page no page of its own, as Blowfish, the Hugo theme
	// that wrote it, does.
	ExternalPosts bool
	// MediaPrefix is the address a podcast site's episodes name their
	// audio files under (Castanet's params.media_prefix): a post's
	// podcast_file of "ep1.mp3" is played from MediaPrefix + "ep1.mp3"
	// (see audio). "" reads only addresses and paths from the root.
	MediaPrefix string
	// Cascade reads the cascade of each Hugo section page (_index.md) as
	// Defaults of the pages below its folder, a nearer section's winning,
	// the page's own front matter first.
	Cascade bool
	// Owner is the person the site is of (ReadOwner: a Jekyll config's
	// author: mapping), the speaker of each talk that names none and
	// says author_profile: true; nil for none.
	Owner *Person
	// Reuse, when set, is asked during the walk about every page with its
	// file information; a document it returns is used as is, and the file
	// is not read again. The preview server hands back the documents of
	// files that did not change since its last build. Reuse is called from
	// one goroutine, in walk order.
	Reuse func(file string, info fs.FileInfo) *Document
	// Parsed, when set, is called with each document Load parses, by the
	// worker that parsed it, as soon as it is parsed: several at once,
	// never for a document Reuse returned. A build lets each page's
	// markdown go there, to read it again when it needs it, so that the
	// load never holds the whole site's text (docs/memory.md).
	Parsed func(d *Document)

	// strs, set by Load, is the table of texts its documents share.
	strs *strtab
	// siblings, set by Load and Reader for a bundle's page, are the
	// names of the files beside it (see bundlePictures).
	siblings []string
	// readmeIndex, set by Load and Reader, makes the page a folder's
	// README read as the folder's index page (folderReadme).
	readmeIndex bool
}

// Set is everything Load found under the content folder.
type Set struct {
	// Docs are the pages, sorted by File. Drafts are included (with Draft
	// set); the site model decides whether to build them.
	Docs []*Document
	// Assets are the other files (images, PDFs…), as paths relative to the
	// source root ("content/talks/slides.pdf"), sorted.
	Assets []string
	// Roots are the folders read, Dir first; empty means "content".
	Roots []string
	// AssetDirs are Options.AssetDirs.
	AssetDirs []string
	// Mounts are Options.Mounts.
	Mounts []Mount
	// LeafBundles is Options.LeafBundles: the files in the sub-folders
	// of a folder holding an index page are that page's resources too.
	LeafBundles bool
	// Made are the pages left out because a layout makes them (a page
	// of no body but "layout: bookshelf"), in file order: lectern writes
	// nothing at their URLs, so the site model keeps where they were
	// and what they list, for the links that named them.
	Made []*Document
	// reader reads a page as the Load that made the set read each.
	reader Reader
}

// Rel returns file, a path from the site root, relative to the folder of
// Roots it is in: where it goes in the output.
func (s Set) Rel(file string) string {
	for _, m := range s.Mounts {
		if rest, ok := strings.CutPrefix(file, m.Source+"/"); ok {
			return path.Join(m.Target, rest)
		}
	}
	for _, d := range s.AssetDirs {
		if strings.HasPrefix(file, d+"/") {
			return strings.TrimPrefix(file, path.Dir(d)+"/")
		}
	}
	roots := s.Roots
	if len(roots) == 0 {
		roots = []string{"content"}
	}
	best := ""
	for _, r := range roots {
		if r == "." {
			continue
		}
		if strings.HasPrefix(file, r+"/") && len(r) > len(best) {
			best = r
		}
	}
	if best == "" {
		return file
	}
	return file[len(best)+1:]
}

// Mounted reports whether file, a path from the site root, is in one of
// the Mounts: published at another path than its own.
func (s Set) Mounted(file string) bool {
	for _, m := range s.Mounts {
		if strings.HasPrefix(file, m.Source+"/") {
			return true
		}
	}
	return false
}

// Mount is a folder of the site whose files are published below Target
// rather than at their own path: Eleventy's
// addPassthroughCopy({"./src/static/": "/"}) publishes
// src/static/img/a.jpg at img/a.jpg.
type Mount struct {
	// Source is the folder, from the site's root ("src/static").
	Source string
	// Target is the output folder its files go to, "" for the top.
	Target string
}
