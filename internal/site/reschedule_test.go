package site

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestFirstAndLastTalkOfAnEvent adds the first talk of an event with a
// page of its own and removes the last, in place, and compares the
// model (the events' talks and schedules, the site's schedule, the
// lists, the programme) and its diagnostics with a build of the files:
// the event's schedule is made or let go, and the site's picked again,
// the newest dated event's with talks, else the talks of no event's,
// else none. A talk of an event dated by its talks is added or removed
// in place when the event keeps its dates and name (keepsEvent), and
// refused otherwise. Undo must put the model back.
func TestFirstAndLastTalkOfAnEvent(t *testing.T) {
	event := func(name, day string) string {
		return "---\nkind: event\nname: " + name + "\nstart: " + day + "\nend: " + day + "\n---\n"
	}
	talk := func(title, event, at string) string {
		return "---\ntitle: " + title + "\nevent: " + event + "\ndate: " + at + "\nroom: Hall\nspeakers: [Ada]\ntags: [Go]\n---\n" + title + ".\n"
	}
	site := map[string]string{
		"content/events/early.md":  event("Early", "2024-01-10"),
		"content/events/spring.md": event("Spring", "2024-03-01"),
		"content/events/autumn.md": event("Autumn", "2024-10-01"),
		"content/events/winter.md": event("Winter", "2024-12-01"),
		"content/talks/a.md":       talk("Spring talk", "Spring", "2024-03-01T10:00:00Z"),
		"content/talks/b.md":       talk("Autumn talk", "Autumn", "2024-10-01T10:00:00Z"),
	}
	// One event with talks, one without, and talks of no event (which
	// join a site's only event).
	loose := map[string]string{
		"content/events/spring.md": event("Spring", "2024-03-01"),
		"content/events/autumn.md": event("Autumn", "2024-10-01"),
		"content/talks/b.md":       talk("Autumn talk", "Autumn", "2024-10-01T10:00:00Z"),
		"content/talks/x.md":       "---\ntitle: Loose talk\ndate: 2024-05-01T10:00:00Z\nspeakers: [Ada]\n---\nLoose.\n",
	}
	// One event, one talk.
	alone := map[string]string{
		"content/events/autumn.md": event("Autumn", "2024-10-01"),
		"content/talks/b.md":       talk("Autumn talk", "Autumn", "2024-10-01T10:00:00Z"),
		"content/notes/n.md":       "---\ntitle: A note\ndate: 2024-06-01\n---\nNoted.\n",
	}
	// Events dated by their talks: Meetup, which no page declares,
	// named by m1, first in file order, from 10:00 (m2) to 13:00 (m3);
	// Dateless, whose page sets no dates.
	meetup := func(file, name, at, end string) (string, string) {
		text := "---\ntitle: " + file + "\nevent: " + name + "\ndate: " + at + "\n"
		if end != "" {
			text += "end: " + end + "\n"
		}
		return "content/talks/" + file + ".md", text + "speakers: [Ada]\n---\nMet.\n"
	}
	// talks adds to files a talk of each row: file, event, date, end.
	talks := func(files map[string]string, rows [][4]string) map[string]string {
		for _, m := range rows {
			file, text := meetup(m[0], m[1], m[2], m[3])
			files[file] = strings.Replace(text, "event: \n", "", 1)
		}
		return files
	}
	derived := talks(map[string]string{"content/events/dateless.md": "---\nkind: event\nname: Dateless\n---\n"}, [][4]string{
		{"m1", "Meetup 2024", "2024-05-01T11:00:00Z", ""},
		{"m2", "meetup 2024", "2024-05-01T10:00:00Z", ""},
		{"m3", "Meetup 2024", "2024-05-01T12:00:00Z", "2024-05-01T13:00:00Z"},
		{"m4", "Meetup 2024", "2024-05-01T11:30:00Z", ""},
		{"n1", "Dateless", "2024-07-01T10:00:00Z", ""},
		{"n2", "Dateless", "2024-07-01T12:00:00Z", ""},
	})
	// Meetup made by m, a talk of no event after it (q) joining it as
	// the site's only event; z1 and z2 give its dates, z3 is within
	// them.
	joined := talks(map[string]string{}, [][4]string{
		{"m", "Meetup", "2024-05-01T11:00:00Z", ""},
		{"q", "", "2024-05-01T11:30:00Z", ""},
		{"z1", "Meetup", "2024-05-01T10:00:00Z", ""},
		{"z2", "Meetup", "2024-05-01T12:00:00Z", ""},
		{"z3", "Meetup", "2024-05-01T11:15:00Z", ""},
	})
	for _, tc := range []struct {
		name  string
		files map[string]string
		file  string
		text  string // "" removes file
		ok    bool
		// resched: the event's schedule is made or let go.
		resched bool
	}{
		{"the first talk of an earlier event", site, "content/talks/e.md", talk("Early talk", "Early", "2024-01-10T09:00:00Z"), true, true},
		{"the first talk of the newest event, whose schedule becomes the site's", site, "content/talks/w.md", talk("Winter talk", "Winter", "2024-12-01T09:00:00Z"), true, true},
		{"the first talk of an event, outside its dates", site, "content/talks/w.md", talk("Winter talk", "Winter", "2025-01-05T09:00:00Z"), true, true},
		{"the last talk of an earlier event", site, "content/talks/a.md", "", true, true},
		{"the last talk of the site's schedule, an earlier event's taking its place", site, "content/talks/b.md", "", true, true},
		{"the last talk of the only event with talks, the talks of no event taking its place", loose, "content/talks/b.md", "", true, true},
		{"the last talk of the site", alone, "content/talks/b.md", "", true, true},
		{"a talk within the dates of an event its talks date", derived, "content/talks/z.md", func() string { _, t := meetup("z", "Meetup 2024", "2024-05-01T11:15:00Z", ""); return t }(), true, false},
		{"a talk naming that event otherwise, after its first", derived, "content/talks/z.md", func() string { _, t := meetup("z", "MEETUP 2024", "2024-05-01T11:15:00Z", ""); return t }(), true, false},
		{"a talk naming it as it is named, first in file order (it would make the event)", derived, "content/talks/a.md", func() string { _, t := meetup("a", "Meetup 2024", "2024-05-01T11:15:00Z", ""); return t }(), false, false},
		{"a talk naming it otherwise, first in file order", derived, "content/talks/a.md", func() string { _, t := meetup("a", "meetup 2024", "2024-05-01T11:15:00Z", ""); return t }(), false, false},
		{"a talk after its last", derived, "content/talks/z.md", func() string { _, t := meetup("z", "Meetup 2024", "2024-05-02T10:00:00Z", ""); return t }(), false, false},
		{"a talk before its first", derived, "content/talks/z.md", func() string { _, t := meetup("z", "Meetup 2024", "2024-05-01T09:00:00Z", ""); return t }(), false, false},
		{"a talk of an event page without dates, first in file order", derived, "content/talks/a.md", func() string { _, t := meetup("a", "dateless", "2024-07-01T11:00:00Z", ""); return t }(), true, false},
		{"a talk within the dates its talks give, removed", derived, "content/talks/m4.md", "", true, false},
		{"the talk naming the event first, removed", derived, "content/talks/m1.md", "", false, false},
		{"the talk giving its start, removed", derived, "content/talks/m2.md", "", false, false},
		{"the talk giving its end, removed", derived, "content/talks/m3.md", "", false, false},
		{"the talk making the event a talk of no event joins, removed", joined, "content/talks/m.md", "", false, false},
		{"another talk of that event, removed", joined, "content/talks/z3.md", "", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := config.Default()
			md := markdown.New(markdown.Options{})
			docs := parseFiles(tc.files)
			memo := NewMemo()
			s, last := Build(context.Background(), cfg, content.Set{Docs: docs}, md, Options{Memo: memo})
			if last.HasErrors() {
				t.Fatal(last.Err())
			}
			orig := removedStructure(s)
			edited := maps.Clone(tc.files)
			var p Patch
			var ok bool
			if tc.text == "" {
				delete(edited, tc.file)
				p, ok = s.Remove(tc.file, md, memo, last)
			} else {
				edited[tc.file] = tc.text
				p, ok = s.Add(content.Parse(tc.file, []byte(tc.text), content.Options{}), md, memo, last)
			}
			if refused(t, "edit", ok, tc.ok, s, removedStructure, orig) {
				return
			}
			if p.Rescheduled != tc.resched {
				t.Errorf("Rescheduled = %v, want %v", p.Rescheduled, tc.resched)
			}
			want, wantDiags := Build(context.Background(), cfg, content.Set{Docs: parseFiles(edited)}, md, Options{})
			if got, wantMain := removedStructure(s), removedStructure(want); !slices.Equal(got[len(got)-1:], wantMain[len(wantMain)-1:]) || !strings.HasPrefix(got[len(got)-1], "main ") {
				t.Errorf("site's schedule:\n got %q\nwant %q", got[len(got)-1], wantMain[len(wantMain)-1])
			}
			sameAsBuild(t, s, want, removedStructure, p, last, wantDiags, orig)
		})
	}
}
