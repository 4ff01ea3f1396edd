package render

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"lectern/internal/view"
)

func TestDuration(t *testing.T) {
	at := time.Date(2026, 6, 11, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		minutes int
		want    string
	}{{15, "15 min"}, {60, "1 h"}, {90, "1 h 30 min"}, {120, "2 h"}} {
		if got := duration(at, at.Add(time.Duration(tc.minutes)*time.Minute)); got != tc.want {
			t.Errorf("duration(%d min) = %q, want %q", tc.minutes, got, tc.want)
		}
	}
}

func TestGridRows(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2026, 6, 11, h, m, 0, 0, time.UTC) }
	d := &view.Day{Rows: []view.Row{
		{Start: at(9, 0), End: at(9, 45), Starts: true},
		{Start: at(9, 45), End: at(11, 0), Gap: true},
		{Start: at(11, 0), End: at(11, 30), Starts: true},
		{Start: at(11, 30), Starts: true},
	}}
	want := "auto minmax(calc(45 * var(--minute, 0px)), auto) auto minmax(calc(30 * var(--minute, 0px)), auto) auto"
	if got := string(gridRows(d)); got != want {
		t.Errorf("gridRows =\n%s\nwant\n%s", got, want)
	}
}

// TestScheduleFilterRules renders a schedule and checks the rules that
// decide what a filter hides and which days it leaves empty.
func TestScheduleFilterRules(t *testing.T) {
	outs := renderSite(t, map[string]string{
		"content/events/e.md": "---\nkind: event\nname: E\nstart: 2026-06-11\nend: 2026-06-12\ntimezone: Europe/Lisbon\n---\n",
		"content/talks/a.md":  "---\ntitle: A\nevent: e\ndate: 2026-06-11 09:00\nend: 2026-06-11 10:00\nroom: R1\ntrack: Web\nlevel: Beginner\n---\n",
		"content/talks/b.md":  "---\ntitle: B\nevent: e\ndate: 2026-06-11 09:00\nend: 2026-06-11 10:00\nroom: R2\ntrack: Ops\nlevel: All levels\n---\n",
		"content/talks/c.md":  "---\ntitle: C\nevent: e\ndate: 2026-06-12 09:00\nend: 2026-06-12 10:00\nroom: R1\ntrack: Ops\nlevel: Advanced\n---\n",
		"content/talks/k.md":  "---\ntitle: Coffee\nevent: e\nformat: break\ndate: 2026-06-12 10:00\nend: 2026-06-12 10:30\n---\n",
	})
	page := string(outs["schedule/index.html"].Body)
	for _, tc := range []struct {
		name string
		rule string
		want bool
	}{
		{"beginner keeps talks for all levels", `.programme:has(input[name="level"][value="beginner"]:checked) .session:not(.session-break):not([data-level="beginner"]):not([data-all-levels]){display:none}`, true},
		{"all levels shows only its own", `.programme:has(input[name="level"][value="all-levels"]:checked) .session:not(.session-break):not([data-level="all-levels"]){display:none}`, true},
		{"web leaves the second day empty", `.programme:has(input[name="track"][value="web"]:checked) #day-2026-06-12 .filter-empty{display:block}`, true},
		{"beginner leaves the second day empty", `.programme:has(input[name="level"][value="beginner"]:checked) #day-2026-06-12 .filter-empty{display:block}`, true},
		{"beginner keeps the first day (an all-levels talk)", `.programme:has(input[name="track"][value="ops"]:checked):has(input[name="level"][value="beginner"]:checked) #day-2026-06-11 .filter-empty`, false},
		{"advanced leaves the first day empty but for all levels", `.programme:has(input[name="level"][value="advanced"]:checked) #day-2026-06-11 .filter-empty`, false},
		{"ops is on both days", `.programme:has(input[name="track"][value="ops"]:checked) #day-`, false},
		{"tracks take palette colours by name", `.programme [data-track="ops"]{--track:var(--track-0)}`, true},
		{"an all-levels talk is marked", `data-level="all-levels" data-all-levels`, true},
	} {
		if got := strings.Contains(page, tc.rule); got != tc.want {
			t.Errorf("%s: page has %s: %v, want %v", tc.name, tc.rule, got, tc.want)
		}
	}
}

func TestSessionsJSON(t *testing.T) {
	outs := renderSite(t, map[string]string{
		"content/events/e.md": "---\nkind: event\nname: E\nstart: 2026-06-11\ntimezone: Europe/Lisbon\n---\n",
		"content/talks/a.md":  "---\ntitle: A <b>\nevent: e\ndate: 2026-06-11 09:00\nend: 2026-06-11 10:00\nroom: R1\n---\n",
		"content/talks/k.md":  "---\ntitle: Coffee\nevent: e\nformat: break\ndate: 2026-06-11 10:00\nend: 2026-06-11 10:30\n---\n",
	})
	page := string(outs["index.html"].Body)
	const open = `<script type="application/json" id="lectern-sessions">`
	i := strings.Index(page, open)
	if i < 0 {
		t.Fatalf("home page has no %s", open)
	}
	body := page[i+len(open):]
	body = body[:strings.Index(body, "</script>")]
	var got struct {
		Zone     string           `json:"zone"`
		Sessions []nowNextSession `json:"sessions"`
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatalf("%v in %s", err, body)
	}
	want := []nowNextSession{
		{Title: "A <b>", URL: "/talks/a/", Start: "2026-06-11T09:00:00+01:00", End: "2026-06-11T10:00:00+01:00", Room: "R1"},
		{Title: "Coffee", Start: "2026-06-11T10:00:00+01:00", End: "2026-06-11T10:30:00+01:00", Break: true},
	}
	if got.Zone != "Europe/Lisbon" || len(got.Sessions) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got.Sessions[i] != want[i] {
			t.Errorf("session %d = %+v, want %+v", i, got.Sessions[i], want[i])
		}
	}
	if strings.Contains(body, "<b>") {
		t.Error("a title's markup is written raw into the script element")
	}
}
