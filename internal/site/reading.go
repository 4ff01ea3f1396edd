package site

import (
	"html/template"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// PageItem is one reading item as its page wrote it, before the items of
// other pages were merged into it: what a reading-list page shows and what
// lectern inspect reports.
type PageItem struct {
	content.Item
	// Line is the file line of an item found in a list in prose; 0 for an
	// item written in front matter.
	Line int
	// Entry is the site-wide entry the item was merged into.
	Entry *ReadingEntry
	// key is ItemKey(Item), made once with the item: the reading list
	// is made again from the items at every edit that changes them.
	key string
	// link is the URL the reading list gave the item (placedItem), set
	// when linked: Item keeps the URL as written, so that the list made
	// again after an edit places it again.
	link   string
	linked bool
}

// Link is the URL the site links the item to: for a data record's bare
// slug the page it names, or none (see placedItem), else Item.URL.
func (it PageItem) Link() string {
	if it.linked {
		return it.link
	}
	return it.URL
}

// itemKey is ItemKey of the item: the key made with it, or made now for
// an item made elsewhere.
func (it *PageItem) itemKey() string {
	if it.key != "" {
		return it.key
	}
	return ItemKey(it.Item)
}

// Source says where the item was written: "front matter" or "line 12".
func (it PageItem) Source() string {
	if it.Line == 0 {
		return "front matter"
	}
	return "line " + strconv.Itoa(it.Line)
}

// ownItems returns the reading items page p wrote: its front matter items,
// then the links of the reading lists in its prose unless the page opted
// out with "reading: false". A link in prose that is not a web address
// (content.IsWebAddress) is left out with a warning in diags: the body's
// HTML does not link it either, and the list's exports must not.
// notes reads the notes of front matter items as markdown (see
// readNote); nil leaves them as written.
func ownItems(p *Page, found []markdown.Link, diags *diag.List, notes *noteReader) []PageItem {
	out := make([]PageItem, 0, len(p.Doc.Items)+len(found))
	for _, it := range p.Doc.Items {
		key := ItemKey(it)
		notes.read(p, &it, diags)
		out = append(out, PageItem{Item: it, key: key})
	}
	if p.Doc.NoReading {
		return out
	}
	for _, l := range found {
		if !content.IsWebAddress(l.URL) {
			diags.Warnf(diag.Pos{File: p.Doc.File, Line: l.Line}, "link %q is not a web address (only http, https and mailto links are published); it is left out of the reading list", l.URL)
			continue
		}
		it := content.Item{Title: l.Title, URL: pageRelative(p.URL, l.URL), Author: l.Author, Year: l.Year, Note: l.Note}
		if l.Read != "" {
			// Filed under the year it was read ("## 2023"): read then,
			// the year kept as written, as a data file's books filed
			// by year are.
			it.DateText, it.Status = l.Read, "read"
		}
		if l.Status != "" {
			// Filed under a shelf's heading ("## Currently
			// reading", "## Up next"): that is how far it got.
			it.Status = l.Status
		}
		out = append(out, PageItem{Item: it, Line: l.Line, key: ItemKey(it)})
	}
	return out
}

// noteReader reads the notes of a page's front matter items as markdown,
// with the renderer and the template tags of the page's body.
type noteReader struct {
	md   *markdown.Renderer
	tags markdown.Tags
}

// read renders it's note as markdown: a note with markup gets its HTML
// and, in Note, its plain text for exports and search; a plain note is
// kept as written. Notes come from front matter or data files, which
// keep no line of their own for an item: warnings name the page's line
// of its list field.
func (n *noteReader) read(p *Page, it *content.Item, diags *diag.List) {
	if n == nil || n.md == nil || it.Note == "" {
		return
	}
	r := n.md.Note(p.Doc.File, it.Note, p.Doc.Pos("items").Line, n.tags)
	diags.Append(r.Diags)
	it.Note, it.NoteHTML, it.NoteBlocks = r.Text, template.HTML(r.HTML), r.Blocks
}

// pageRelative resolves link, written in the body of the page at pageURL,
// as a browser on that page does: a relative link ("slides.pptx",
// "./files/a.pdf") becomes a path from the site's root, so that the
// reading list, which shows it on another page, and its exports, which
// prefix base_url, name the same file. A link with a scheme or from the
// root is kept as written.
func pageRelative(pageURL, link string) string {
	if link == "" || strings.HasPrefix(link, "/") || strings.HasPrefix(link, "#") {
		return link
	}
	u, err := url.Parse(link)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return link
	}
	base := &url.URL{Path: "/" + strings.TrimPrefix(pageURL, "/")}
	return base.ResolveReference(u).String()
}

// reading builds the site-wide reading list from the items every page
// wrote, merged by normalized URL, page by page in the order of s.Pages
// (file order, as Build calls it). Front matter items are merged first, so
// that a reading list's status, author and note lead over a link found in
// prose. Hidden pages keep entries of their own but add nothing to the
// site's list, which shows only visible pages as sources.
func (b *builder) reading() {
	s := b.site
	byKey := map[string]*ReadingEntry{}
	byTitle := map[string]*ReadingEntry{}
	slugs := newSlugLinks(s.Pages)
	for _, prose := range []bool{false, true} {
		for _, p := range s.Pages {
			if p.Doc.Hidden {
				continue
			}
			for j := range p.OwnItems {
				it := &p.OwnItems[j]
				if (it.Line != 0) != prose {
					continue
				}
				item, key := slugs.placedItem(p, it)
				it.link, it.linked = item.URL, true
				if key == "" {
					continue
				}
				e := byKey[key]
				if e != nil && strings.HasPrefix(key, "title:") && otherAuthor(e.Item, item) {
					// One title, two authors: two works.
					key += "|" + content.Slugify(it.Author)
					e = byKey[key]
				}
				if e == nil {
					e = sameWork(byTitle, item)
				}
				switch {
				case e == nil:
					e = newEntry(item, key)
					s.Reading = append(s.Reading, e)
				default:
					mergeItem(&e.Item, item)
				}
				byKey[key] = e
				if t := content.Slugify(e.Title); t != "" && byTitle[t] == nil {
					byTitle[t] = e
				}
				it.Entry = e
				if !slices.Contains(e.Sources, p) {
					e.Sources = append(e.Sources, p)
				}
			}
		}
	}
	for _, p := range s.Pages {
		for j := range p.OwnItems {
			it := &p.OwnItems[j]
			item, key := slugs.placedItem(p, it)
			it.link, it.linked = item.URL, true
			if it.Entry == nil && key != "" {
				// Only items of hidden pages are left: they link to a
				// public entry when there is one, else to their own.
				it.Entry = byKey[key]
				if it.Entry == nil {
					it.Entry = newEntry(item, key)
				}
			}
			if it.Entry != nil && !slices.Contains(p.Items, it.Entry) {
				p.Items = append(p.Items, it.Entry)
			}
		}
	}
	for _, e := range s.Reading {
		if e.Title == "" {
			e.Title = e.URL
		}
		slices.SortFunc(e.Sources, func(a, b *Page) int { return strings.Compare(a.URL, b.URL) })
	}
	sortFolded(s.Reading, func(e *ReadingEntry) string { return e.Title }, func(a, b *ReadingEntry) int { return strings.Compare(a.Key, b.Key) })
}

// sameWork returns the entry of byTitle that it names another way: the
// same title, where one of the two has no URL (a book's own file and a
// link to it elsewhere), and no two different authors. nil when none.
func sameWork(byTitle map[string]*ReadingEntry, it content.Item) *ReadingEntry {
	e := byTitle[content.Slugify(it.Title)]
	switch {
	case e == nil:
		return nil
	case e.URL != "" && it.URL != "":
		return nil
	case e.ISBN != "" && it.ISBN != "" && e.ISBN != it.ISBN:
		return nil
	case otherAuthor(e.Item, it):
		return nil
	case e.SeriesNumber != "" && it.SeriesNumber != "" && e.SeriesNumber != it.SeriesNumber:
		// Two volumes of a series, which often share its title.
		return nil
	}
	return e
}

// otherAuthor reports whether a and b both name an author, and not the
// same one.
func otherAuthor(a, b content.Item) bool {
	return a.Author != "" && b.Author != "" && !strings.EqualFold(a.Author, b.Author)
}

// newEntry starts a site-wide entry from the first item seen, with its own
// copy of the tags so that merging never writes into a document.
func newEntry(it content.Item, key string) *ReadingEntry {
	it.Tags = slices.Clone(it.Tags)
	return &ReadingEntry{Item: it, Key: key}
}

// mergeItem fills the empty fields of dst from src; a front matter entry
// is read first and so leads over a link found in prose.
func mergeItem(dst *content.Item, src content.Item) {
	fill := func(d *string, s string) {
		if *d == "" {
			*d = s
		}
	}
	fill(&dst.Title, src.Title)
	fill(&dst.URL, src.URL)
	fill(&dst.Author, src.Author)
	if dst.Note == "" {
		dst.Note, dst.NoteHTML, dst.NoteBlocks = src.Note, src.NoteHTML, src.NoteBlocks
	}
	fill(&dst.Status, src.Status)
	fill(&dst.ISBN, src.ISBN)
	fill(&dst.Cover, src.Cover)
	if dst.Series == "" {
		dst.Series, dst.SeriesNumber, dst.SeriesURL = src.Series, src.SeriesNumber, src.SeriesURL
	}
	if dst.Started.IsZero() {
		dst.Started = src.Started
	}
	if dst.Rating == 0 {
		dst.Rating = src.Rating
	}
	if dst.Year == 0 {
		dst.Year = src.Year
	}
	if dst.Date.IsZero() && dst.DateText == "" {
		// One page's day read, or failing that its words for when.
		dst.Date, dst.DateText = src.Date, src.DateText
	}
	for _, t := range src.Tags {
		if !slices.ContainsFunc(dst.Tags, func(d string) bool { return strings.EqualFold(d, t) }) {
			dst.Tags = append(dst.Tags, t)
		}
	}
}

// ItemKey is the key that deduplicates reading items: the normalized URL,
// or, for an item without one, its ISBN, or its title folded to a slug
// with its number in its series.
func ItemKey(it content.Item) string {
	if it.URL != "" {
		return NormalizeURL(it.URL)
	}
	if it.ISBN != "" {
		return "isbn:" + it.ISBN
	}
	if s := content.Slugify(it.Title); s != "" {
		if it.SeriesNumber != "" {
			// Volumes of a series often share its title.
			s += "#" + content.Slugify(it.SeriesNumber)
		}
		return "title:" + s
	}
	return ""
}

// trackingParams are query parameters that say where a reader came from,
// not what they read.
var trackingParams = []string{"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ref_src", "igshid", "_hsenc", "_hsmi"}

// NormalizeURL folds the spellings of one address into one key: the scheme,
// a leading "www.", a default port, a trailing slash, the fragment and
// tracking parameters (utm_*, fbclid…) are ignored, host case is folded and
// the remaining query parameters are sorted.
func NormalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return strings.ToLower(raw)
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if port := u.Port(); port != "" && port != "80" && port != "443" {
		host += ":" + port
	}
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(strings.ToLower(k), "utm_") || slices.Contains(trackingParams, strings.ToLower(k)) {
			q.Del(k)
		}
	}
	key := host + strings.TrimRight(u.EscapedPath(), "/")
	if len(q) > 0 {
		key += "?" + q.Encode()
	}
	return key
}

// FrontMatterItems returns the items p wrote in its front matter: the ones
// its page shows as a list of its own, since the lists in its prose are
// already in its body.
func (p *Page) FrontMatterItems() []PageItem {
	var out []PageItem
	for _, it := range p.OwnItems {
		if it.Line == 0 {
			out = append(out, it)
		}
	}
	return out
}
