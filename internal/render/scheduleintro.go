package render

import (
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/site"
)

// A page that stands for the schedule (content.Document.ListOf: its
// layout or Hugo type is schedule, program, programme or agenda) is
// one the other tool's theme fills with the programme from data, with
// at most a few words of its own. Such a page introduces the schedule
// it means, as an _index.md introduces an index: at the schedule's own
// URL, and at its own URL too, where the site's menus and links point
// (devopsdays' events/2019-chicago/program.md at
// /events/2019-chicago/program/, Type = "program"), lectern writes that
// schedule, headed by the page's title, its text above the programme.

// introducedSchedule returns the schedule page p stands for and the URL
// lectern writes it at: the schedule of the event whose folder holds p
// (events/<event>/program.md), else the site's, at /schedule/. It
// returns nil when p names no schedule, is template code, or the
// schedule it means has no page (an archive's, site.Schedule.URL).
func (b *jobs) introducedSchedule(p *site.Page) (*site.Schedule, string) {
	if p.Doc.Extras().ListOf != "schedule" || p.Doc.Kind != content.KindPage || p.Doc.Extras().Code != "" || p.Pageless {
		return nil, ""
	}
	sc, link := b.s.Schedule, "/schedule/"
	if e := b.s.EventOfFolder(p.Doc.Path); e != nil {
		sc, link = e.Schedule, strings.TrimSuffix(e.URL, "/")+"/schedule/"
		if e.URL == "" {
			sc = nil
		}
	}
	if sc == nil || sc.URL == "" {
		return nil, ""
	}
	return sc, link
}

// scheduleIntroPages adds to intros the pages standing for a schedule
// (introducedSchedule) or an event's speakers (introducedSpeakers), by output path, and to indexes their outputs,
// which lectern's schedule takes. The first page at a path keeps it.
func (b *jobs) scheduleIntroPages(indexes map[string]bool, intros map[string]*site.Page) {
	for _, p := range b.s.Pages {
		if sc, _ := b.introducedSchedule(p); sc == nil && b.introducedSpeakers(p) == nil {
			continue
		}
		at := pageOutput(p)
		if _, taken := intros[at]; taken {
			continue
		}
		intros[at] = p
		indexes[at] = true
	}
}

// scheduleIntros are the intros of schedule sc, written at link, that
// are at URLs of their own, in path order: lectern writes sc again at
// each.
func (b *jobs) scheduleIntros(sc *site.Schedule, link string) []*site.Page {
	var out []*site.Page
	for at, p := range b.intros {
		if s, l := b.introducedSchedule(p); s == sc && l == link && at != outputPath(link) {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(x, y *site.Page) int { return strings.Compare(pageOutput(x), pageOutput(y)) })
	return out
}
