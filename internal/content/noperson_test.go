package content

import (
	"strings"
	"testing"
)

// TestNoPersonNames covers names that stand for nobody in particular
// where speakers are named: a break's speakers: [all] (Jekyll
// conference sites of the RustFest family), a placeholder (TBA, To be
// announced) before the speaker is known. Each made a person, with a
// speaker page, called "all" or "TBA".
func TestNoPersonNames(t *testing.T) {
	names := func(d *Document) any {
		var out []string
		for _, p := range d.Speakers {
			out = append(out, p.Name)
		}
		return d.Format + ":" + strings.Join(out, ",")
	}
	runFieldCases(t, []fieldCase{
		{"a break's speakers: [all]", "_sessions/lunch.md", "layout: session\ntype: break\nstart: \"13:35\"\nday: saturday\nspeakers:\n- all\ntitle: Lunch Break",
			names, "break:"},
		{"Everyone beside a speaker", "_sessions/photo.md", "title: Family photo\nspeakers: [Everyone, Ada Lovelace]",
			names, ":Ada Lovelace"},
		{"a placeholder", "talks/keynote.md", "title: Keynote\nspeaker: TBA",
			names, ":"},
		{"a placeholder in a list", "talks/panel.md", "title: Panel\nspeakers: [Grace Hopper, To be announced.]",
			names, ":Grace Hopper"},
		{"a name starting with all", "talks/a.md", "title: A\nspeakers: [Allison Reed]",
			names, ":Allison Reed"},
	})
}
