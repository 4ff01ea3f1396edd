package content

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
	eventURLKeys   = []string{"url", "event_url", "link", "website", "homepage", "href", "organizer_url"}
	eventPlaceKeys = []string{"place", "location", "city", "venue", "address"}
)

// event reads the event a page names, from "event" or "conference"
// (text or a mapping), or a "seminar" mapping. A mapping with a name is
// the event: its name is the page's event, and on a talk its place is
// the event's place (Venue, unless the page writes its own) and its web
// site a link named Event. A mapping without a name is a warning, as
// any field that should be text.
func (f *fields) event() {
	for _, key := range []string{"event", "conference", "seminar"} {
		i, ok := f.index[key]
		if !ok || f.used[i] || f.root.keys[i].val.isNull() {
			continue
		}
		if e := f.root.keys[i]; e.val.kind == mapNode && f.eventMap(e) {
			f.used[i] = true
			return
		}
		if key != "seminar" {
			break // text, or a mapping without a name: read as text
		}
	}
	f.setText(&f.doc.Event, "event", "event", "conference")
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

// hasLink reports whether the page already links to u among its links.
func (f *fields) hasLink(u string) bool {
	for _, l := range f.doc.Links {
		if l.URL == u {
			return true
		}
	}
	return false
}
