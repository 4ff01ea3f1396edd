package site

import (
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// Options control which documents become pages. The zero value builds
// every document that is neither a draft nor broken.
type Options struct {
	// Drafts builds draft pages too (lectern build --drafts).
	Drafts bool
	// Folder is the name of the folder the site is read from
	// ("pyvo-data"), "" for a site not read from a folder of its own: a
	// site that nothing else names is called that, as a code host calls
	// a repository (see nameSite); links to the repository's files by
	// their address on a code host reach the site's own copies of them
	// (markdown.Tags.Repository).
	Folder string
	// Repository is "owner/name" of the repository the site's folder is
	// a clone of, as its git remote "origin" names it, "" when unknown;
	// links to that repository's files by their address on a code host
	// reach the site's own copies of them, as by the folder's name
	// (Folder) when it is unknown.
	Repository string
	// Memo, when set, carries rendered markdown from one build of a site
	// to the next (the preview server's rebuilds).
	Memo *Memo
	// Changes are what the build knows of the last build, to tell which
	// talks moved.
	Changes Changes
	// Static reports whether the theme or the site's static folder
	// publishes a file at an output path ("images/ada.png"), for the
	// choice of photos (see resolvePhotos); nil takes every local photo
	// for published.
	Static func(output string) bool
	// StaticNamed returns the output paths of the static files whose
	// name is name ("ada.jpg"), for a photo written as a bare file name
	// that a layout puts in a folder of its own (see photoFiles.find);
	// nil knows of none.
	StaticNamed func(name string) []string
	// Resource returns the file (path from the site root) of the tool's
	// resource folder (layout.Layout.ResourceDir: Hugo's assets/) that a
	// picture named by output ("images/a.png") is, "" for none: a photo
	// or cover found nowhere else is that file, published at output
	// because it is named (see resolveResources). nil knows of none.
	Resource func(output string) string
	// FilesAt says, for the warning about a picture that is not a file
	// of the site, where a path from the site's root is looked for
	// ("static/ or content/", "public/ or src/content/", "the site's
	// folder"); empty says lectern's own folders.
	FilesAt string
	// History is what the site's version control knows of its files,
	// to date the notes that have no date (see History).
	History History
	// ReleaseBodies keeps no page's rendered HTML past the model stage
	// when it can be rendered again the same: Page.Content renders it when
	// asked. A build that writes each page once (lectern build) sets it,
	// so that its memory grows with what lists show, not with the bodies;
	// the preview, which renders pages again and again, does not. The
	// pages then forget their loaded documents too (Page.Loaded is nil).
	ReleaseBodies bool
	// Reread, with ReleaseBodies, lets a page's markdown go with its
	// HTML once the page is written, for the documents it can read again
	// (see Page.Source); nil keeps every document's markdown.
	Reread Reread
	// Data are the site's data files, as Site.Data holds them.
	Data map[string]any
	// Includes, when not nil, says the site is Jekyll's, whose page
	// bodies are Liquid: a body with tags lectern cannot resolve alone is
	// run as Liquid (docs/template-tags.md), and these are the files of
	// its _includes folder, by their path in it ("nav.html").
	Includes map[string][]byte
	// ReadFile reads a file of the site by its path from the site's
	// folder, for a Jekyll page's {% include_relative %}; nil reads
	// none (the tag's file is then missing).
	ReadFile func(name string) ([]byte, error)
	// Shortcodes are the templates of a Hugo site's own shortcodes
	// (layouts/shortcodes/NAME.html) by name, and the partials they
	// call by "partials/NAME"; a page's call of one that lectern does
	// not read itself runs it (markdown.Tags.Shortcode).
	Shortcodes map[string]markdown.ShortcodeTemplate
	// Eleventy says the Includes are an Eleventy site's, whose Liquid
	// sees the data cascade's variables rather than Jekyll's site.
	Eleventy bool
	// Bibliographies are a Jekyll site's jekyll-scholar entries by file name (scholar.go).
	Bibliographies map[string][]content.BibEntry
}
