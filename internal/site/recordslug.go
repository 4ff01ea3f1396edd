package site

import (
	"path"
	"strings"

	"lectern/internal/content"
)

// slugLinks finds the pages a data record's bare slug names (see
// placedItem): each page with a URL of its own, by its URL folded to
// "folder/slug" without the slash or .html that ends it.
type slugLinks map[string]string

// newSlugLinks indexes the URLs of pages, in page order: the first page
// to claim an address keeps it, so the choice is deterministic.
func newSlugLinks(pages []*Page) slugLinks {
	m := slugLinks{}
	for _, p := range pages {
		if p.URL == "" || p.Doc.FromRecord() {
			continue
		}
		k := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(p.URL, "/"), "/"), ".html")
		k = FoldCase(k)
		if _, ok := m[k]; !ok && strings.Count(k, "/") >= 1 {
			m[k] = p.URL
		}
	}
	return m
}

// placedItem is it as the site's reading list holds it, with its key. A
// record of a data file that links its item with a bare slug
// (url: some-book) names a page the site's own templates make, by a
// folder they prefix, and is no address: relative, it would lead below
// whichever page shows it. It links to the page of the site at that slug
// in the folder its data file names (_data/books.yml: /books/some-book/),
// else to nothing, so that the HTML, the JSON and the CSV agree.
func (l slugLinks) placedItem(p *Page, it *PageItem) (content.Item, string) {
	item := it.Item
	if !p.Doc.FromRecord() || !bareSlug(item.URL) {
		return item, it.itemKey()
	}
	folder := path.Base(p.Doc.File)
	folder = strings.TrimSuffix(folder, path.Ext(folder))
	item.URL = l[FoldCase(folder+"/"+item.URL)]
	return item, ItemKey(item)
}

// bareSlug reports whether link is one part of a path and nothing else:
// letters, digits, "-" and "_", no scheme, folder, extension or query.
func bareSlug(link string) bool {
	if link == "" {
		return false
	}
	for _, r := range link {
		if r != '-' && r != '_' && !('0' <= r && r <= '9') && !('a' <= r && r <= 'z') && !('A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}
