package site

import (
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"lectern/internal/content"
)

// eventTiers are the sponsors an event's own file lists, by tier, as
// conference sites of many events write them in each event's data
// (data/events/2019-chicago.yml):
//
//	sponsors: [{id: acme, level: gold}, …]
//	sponsor_levels: [{id: gold, label: Gold}, …]
//
// An id names a sponsor page by slug or file name (data/sponsors/acme.yml
// is acme); a level is the label its sponsor_levels entry gives, else the
// level as written, capitalized. Tiers follow sponsor_levels' order, then
// levels it leaves out in the order they first appear; a tier's sponsors
// are in the order listed. An id naming no visible sponsor is left out.
// Nil when the event's page lists none.
func eventTiers(e *Event, byID map[string]*Page) []*SponsorTier {
	if e.Page == nil {
		return nil
	}
	list, _ := e.Page.Doc.Params["sponsors"].([]any)
	labels := map[string]string{}
	var order []string
	levels, _ := e.Page.Doc.Params["sponsor_levels"].([]any)
	for _, l := range levels {
		m, _ := l.(map[string]any)
		id := text(m["id"])
		if id == "" {
			continue
		}
		labels[id] = text(m["label"])
		order = append(order, id)
	}
	byLevel := map[string]*SponsorTier{}
	var tiers []*SponsorTier
	for _, item := range list {
		m, _ := item.(map[string]any)
		p := byID[content.Slugify(text(m["id"]))]
		if p == nil {
			continue
		}
		level := text(m["level"])
		t := byLevel[level]
		if t == nil {
			name := labels[level]
			if name == "" {
				name = capitalize(level)
			}
			t = &SponsorTier{Name: name, Event: e}
			byLevel[level] = t
			tiers = append(tiers, t)
			if !slices.Contains(order, level) {
				order = append(order, level)
			}
		}
		if !slices.Contains(t.Sponsors, p) {
			t.Sponsors = append(t.Sponsors, p)
		}
	}
	slices.SortStableFunc(tiers, func(a, b *SponsorTier) int {
		return slices.Index(order, levelOf(byLevel, a)) - slices.Index(order, levelOf(byLevel, b))
	})
	return tiers
}

// levelOf is the level whose tier t is in byLevel.
func levelOf(byLevel map[string]*SponsorTier, t *SponsorTier) string {
	for l, u := range byLevel {
		if u == t {
			return l
		}
	}
	return ""
}

// fileStem is the base name of file without its extension, and without
// the ":line" a record of a data file is written with.
func fileStem(file string) string {
	if i := strings.LastIndexByte(file, ':'); i > 0 {
		if _, err := strconv.Atoi(file[i+1:]); err == nil {
			file = file[:i]
		}
	}
	base := path.Base(file)
	return strings.TrimSuffix(base, path.Ext(base))
}

// text is v written as text: a string, a number; "" for nil.
func text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		return fmt.Sprint(v)
	}
}

// sponsorTiers is the site's sponsors for the sponsors page: each
// event's tiers (eventTiers) in the events' order, each event's set on
// it, then the sponsors no event lists, grouped by their own tier
// (groupSponsors). sponsors are the visible sponsor pages.
func (s *Site) sponsorTiers(sponsors []*Page) []*SponsorTier {
	byID := map[string]*Page{}
	for _, p := range sponsors {
		// A sponsor of a data file (data/sponsors/acme.yml:1) is named
		// by that file's name too, whatever its title makes its slug.
		for _, k := range []string{p.Doc.Slug, content.FileSlug(p.Doc.Path), content.Slugify(fileStem(p.Doc.File))} {
			if k != "" && byID[k] == nil {
				byID[k] = p
			}
		}
	}
	var all []*SponsorTier
	listed := map[*Page]bool{}
	for _, e := range s.Events {
		e.Sponsors = eventTiers(e, byID)
		for _, t := range e.Sponsors {
			for _, p := range t.Sponsors {
				listed[p] = true
			}
		}
		all = append(all, e.Sponsors...)
	}
	rest := slices.DeleteFunc(slices.Clone(sponsors), func(p *Page) bool { return listed[p] })
	return append(all, groupSponsors(rest)...)
}
