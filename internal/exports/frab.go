package exports

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// frabConference is what both frab formats say of the event.
type frabConference struct {
	title, acronym, start, end, zone string
	rooms                            []string
	pos                              diag.Pos
}

// frabTalk is one frab event (a talk), as both formats write it.
type frabTalk struct {
	id, guid, date, start, duration, room, slug, url, title, subtitle string
	track, typ, language, abstract, description                       string
	persons                                                           []frabPerson
	links                                                             []frabLink
	pos                                                               diag.Pos
}

// frabPerson is a speaker of a talk; pos is where the export names them,
// zero when it cannot tell.
type frabPerson struct {
	name, bio, avatar string
	pos               diag.Pos
}

type frabLink struct{ title, url string }

// frabSchedule places a frab programme's talks: the zone they are in and
// the event they belong to.
type frabSchedule struct {
	event    *content.Document
	acronym  string
	zone     *time.Location
	floating bool // no zone named: times without an offset are floating
}

// frabEvent makes the event document of a frab export and returns how its
// talks are placed. days are the rooms of each day in the order written,
// which follow the conference's own list.
func (r *reader) frabEvent(c frabConference, dayRooms []string) frabSchedule {
	sc := frabSchedule{zone: r.loc, floating: true, acronym: c.acronym}
	if loc, ok := loadZone(c.zone); ok {
		sc.zone, sc.floating = loc, false
	} else if c.zone != "" {
		r.diags.Warnf(c.pos, "time zone %q of the conference is not an IANA name; times without an offset are read in %s; export the schedule with a zone such as \"Europe/Berlin\"", c.zone, r.loc)
	}
	title := cmp.Or(c.title, c.acronym)
	if title == "" {
		r.diags.Warnf(c.pos, "the conference is missing or has neither title nor acronym; its talks are read without an event; give the conference a title in the tool that exported it")
		return sc
	}
	d := r.newDoc(content.KindEvent, "events", title, cmp.Or(c.acronym, title), c.pos)
	at(d, c.pos, "date", "end", "timezone", "rooms")
	if !sc.floating {
		d.EditExtra().Timezone = c.zone
	}
	if t, ok := parseDay(c.start, sc.zone); ok {
		d.Date = t
	}
	if t, ok := parseDay(c.end, sc.zone); ok {
		d.End = t
	}
	d.Floating = sc.floating
	for _, room := range append(slices.Clone(c.rooms), dayRooms...) {
		if room != "" && !slices.Contains(d.Extras().Rooms, room) {
			d.EditExtra().Rooms = append(d.Extras().Rooms, room)
		}
	}
	sc.event = d
	return sc
}

// frabTalkDoc makes the document of one talk of day (midnight of its date
// in the schedule's zone; zero when the day has no date).
func (r *reader) frabTalkDoc(t frabTalk, day time.Time, sc frabSchedule) {
	// frab's slug is "<acronym>-<id>-<title words>": the title words are
	// the talk's own slug. The last part of the talk's URL stands in for
	// an export without slugs.
	slug := strings.TrimPrefix(t.slug, sc.acronym+"-"+t.id+"-")
	if slug == "" {
		slug = lastSegment(t.url)
	}
	title := t.title
	if title == "" {
		r.diags.Warnf(t.pos, "talk %s has no title; it is read with its slug; give it a title in the tool that exported it", cmp.Or(t.id, t.guid, "without an id"))
		title = cmp.Or(slug, t.id)
	}
	d := r.newDoc(content.KindTalk, "talks", title, slug, t.pos)
	at(d, t.pos, "date", "end", "room", "track", "format", "speakers", "summary", "event", "slides", "video")
	d.Room, d.Track, d.Format, d.Summary = t.room, t.track, t.typ, t.abstract
	d.Body = []byte(strings.TrimSpace(t.description))
	if sc.event != nil {
		d.Event = sc.event.Slug
	}
	param(d, "id", t.id)
	param(d, "guid", t.guid)
	param(d, "subtitle", t.subtitle)
	param(d, "language", t.language)
	r.frabTime(d, t, day, sc)
	for _, p := range t.persons {
		if p.name == "" {
			continue
		}
		d.Speakers = append(d.Speakers, person(p.name))
		if p.bio != "" || p.avatar != "" {
			r.speakerDoc(person(p.name), p.bio, p.avatar, cmp.Or(p.pos, t.pos))
		}
	}
	for _, l := range t.links {
		addLink(d, l.title, l.url)
	}
}

// frabTime reads a talk's start from its date (a full date and time),
// else from its day and start; its end is start plus duration.
func (r *reader) frabTime(d *content.Document, t frabTalk, day time.Time, sc frabSchedule) {
	start, floating, ok := parseTime(t.date, sc.zone)
	if t.date != "" && !ok {
		d.Diags.Warnf(t.pos, "talk %q: date %q is not a date and time; write it as 2024-10-26T09:00:00+02:00; its day and start are used instead", d.Title, t.date)
	}
	if !ok && !day.IsZero() {
		clock, cok := parseClock(t.start)
		if cok {
			start = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, day.Location()).Add(clock)
			floating, ok = sc.floating, true
		} else {
			d.Diags.Warnf(t.pos, "talk %q: start %q is not a time of day; write it as 09:30; the talk is read without a time", d.Title, t.start)
		}
	}
	if !ok {
		return
	}
	d.Date, d.Floating = start, floating && sc.floating
	if t.duration == "" {
		return
	}
	if dur, ok := parseClock(t.duration); ok {
		if dur > 0 {
			d.End = start.Add(dur)
		}
	} else {
		d.Diags.Warnf(t.pos, "talk %q: duration %q is not hours and minutes; write it as 00:45; the talk is read without an end", d.Title, t.duration)
	}
}

// speakerDoc adds a speaker page for p, once per file, when the export
// says more of them than their name.
func (r *reader) speakerDoc(p content.Person, bio, photo string, pos diag.Pos) *content.Document {
	if d := r.speakers[p.Slug]; d != nil {
		return d
	}
	p.Bio, p.Photo = cmp.Or(p.Bio, strings.TrimSpace(bio)), cmp.Or(p.Photo, photo)
	d := r.newDoc(content.KindSpeaker, "speakers", p.Name, p.Slug, pos)
	r.speakers[p.Slug] = d
	at(d, pos, "speakers")
	d.Speakers = []content.Person{p}
	return d
}
