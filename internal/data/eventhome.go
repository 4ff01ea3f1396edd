package data

import (
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
)

// eventHomes makes the home page of each event record that no event
// page adds to the event's own page: a page in a folder named by the
// event's slug whose url or an old URL (aliases) is the event's address
// (events/2019-x/welcome.md with aliases = ["/events/2019-x/"]). Its
// author wrote it to be what the event's address shows, the welcome,
// dates and venue, so it becomes an event page of the record's slug at
// that address, and merge then joins the record to it as it joins an
// event's index.md: the page's title, body and fields, the record's
// fields the page does not set, and the event's programme, talks and
// sponsors on it. The address the page had of its own file (the path
// events/2019-x/welcome/) becomes an old URL of it, redirecting there.
// It runs before merge, on c.docs, which is still the pages in order.
func (c *combiner) eventHomes(records []*content.Document) {
	for _, r := range records {
		if r.Kind != content.KindEvent || r.Slug == "" || c.hasEventPage(r.Slug) {
			continue
		}
		i, addr := c.homePage(r.Slug, true)
		if i < 0 || c.docs[i].Kind != content.KindPage {
			continue // a page already the home of an earlier event
		}
		p := c.own(i)
		p.Kind, p.Slug = content.KindEvent, r.Slug
		p.Fields.Set("slug", r.Pos("slug"))
		if p.URL == addr {
			continue
		}
		p.Aliases = slices.DeleteFunc(slices.Clone(p.Aliases), func(a string) bool { return a == addr })
		if p.URL == "" {
			if stem := strings.TrimSuffix(path.Base(p.Path), path.Ext(p.Path)); stem != "index" && stem != "_index" {
				p.Aliases = append(p.Aliases, "/"+strings.TrimSuffix(p.Path, path.Ext(p.Path))+"/")
			}
		}
		p.URL = addr
		p.Fields.Set("url", p.Pos("aliases"))
	}
}

// hasEventPage reports whether an event page of slug is among c.docs.
func (c *combiner) hasEventPage(slug string) bool {
	return slices.ContainsFunc(c.docs, func(d *content.Document) bool {
		return d.Kind == content.KindEvent && !d.FromRecord() && strings.EqualFold(d.Slug, slug)
	})
}
