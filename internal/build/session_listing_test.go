package build

import (
	"context"
	"strings"
	"testing"
)

// TestSessionTalksIndexListingSort checks that the preview follows an
// edit of the sort of a Quarto listing at the talks index's URL, which
// orders that index.
func TestSessionTalksIndexListingSort(t *testing.T) {
	dir, s := startSession(t, `
-- _quarto.yml --
website:
  title: Q
  site-url: https://q.example.org
-- talks/index.qmd --
---
title: Talks
listing:
  contents: "*/index.qmd"
  sort: date desc
---
-- talks/a/index.qmd --
---
title: Older
date: 2020-01-01
speakers: [Ann]
---
T.
-- talks/b/index.qmd --
---
title: Newer
date: 2024-01-01
speakers: [Ann]
---
T.
`)
	if got := body(t, s, "talks/index.html"); strings.Index(got, ">Newer<") > strings.Index(got, ">Older<") {
		t.Errorf("not newest first:\n%s", got)
	}
	edit(t, dir, "talks/index.qmd", "---\ntitle: Talks\nlisting:\n  contents: \"*/index.qmd\"\n  sort: date\n---\n")
	_, diags := s.Rebuild(context.Background(), []string{"talks/index.qmd"})
	sameAsFullBuild(t, s, dir, diags)
	if got := body(t, s, "talks/index.html"); strings.Index(got, ">Newer<") < strings.Index(got, ">Older<") {
		t.Errorf("not oldest first after the edit:\n%s", got)
	}
}
