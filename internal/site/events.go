package site

import (
	"cmp"
	"fmt"
	"html/template"
	"path"
	"slices"
	"strings"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// events collects the events declared in config.toml and in event pages,
// resolving their time zones. A talk joins one of them in joinEvent.
func (b *builder) events(docs []*content.Document) {
	b.site.eventsBySlug = map[string]*Event{}
	for i, ce := range b.cfg.Events {
		pos := diag.Pos{File: config.FileName}
		e := &Event{
			Name: ce.Name, Slug: ce.Slug, Venue: ce.Venue, Timezone: ce.Timezone,
			Start: ce.Start, End: ce.End, Rooms: ce.Rooms,
		}
		if ce.Description != "" {
			text := b.memo.text(b.md, config.FileName, ce.Description, 0)
			e.Description = template.HTML(text.HTML)
			b.diags.Append(text.Diags)
		}
		if e.Slug == "" {
			e.Slug = content.Slugify(e.Name)
		}
		if e.Slug == "" {
			b.diags.Errorf(pos, "events[%d] has neither name nor slug; give it a name", i)
			continue
		}
		if b.addEvent(e, pos, false) {
			b.configEventURL(e, ce, i, pos)
		}
	}
	for _, d := range docs {
		if d.Kind != content.KindEvent || d.Diags.HasErrors() {
			continue
		}
		e := pageEvent(d)
		if _, dup := b.site.eventsBySlug[e.Slug]; dup && e.Slug != "" {
			// Two event files of one slug (events/2019/london.md,
			// events/2020/london.md): lectern can tell them apart on
			// its own, so the later one in path order takes its
			// folder's name before its slug, and the build goes on.
			slug := b.freeEventSlug(d)
			b.diags.Warnf(d.Pos("slug"), "a second event has the slug %q, so this one is the event %q at its own URL; set \"slug:\" to choose another", e.Slug, slug)
			e.Slug = slug
			if b.eventSlugs == nil {
				b.eventSlugs = map[*content.Document]string{}
			}
			b.eventSlugs[d] = slug
		}
		b.addEvent(e, d.Pos("timezone"), d.Floating)
	}
	b.siteProgramme(docs)
}

// freeEventSlug is a slug no event has for event page d, whose own slug
// another event has: its folder's name joined to it (2020-london), else
// a number after it.
func (b *builder) freeEventSlug(d *content.Document) string {
	base := d.Slug
	if dir := path.Base(path.Dir(d.Path)); dir != "." && dir != "/" {
		if _, kind := content.FolderKind(dir + "/x"); !kind {
			base = content.Slugify(dir) + "-" + d.Slug
		}
	}
	slug := base
	for n := 2; ; n++ {
		if _, taken := b.site.eventsBySlug[slug]; !taken {
			return slug
		}
		slug = fmt.Sprintf("%s-%d", base, n)
	}
}

// pageEvent is the event an event page declares, before its zone is
// resolved.
func pageEvent(d *content.Document) *Event {
	return &Event{
		Name: d.Title, Slug: d.Slug, Venue: d.Venue, Timezone: d.Extras().Timezone,
		Start: d.Date, End: d.End, Rooms: d.Extras().Rooms, file: d.Path,
		partial: d.DatePrecision.Partial(),
	}
}

// configEventURL honours the url of the i-th event of config.toml when it
// is a path (a full address is the event's own web site), and refuses a
// URL that cannot be published, from url or slug.
func (b *builder) configEventURL(e *Event, ce config.Event, i int, pos diag.Pos) {
	if strings.HasPrefix(ce.URL, "/") {
		e.URL = EscapePath(ce.URL)
		if problem, fix := urlProblem(e.URL); problem != "" {
			b.diags.Errorf(pos, "events[%d] (%s): url %q %s; %s", i, e.Name, ce.URL, problem, fix)
			e.URL = ""
		}
		return
	}
	if problem, _ := urlProblem(e.URL); problem != "" {
		b.diags.Errorf(pos, "events[%d] (%s): slug %q cannot name a page: its URL %s %s; choose a slug of letters, digits and hyphens", i, e.Name, e.Slug, e.URL, problem)
		e.URL = ""
	}
}

// addEvent resolves e's zone and registers it, reporting a second event
// with the same slug; it reports whether e was registered.
func (b *builder) addEvent(e *Event, pos diag.Pos, floating bool) bool {
	if problem := placeEvent(e, b.cfg, floating); problem != "" {
		b.diags.Warnf(pos, "event %q: time zone %q %s; using %s meanwhile", e.Name, e.Timezone, problem, zoneUsed(b.cfg.Location))
	}
	if _, dup := b.site.eventsBySlug[e.Slug]; dup {
		b.diags.Errorf(pos, "a second event has the slug %q; give one of them another slug", e.Slug)
		return false
	}
	b.site.eventsBySlug[e.Slug] = e
	b.site.Events = append(b.site.Events, e)
	return true
}

// zoneUsed names the site's zone loc in a warning: its name, or, for a
// site that names none (config.Floating), what its times then are.
func zoneUsed(loc *time.Location) string {
	if loc == config.Floating {
		return "local times of no zone"
	}
	return loc.String()
}

// placeEvent resolves e's zone, places its dates in it (floating: they
// were written without an offset) and gives it its URL; it returns what
// is wrong with a zone it cannot resolve, the site's used meanwhile.
func placeEvent(e *Event, cfg config.Config, floating bool) (problem string) {
	e.Location = cfg.Location
	if _, off := e.Start.Zone(); e.Timezone == "" && cfg.Location.String() == "UTC" && !floating && !e.Start.IsZero() && off != 0 {
		// An event dated with an offset (startdate:
		// 2019-08-27T00:00:00-05:00) on a site in UTC (the default):
		// the times of its programme written without one are at that
		// offset, the event's own.
		e.Location = time.FixedZone(e.Start.Format("-07:00"), off)
	}
	if e.Timezone != "" {
		loc, iana, bad := config.Zone(e.Timezone)
		if problem = bad; problem == "" {
			e.Timezone, e.Location, e.zoned = iana, loc, true
		}
	}
	if floating {
		e.Start, e.End = replace(e.Start, e.Location), replace(e.End, e.Location)
	}
	if !e.Start.IsZero() {
		e.Start = e.Start.In(e.Location)
	}
	if !e.End.IsZero() {
		e.End = e.End.In(e.Location)
	}
	e.URL = expand(cfg.Permalinks.Event, e.Slug, e.Start)
	return problem
}

// joinEvent links p to its event: the event page itself, the event named
// by its event field (created on first mention when no page declares it,
// so a blogger's notes group by conference), the event whose slug is p's
// folder under talks/, or, for talks on a single-event site, that event.
// A date written without an offset is then placed in the event's zone.
func (b *builder) joinEvent(p *Page) {
	if slug, ok := b.eventSlugs[p.source]; ok {
		// The event page of a taken slug is at its event's (events).
		p.Doc.Slug = slug
	}
	e := b.eventFor(p, b.eventNamed)
	if p.Doc.Kind != content.KindEvent {
		b.dateByEventDay(p, e)
		dateByOneDayEvent(p, e)
	}
	if e == nil {
		return
	}
	p.Event = e
	if p.Doc.Kind == content.KindEvent {
		e.Page = p
		return
	}
	placeDates(&p.Doc, e)
	if p.Doc.Kind == content.KindTalk && !p.Doc.Hidden {
		e.Talks = append(e.Talks, p)
	}
}

// eventFor is the event of page p (see joinEvent), nil for none; named
// finds the event p's event field names, as eventNamed does.
func (b *builder) eventFor(p *Page, named func(name string, pos diag.Pos) *Event) *Event {
	switch {
	case p.Doc.Kind == content.KindEvent:
		return b.site.eventsBySlug[p.Doc.Slug]
	case p.Doc.Extras().EventCollection != "":
		if e := b.site.eventOfRef(p.Doc.Extras().EventCollection, p.Doc.Event); e != nil {
			return e
		}
		return named(p.Doc.Event, p.Doc.Pos("event"))
	case p.Doc.Event != "":
		return named(p.Doc.Event, p.Doc.Pos("event"))
	case p.Doc.Kind == content.KindTalk:
		if e := b.eventOfFolder(p.Doc.Path); e != nil {
			return e
		}
		if len(b.site.Events) == 1 {
			return b.site.Events[0]
		}
	}
	return nil
}

// placeDates moves the dates of d, a page of event e, into e's zone:
// a date written without an offset is placed in it, and one written
// with an offset is shown in it when the event names one (the site's
// zone, UTC by default, places dates written without an offset; it does
// not rewrite "12:00-0400" as 16:00Z). Site.Move places an edited date
// with it too.
func placeDates(d *content.Document, e *Event) {
	if d.Floating {
		d.Date, d.End = replace(d.Date, e.Location), replace(d.End, e.Location)
	}
	if e.zoned {
		if !d.Date.IsZero() {
			d.Date = d.Date.In(e.Location)
		}
		if !d.End.IsZero() {
			d.End = d.End.In(e.Location)
		}
	}
}

// eventNamed finds an event by slug or name, creating one without a page
// when none matches. An event named without letters or digits gets a
// slug made from a hash of its name, with a warning at pos.
func (b *builder) eventNamed(name string, pos diag.Pos) *Event {
	slug, hashed := b.eventSlug(name)
	if e := b.site.namedEvent(slug, name); e != nil {
		return e
	}
	if hashed {
		b.diags.Warnf(pos, "event %q has no letters or digits to make a URL of; its page uses the slug %q: name the event in words, or give it a page with a slug", name, slug)
	}
	e := namedEventOf(name, slug, b.cfg)
	b.site.eventsBySlug[slug] = e
	b.site.Events = append(b.site.Events, e)
	return e
}

// namedEventOf is the event a page's event field names when no page or
// config.toml declares it: in the site's zone, its URL the event
// pattern's, undated until its talks date it (finishEvents).
func namedEventOf(name, slug string, cfg config.Config) *Event {
	return &Event{Name: name, Slug: slug, Location: cfg.Location, URL: expand(cfg.Permalinks.Event, slug, time.Time{}), named: true}
}

// eventSlug is the slug of an event named name, hashed when the name has
// no letters or digits.
func (b *builder) eventSlug(name string) (slug string, hashed bool) {
	if slug = b.slug(name); slug == "" {
		return content.HashSlug("event", name), true
	}
	return slug, false
}

// namedEvent is the event of slug, else the first named name in any
// case, nil for none.
func (s *Site) namedEvent(slug, name string) *Event {
	if e := s.eventsBySlug[slug]; e != nil {
		return e
	}
	for _, e := range s.Events {
		if strings.EqualFold(e.Name, name) {
			return e
		}
	}
	return nil
}

// eventOfFolder is EventOfFolder with the build's cache of slugs.
func (b *builder) eventOfFolder(p string) *Event {
	return b.site.eventOfFolder(p, b.slug)
}

// EventOfFolder is the event whose slug names a folder of the content
// path p, the outermost first: a talk's ("talks/djangocon-2017/keynote.md")
// or a page's that stands for one of the event's lists
// ("events/2019-chicago/program.md"); nil for none.
func (s *Site) EventOfFolder(p string) *Event {
	return s.eventOfFolder(p, content.Slugify)
}

func (s *Site) eventOfFolder(p string, slug func(string) string) *Event {
	for _, seg := range strings.Split(path.Dir(p), "/") {
		if e := s.eventsBySlug[slug(seg)]; e != nil {
			return e
		}
	}
	return nil
}

// slug is content.Slugify(name), made once per name and build: the
// talks of an event name it, or its folder, each.
func (b *builder) slug(name string) string {
	slug, ok := b.slugs[name]
	if !ok {
		slug = content.Slugify(name)
		if b.slugs == nil {
			b.slugs = map[string]string{}
		}
		b.slugs[name] = slug
	}
	return slug
}

// replace keeps t's wall clock but moves it to loc: a floating time was
// placed in the site's zone by the loader and belongs to its event's.
func replace(t time.Time, loc *time.Location) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
}

// byTime orders an event's talks by start, then room order, then title;
// the undated by their times of day first and, after the room, by file
// (see undatedOrder).
func (e *Event) byTime(a, b *Page) int {
	if c := compareTimes(a.Doc.Date, b.Doc.Date); c != 0 {
		return c
	}
	return cmp.Or(undatedOrder(a, b), cmp.Compare(e.roomIndex(a.Doc.Room), e.roomIndex(b.Doc.Room)),
		undatedFiles(a, b), cmp.Compare(a.Doc.Title, b.Doc.Title))
}

// roomIndex is a room's display position; unlisted rooms come after the
// listed ones.
func (e *Event) roomIndex(room string) int {
	if i := slices.Index(e.Rooms, room); i >= 0 {
		return i
	}
	return len(e.Rooms)
}

// finishEvents sorts talks, fills the dates of events that set none from
// their talks, and sorts the events.
func (s *Site) finishEvents() {
	for _, e := range s.Events {
		slices.SortStableFunc(e.Talks, e.byTime)
		if !e.Start.IsZero() {
			continue
		}
		e.derived = true
		// An end written without a start stands when it is later.
		var end time.Time
		e.Start, end = derivedDates(e.Talks)
		if end.After(e.End) {
			e.End = end
		}
	}
	slices.SortStableFunc(s.Events, byStart)
}

// byStart orders events by start, then slug: one order, as slugs are
// unique, whatever the list's before.
func byStart(a, b *Event) int {
	return cmp.Or(compareTimes(a.Start, b.Start), cmp.Compare(a.Slug, b.Slug))
}
