package site

import (
	"strings"
	"testing"
)

// TestUndatedOrder: talks with no day are ordered by the time of day
// each writes alone, those with none after them by file, never by
// title, in the site's talks and in its schedule's unscheduled talks.
func TestUndatedOrder(t *testing.T) {
	s, _ := siteOf(t, map[string]string{
		"content/talks/00-dated.md":  talk("title: Dated", "date: 2024-05-01 10:00"),
		"content/talks/01-zeta.md":   talk("title: Zeta"),
		"content/talks/02-late.md":   talk("title: Late", "time: 11:00AM"),
		"content/talks/03-early.md":  talk("title: Early", "time: 9:15AM"),
		"content/talks/04-alpha.md":  talk("title: Alpha"),
		"content/talks/05-coffee.md": talk("title: Coffee", "time: 10.30AM"),
	})
	var talks []string
	for _, p := range s.Talks {
		talks = append(talks, p.Doc.Title)
	}
	if got, want := strings.Join(talks, ", "), "Dated, Early, Coffee, Late, Zeta, Alpha"; got != want {
		t.Errorf("talks: %s, want %s", got, want)
	}
	if s.Schedule == nil {
		t.Fatal("no schedule")
	}
	var unscheduled []string
	for _, p := range s.Schedule.Unscheduled {
		unscheduled = append(unscheduled, p.Doc.Title)
	}
	if got, want := strings.Join(unscheduled, ", "), "Early, Coffee, Late, Zeta, Alpha"; got != want {
		t.Errorf("unscheduled: %s, want %s", got, want)
	}
}
