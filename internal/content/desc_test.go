package content

import (
	"fmt"
	"testing"
)

// TestTalkDesc covers a talk's desc, as Jekyll conference sites of one
// theme family write a session's whole description (desc: >, markdown)
// beside a one-line description for share cards: the abstract beside a
// summary, the summary alone; on other kinds it stays in Params.
func TestTalkDesc(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"desc beside description is the abstract", "_sessions/sediment.md",
			"layout: session\ntitle: x\nspeakers: [wren]\ndesc: >\n  **Long** text.\n\n  More.\ndescription: \"Short\"",
			func(d *Document) any {
				return fmt.Sprintf("%s|%q|%v", d.Summary, d.Extras().Abstract, d.Params["desc"])
			}, "Short|\"**Long** text.\\nMore.\"|<nil>"},
		{"desc alone is the summary", "_sessions/lunch.md", "layout: session\ntitle: Lunch\ntype: break\ndesc: Exchange ideas\ndescription:",
			func(d *Document) any { return d.Summary + "|" + d.Extras().Abstract }, "Exchange ideas|"},
		{"an abstract beats desc", "talks/a.md", "title: x\nabstract: A.\ndesc: D.\nsummary: S.",
			func(d *Document) any {
				return d.Summary + "|" + d.Extras().Abstract + "|" + fmt.Sprint(d.Params["desc"])
			}, "S.|A.|D."},
		{"a note's desc stays in Params", "notes/a.md", "title: x\ndesc: D.",
			func(d *Document) any { return d.Summary + "|" + fmt.Sprint(d.Params["desc"]) }, "|D."},
	})
}
