package exports

import (
	"cmp"
	"time"

	"lectern/internal/content"
)

// isPretalxWidget reports whether root is the data of pretalx's schedule
// widget (/<event>/schedule/widgets/schedule.json, the "v2" format sites
// save as widget/v2.json or schedule.json): one object holding the talks,
// and beside them the rooms, tracks and speakers the talks name by id or
// code. Its speakers have a pretalx code, which tells it from a site's
// own data file of talks, rooms and speakers.
func isPretalxWidget(root *jnode) bool {
	sp := root.get("speakers").items()
	return root.get("talks").is(jarray) && root.get("rooms").is(jarray) &&
		len(sp) > 0 && sp[0].has("code", "name")
}

// pretalxWidget reads the schedule widget's data: a speaker record for
// each speaker the export says more of than a name, and a talk for each
// talk, its speakers, room and track looked up by the code or id it
// names them with. A record without a code is a break, which pretalx
// places in the schedule but gives no page.
func (r *reader) pretalxWidget(root *jnode) {
	if tz := root.field("timezone"); tz != "" {
		if loc, err := time.LoadLocation(tz); err == nil {
			// Times carry their offset; the zone places one that does not.
			r.loc = loc
		}
	}
	names := func(key string) map[string]string {
		m := map[string]string{}
		for _, n := range root.get(key).items() {
			m[n.field("id")] = label(n)
		}
		return m
	}
	rooms, tracks := names("rooms"), names("tracks")
	people := map[string]content.Person{}
	for _, sp := range root.get("speakers").items() {
		pos := r.lines.pos(sp.off)
		p := person(sp.field("name"))
		if p.Name == "" {
			r.diags.Warnf(pos, "speaker %s of the pretalx schedule has no name; it is left out; give the speaker a name in pretalx", sp.field("code"))
			continue
		}
		people[sp.field("code")] = p
		bio, photo := sp.field("biography"), cmp.Or(sp.field("avatar"), sp.field("avatar_thumbnail_default"))
		if bio != "" || photo != "" {
			param(r.speakerDoc(p, bio, photo, pos), "id", sp.field("code"))
		}
	}
	for _, t := range root.get("talks").items() {
		pos := r.lines.pos(t.off)
		if t.kind != jobject {
			r.diags.Errorf(pos, "a talk of the pretalx schedule is %s, not an object; export it again", t.describe())
			continue
		}
		code := t.field("code")
		title := cmp.Or(t.field("title"), code)
		if title == "" {
			r.diags.Warnf(pos, "a talk of the pretalx schedule has neither title nor code; it is left out; give it a title in pretalx")
			continue
		}
		d := r.newDoc(content.KindTalk, "talks", title, title, pos)
		at(d, pos, "date", "end", "room", "track", "format", "speakers", "summary")
		param(d, "id", code)
		if code == "" {
			d.Format = "break"
		}
		d.Summary = t.field("abstract")
		d.Body = []byte(t.field("description"))
		d.Track, _ = named(tracks, t.get("track"))
		if room, ok := named(rooms, t.get("room")); ok {
			d.Room = room
		} else {
			d.Diags.Warnf(pos, "talk %q names room %s, which the schedule's rooms do not list; it is read without a room; export the schedule again", title, t.field("room"))
		}
		r.pretalxTime(d, t, t)
		for _, sp := range t.get("speakers").items() {
			p, ok := people[sp.text()]
			if sp.kind == jobject {
				p, ok = person(sp.field("name")), sp.field("name") != ""
			}
			if !ok {
				d.Diags.Warnf(pos, "talk %q names speaker %s, whom the schedule's speakers do not list; export the schedule again", title, sp.text())
				continue
			}
			d.Speakers = append(d.Speakers, p)
		}
	}
}

// named is the name of the record n names by id in byID, or n's own name
// when it names it by name; ok is false for an id byID does not hold.
func named(byID map[string]string, n *jnode) (name string, ok bool) {
	if n.is(jnumber) {
		name, ok = byID[n.text()]
		return name, ok
	}
	return label(n), true
}
