package render

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/site"
)

// termFeed is the URL of the Atom feed of the tag at termURL: in the
// tag's folder, under the name the site's config gives
// (config.Config.TermFeed, Hugo's index.xml for a Hugo site), or
// lectern's feed.xml.
func termFeed(s *site.Site, termURL string) string {
	return termURL + cmp.Or(s.Config.TermFeed, "feed.xml")
}

// sectionFeeds adds, for a site whose tool wrote a feed for each of its
// sections (config.Config.SectionFeed: Hugo's /posts/index.xml), the feed
// of each folder list (an _index.md's, or a section's list) in the
// list's folder under that name, carrying the list's dated pages, so
// readers subscribed to one section keep getting its posts. A list with
// no dated page has none, and what else is written at the path wins.
func (b *jobs) sectionFeeds() {
	s := b.s
	if s.Config.SectionFeed == "" {
		return
	}
	for _, l := range b.lists {
		self := l.url + s.Config.SectionFeed
		out := outputPath(self)
		carried := feedPages(l.pages)
		if _, taken := b.byPath[out]; taken || len(carried) == 0 || b.authored(l.url) {
			continue
		}
		if _, copied := b.assets[out]; copied {
			continue
		}
		title := l.title
		b.warnLongFed([][]*site.Page{carried})
		b.feedFile(out, feedReads(carried), carried, func(buf *bytes.Buffer) {
			b.feed(buf, s.Config.Title+": "+title, self, l.url, carried)
		})
	}
}

// A Hugo blog publishes each taxonomy's terms in the taxonomy's own
// folder (/categories/go/, /series/intro/) with an RSS feed in each
// (/categories/go/index.xml). lectern makes categories and series tags,
// at the tags' URLs, so the posts' links, the links from elsewhere and
// the subscriptions to those addresses would find nothing: at each such
// old URL lectern writes a redirect to the tag's page, and, where the
// site's tool wrote term feeds (config.Config.TermFeed), the tag's feed.
// The folders are config.Permalinks.TermFolders whose name is not the
// taxonomy's: a tag's own folder is where its pattern puts it.

// oldTermFolders are the folders of s whose terms are terms of the
// taxonomy named tax in lectern under another name ("categories" and
// "series" for "tags"), sorted.
func oldTermFolders(s *site.Site, tax string) []string {
	var out []string
	for folder, t := range s.Config.Permalinks.TermFolders {
		if t == tax && folder != tax {
			out = append(out, folder)
		}
	}
	slices.Sort(out)
	return out
}

// termSegments are the names t's folder had in its tool: its slug, and
// its name spelled as Hugo spells a term's folder (content.HugoNames,
// the rule its tag pages follow too), when that differs ("c++" for the
// tag C++, whose slug is c-plus-plus).
func termSegments(t *site.Term) []string {
	segs := []string{t.Slug}
	if seg := content.HugoNames.Part(strings.TrimSpace(t.Name)); seg != "" && seg != t.Slug && strings.Trim(seg, ".") != "" {
		segs = append(segs, seg)
	}
	return segs
}

// filedUnder reports whether a page of t writes t in the front matter
// field named folder ("categories", "series"): the terms its tool
// published in that folder. Only those two are known: a page's own
// taxonomies of other names are tags with nothing saying where from.
func filedUnder(t *site.Term, folder string) bool {
	for _, p := range t.Pages {
		var words []string
		switch folder {
		case "categories":
			words = p.Doc.Categories
		case "series":
			words = p.Doc.Extras().Series
		}
		if slices.ContainsFunc(words, func(w string) bool { return content.TermSlug(w) == t.Slug }) {
			return true
		}
	}
	return false
}

// oldTermURLs adds a redirect at each old URL of the terms of the
// site's tags, and of their index, to lectern's page of them, and each
// term's feed in its old folder (see above). What else is written at one
// of those paths, a page of the site's or a copied file, wins without a
// word: it is what the site has there.
func (b *jobs) oldTermURLs() {
	s := b.s
	if s.Tags == nil || len(s.Tags.Terms) == 0 {
		return
	}
	free := func(out string) bool {
		_, taken := b.byPath[out]
		_, copied := b.assets[out]
		return !taken && !copied
	}
	tax := s.Tags
	for _, folder := range oldTermFolders(s, tax.Name) {
		index := false
		for _, t := range tax.Terms {
			if !filedUnder(t, folder) {
				continue
			}
			index = true
			carried := feedPages(t.Pages)
			for _, seg := range termSegments(t) {
				old := "/" + folder + "/" + seg + "/"
				if old == t.URL || !free(outputPath(old)) {
					continue
				}
				reads := []Key{TermKey(tax.Name, t.Slug)}
				b.redirectTo(outputPath(old), t.URL, t.Name, reads)
				if s.Config.TermFeed == "" {
					continue
				}
				self := termFeed(s, old)
				if !free(outputPath(self)) {
					continue
				}
				b.feedFile(outputPath(self), append(reads, feedReads(carried)...), carried, func(buf *bytes.Buffer) {
					b.feed(buf, s.Config.Title+": "+t.Name, self, t.URL, carried)
				})
			}
		}
		if old := "/" + folder + "/"; index && old != tax.URL && free(outputPath(old)) {
			b.redirectTo(outputPath(old), tax.URL, tax.Title, nil)
		}
	}
}

// redirectTo adds a redirect at out to the page at link, titled title.
func (b *jobs) redirectTo(out, link, title string, reads []Key) {
	b.add(Job{
		Path: out, Kind: KindRedirect, Reads: reads,
		render: func(t *task) (Output, diag.List) {
			writeRedirect(t, b.urls.rel(link), b.urls.abs(link), title, b.s.Config.Language)
			return Output{Path: out, MediaType: "text/html", Body: t.buf.Bytes()}, nil
		},
	})
}

// authorsIndex writes, on a site whose notes' authors have pages of
// their own under a folder (config.Permalinks.Author: Hugo's authors
// taxonomy, /authors/<term>/), a redirect at that folder (/authors/,
// where Hugo lists the taxonomy's terms and visitors go up to from an
// author's page) to the speakers index, which lists every person. What
// else is written there, a page of the site's or a copied file, wins.
func (b *jobs) authorsIndex() {
	s := b.s
	index, people := site.IndexURL(s.Config.Permalinks.Author, ""), speakersURL(s)
	if index == "" || index == people {
		return
	}
	out := outputPath(index)
	if _, taken := b.byPath[out]; taken {
		return
	}
	if _, copied := b.assets[out]; copied {
		return
	}
	if !slices.ContainsFunc(s.Speakers, func(sp *site.Speaker) bool { return strings.HasPrefix(sp.URL, index) }) {
		return
	}
	b.redirectTo(out, people, "Speakers", nil)
}
