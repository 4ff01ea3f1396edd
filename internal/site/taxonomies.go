package site

import (
	"slices"
	"strings"
	"time"

	"lectern/internal/content"
)

// zeroTime is the date given to permalink patterns of things that have
// none (speakers, terms).
var zeroTime time.Time

// taxonomies builds the tag, track, format and level indexes. Terms are
// merged by slug, so "SRE" and "sre" are one tag, named as first written.
func (b *builder) taxonomies() {
	s, pl := b.site, b.cfg.Permalinks
	tag := func(name, slug string) string { return tagURL(pl, name, slug) }
	s.Tags = b.taxonomy("tags", "tag", "Tags", pl.Tag, tag, func(p *Page, _ []string) []string { return p.Doc.Tags },
		func(p *Page, t *Term) { p.Tags = append(p.Tags, t) })
	s.Tracks = b.taxonomy("tracks", "track", "Tracks", pl.Track, bySlug(pl.Track), func(p *Page, buf []string) []string { return one(buf, p.Doc.Track) },
		func(p *Page, t *Term) { p.Track = t })
	b.nameTracks(s.Tracks)
	s.Formats = b.taxonomy("formats", "format", "Formats", pl.Format, bySlug(pl.Format), func(p *Page, buf []string) []string { return one(buf, p.Doc.Format) },
		func(p *Page, t *Term) { p.Format = t })
	s.Levels = b.taxonomy("levels", "level", "Levels", pl.Level, bySlug(pl.Level), func(p *Page, buf []string) []string { return one(buf, p.Doc.Level) },
		func(p *Page, t *Term) { p.Level = t })
}

// bySlug is the URL of a term at pattern by its slug.
func bySlug(pattern string) func(name, slug string) string {
	return func(_, slug string) string { return expand(pattern, slug, zeroTime) }
}

// one is the list of s, none when empty, in buf.
func one(buf []string, s string) []string {
	if s == "" {
		return nil
	}
	return append(buf[:0], s)
}

// taxonomy groups the pages by the values names returns, calling assign
// for each page and term; names may return them in the buffer it is
// given, which holds one, so that a field of one value needs no list;
// url makes a new term's URL from its name and slug. Hidden pages link to their terms but are not
// listed on them; a page that has none (Pageless) has no terms.
func (b *builder) taxonomy(name, singular, title, pattern string, url func(name, slug string) string, names func(*Page, []string) []string, assign func(*Page, *Term)) *Taxonomy {
	tax := &Taxonomy{Name: name, Singular: singular, Title: title, URL: taxonomyURL(pattern)}
	bySlug := map[string]*Term{}
	// Pages share their terms: each name is slugified once.
	slugs := map[string]string{}
	var buf [1]string
	for _, p := range b.site.Pages {
		if p.Pageless {
			// A list of pages has no place for one that has none.
			continue
		}
		for _, n := range names(p, buf[:]) {
			slug, ok := slugs[n]
			if !ok {
				slug = content.TermSlug(n)
				slugs[n] = slug
			}
			if slug == "" {
				b.diags.Warnf(p.Doc.Pos(singular), "%s %q has no letters or digits to make a URL of; it is left out", singular, n)
				continue
			}
			t := bySlug[slug]
			if t == nil {
				t = &Term{Name: n, Slug: slug, URL: url(n, slug)}
				bySlug[slug] = t
				tax.Terms = append(tax.Terms, t)
			}
			assign(p, t)
			if !p.Doc.Hidden {
				t.Pages = append(t.Pages, p)
			}
		}
	}
	for _, t := range tax.Terms {
		slices.SortStableFunc(t.Pages, newestFirst)
	}
	sortFolded(tax.Terms, func(t *Term) string { return t.Name }, func(a, b *Term) int { return strings.Compare(a.Slug, b.Slug) })
	return tax
}

// taxonomyURL is the index page of a taxonomy: its term pattern up to
// :slug ("/tags/:slug/" → "/tags/").
func taxonomyURL(pattern string) string {
	if i := strings.Index(pattern, ":slug"); i >= 0 {
		return pattern[:i]
	}
	return pattern
}
