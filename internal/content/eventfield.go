package content

import (
	"slices"
	"strings"
)

// A talk names the event it was given at as text ("event: JSConf EU"),
// or as a mapping describing the event: a Hugo theme's talk writes
// event: {organizerName: …, eventUrl: …, location: …}, an academic's
// list of talks conference: {name, place, url, start, end} or seminar:
// {name, institute, university, place}.

// eventNameKeys, eventURLKeys and eventPlaceKeys are the keys of an
// event's mapping holding its name, its web site and where it was, each
// list in order of preference (snake_case: organizer_name answers to
// organizerName, see node.get).
var (
	eventNameKeys  = []string{"name", "title", "event_name", "conference_name", "organizer_name", "label"}
	eventURLKeys   = []string{"url", "event_url", "conference_url", "link", "website", "homepage", "href", "organizer_url"}
	eventPlaceKeys = []string{"place", "location", "city", "venue", "address"}
)

// event reads the event a page names, from "event" or "conference"
// (text or a mapping), or a "seminar" mapping. A mapping with a name is
// the event: its name is the page's event, and on a talk its place is
// the event's place (Venue, unless the page writes its own) and its web
// site a link named Event. A mapping with neither a name nor a date is
// a warning, as any field that should be text; one with a date and no
// name only says when (eventWhen, read with the dates).
func (f *fields) event() {
	for _, key := range []string{"event", "conference", "seminar"} {
		i, ok := f.index[key]
		if !ok || f.used[i] || f.root.keys[i].val.isNull() {
			continue
		}
		if e := f.root.keys[i]; e.val.kind == mapNode && (f.eventRef(e) || f.eventMap(e)) {
			f.used[i] = true
			return
		}
		if f.used[i] {
			return // a mapping saying when, read by eventWhen
		}
		if key != "seminar" {
			break // text, or a mapping without a name: read as text
		}
	}
	f.setText(&f.doc.Event, "event", "event", "conference")
	if f.doc.Event == "" && f.doc.Kind == KindTalk {
		f.setText(&f.doc.Event, "event", talkEventKeys...)
	}
	if f.doc.Event == "" && f.hostInstitution() {
		f.setText(&f.doc.Event, "event", "institution")
	}
}

// hostInstitution reports whether a talk's "institution" is the host it
// was given at, its event, as an academic's list of their own talks
// writes it ({title, institution: ETHPrague 2026, year: May 2026}).
// Only on a talk that names no event and no speakers: beside a speaker,
// as a conference's list of talks writes it, the institution is the
// speaker's affiliation, and stays in Params.
func (f *fields) hostInstitution() bool {
	return f.doc.Kind == KindTalk && f.has("institution") && !f.namesEvent() && !f.has(speakerKeys...)
}

// talkEventKeys name, on a talk only, the event it was given at, beside
// "event" and "conference": a speaker's archive writes the event's name,
// place and site at the top ("event_name: ChefConf 2017", "event_location:
// Austin, TX", "event_url: …"), as an event mapping holds them.
var talkEventKeys = []string{"event_name", "conference_name"}

// namesEvent reports whether a talk names the event it was given at.
func (f *fields) namesEvent() bool {
	return f.has("event", "conference") || f.has(talkEventKeys...)
}

// talkPlace reads where a talk happens: the room of a conference's
// programme, or, on a talk given at an event it names, where that event
// was (Venue). "where" ("where: PyCon UK 2018", as a speaker's Jekyll
// talks write it for "@ {{ talk.where }}") answers "at what": it is the
// talk's event when the talk names none, and where the named event was
// otherwise; never a room.
func (f *fields) talkPlace() {
	f.venueMap()
	addr := f.addressMap()
	named := f.namesEvent()
	if !named && f.has("where") {
		f.setText(&f.doc.Event, "event", "where")
		named = true
	}
	if f.has("venue") && f.has("location") && !named {
		// A talk archive's talk (academicpages: venue "UC San
		// Francisco", location "San Francisco, California"): the
		// venue is where it was given, its event, and the location
		// where that event was, as below.
		f.setText(&f.doc.Event, "event", "venue")
		named = true
	}
	if (named || addr != "" || f.hostInstitution()) && !f.has("room") {
		// A talk given at an event it names ("event: JSConf EU",
		// "location: Berlin, Germany"), as a speaker's archive lists
		// them: the location is where the event was, not a room of it.
		// "place" too, as speakers' and research groups' lists of
		// presentations write it beside the event ("place: Phoenix,
		// AZ"): only there, as a talk's place naming no event may be
		// its room.
		f.setText(&f.doc.Venue, "venue", "event_location", "location", "where", "venue", "place")
	}
	// "event_location" is where the talk's event was, and "where" left
	// over beside a named event too, whatever else the talk writes.
	if f.doc.Venue == "" {
		f.setText(&f.doc.Venue, "venue", "event_location", "where")
	}
	f.addAddress(addr)
	if s, e, ok := f.text("room", "room", "location", "venue"); ok {
		f.doc.Room = s
		f.doc.RoomIsLocation = f.isKey(e, "location")
	}
	if isPlenaryRoom(f.doc.Room) {
		// "room: full" is every room, not a room called "full": the
		// talk is plenary, and cannot clash with another in a room.
		f.doc.Room, f.doc.AllRooms, f.doc.RoomIsLocation = "", true, false
	}
}

// eventMap reads an event written as a mapping, and reports whether it
// had a name.
func (f *fields) eventMap(e entry) bool {
	name := mapText(e.val, eventNameKeys...)
	if name == "" {
		return false
	}
	f.doc.Event = name
	f.record("event", e)
	if f.doc.Kind != KindTalk {
		return true
	}
	if place := mapText(e.val, eventPlaceKeys...); place != "" && f.doc.Venue == "" {
		f.doc.Venue = place
	}
	if u := f.mapLink(e.val, eventURLKeys...); u != "" && !f.hasLink(u) {
		f.doc.Links = append(f.doc.Links, Link{Name: "Event", URL: u})
	}
	return true
}

// eventRef reads an event written as a reference to an entry of a
// collection, as Astro's reference() stores it: {collection: meetups,
// id: night} (or slug: night, as the content config of Astro 2–4 and
// sites' own schemas write it). The entry's id is the page's event, to
// be matched against that collection's event pages (the site's
// eventOfRef); it reports whether e was such a reference.
func (f *fields) eventRef(e entry) bool {
	col := mapText(e.val, "collection")
	id := mapText(e.val, "id", "slug")
	if col == "" || id == "" || mapText(e.val, eventNameKeys...) != "" {
		return false
	}
	f.doc.Event, f.doc.EditExtra().EventCollection = id, col
	f.record("event", e)
	return true
}

// hasLink reports whether the page already links to u among its links.
func (f *fields) hasLink(u string) bool {
	for _, l := range f.doc.Links {
		if l.URL == u {
			return true
		}
	}
	return false
}

// venueMap reads a venue written as a mapping, as meetup sites describe
// where they meet (venue: {name: DevMynd Studios, address: 2035 W.
// Wabansia Ave, directions_link: …}): its name and its address, joined,
// are the place (Venue), never a room. A mapping naming no place is left
// to the room's reading, which warns.
func (f *fields) venueMap() {
	i, ok := f.index["venue"]
	if !ok || f.used[i] || f.root.keys[i].val.kind != mapNode {
		return
	}
	e := f.root.keys[i]
	var parts []string
	for _, keys := range [][]string{{"name", "title", "label"}, {"address", "location", "place", "city"}} {
		if s := mapText(e.val, keys...); s != "" && !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return // no place said: the room's reading warns
	}
	f.used[i] = true
	f.record("venue", e)
	f.doc.Venue = strings.Join(parts, ", ")
}

// addressMap reads Hugo Academic's address of a talk, a mapping
// {street, city, region, postcode, country} written beside its location
// (the place's name), as its templates show it below the location: the
// parts written, joined as an address ("12 Delta Road, Rivertown,
// Riverland 90210, Freedonia"), "" when it names none (the archetype's
// empty strings), which leaves it in Params. A talk with an address is
// given at a place, so its location is that place, not a room.
func (f *fields) addressMap() string {
	i, ok := f.index["address"]
	if !ok || f.used[i] || f.root.keys[i].val.kind != mapNode {
		return ""
	}
	e := f.root.keys[i]
	region := strings.TrimSpace(mapText(e.val, "region", "state") + " " + mapText(e.val, "postcode", "postal_code", "zip"))
	var parts []string
	for _, s := range []string{mapText(e.val, "street"), mapText(e.val, "city"), region, mapText(e.val, "country")} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	f.used[i] = true
	f.record("address", e)
	return strings.Join(parts, ", ")
}

// venueAddressKeys are the fields in which an event's page writes its
// place's address as text beside the place's name, as meetup sites do
// (venue: Pier Seven Offices, venueAddress: 7 Pier Road), in order.
var venueAddressKeys = []string{"venue_address", "location_address", "address"}

// addressText adds the first address an event's page writes as text
// (venueAddressKeys) to its place, after the place's name: the page
// says "Pier Seven Offices, 7 Pier Road", as the site's own event card
// shows both. An address alone is the place. An address written as a
// mapping is addressMap's.
func (f *fields) addressText() {
	for _, k := range venueAddressKeys {
		i, ok := f.index[k]
		if !ok || f.used[i] || f.root.keys[i].val.kind != scalarNode {
			continue
		}
		if s, _, ok := f.text("address", k); ok {
			f.addAddress(s)
			return
		}
	}
}

// withAddress adds Academic's address (addressMap) to the place.
func (f *fields) withAddress() { f.addAddress(f.addressMap()) }

// addAddress adds addr to the place (Venue) after its name.
func (f *fields) addAddress(addr string) {
	if addr != "" && !strings.Contains(f.doc.Venue, addr) {
		f.doc.Venue = strings.TrimPrefix(f.doc.Venue+", "+addr, ", ")
	}
}

// eventWhen reads an event mapping that names no event and says when it
// is, as meetup posts write event: {date: June 8, 2015, time: 6:30 PM}:
// its date, completed by its time of day, is the start of a talk or an
// event, before the page's own date (which stays in Params), and the
// date of any other page that has none, from its front matter or its
// file name (a post's file name dates the post, as Jekyll dates it). It
// reports whether it set the date.
func (f *fields) eventWhen() bool {
	i, ok := f.index["event"]
	if !ok || f.used[i] {
		return false
	}
	e := f.root.keys[i]
	if e.val.kind != mapNode || mapText(e.val, eventNameKeys...) != "" {
		return false
	}
	var de entry
	for _, k := range []string{"date", "day", "start", "start_date"} {
		if v := e.val.get(k); v != nil && v.kind == scalarNode && !v.isNull() {
			de = entry{key: e.key + "." + k, pos: v.pos, val: v}
			break
		}
	}
	if de.val == nil {
		return false
	}
	f.used[i] = true // said when: no warning, even when the date is not one
	if !f.timed() && !f.doc.Date.IsZero() {
		return false
	}
	d, ok := f.date(de, true)
	if !ok {
		return false
	}
	f.setDate(e, d)
	if tv := e.val.get("time"); tv != nil && tv.kind == scalarNode && !d.precision.Partial() && d.t.Hour() == 0 && d.t.Minute() == 0 {
		if c, ok := clockOf(tv.text); ok {
			f.doc.Date = c.on(d.t)
		}
	}
	return true
}

// rooms reads an event's rooms: names, or mappings with a name.
func (f *fields) rooms() {
	e, ok := f.lookup("rooms")
	if !ok {
		return
	}
	f.record("rooms", e)
	if e.val.kind == listNode {
		var names []string
		for _, it := range e.val.items {
			if it.kind == mapNode {
				if n := it.get("name"); n != nil && n.kind == scalarNode {
					names = append(names, n.text)
					continue
				}
				f.warnf(it.pos, "each room should be a name or have a \"name\"; this one is ignored")
				continue
			}
			if it.kind == scalarNode {
				names = append(names, it.text)
			}
		}
		f.doc.EditExtra().Rooms = dedupeWords(nil, names)
		return
	}
	f.doc.EditExtra().Rooms = f.words(e, "a room name")
}
