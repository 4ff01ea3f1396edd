package build

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// dayTalkSite is an event with a page of its own and a talk dated by
// the day of the event it names ("day: 2"), beside a talk dated
// outright.
const dayTalkSite = `-- config.toml --
title = "Orchard"
-- content/events/orchard.md --
---
title: Orchard Summit
date: 2026-09-17
end: 2026-09-19
---
The summit.
-- content/talks/grafting.md --
---
title: Grafting
day: 2
startTime: "10:30"
speakers: [Ada Lovelace]
---
Body of grafting.
-- content/talks/pruning.md --
---
title: Pruning
date: 2026-09-17 09:00
speakers: [Grace Hopper]
---
Body of pruning.
`

// TestPreviewMovesTalksDatedByEventDay: in the preview, an edit of the
// event's start moves a talk dated by a day of the event, and an edit of
// the talk's body or of its day is dated as a build dates it: the model
// is built again for each (the patches in place date no talk from its
// event), and every output is then what a fresh build gives.
func TestPreviewMovesTalksDatedByEventDay(t *testing.T) {
	dir, s := startSession(t, dayTalkSite)
	for _, step := range []struct{ file, text, want string }{
		{"content/events/orchard.md", "---\ntitle: Orchard Summit\ndate: 2026-09-24\nend: 2026-09-26\n---\nThe summit.\n", "25 September 2026"},
		{"content/talks/grafting.md", "---\ntitle: Grafting\nday: 2\nstartTime: \"10:30\"\nspeakers: [Ada Lovelace]\n---\nAnother body.\n", "25 September 2026"},
		{"content/talks/grafting.md", "---\ntitle: Grafting\nday: 3\nstartTime: \"10:30\"\nspeakers: [Ada Lovelace]\n---\nAnother body.\n", "26 September 2026"},
	} {
		edit(t, dir, step.file, step.text)
		rb, diags := s.Rebuild(context.Background(), []string{step.file})
		if stages := stageNames(rb); !slices.Contains(stages, "model") {
			t.Errorf("%s: the model was patched, not built: stages %q", step.file, stages)
		}
		sameAsFullBuild(t, s, dir, diags)
		out, ok := s.Output("talks/grafting/index.html")
		if !ok || !strings.Contains(string(out.Body), step.want) {
			t.Errorf("%s: the talk's page does not show %s", step.file, step.want)
		}
	}
}
