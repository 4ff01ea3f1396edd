package content

import (
	"maps"
	"math"
	"testing"
	"unsafe"

	"lectern/internal/diag"
)

func TestPositions(t *testing.T) {
	at := func(line int) diag.Pos { return diag.Pos{File: "a.md", Line: line, Col: 1} }
	var p Positions
	p.Set("title", at(2))
	p.Set("date", at(3))
	p.Set("title", at(4)) // written again: the last wins, as a map's would
	tests := []struct {
		field string
		want  diag.Pos
		ok    bool
	}{
		{"title", at(4), true},
		{"date", at(3), true},
		{"speakers", diag.Pos{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			got, ok := p.Get(tt.field)
			if got != tt.want || ok != tt.ok || p.Has(tt.field) != tt.ok {
				t.Errorf("Get(%q) = %v, %v; want %v, %v", tt.field, got, ok, tt.want, tt.ok)
			}
		})
	}
	if p.Len() != 2 {
		t.Errorf("Len = %d, want 2", p.Len())
	}

	c := p.Clone()
	c.Set("end", at(5))
	c.Set("title", at(6))
	c.Delete("date")
	if got := maps.Collect(p.All()); len(got) != 2 || got["title"] != at(4) || got["date"] != at(3) {
		t.Errorf("the clone's changes show in the original: %v", got)
	}
	if got := maps.Collect(c.All()); len(got) != 2 || got["title"] != at(6) || got["end"] != at(5) {
		t.Errorf("clone = %v", got)
	}

	// Delete never changes what a copy holds.
	d := p
	d.Delete("title")
	if !p.Has("title") || d.Has("title") || !d.Has("date") {
		t.Errorf("after Delete on a copy: original %v, copy %v", maps.Collect(p.All()), maps.Collect(d.All()))
	}
}

// TestPositionsHeldCompact checks that a loaded document's positions
// hold no spare room: a build holds every document to its end.
func TestPositionsHeldCompact(t *testing.T) {
	src := "---\ntitle: A talk\ndate: 2024-05-01\nspeakers: [Ada]\ntags: [go]\ntrack: web\nroom: A\nslides: https://example.org/s\n---\nBody.\n"
	d := Parse("content/talks/a.md", []byte(src), Options{})
	if d.Fields.Len() < 6 {
		t.Fatalf("%d positions recorded, want every field: %v", d.Fields.Len(), maps.Collect(d.Fields.All()))
	}
	if n, c := len(d.Fields.list), cap(d.Fields.list); c != n {
		t.Errorf("positions: %d held in room for %d", n, c)
	}
	// The file is named once, not by each position: a page's positions
	// are all in its own file, each two int32s and the field's place in
	// knownFields.
	if len(d.Fields.other) != 0 || d.Fields.file != d.File {
		t.Errorf("positions of a page held apart from its file: file %q, %d others", d.Fields.file, len(d.Fields.other))
	}
	if got, want := unsafe.Sizeof(fieldPos{}), uintptr(12); got != want {
		t.Errorf("a position takes %d bytes, want %d (two int32s and a field's number)", got, want)
	}
}

// TestPositionsElsewhere checks the positions a compact list cannot
// hold: in another file than the first recorded (a page placed by a
// data file), or beyond an int32, and a field moving between the two.
func TestPositionsElsewhere(t *testing.T) {
	page := diag.Pos{File: "content/talks/a.md", Line: 3, Col: 1}
	data := diag.Pos{File: "data/schedule.yaml", Line: 40, Col: 5}
	huge := diag.Pos{File: page.File, Line: math.MaxInt32 + 1, Col: 2}
	var p Positions
	p.Set("title", page)
	p.Set("date", data)
	p.Set("room", huge)
	p.Set("track", diag.Pos{File: page.File, Line: 9, Col: 7})
	want := map[string]diag.Pos{"title": page, "date": data, "room": huge, "track": {File: page.File, Line: 9, Col: 7}}
	if got := maps.Collect(p.All()); !maps.Equal(got, want) || p.Len() != 4 {
		t.Fatalf("All = %v (Len %d), want %v", got, p.Len(), want)
	}
	if len(p.list) != 2 || len(p.other) != 2 {
		t.Errorf("%d compact, %d apart; want 2 and 2", len(p.list), len(p.other))
	}

	// A field set again in the other store is found once, where it now is.
	p.Set("title", data)
	p.Set("date", page)
	for f, w := range map[string]diag.Pos{"title": data, "date": page} {
		if got, _ := p.Get(f); got != w {
			t.Errorf("Get(%q) = %v, want %v", f, got, w)
		}
	}
	if p.Len() != 4 {
		t.Errorf("Len = %d after moving two fields, want 4: %v", p.Len(), maps.Collect(p.All()))
	}

	// A field knownFields does not name is held apart, whole.
	p.Set("x-talk-id", diag.Pos{File: page.File, Line: 5, Col: 1})
	if got, ok := p.Get("x-talk-id"); !ok || got.Line != 5 || len(p.other) != 3 || p.Len() != 5 {
		t.Errorf("an unknown field: Get = %v, %v; %d apart, Len %d", got, ok, len(p.other), p.Len())
	}
	p.Delete("x-talk-id")

	c := p.Clone()
	c.Delete("title")
	c.Set("room", page)
	if got, _ := p.Get("room"); got != huge || !p.Has("title") {
		t.Errorf("the clone's changes show in the original: %v", maps.Collect(p.All()))
	}
}
