package site

import (
	"net/url"
	"slices"
	"strings"

	"lectern/internal/content"
)

// reading builds the site-wide reading list from the items of every page,
// written in front matter or found as lists of links in prose, merged by
// normalized URL. Each page keeps its own entries in Items.
func (b *builder) reading() {
	s := b.site
	byKey := map[string]*ReadingEntry{}
	for i, p := range s.Pages {
		items := append(slices.Clone(p.Document.Items), b.readingFound[i]...)
		for _, it := range items {
			key := ItemKey(it)
			if key == "" {
				continue
			}
			e := byKey[key]
			if e == nil {
				e = &ReadingEntry{Item: it, Key: key}
				byKey[key] = e
				if !p.Hidden {
					s.Reading = append(s.Reading, e)
				}
			} else {
				mergeItem(&e.Item, it)
			}
			if !slices.Contains(p.Items, e) {
				p.Items = append(p.Items, e)
				if !p.Hidden {
					e.Sources = append(e.Sources, p)
				}
			}
		}
	}
	for _, e := range s.Reading {
		slices.SortFunc(e.Sources, func(a, b *Page) int { return strings.Compare(a.URL, b.URL) })
	}
	slices.SortStableFunc(s.Reading, func(a, b *ReadingEntry) int {
		if c := strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)); c != 0 {
			return c
		}
		return strings.Compare(a.Key, b.Key)
	})
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
	fill(&dst.Note, src.Note)
	fill(&dst.Status, src.Status)
	if dst.Rating == 0 {
		dst.Rating = src.Rating
	}
	if dst.Date.IsZero() {
		dst.Date = src.Date
	}
	for _, t := range src.Tags {
		if !slices.Contains(dst.Tags, t) {
			dst.Tags = append(dst.Tags, t)
		}
	}
}

// ItemKey is the key that deduplicates reading items: the normalized URL,
// or, for an item without one, its title folded to a slug.
func ItemKey(it content.Item) string {
	if it.URL != "" {
		return NormalizeURL(it.URL)
	}
	if s := content.Slugify(it.Title); s != "" {
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
