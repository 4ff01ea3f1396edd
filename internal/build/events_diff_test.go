package build

import (
	"context"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestDifferentialEvents edits the event pages of a programme — their
// dates, rooms, time zone, name and venue — among edits of its talks'
// times and of what pages show, on a site whose talks find their events
// by slug or by name, dated with an offset or without one: the edits
// made in place (an event renamed, its dates, rooms or zone: Patch and
// Reevent) and those left to a build, each compared with a fresh build.
// -diff.edits and -diff.seed set it as they set the randomized test.
func TestDifferentialEvents(t *testing.T) {
	seed, edits := diffRun(100)
	d, s := startDiffSite(t, rand.NewPCG(seed, 3), "title = \"Events\"\nbase_url = \"https://example.org/\"\ntimezone = \"Europe/Lisbon\"\n",
		"talk", "talk", "talk", "talk", "talk", "talk", "note", "note", "speaker")
	var events, first []string
	for _, name := range slices.Sorted(maps.Keys(d.files)) {
		if d.files[name].kind == "event" {
			// The first event is found by its slug too.
			d.files[name].set("slug", "conf")
			d.write(name)
			events = append(events, name)
			first = append(first, name)
		}
	}
	summit, f := d.newFile("event")
	f.set("name", "Summit")
	f.set("slug", "summit")
	f.set("start", "2026-06-12 09:00")
	f.set("end", "2026-06-12 18:00")
	f.set("timezone", "Europe/Berlin")
	d.write(summit)
	events = append(events, summit)
	first = append(first, summit)
	for _, name := range slices.Sorted(maps.Keys(d.files)) {
		f := d.files[name]
		if f.kind != "talk" && f.kind != "note" {
			continue
		}
		f.set("event", pick(d.r, []string{"conf", "Conf", "summit", "Summit"}))
		if f.kind == "talk" && d.r.IntN(2) == 0 {
			// Dated with an offset: shown in its event's zone, never
			// moved by it.
			f.set("date", strings.Replace(diffDate(d.r), " ", "T", 1)+":00+02:00")
		}
		d.write(name)
		first = append(first, name)
	}
	if _, diags := s.Rebuild(context.Background(), first); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	runDiffEdits(t, d, s, seed, edits, func() (string, []string) {
		switch n := d.r.IntN(8); {
		case n < 4:
			return d.eventEdit(events)
		case n < 6:
			return d.timeEdit()
		case n < 7:
			return d.showEdit()
		}
		return d.bodyEdit()
	})
}

// eventEdit gives one of the event pages events another start, end,
// rooms, time zone, name or venue, or takes one away.
func (d *diffSite) eventEdit(events []string) (string, []string) {
	name := pick(d.r, events)
	f := d.files[name]
	field := pick(d.r, []string{"start", "end", "rooms", "timezone", "timezone", "name", "name", "venue"})
	var v string
	switch field {
	case "start":
		v = pick(d.r, []string{"2026-06-10 09:00", "2026-06-11 09:00", "2026-06-12 09:00"})
	case "end":
		v = pick(d.r, []string{"2026-06-12 18:00", "2026-06-13 18:00"})
	case "timezone":
		v = pick(d.r, []string{"Europe/Lisbon", "Europe/Berlin", "America/New_York", "UTC", "Asia/Tokyo"})
	case "name":
		// As talks call their events, or not.
		v = pick(d.r, []string{"Conf", "Summit", "Conf 2026", "Other Conf", "The Summit"})
	default:
		v = diffValue(d.r, "event", field)
	}
	if field != "name" && d.r.IntN(6) == 0 {
		f.unset(field)
		d.write(name)
		return "event " + name + " unset " + field, []string{name}
	}
	f.set(field, v)
	d.write(name)
	return "event " + name + " " + field + " " + v, []string{name}
}
