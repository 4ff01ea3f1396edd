package content

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestPageDaysFromZero pins how the days talk pages name by bare
// numbers count: from 0 when one of the site's talk pages names day 0
// (as Eleventy sites looking the day up in site.days[day] write them),
// else from 1; a label ("Day 1") is the day it names either way, and a
// negative day elsewhere leaves day 0 naming no day. The Reader then
// sends a saved page back to a walk of the site, which alone counts.
func TestPageDaysFromZero(t *testing.T) {
	talk := func(day string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: T\nday: " + day + "\ntime: \"10:00\"\n---\nText.\n")}
	}
	tests := []struct {
		name string
		days map[string]string // file → its day
		want string            // each file's EventDay, by file
	}{
		{"from 0", map[string]string{"a": "0", "b": "1", "c": `"Day 2"`}, "a=day 1 b=day 2 c=day 2"},
		{"from 1", map[string]string{"a": "1", "b": "2"}, "a=day 1 b=day 2"},
		{"a negative day", map[string]string{"a": "0", "b": "1", "c": "-1"}, "a=none b=day 1 c=none"},
		{"weekdays", map[string]string{"a": "0", "b": "Friday"}, "a=day 1 b=Friday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for f, day := range tt.days {
				fsys["content/talks/"+f+".md"] = talk(day)
			}
			set, _ := Load(fsys, Options{})
			var got []string
			for _, d := range set.Docs {
				ed, s := d.Extras().EventDay, "none"
				if !ed.IsZero() {
					s = ed.String()
				}
				if ed.Bare && ed.N == 0 {
					t.Errorf("%s: day 0 left as written", d.File)
				}
				if !d.HasTimeOfDay {
					t.Errorf("%s: no time of day read beside %s", d.File, s)
				}
				got = append(got, fmt.Sprintf("%s=%s", strings.TrimSuffix(strings.TrimPrefix(d.File, "content/talks/"), ".md"), s))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got %s, want %s", g, tt.want)
			}
			if _, ok := set.Reader().Read(fsys, "content/talks/a.md"); ok {
				t.Error("the Reader read a page whose day counts as the others say")
			}
		})
	}
}
