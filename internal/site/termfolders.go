package site

import (
	"path"
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
)

// A Hugo site writes the page of a taxonomy's term as the _index.md of a
// folder named after the term, in a folder named after the taxonomy
// (content/categories/machine-learning/_index.md), and the taxonomy's
// own page as that folder's _index.md. lectern makes those pages itself,
// at its taxonomies' URLs, where such a page introduces them (render's
// intros); config.Permalinks.TermFolders says which folders hold them
// and of which taxonomy. So the page is placed at the URL of the term or
// the taxonomy it introduces, whatever the folder is called: categories
// are tags in lectern, and a tag pattern (/tag/:slug/) moves the tags.

// termFolderURL is the URL of p when it is the page of a term or of a
// taxonomy in a folder of config.Permalinks.TermFolders ("" when it is
// not), and whether its folder is named otherwise than the taxonomy it
// stands for (a category's page, introducing a tag's): such a page
// yields to one of the taxonomy's own folder (yieldTermPages).
func termFolderURL(pl config.Permalinks, p *Page) (u string, borrowed bool) {
	if len(pl.TermFolders) == 0 || p.Doc.FromRecord() {
		return "", false
	}
	top, rest, ok := strings.Cut(p.Doc.Path, "/")
	if !ok {
		return "", false
	}
	tax, ok := pl.TermFolders[top]
	if !ok {
		return "", false
	}
	pattern := termPattern(pl, tax)
	if pattern == "" {
		return "", false
	}
	term, file := path.Split(rest)
	if stem := strings.TrimSuffix(file, path.Ext(file)); !strings.EqualFold(stem, "_index") {
		return "", false
	}
	borrowed = !strings.EqualFold(top, tax)
	if term == "" {
		return taxonomyURL(pattern), borrowed
	}
	term = strings.TrimSuffix(term, "/")
	if strings.Contains(term, "/") {
		return "", false
	}
	slug := content.TermSlug(term)
	if slug == "" {
		return "", false
	}
	if tax == "tags" {
		return tagURL(pl, term, slug), borrowed
	}
	return expand(pattern, slug, zeroTime), borrowed
}

// termPattern is the pattern of the terms of the taxonomy named (plural),
// "" for one lectern makes no pages of.
func termPattern(pl config.Permalinks, tax string) string {
	switch tax {
	case "tags":
		return pl.Tag
	case "tracks":
		return pl.Track
	case "formats":
		return pl.Format
	case "levels":
		return pl.Level
	}
	return ""
}

// yieldTermPages gives the pages of terms in a folder named otherwise
// than their taxonomy (termFolderURL's borrowed) back their folder's URL
// where a page of the taxonomy's own folder, or any page that is none
// such, is at the same URL: a site with both content/tags/_index.md and
// content/categories/_index.md introduces its tags with the first, and
// the second stays the page it was, with no clash to warn about.
func (b *builder) yieldTermPages(pages []*Page) {
	if len(b.cfg.Permalinks.TermFolders) == 0 {
		return
	}
	held := map[string]bool{}
	var borrowed []*Page
	for _, p := range pages {
		if _, ok := termFolderURL(b.cfg.Permalinks, p); ok && p.Doc.URL == "" && p.Doc.Extras().URLPattern == "" {
			borrowed = append(borrowed, p)
			continue
		}
		held[p.Output] = true
	}
	for _, p := range borrowed {
		if held[p.Output] {
			p.URL = folderURL(p.Doc.Path, pathSlug(p), p.Doc.Names, p.Doc.Fields.Has("slug"))
			p.Output = OutputPath(p.URL)
		}
	}
}
