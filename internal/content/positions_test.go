package content

import (
	"maps"
	"testing"

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
}
