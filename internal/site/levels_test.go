package site

import (
	"strings"
	"testing"
)

func TestScheduleLevelOrder(t *testing.T) {
	tests := []struct {
		name   string
		levels []string
		want   string
	}{
		{"natural order, all levels last", []string{"All", "Advanced", "Beginner", "Intermediate"}, "Beginner, Intermediate, Advanced, All"},
		{"unknown levels between the known and everyone", []string{"Everyone", "Wizard", "Expert", "Intro", "Apprentice"}, "Intro, Expert, Apprentice, Wizard, Everyone"},
		{"all levels written out", []string{"All levels", "Beginner"}, "Beginner, All levels"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{}
			for i, l := range tc.levels {
				files["content/talks/t"+string(rune('a'+i))+".md"] = talk("title: T", "date: 2026-06-11 09:00", "level: "+l)
			}
			s, _ := siteOf(t, files)
			var got []string
			for _, l := range s.Schedule.Levels {
				got = append(got, l.Name)
			}
			if strings.Join(got, ", ") != tc.want {
				t.Errorf("levels = %s, want %s", strings.Join(got, ", "), tc.want)
			}
		})
	}
}

func TestIsAllLevels(t *testing.T) {
	for _, tc := range []struct {
		term Term
		want bool
	}{
		{Term{Name: "All", Slug: "all"}, true},
		{Term{Name: "All levels", Slug: "all-levels"}, true},
		{Term{Name: "Everyone"}, true},
		{Term{Name: "Allround", Slug: "allround"}, false},
		{Term{Name: "Beginner", Slug: "beginner"}, false},
	} {
		if got := IsAllLevels(&tc.term); got != tc.want {
			t.Errorf("IsAllLevels(%q) = %v, want %v", tc.term.Name, got, tc.want)
		}
	}
	if IsAllLevels(nil) {
		t.Error("IsAllLevels(nil) = true")
	}
}

func TestScheduleGapRows(t *testing.T) {
	s, _ := siteOf(t, map[string]string{
		"content/talks/a.md": talk("title: A", "date: 2026-06-11 09:00", "end: 2026-06-11 10:00", "room: R1"),
		"content/talks/b.md": talk("title: B", "date: 2026-06-11 09:30", "end: 2026-06-11 10:00", "room: R2"),
		"content/talks/c.md": talk("title: C", "date: 2026-06-11 11:00", "end: 2026-06-11 11:30", "room: R1"),
	})
	var got []string
	for _, r := range s.Schedule.Days[0].Rows {
		mark := ""
		if r.Gap {
			mark = " gap"
		}
		got = append(got, r.Start.Format("15:04")+mark)
	}
	if want := "09:00, 09:30, 10:00 gap, 11:00"; strings.Join(got, ", ") != want {
		t.Errorf("rows = %s, want %s", strings.Join(got, ", "), want)
	}
}
