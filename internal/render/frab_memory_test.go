package render

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestFrabProgrammeHoldsNoText checks that the programme both frab
// exports are written from places the talks without holding what they
// say: each talk's description (its markdown, read again from its file)
// is made as the talk is written and let go, so that an export of a
// large event holds one talk's text at a time, not the whole
// programme's. It fails when the programme holds the talks' texts again,
// and checks that the exports still carry every one of them.
func TestFrabProgrammeHoldsNoText(t *testing.T) {
	const talks, bodySize = 12, 4 << 10
	files := map[string]string{
		"config.toml":            "title = \"Conf\"\nbase_url = \"https://conf.example.org/\"\n",
		"content/events/conf.md": "---\nname: Conf\nstart: 2026-06-11\nend: 2026-06-12\nrooms: [A, B]\n---\nTwo days.\n",
	}
	bodies := make([]string, talks)
	for i := range talks {
		bodies[i] = fmt.Sprintf("Talk %d says %s", i, strings.Repeat(fmt.Sprintf("word%d ", i), bodySize/7))
		files[fmt.Sprintf("content/talks/t%d.md", i)] = fmt.Sprintf(
			"---\ntitle: Talk %d\ndate: 2026-06-1%d %02d:00\nduration: 45m\nroom: %s\nevent: conf\nspeakers: [Ada Lovelace]\n---\n%s\n",
			i, 1+i%2, 9+i/2, []string{"A", "B"}[i%3%2], bodies[i])
	}
	s, _ := siteFrom(t, files, false)
	if s.Schedule == nil || len(s.Schedule.Days) != 2 {
		t.Fatalf("the site has no schedule of two days: %+v", s.Schedule)
	}
	b := &jobs{s: s, urls: newURLs(s.Config.BaseURL)}

	if held := heldText(reflect.ValueOf(b.programme(s.Schedule))); held >= bodySize {
		t.Errorf("the programme holds %d bytes of text, at least one talk's description (%d bytes): it should place talks, not describe them", held, bodySize)
	}

	outs := renderSite(t, files)
	for _, path := range []string{"schedule.json", "schedule.xml"} {
		body := string(outs[path].Body)
		for i, want := range bodies {
			if !strings.Contains(body, strings.TrimSpace(want)) {
				t.Errorf("%s lacks the description of talk %d", path, i)
			}
		}
	}
}

// heldText is the length of the strings v holds, in its fields and
// elements, not following pointers (which lead into the model, which
// holds every page anyway).
func heldText(v reflect.Value) int {
	switch v.Kind() {
	case reflect.String:
		return v.Len()
	case reflect.Struct:
		n := 0
		for i := range v.NumField() {
			n += heldText(v.Field(i))
		}
		return n
	case reflect.Slice, reflect.Array:
		n := 0
		for i := range v.Len() {
			n += heldText(v.Index(i))
		}
		return n
	case reflect.Interface:
		if v.IsNil() {
			return 0
		}
		return heldText(v.Elem())
	}
	return 0
}
