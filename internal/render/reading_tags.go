package render

import (
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/site"
)

// ReadingTag is one tag of the reading list's entries, with a page of its
// own under the list (/reading/tags/<slug>/), so that the list can be
// filtered by following a link, with no script.
type ReadingTag struct {
	// Name is the tag as first written; spellings that differ only in
	// case are one tag.
	Name string
	Slug string
	// URL is the root-relative URL of the tag's page.
	URL string
	// Entries are the entries carrying the tag, in list order.
	Entries []*site.ReadingEntry
}

// readingTags returns the tags of the entries, sorted by name without
// regard to case.
func readingTags(s *site.Site) []*ReadingTag {
	base := readingURL(s)
	bySlug := map[string]*ReadingTag{}
	var out []*ReadingTag
	for _, e := range s.Reading {
		for _, name := range e.Tags {
			slug := content.Slugify(name)
			if slug == "" {
				continue
			}
			t := bySlug[slug]
			if t == nil {
				t = &ReadingTag{Name: name, Slug: slug, URL: base + "tags/" + slug + "/"}
				bySlug[slug] = t
				out = append(out, t)
			}
			if !slices.Contains(t.Entries, e) {
				t.Entries = append(t.Entries, e)
			}
		}
	}
	slices.SortFunc(out, func(a, b *ReadingTag) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return out
}

// tagURLs maps every spelling of a tag to its page, for templates that
// link an entry's tags.
func tagURLs(tags []*ReadingTag) map[string]string {
	out := map[string]string{}
	for _, t := range tags {
		for _, e := range t.Entries {
			for _, name := range e.Tags {
				if content.Slugify(name) == t.Slug {
					out[name] = t.URL
				}
			}
		}
	}
	return out
}

// readingTagPages adds a page per tag of the reading list, showing the
// entries that carry it, grouped by status like the list itself.
func (b *jobs) readingTagPages() {
	s := b.s
	tags := readingTags(s)
	urls := tagURLs(tags)
	for _, t := range tags {
		n := len(b.list)
		b.page("reading-index", t.URL, "the reading list of tag "+t.Name, "", nil, true, func() *Data {
			d := b.base("reading-index", t.URL).titled("Reading: " + t.Name)
			d.Reading = groupReading(t.Entries)
			d.ReadingTags, d.ReadingTag, d.ReadingTagURLs = tags, t, urls
			d.JSONLD = b.readingLD("Reading: "+t.Name, t.URL, t.Entries)
			return d
		})
		// The page lists every tag of the reading list, which any entry
		// may change.
		b.setReads(n, []Key{ChromeKey}, readings(s.Reading))
	}
}
