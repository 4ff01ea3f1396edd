package site

import (
	"testing"
)

// TestPlacelessLocations: a talk's "location" is where it was given
// (Venue) on a site where no day holds two talks, as a speaker's archive
// lists them (data/talks.yaml: title, date, location: Atlanta, Georgia),
// and a room wherever a day holds two, as a conference's programme sets
// its talks beside each other; a "room" stays a room everywhere, and a
// site that dates fewer than two talks keeps its rooms.
func TestPlacelessLocations(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string // talk a's Room|Venue
	}{
		{"an archive of talks years apart", map[string]string{
			"content/talks/a.md": talk("title: A", "date: 2019-04-02", "location: Atlanta, Georgia"),
			"content/talks/b.md": talk("title: B", "date: 2021-10-12", "location: Berlin, Germany"),
		}, "|Atlanta, Georgia"},
		{"an archive at times of day", map[string]string{
			"content/talks/a.md": talk("title: A", "date: 2019-04-02T19:00:00Z", "location: Online"),
			"content/talks/b.md": talk("title: B", "date: 2021-10-12T10:00:00Z", "location: Berlin, Germany"),
		}, "|Online"},
		{"a conference's day of two talks", map[string]string{
			"content/talks/a.md": talk("title: A", "date: 2019-04-02T10:00:00Z", "location: Room 101"),
			"content/talks/b.md": talk("title: B", "date: 2019-04-02T10:00:00Z", "location: Main Hall"),
			"content/talks/c.md": talk("title: C", "date: 2019-04-03T10:00:00Z", "location: Main Hall"),
		}, "Room 101|"},
		{"a room written as room", map[string]string{
			"content/talks/a.md": talk("title: A", "date: 2019-04-02", "room: Room 101"),
			"content/talks/b.md": talk("title: B", "date: 2021-10-12", "room: Main Hall"),
		}, "Room 101|"},
		{"one dated talk", map[string]string{
			"content/talks/a.md": talk("title: A", "date: 2019-04-02", "location: Room 101"),
			"content/talks/b.md": talk("title: B", "location: Main Hall"),
		}, "Room 101|"},
		{"undated talks", map[string]string{
			"content/talks/a.md": talk("title: A", "location: Room 101"),
			"content/talks/b.md": talk("title: B", "location: Main Hall"),
		}, "Room 101|"},
		{"dated by the month", map[string]string{
			"content/talks/a.md": talk("title: A", "date: 2019-04", "location: Room 101"),
			"content/talks/b.md": talk("title: B", "date: 2019-05", "location: Main Hall"),
		}, "Room 101|"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := siteOf(t, tc.files)
			for _, p := range s.Pages {
				if p.Doc.File != "content/talks/a.md" {
					continue
				}
				if got := p.Doc.Room + "|" + p.Doc.Venue; got != tc.want {
					t.Errorf("room|venue = %q, want %q", got, tc.want)
				}
				return
			}
			t.Fatal("no talk a")
		})
	}
}

// TestPlacelessSchedule: an archive's talks of no event, whose locations
// are where they were given, lay out no rooms on their schedule.
func TestPlacelessSchedule(t *testing.T) {
	s, _ := siteOf(t, map[string]string{
		"content/talks/a.md": talk("title: A", "date: 2019-04-02T19:00:00Z", "location: Atlanta, Georgia"),
		"content/talks/b.md": talk("title: B", "date: 2021-10-12T19:00:00Z", "location: Berlin, Germany"),
	})
	if s.Schedule == nil {
		t.Fatal("no schedule")
	}
	if len(s.Schedule.Rooms) != 0 {
		t.Errorf("rooms %q, want none", s.Schedule.Rooms)
	}
}
