package build

import (
	"context"
	"strings"
	"testing"
)

// TestSessionPlacelessLocations: the preview agrees with a fresh build
// on whether a talk's "location" is where it was given or a room
// (site.Site.Placeless) through edits that keep the site an archive,
// make a day of two talks, take it away, and add or remove a talk.
func TestSessionPlacelessLocations(t *testing.T) {
	dir, s := startSession(t, `-- config.toml --
title = "Talks"
-- content/talks/a.md --
---
title: A
date: 2019-04-02
location: Atlanta, Georgia
---
A.
-- content/talks/b.md --
---
title: B
date: 2021-10-12
location: Berlin, Germany
---
B.
-- content/notes/n.md --
---
title: N
date: 2021-10-13
---
N.
`)
	where := "<dt>Where</dt><dd>Atlanta, Georgia</dd>"
	room := "<dt>Room</dt><dd>Atlanta, Georgia</dd>"
	page := func(t *testing.T, want string) {
		t.Helper()
		out, _ := s.Output("talks/a/index.html")
		if !strings.Contains(string(out.Body), want) {
			t.Errorf("talk page lacks %q", want)
		}
	}
	page(t, where)
	for _, step := range []struct {
		name, file, text, want string
	}{
		{"a location edited", "content/talks/b.md", "---\ntitle: B\ndate: 2021-10-12\nlocation: Online\n---\nB.\n", where},
		{"a note edited", "content/notes/n.md", "---\ntitle: N2\ndate: 2021-10-13\n---\nN.\n", where},
		{"a day of two talks", "content/talks/c.md", "---\ntitle: C\ndate: 2019-04-02\nlocation: Main Hall\n---\nC.\n", room},
		{"the day of two talks edited", "content/talks/c.md", "---\ntitle: C2\ndate: 2019-04-02\nlocation: Main Hall\n---\nC.\n", room},
		{"the second talk moved away", "content/talks/c.md", "---\ntitle: C\ndate: 2020-04-02\nlocation: Main Hall\n---\nC.\n", where},
		{"a room written as room", "content/talks/b.md", "---\ntitle: B\ndate: 2021-10-12\nroom: Hall B\n---\nB.\n", where},
	} {
		edit(t, dir, step.file, step.text)
		_, diags := s.Rebuild(context.Background(), []string{step.file})
		t.Run(step.name, func(t *testing.T) {
			sameAsFullBuild(t, s, dir, diags)
			page(t, step.want)
		})
	}
	remove(t, dir, "content/talks/c.md")
	_, diags := s.Rebuild(context.Background(), []string{"content/talks/c.md"})
	sameAsFullBuild(t, s, dir, diags)
	page(t, where)
}
