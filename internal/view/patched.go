package view

import (
	"slices"

	"lectern/internal/site"
)

// Patched returns a Builder for the model of b after pages were patched
// in place (site.Site.Patch), keeping of what b made what cannot show
// them: the entries of the other pages, and the refs of people, terms
// and events, which are made of no page (a patch changes none of the
// fields they show), but the refs of the events whose pages are among
// pages (an event page's patch may give its event another venue).
// Every other view holds entries, so it is made again, of the patched
// model, when asked for. b is left as it was.
func (b *Builder) Patched(pages []*site.Page) *Builder {
	n := new(Builder)
	b.entries.m.Range(func(k, v any) bool {
		if !slices.Contains(pages, k.(*site.Page)) {
			n.entries.m.Store(k, v)
		}
		return true
	})
	b.refs.copyTo(&n.refs)
	b.termRefs.copyTo(&n.termRefs)
	b.eventRefs.m.Range(func(k, v any) bool {
		if e := k.(*site.Event); e.Page == nil || !slices.Contains(pages, e.Page) {
			n.eventRefs.m.Store(k, v)
		}
		return true
	})
	return n
}

// copyTo stores every view of c in d.
func (c *cache[K, V]) copyTo(d *cache[K, V]) {
	c.m.Range(func(k, v any) bool {
		d.m.Store(k, v)
		return true
	})
}
