package render

import (
	"bytes"
	"cmp"
	"crypto/sha1"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"lectern/internal/config"
	"lectern/internal/site"
)

// The frab schedule format, as pretalx exports it and conference apps
// (Giggity, EventFahrplan, ConfClerk) read it: conference → days → rooms →
// talks. schedule.json follows the c3voc JSON schema
// (https://c3voc.de/schedule/schema.json), schedule.xml the frab XML of
// voc/schedule's schedule.xml.xsd.

// frabSchemaURL names the schema schedule.json follows.
const frabSchemaURL = "https://c3voc.de/schedule/schema.json"

// frabProgramme is a schedule in the shape both frab formats share. It
// places each talk without describing it: the writers make each talk's
// frabTalk (its markdown, read again from its file, among it) as they
// write it and let it go, so that an export holds one talk's text at a
// time, not the programme's, beside the bytes it wrote.
type frabProgramme struct {
	Version, BaseURL, Acronym, Title, Start, End, Timeslot, Zone string
	Rooms                                                        []string
	Days                                                         []frabDay
}

type frabDay struct {
	Index                  int
	Date, DayStart, DayEnd string
	Rooms                  []frabRoom
}

type frabRoom struct {
	Name  string
	Talks []frabSlot
}

// frabSlot is a talk placed in a room: its slot and its id, given in
// the programme's order so that two talks whose ids clash are told
// apart the same way whichever export writes them (see frabTalk).
type frabSlot struct {
	slot *site.Slot
	id   int
}

// frabTalk is one talk; its JSON form is the c3voc schema's Event.
type frabTalk struct {
	ID               int          `json:"id"`
	GUID             string       `json:"guid"`
	Logo             string       `json:"logo"`
	Date             string       `json:"date"`
	Start            string       `json:"start"`
	Duration         string       `json:"duration"`
	Room             string       `json:"room"`
	Slug             string       `json:"slug"`
	URL              string       `json:"url"`
	Title            string       `json:"title"`
	Subtitle         string       `json:"subtitle"`
	Track            string       `json:"track"`
	Type             string       `json:"type"`
	Language         string       `json:"language"`
	Abstract         string       `json:"abstract"`
	Description      string       `json:"description"`
	RecordingLicense string       `json:"recording_license"`
	DoNotRecord      bool         `json:"do_not_record"`
	Persons          []frabPerson `json:"persons"`
	Links            []frabLink   `json:"links"`
	Attachments      []frabLink   `json:"attachments"`
	Answers          []any        `json:"answers"`
}

type frabPerson struct {
	GUID       string `json:"guid"`
	Name       string `json:"name"`
	PublicName string `json:"public_name"`
	Biography  string `json:"biography,omitempty"`
}

type frabLink struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

// programme turns a schedule into the frab shape. Talks without a time of
// day cannot be placed and are left out; a talk without a room is listed
// in the day's first room, as frab has no talks outside rooms.
func (b *jobs) programme(sc *site.Schedule) frabProgramme {
	fp := frabProgramme{
		Version: "1", BaseURL: cmp.Or(b.s.Config.BaseURL, "/"),
		Acronym: acronym(sc), Title: sc.Name, Timeslot: timeslot(sc), Zone: zoneName(sc.Location),
		Rooms: sc.Rooms,
	}
	// The version changes with the schedule's own talks, not with the
	// rest of the site, so that an edit elsewhere leaves it as it is.
	if v := newest(sc.Talks); !v.IsZero() {
		fp.Version = v.Format("2006-01-02 15:04")
	}
	if len(sc.Days) > 0 {
		fp.Start = sc.Days[0].Date.Format(time.DateOnly)
		fp.End = sc.Days[len(sc.Days)-1].Date.Format(time.DateOnly)
	}
	ids := map[int]bool{}
	for i, d := range sc.Days {
		fd := frabDay{Index: i + 1, Date: d.Date.Format(time.DateOnly), DayStart: d.Date.Format(time.RFC3339), DayEnd: d.Date.AddDate(0, 0, 1).Add(-time.Second).Format(time.RFC3339)}
		if len(d.Slots) > 0 {
			fd.DayStart = d.Slots[0].Start.Format(time.RFC3339)
			last := d.Slots[0].Start
			for _, sl := range d.Slots {
				last = latest(last, cmp.Or(sl.End, sl.Start))
			}
			fd.DayEnd = last.In(d.Slots[0].Start.Location()).Format(time.RFC3339)
		}
		fallback := cmp.Or(first(d.Rooms), first(sc.Rooms), venue(sc), sc.Name)
		for _, sl := range d.Slots {
			room := cmp.Or(sl.Talk.Doc.Room, fallback)
			k := slices.IndexFunc(fd.Rooms, func(r frabRoom) bool { return r.Name == room })
			if k < 0 {
				fd.Rooms = append(fd.Rooms, frabRoom{Name: room})
				k = len(fd.Rooms) - 1
			}
			fd.Rooms[k].Talks = append(fd.Rooms[k].Talks, frabSlot{sl, uniqueID(sl.Talk, ids)})
			if !slices.Contains(fp.Rooms, room) {
				fp.Rooms = append(slices.Clip(fp.Rooms), room)
			}
		}
		slices.SortStableFunc(fd.Rooms, func(a, c frabRoom) int {
			return cmp.Compare(roomIndex(fp.Rooms, a.Name), roomIndex(fp.Rooms, c.Name))
		})
		fp.Days = append(fp.Days, fd)
	}
	return fp
}

// uniqueID is p's id (talkID), moved on to the next free number while
// ids has it, and then added to ids.
func uniqueID(p *site.Page, ids map[int]bool) int {
	id := talkID(p.URL)
	for ids[id] {
		id = id%0x7fffffff + 1
	}
	ids[id] = true
	return id
}

// frabTalk describes the talk placed at s in room.
func (b *jobs) frabTalk(s frabSlot, room, acronym string) frabTalk {
	sl, p, id := s.slot, s.slot.Talk, s.id
	link := b.urls.abs(p.URL)
	t := frabTalk{
		ID: id, GUID: uuid5(link), Date: sl.Start.Format(time.RFC3339), Start: sl.Start.Format("15:04"),
		Duration: hhmm(sl.End.Sub(sl.Start)), Room: room, Slug: fmt.Sprintf("%s-%d-%s", acronym, id, asciiSlug(p.Doc.Slug)),
		URL: link, Title: p.Doc.Title, Type: "talk", Language: cmp.Or(b.s.Config.Language, "en"),
		Abstract: p.Description, Description: strings.TrimSpace(string(p.Source())),
		Persons: []frabPerson{}, Links: []frabLink{}, Attachments: []frabLink{}, Answers: []any{},
	}
	if sl.End.IsZero() {
		t.Duration = "00:00"
	}
	if p.Track != nil {
		t.Track = p.Track.Name
	}
	if p.Format != nil {
		t.Type = p.Format.Slug
	}
	if sl.Break {
		t.Type = "break"
	}
	if p.Pageless {
		// Its URL names no page.
		t.URL = ""
	}
	for _, sp := range p.Speakers {
		t.Persons = append(t.Persons, frabPerson{GUID: uuid5(b.urls.abs(sp.URL)), Name: sp.Name, PublicName: sp.Name, Biography: sp.Bio})
	}
	if p.Slides != "" {
		t.Links = append(t.Links, frabLink{Title: "Slides", URL: b.linkFrom(p, p.Slides)})
	}
	if p.Video != "" {
		t.Links = append(t.Links, frabLink{Title: "Video", URL: b.linkFrom(p, p.Video)})
	}
	for _, l := range p.Links {
		t.Links = append(t.Links, frabLink{Title: l.Name, URL: b.linkFrom(p, l.URL)})
	}
	return t
}

// linkFrom returns a link of talk p's front matter as the export's
// readers need it, whole: a link relative to the talk's page
// (slides.pdf beside it), as its page's button reads it, or to the
// site's root, made an address of the site.
func (b *jobs) linkFrom(p *site.Page, link string) string {
	if isAbsolute(link) || strings.HasPrefix(link, "mailto:") {
		return link
	}
	if !strings.HasPrefix(link, "/") && !p.Pageless {
		base, err1 := url.Parse(p.URL)
		ref, err2 := url.Parse(link)
		if err1 == nil && err2 == nil {
			link = base.ResolveReference(ref).String()
		}
	}
	return b.urls.abs(link)
}

// writeFrabJSON writes schedule.json to buf.
//
// The document is written member by member, not built as one value: a
// day's rooms are a JSON object whose keys keep display order, which
// encoding/json can only express through a MarshalJSON method, and it
// validates and compacts a second time every byte such a method returns:
// for a large event, the whole programme.
func (b *jobs) writeFrabJSON(buf *bytes.Buffer, sc *site.Schedule) {
	fp := b.programme(sc)
	type room struct {
		Name string `json:"name"`
		GUID string `json:"guid"`
	}
	type day struct {
		Index    int    `json:"index"`
		Date     string `json:"date"`
		DayStart string `json:"day_start"`
		DayEnd   string `json:"day_end"`
	}
	type conference struct {
		Acronym   string `json:"acronym"`
		Title     string `json:"title"`
		Start     string `json:"start"`
		End       string `json:"end"`
		DaysCount int    `json:"daysCount"`
		Timeslot  string `json:"timeslot_duration"`
		Zone      string `json:"time_zone_name,omitempty"`
		URL       string `json:"url,omitempty"`
		Rooms     []room `json:"rooms"`
	}
	c := conference{
		Acronym: fp.Acronym, Title: fp.Title, Start: fp.Start, End: fp.End, DaysCount: len(fp.Days),
		Timeslot: fp.Timeslot, Zone: fp.Zone, Rooms: []room{},
	}
	if u := b.urls.abs(sc.URL); isAbsolute(u) {
		c.URL = u
	}
	for _, r := range fp.Rooms {
		c.Rooms = append(c.Rooms, room{Name: r, GUID: uuid5(b.urls.abs(sc.URL) + "#room-" + r)})
	}
	j := jsonWriter{buf: buf, enc: json.NewEncoder(buf)}
	buf.WriteString(`{"$schema":`)
	j.value(frabSchemaURL)
	buf.WriteString(`,"schedule":{"version":`)
	j.value(fp.Version)
	buf.WriteString(`,"base_url":`)
	j.value(fp.BaseURL)
	buf.WriteString(`,"conference":`)
	j.open(c)
	buf.WriteString(`,"days":[`)
	for i, d := range fp.Days {
		if i > 0 {
			buf.WriteByte(',')
		}
		j.open(day{Index: d.Index, Date: d.Date, DayStart: d.DayStart, DayEnd: d.DayEnd})
		buf.WriteString(`,"rooms":{`)
		for k, r := range d.Rooms {
			if k > 0 {
				buf.WriteByte(',')
			}
			j.value(r.Name)
			buf.WriteString(":[")
			for i, s := range r.Talks {
				if i > 0 {
					buf.WriteByte(',')
				}
				j.value(b.frabTalk(s, r.Name, fp.Acronym))
			}
			buf.WriteByte(']')
		}
		buf.WriteString("}}")
	}
	// Compact, not indented: a large event's programme is megabytes, and
	// indenting it costs a second pass and copy that the minifier would
	// undo.
	buf.WriteString("]}}}\n")
}

// jsonWriter writes JSON values into buf one at a time, so that a
// document can be assembled from them.
type jsonWriter struct {
	buf *bytes.Buffer
	enc *json.Encoder
}

// value writes v as JSON. v holds only strings, numbers, booleans and
// slices and structs of them, which always encode.
func (j jsonWriter) value(v any) {
	if err := j.enc.Encode(v); err != nil {
		panic(err)
	}
	j.buf.Truncate(j.buf.Len() - 1) // Encode ends each value with a newline
}

// open writes the struct v as a JSON object left open, without its
// closing brace, for the caller to add members after v's and close it.
func (j jsonWriter) open(v any) {
	j.value(v)
	j.buf.Truncate(j.buf.Len() - 1)
}

// acronym is the event's slug in the characters frab allows
// ([a-z0-9_-]), or "schedule".
func acronym(sc *site.Schedule) string {
	slug := ""
	if sc.Event != nil {
		slug = sc.Event.Slug
	}
	return cmp.Or(asciiSlug(slug), "schedule")
}

// asciiSlug keeps the ASCII letters, digits, "-" and "_" of a slug.
func asciiSlug(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return -1
	}, strings.ToLower(s))
}

// zoneName is the schedule's IANA zone name, or "" for a zone without one
// and for a site that names none (config.Floating), which is not UTC. Its
// floating times keep their offset (Z) in the export all the same: the
// frab formats require one, and an app cannot read a date without it.
func zoneName(loc *time.Location) string {
	if loc == nil || loc == config.Floating {
		return ""
	}
	name := loc.String()
	if name == "UTC" || strings.Contains(name, "/") {
		return name
	}
	return ""
}

// timeslot is the largest step, at least 5 minutes and at most an hour,
// that every start and duration of the schedule is a multiple of, as
// "HH:MM".
func timeslot(sc *site.Schedule) string {
	g := 60
	for _, d := range sc.Days {
		for _, sl := range d.Slots {
			g = gcd(g, sl.Start.Hour()*60+sl.Start.Minute())
			if !sl.End.IsZero() {
				g = gcd(g, int(sl.End.Sub(sl.Start)/time.Minute))
			}
		}
	}
	return hhmm(time.Duration(max(g, 5)) * time.Minute)
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// hhmm formats a duration as "01:30".
func hhmm(d time.Duration) string {
	m := int(d / time.Minute)
	return fmt.Sprintf("%02d:%02d", m/60, m%60)
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func venue(sc *site.Schedule) string {
	if sc.Event == nil {
		return ""
	}
	return sc.Event.Venue
}

func roomIndex(rooms []string, r string) int {
	if i := slices.Index(rooms, r); i >= 0 {
		return i
	}
	return len(rooms)
}

// talkID is a positive 31-bit number derived from a talk's URL, so that it
// stays the same from one build to the next.
func talkID(link string) int {
	h := sha1.Sum([]byte(link))
	return int(binary.BigEndian.Uint32(h[:4])&0x7fffffff) | 1
}

// urlNamespace is the UUID namespace for URLs (RFC 9562, appendix A).
var urlNamespace = [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// uuid5 returns the name-based UUID (version 5, SHA-1) of name in the URL
// namespace, the form frab and pretalx use for GUIDs.
func uuid5(name string) string {
	h := sha1.New()
	h.Write(urlNamespace[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}
