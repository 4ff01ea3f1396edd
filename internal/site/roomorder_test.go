package site

import (
	"strings"
	"testing"
)

// TestScheduleRoomOrder: rooms no event lists are the grid's columns by
// the time each is first used, and rooms first used at one time, each
// named by its own talk page, by name in natural order, not in the
// order of the titles of their first talks; an event's rooms: list
// still comes first. (Rooms a data schedule names in order are covered
// by build.TestScheduleRoomOrderFromData.)
func TestScheduleRoomOrder(t *testing.T) {
	event := talk("name: Conf", "timezone: UTC")
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{
			name: "first use, then name",
			files: map[string]string{
				"content/events/conf.md": event,
				// Aardvark, in Hall B, sorts before Zebra, in Hall A,
				// at the same time.
				"content/talks/aardvark.md": talk("title: Aardvark", "event: conf", "date: 2026-06-11 10:00", "duration: 30m", "room: Hall B"),
				"content/talks/zebra.md":    talk("title: Zebra", "event: conf", "date: 2026-06-11 10:00", "duration: 30m", "room: Hall A"),
				// The garden's talk is the day's first.
				"content/talks/early.md": talk("title: Early", "event: conf", "date: 2026-06-11 09:00", "duration: 30m", "room: Garden"),
			},
			want: "Garden, Hall A, Hall B",
		},
		{
			name: "numbers by value",
			files: map[string]string{
				"content/events/conf.md": event,
				"content/talks/a.md":     talk("title: A", "event: conf", "date: 2026-06-11 10:00", "duration: 30m", "room: Room 10"),
				"content/talks/b.md":     talk("title: B", "event: conf", "date: 2026-06-11 10:00", "duration: 30m", "room: room 2"),
				"content/talks/c.md":     talk("title: C", "event: conf", "date: 2026-06-11 10:00", "duration: 30m", "room: Room 1"),
			},
			want: "Room 1, room 2, Room 10",
		},
		{
			name: "listed rooms first",
			files: map[string]string{
				"content/events/conf.md":    talk("name: Conf", "timezone: UTC", "rooms: [Hall B]"),
				"content/talks/aardvark.md": talk("title: Aardvark", "event: conf", "date: 2026-06-11 10:00", "duration: 30m", "room: Hall B"),
				"content/talks/zebra.md":    talk("title: Zebra", "event: conf", "date: 2026-06-11 10:00", "duration: 30m", "room: Hall A"),
				"content/talks/young.md":    talk("title: Young", "event: conf", "date: 2026-06-11 10:00", "duration: 30m", "room: Garden"),
			},
			want: "Hall B, Garden, Hall A",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags := siteOf(t, tt.files)
			if len(diags) > 0 {
				t.Fatalf("unexpected diagnostics:\n%s", strings.Join(diags, "\n"))
			}
			sc := s.Events[0].Schedule
			if got := strings.Join(sc.Rooms, ", "); got != tt.want {
				t.Errorf("schedule rooms = %s, want %s", got, tt.want)
			}
			if got := strings.Join(sc.Days[0].Rooms, ", "); got != tt.want {
				t.Errorf("day's columns = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestNaturalCompare(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"Room 2", "Room 10", -1},
		{"room 2", "Room 10", -1},
		{"Room 02", "Room 2", -1},
		{"Hall", "Hall A", -1},
		{"Hall a", "Hall B", -1},
		{"Hall A", "Hall A", 0},
		{"Hall A", "Hall a", -1},
	} {
		if got := naturalCompare(tt.a, tt.b); got != tt.want {
			t.Errorf("naturalCompare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := naturalCompare(tt.b, tt.a); got != -tt.want {
			t.Errorf("naturalCompare(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}
