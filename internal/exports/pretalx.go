package exports

import (
	"cmp"
	"strconv"
	"strings"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// pretalxRecords returns the records of a pretalx API answer: the results
// of a page ({"count": …, "results": […]}) or a plain list.
func pretalxRecords(root *jnode) []*jnode {
	if root.kind == jarray {
		return root.items()
	}
	if isPretalxSchedule(root) {
		return root.get("slots").items()
	}
	return root.get("results").items()
}

// isPretalxSchedule reports whether root is a schedule of pretalx's API
// (/schedules/latest/?expand=slots.room,slots.submission): the version
// released, and its slots.
func isPretalxSchedule(root *jnode) bool {
	return root.is(jobject) && root.get("slots").is(jarray) && root.has("version")
}

// isPretalx reports whether root is a page of pretalx's talks,
// submissions, slots or speakers: its first record has a code and a title
// or name, or is a slot holding a submission.
func isPretalx(root *jnode) bool {
	recs := pretalxRecords(root)
	if len(recs) == 0 {
		return root.get("results").is(jarray) && root.get("count") != nil
	}
	r := recs[0]
	return r.has("code", "title") || r.has("code", "name") || r.has("submission", "start")
}

// unpublished are the states of a submission that is not on the
// programme; the API shows them to organisers only.
var unpublished = map[string]bool{"submitted": true, "rejected": true, "withdrawn": true, "canceled": true, "cancelled": true, "deleted": true, "draft": true}

// pretalx reads a page of pretalx's API: talks (/talks/, /submissions/,
// each with its slot or slots and its speakers), slots (/slots/, each
// holding its submission) or speakers (/speakers/).
func (r *reader) pretalx(root *jnode) {
	skipped := 0
	for _, rec := range pretalxRecords(root) {
		pos := r.lines.pos(rec.off)
		switch {
		case rec.kind != jobject:
			r.diags.Errorf(pos, "a record of the pretalx export is %s, not an object; export it again", rec.describe())
		case rec.get("submission").is(jobject):
			// A slot holding its talk.
			if !r.pretalxTalk(rec.get("submission"), rec, pos) {
				skipped++
			}
		case rec.has("submission") && rec.get("submission").kind == jnull:
			// A slot of no talk: a break, titled by its description.
			r.pretalxBreak(rec, pos)
		case rec.has("title"):
			slot := rec.get("slot")
			if slots := rec.get("slots").items(); slot == nil && len(slots) > 0 {
				slot = slots[0]
				if len(slots) > 1 {
					r.diags.Warnf(pos, "talk %q has %d slots; only the first is read, as a talk has one time", rec.field("title"), len(slots))
				}
			}
			if !r.pretalxTalk(rec, slot, pos) {
				skipped++
			}
		case rec.has("name"):
			p := person(rec.field("name"))
			if p.Name == "" {
				r.diags.Warnf(pos, "a speaker of the pretalx export has no name; it is left out")
				continue
			}
			d := r.speakerDoc(p, rec.field("biography"), cmp.Or(rec.field("avatar_url"), rec.field("avatar")), pos)
			param(d, "id", rec.field("code"))
		case rec.has("submission"):
			r.diags.Warnf(pos, "slot %s names its talk by code (%s) only; export the slots with ?expand=submission, or export /talks/, so that lectern knows the talk", rec.field("id"), rec.field("submission"))
		default:
			r.diags.Warnf(pos, "a record of the pretalx export has neither title nor name; it is left out")
		}
	}
	if skipped > 0 {
		r.diags.Warnf(r.lines.pos(0), "%d submissions of the export are not on the programme (state submitted, rejected, withdrawn or canceled) and are left out", skipped)
	}
}

// pretalxBreak makes the document of a schedule's slot that holds no
// talk (a lunch, a coffee break), which has a page in no schedule.
func (r *reader) pretalxBreak(slot *jnode, pos diag.Pos) {
	title := slot.field("description")
	if title == "" {
		// An empty slot is room kept free, not a programme entry.
		return
	}
	d := r.newDoc(content.KindTalk, "talks", title, title, pos)
	at(d, pos, "date", "end", "room", "format")
	d.Format = "break"
	if room := slot.get("room"); !room.is(jnumber) {
		d.Room = label(room)
	}
	r.pretalxTime(d, slot, slot)
}

// label is the text of a name pretalx writes as a string, a localized
// string, or an object with a name (a track, a room, a submission type).
func label(n *jnode) string {
	if name := n.get("name"); name != nil {
		return name.text()
	}
	return n.text()
}

// nameOf is label(n), but empty for a bare number: the id of a record
// the export does not hold.
func nameOf(n *jnode) string {
	if n.is(jnumber) {
		return ""
	}
	return label(n)
}

// pretalxTalk makes the document of talk t placed by slot (nil when not
// scheduled); it reports false for a submission not on the programme.
func (r *reader) pretalxTalk(t, slot *jnode, pos diag.Pos) bool {
	if unpublished[strings.ToLower(t.field("state"))] {
		return false
	}
	code := t.field("code")
	title := t.field("title")
	if title == "" {
		r.diags.Warnf(pos, "talk %s has no title; it is read with its code; give it a title in pretalx", code)
		title = code
	}
	d := r.newDoc(content.KindTalk, "talks", title, title, pos)
	at(d, pos, "date", "end", "room", "track", "format", "speakers", "summary", "slides", "video")
	param(d, "id", code)
	// pretalx's API names the type and track by id unless they are
	// expanded: an id is no name to show.
	d.Format = nameOf(t.get("submission_type"))
	d.Track = nameOf(t.get("track"))
	d.Summary = t.field("abstract")
	d.Body = []byte(t.field("description"))
	if slot.is(jobject) {
		if room := slot.get("room"); room.is(jnumber) {
			d.Diags.Warnf(pos, "talk %q names its room by id (%s) only; export with the rooms expanded (?expand=slots.room, or slot.room) so that lectern knows its name; it is read without a room", title, room.text())
		} else {
			d.Room = label(room)
		}
		r.pretalxTime(d, slot, t)
	}
	for _, sp := range t.get("speakers").items() {
		if sp.kind != jobject {
			// The speakers' export, beside this one, holds them by
			// code; the data stage joins the two.
			if code := sp.text(); code != "" {
				d.Speakers = append(d.Speakers, content.Person{Name: code, Slug: content.Slugify(code), Ref: true})
			}
			continue
		}
		p := person(sp.field("name"))
		if p.Name == "" {
			continue
		}
		d.Speakers = append(d.Speakers, p)
		bio, photo := sp.field("biography"), cmp.Or(sp.field("avatar_url"), sp.field("avatar"))
		if bio != "" || photo != "" {
			param(r.speakerDoc(p, bio, photo, pos), "id", sp.field("code"))
		}
	}
	for _, res := range t.get("resources").items() {
		addLink(d, res.field("description"), cmp.Or(res.field("resource"), res.field("link")))
	}
	return true
}

// pretalxTime reads a slot's start and end; without an end, the talk's
// duration in minutes gives it.
func (r *reader) pretalxTime(d *content.Document, slot, t *jnode) {
	s := slot.field("start")
	if s == "" {
		return
	}
	start, floating, ok := parseTime(s, r.loc)
	if !ok {
		d.Diags.Warnf(d.Pos("date"), "talk %q: start %q is not a date and time; the talk is read without a time; export it again", d.Title, s)
		return
	}
	d.Date, d.Floating = start, floating
	if e := slot.field("end"); e != "" {
		if end, _, ok := parseTime(e, start.Location()); ok && end.After(start) {
			d.End = end
			return
		}
		d.Diags.Warnf(d.Pos("end"), "talk %q: end %q is not a date and time after its start; the talk is read without an end", d.Title, e)
		return
	}
	if m, err := strconv.Atoi(t.field("duration")); err == nil && m > 0 && m < 100000 {
		d.End = start.Add(time.Duration(m) * time.Minute)
	}
}
