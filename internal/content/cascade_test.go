package content

import (
	"testing"
	"testing/fstest"
)

// TestCascade checks Hugo's cascade: a section page's values reach every
// page below it (a nearer section's first, the page's own before both),
// never the section page itself; an entry whose target's path names a
// part of the section reaches that part only, and one targeting only
// sections, another environment or a path outside the section reaches
// no page.
func TestCascade(t *testing.T) {
	fsys := fstest.MapFS{
		"content/_index.md":                {Data: []byte("---\ntitle: Home\ncascade:\n  level: Beginner\n---\n")},
		"content/programme/_index.md":      {Data: []byte("---\ntitle: Programme\ncascade:\n  type: talk\n  room: Main hall\n---\n")},
		"content/programme/a.md":           {Data: []byte("---\ntitle: A\n---\nA.\n")},
		"content/programme/own.md":         {Data: []byte("---\ntitle: Own\nroom: Attic\nlevel: Expert\n---\nOwn.\n")},
		"content/programme/day2/_index.md": {Data: []byte("+++\ntitle = \"Day 2\"\n[[cascade]]\nroom = \"Hall B\"\n[[cascade]]\nroom = \"Section room\"\n[cascade._target]\nkind = \"section\"\n[[cascade]]\nroom = \"Staging room\"\n[cascade.target]\nenvironment = \"staging\"\n+++\n")},
		"content/workshops/_index.md":      {Data: []byte("---\ntitle: Workshops\ncascade:\n  - _target: {path: \"/workshops/advanced/**\"}\n    level: Advanced\n  - target: {path: \"/elsewhere/**\"}\n    room: Nowhere\n---\n")},
		"content/workshops/advanced/w1.md": {Data: []byte("---\ntitle: W1\nspeakers: [Ann]\n---\nW.\n")},
		"content/workshops/intro.md":       {Data: []byte("---\ntitle: Intro\nspeakers: [Ann]\n---\nI.\n")},
		"content/programme/day2/b.md":      {Data: []byte("---\ntitle: B\n---\nB.\n")},
	}
	set, diags := Load(fsys, Options{Cascade: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	want := map[string]struct {
		kind        Kind
		room, level string
	}{
		"content/_index.md":                {KindPage, "", ""},
		"content/programme/_index.md":      {KindPage, "", ""},
		"content/programme/a.md":           {KindTalk, "Main hall", "Beginner"},
		"content/programme/own.md":         {KindTalk, "Attic", "Expert"},
		"content/programme/day2/_index.md": {KindPage, "", ""},
		"content/programme/day2/b.md":      {KindTalk, "Hall B", "Beginner"},
		"content/workshops/_index.md":      {KindPage, "", ""},
		"content/workshops/advanced/w1.md": {KindTalk, "", "Advanced"},
		"content/workshops/intro.md":       {KindTalk, "", "Beginner"},
	}
	for _, d := range set.Docs {
		w := want[d.File]
		if d.Kind != w.kind || d.Room != w.room || d.Level != w.level {
			t.Errorf("%s: %s in %q at level %q; want %+v", d.File, d.Kind, d.Room, d.Level, w)
		}
	}
	// Without Cascade (another tool's site), the values are the
	// section page's own params and reach no other page.
	set, _ = Load(fsys, Options{})
	for _, d := range set.Docs {
		if d.File == "content/programme/a.md" && (d.Room != "" || d.Kind == KindTalk) {
			t.Errorf("without Cascade: %s in %q", d.Kind, d.Room)
		}
	}
}
