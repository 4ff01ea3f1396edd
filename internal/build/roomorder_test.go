package build

import (
	"context"
	"regexp"
	"strings"
	"testing"
)

// gridRoom finds a schedule grid's room headers (quoted or not, as the
// minifier leaves them).
var gridRoom = regexp.MustCompile(`class="?grid-room"?[^>]*>([^<]*)<`)

// gridRooms returns the room headers of a schedule page, joined.
func gridRooms(html string) string {
	var rooms []string
	for _, m := range gridRoom.FindAllStringSubmatch(html, -1) {
		rooms = append(rooms, m[1])
	}
	return strings.Join(rooms, ", ")
}

// TestScheduleRoomOrderFromData: a data schedule that names its rooms
// only in its slots (tracks: beside session_ids:) has the grid's
// columns in the order of the tracks list, not in the order of the
// sessions' titles.
func TestScheduleRoomOrderFromData(t *testing.T) {
	read, _ := buildSite(t, `-- config.toml --
title = "Conf"
timezone = "UTC"
-- data/schedule.yml --
days:
  - date: "2031-05-10"
    slots:
      - time: "09:00"
        session_ids: ["opening"]
        duration: 30
      - time: "10:00"
        session_ids: ["zebra", "aardvark"]
        tracks: ["Main Hall", "Annex"]
        duration: 30
      - time: "11:00"
        session_ids: ["yak", "bison"]
        tracks: ["Main Hall", "Annex"]
        duration: 30
-- data/sessions.yml --
- id: opening
  title: Opening
- id: zebra
  title: Zebra
- id: aardvark
  title: Aardvark
- id: yak
  title: Yak
- id: bison
  title: Bison
`)
	if got, want := gridRooms(read("schedule/index.html")), "Main Hall, Annex"; got != want {
		t.Errorf("room columns = %q, want %q", got, want)
	}
}

// roomSchedule is the data schedule of TestSessionRoomOrderFollowsAMove.
const roomSchedule = `days:
  - date: "2031-05-11"
    slots:
      - time: "10:00"
        session_ids: ["yak", "emu"]
        tracks: ["Main Hall", "Annex"]
        duration: 30
`

// TestScheduleRoomOrderOfDayRooms: a programme listing each day's rooms,
// each with its talks (jekyll-theme-conference's program.yml), has its
// columns in the order it lists the rooms, even where a later room is
// used first.
func TestScheduleRoomOrderOfDayRooms(t *testing.T) {
	read, _ := buildSite(t, `-- config.toml --
title = "Conf"
timezone = "UTC"
-- data/program.yml --
days:
  - name: Monday
    date: 2031-05-12
    rooms:
      - name: Main Hall
        talks:
          - {name: Keynote, time_start: '10:00', time_end: '11:00'}
          - {name: Closing, time_start: '16:00', time_end: '16:30'}
      - name: Annex
        talks:
          - {name: Workshop, time_start: '09:00', time_end: '12:00'}
-- content/talks/keynote.md --
---
title: Keynote
---
-- content/talks/workshop.md --
---
title: Workshop
---
-- content/talks/closing.md --
---
title: Closing
---
`)
	if got, want := gridRooms(read("schedule/index.html")), "Main Hall, Annex"; got != want {
		t.Errorf("room columns = %q, want %q", got, want)
	}
}

// TestSessionRoomOrderFollowsAMove: in the preview, a talk moved to
// another room, and a data schedule naming its rooms in another order,
// give the grid's columns a fresh build gives.
func TestSessionRoomOrderFollowsAMove(t *testing.T) {
	dir, s := startSession(t, `-- config.toml --
title = "Conf"
timezone = "UTC"
-- content/talks/aardvark.md --
---
title: Aardvark
date: 2031-05-10T10:00:00Z
duration: 30m
room: Hall B
---
-- content/talks/zebra.md --
---
title: Zebra
date: 2031-05-10T10:00:00Z
duration: 30m
room: Hall A
---
-- content/talks/bison.md --
---
title: Bison
date: 2031-05-10T11:00:00Z
duration: 30m
room: Hall B
---
-- data/schedule.yml --
`+roomSchedule+`-- data/sessions.yml --
- id: yak
  title: Yak
- id: emu
  title: Emu
`)
	check := func(want ...string) {
		t.Helper()
		html := body(t, s, "schedule/index.html")
		days := strings.Split(html, "grid-corner")[1:]
		if len(days) != len(want) {
			t.Fatalf("%d grids, want %d", len(days), len(want))
		}
		for i, d := range days {
			if got := gridRooms(d); got != want[i] {
				t.Errorf("day %d: room columns = %q, want %q", i+1, got, want[i])
			}
		}
	}
	check("Hall A, Hall B", "Main Hall, Annex")
	edit(t, dir, "content/talks/aardvark.md", "---\ntitle: Aardvark\ndate: 2031-05-10T10:00:00Z\nduration: 30m\nroom: Hall C\n---\n")
	_, diags := s.Rebuild(context.Background(), []string{"content/talks/aardvark.md"})
	sameAsFullBuild(t, s, dir, diags)
	check("Hall A, Hall C, Hall B", "Main Hall, Annex")
	sched := strings.Replace(roomSchedule, `tracks: ["Main Hall", "Annex"]`, `tracks: ["Annex", "Main Hall"]`, 1)
	edit(t, dir, "data/schedule.yml", sched)
	_, diags = s.Rebuild(context.Background(), []string{"data/schedule.yml"})
	sameAsFullBuild(t, s, dir, diags)
	check("Hall A, Hall C, Hall B", "Annex, Main Hall")
}
