package render

import (
	"regexp"
	"strings"
	"testing"
)

// TestScheduleZoneNote checks the note naming the zone a schedule's
// times are in. Talks of no event keep their own offsets: when they all
// share one the note names it, else it says each talk has its own and
// names none (the first day's would be wrong for the others).
func TestScheduleZoneNote(t *testing.T) {
	talk := func(name, date string) (string, string) {
		return "content/talks/" + name + ".md", "---\ntitle: " + name + "\ndate: " + date + "\n---\nBody.\n"
	}
	for _, tc := range []struct {
		name  string
		dates []string
		want  string
	}{
		{"one offset", []string{"2020-09-04T09:00:00+09:30", "2020-09-04T10:00:00+09:30", "2020-09-05T10:00:00+09:30"}, "All times are in <strong data-zone-name>UTC&#43;09:30</strong>."},
		{"two offsets", []string{"2020-09-04T09:00:00+09:30", "2020-09-04T10:00:00+09:30", "2020-09-05T10:00:00+01:00"}, "All times are in <strong data-zone-name>each talk's own time zone</strong>."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"config.toml": "title = \"Z\"\n"}
			for i, d := range tc.dates {
				f, src := talk(string(rune('a'+i)), d)
				files[f] = src
			}
			outs := renderSite(t, files)
			page, ok := outs["schedule/index.html"]
			if !ok {
				t.Fatal("no schedule/index.html")
			}
			note := regexp.MustCompile(`All times are in <strong[^>]*>[^<]*</strong>\.`).Find(page.Body)
			if got := strings.TrimSpace(string(note)); got != tc.want {
				t.Errorf("zone note = %q, want %q", got, tc.want)
			}
		})
	}
}
