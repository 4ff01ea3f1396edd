package content

import (
	"slices"
	"strings"
)

// bookSites are the catalogues and shops whose page a bookshelf links a
// book to, under the site's name: goodreads, goodreadsLink,
// goodreads_url, amazon_link, bookshop_url… (Goodreads exports turned
// into data files, Hugo and Astro book schemas). Catalogues come before
// shops, so that a book written with both links to its description
// rather than to a till.
var bookSites = []string{
	"goodreads", "openlibrary", "open_library", "storygraph", "librarything",
	"worldcat", "google_books", "hardcover",
	"buy", "purchase", "shop", "bookshop", "store", "amazon", "indiebound", "audible", "kobo",
}

// siteLinkKeys are the names a book's link on one of bookSites is
// written under: the site's name alone, or with _url, _link or _href
// after it (camel case, goodreadsLink, is read as goodreads_link).
var siteLinkKeys = func() []string {
	var out []string
	for _, s := range bookSites {
		out = append(out, s, s+"_url", s+"_link", s+"_href")
	}
	return out
}()

// bookLinkKeys are the fields a book's own file gives its link from,
// first found wins (its dates: readDateKeys and startedKeys): its own
// url or link, then a catalogue's or a shop's page (siteLinkKeys),
// which is the book's link only when the page gives no other; website
// after Goodreads and before the other catalogues and the shops, where
// a book's file has always read it.
var bookLinkKeys = slices.Concat([]string{"url", "link"}, siteLinkKeys[:4], []string{"website"}, siteLinkKeys[4:])

// itemSiteLink is the link of a reading list's entry written under a
// catalogue's or a shop's name (goodreadsLink: https://…), for an entry
// with no url, link or href of its own. Only a web address counts: a
// Goodreads export's goodreads field may hold the book's number alone.
func (f *fields) itemSiteLink(m *node) string {
	for _, k := range siteLinkKeys {
		v := m.get(k)
		if v == nil || v.kind != scalarNode || v.tag == tagNull {
			continue
		}
		if s := cleanText(v.text); strings.Contains(s, "://") {
			return f.link(v.pos, k, s)
		}
	}
	return ""
}
