package content

import (
	"iter"

	"lectern/internal/diag"
)

// Positions records where each of a document's known fields was written,
// by lectern's own field name ("date", "speakers"…), so that later stages
// can point at the line of a value they find wrong. Its zero value holds
// nothing and is ready to use.
//
// It is a short list rather than a map: a document writes a dozen
// fields, and a build holds every document to its end; a map of them
// took about twice the memory (docs/memory.md). A copy of a Positions
// shares what it holds, as a map would: Set on a field the copy already
// holds changes both, so a caller that changes a copy clones it first.
type Positions struct {
	list []fieldPos
}

type fieldPos struct {
	field string
	pos   diag.Pos
}

// Get returns where field was written, and whether it was.
func (p Positions) Get(field string) (diag.Pos, bool) {
	for _, e := range p.list {
		if e.field == field {
			return e.pos, true
		}
	}
	return diag.Pos{}, false
}

// Has reports whether field was written.
func (p Positions) Has(field string) bool {
	_, ok := p.Get(field)
	return ok
}

// Set records that field was written at pos.
func (p *Positions) Set(field string, pos diag.Pos) {
	for i, e := range p.list {
		if e.field == field {
			p.list[i].pos = pos
			return
		}
	}
	p.list = append(p.list, fieldPos{field, pos})
}

// Delete forgets field. It never changes what a copy holds.
func (p *Positions) Delete(field string) {
	for i, e := range p.list {
		if e.field == field {
			out := make([]fieldPos, 0, len(p.list)-1)
			p.list = append(append(out, p.list[:i]...), p.list[i+1:]...)
			return
		}
	}
}

// Len is the number of fields recorded.
func (p Positions) Len() int { return len(p.list) }

// All yields each field and its position, in the order first recorded.
func (p Positions) All() iter.Seq2[string, diag.Pos] {
	return func(yield func(string, diag.Pos) bool) {
		for _, e := range p.list {
			if !yield(e.field, e.pos) {
				return
			}
		}
	}
}

// Clone returns a copy that shares nothing with p, holding no spare
// room: what is added to either later never shows in the other.
func (p Positions) Clone() Positions {
	if len(p.list) == 0 {
		return Positions{}
	}
	out := make([]fieldPos, len(p.list))
	copy(out, p.list)
	return Positions{out}
}

// PositionsAt returns Positions holding each of fields at pos: what a
// document made whole from one record or one cell knows.
func PositionsAt(pos diag.Pos, fields ...string) Positions {
	var p Positions
	for _, f := range fields {
		p.Set(f, pos)
	}
	return p
}
