package render

import (
	"slices"
	"strings"
	"sync"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/internal/view"
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
	Entries []*view.ReadingEntry
	// entries are the model's, for exports and schema.org data.
	entries []*site.ReadingEntry
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
			if !slices.Contains(t.entries, e) {
				t.entries = append(t.entries, e)
			}
		}
	}
	slices.SortFunc(out, func(a, b *ReadingTag) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return out
}

// withViews returns a function that sets the Entries of tags, once, from
// vb: the tags' pages call it when they run, so that listing the jobs
// builds no view.
func withViews(tags []*ReadingTag, vb *view.Builder) func() {
	return sync.OnceFunc(func() {
		for _, t := range tags {
			t.Entries = vb.ReadingEntries(t.entries)
		}
	})
}

// tagURLs maps every spelling of a tag to its page, for templates that
// link an entry's tags.
func tagURLs(tags []*ReadingTag) map[string]string {
	out := map[string]string{}
	for _, t := range tags {
		for _, e := range t.entries {
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
	views := withViews(tags, b.views)
	// The page lists every tag of the reading list, which any entry may
	// change: each reads every entry. The pages share one list of those
	// keys, made once: no one changes a job's Reads.
	every := append([]Key{ChromeKey}, readings(s.Reading)...)
	for _, t := range tags {
		n := len(b.list)
		b.page(KindReadingIndex, t.URL, "the reading list of tag "+t.Name, "", nil, true, func() *Data {
			d := b.base(KindReadingIndex, t.URL).titled("Reading: " + t.Name)
			views()
			d.Reading = b.groupReading(t.entries)
			d.ReadingTags, d.ReadingTag, d.ReadingTagURLs = tags, t, urls
			d.JSONLD = b.readingLD("Reading: "+t.Name, t.URL, t.entries)
			return d
		})
		b.setReads(n, every)
	}
}
