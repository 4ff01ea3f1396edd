package view

import (
	"testing"

	"lectern/internal/content"
	"lectern/internal/site"
)

// TestPatchedShowsTitlePatchedInPlace patches a talk's title as the
// preview does and checks that the views holding the talk show the new
// title, while the other talk's entry and the refs are kept.
func TestPatchedShowsTitlePatchedInPlace(t *testing.T) {
	p, sp := talk()
	other := &site.Page{Doc: content.Document{File: "content/talks/other.md", Kind: content.KindTalk, Title: "Other"}, URL: "/talks/other/"}
	sp.Talks = append(sp.Talks, other)
	b := new(Builder)
	keep, ref := b.Entry(other), b.PersonRef(sp)
	if got := b.Person(sp).Talks[0].Title; got != "Engines" {
		t.Fatalf("Person shows %q", got)
	}
	p.Doc.Title = "Steam engines"
	n := b.Patched([]*site.Page{p})
	for _, c := range []struct{ what, got string }{
		{"Entry", n.Entry(p).Title},
		{"Person", n.Person(sp).Talks[0].Title},
		{"PersonPage", n.PersonPage(sp).Talks[0].Title},
	} {
		if c.got != "Steam engines" {
			t.Errorf("%s after a patch shows %q", c.what, c.got)
		}
	}
	if n.Entry(other) != keep || n.PersonRef(sp) != ref {
		t.Error("Patched made again a view that shows no patched page")
	}
	if got := b.Entry(p).Title; got != "Engines" {
		t.Errorf("Patched changed the builder it was made from: %q", got)
	}
}
