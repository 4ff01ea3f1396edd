package content

import (
	"iter"
	"math"

	"lectern/internal/diag"
)

// Positions records where each of a document's known fields was written,
// by lectern's own field name ("date", "speakers"…), so that later stages
// can point at the line of a value they find wrong. Its zero value holds
// nothing and is ready to use.
//
// It is a short list rather than a map, it names the file once and each
// field by its place in knownFields: a document writes a dozen fields,
// nearly always in one file, and a build holds every document to its
// end. A map of full positions took about eight times the memory, a
// list naming each field by its string twice (docs/memory.md). A copy of a Positions shares
// what it holds, as a map would: Set on a field the copy already holds
// changes both, so a caller that changes a copy clones it first.
type Positions struct {
	// file is the file of every position in list: the file of the first
	// position recorded.
	file string
	list []fieldPos
	// other holds the few positions list cannot: in another file than
	// file (a page placed by a data file's record), on a line or column
	// beyond what an int32 holds, or of a field knownFields does not
	// name.
	other []otherPos
}

// fieldPos is a position in Positions.file of the field knownFields[name]:
// 12 bytes, where naming the field by its string took 24.
type fieldPos struct {
	line, col int32
	name      uint8
}

// knownFields are the names of the fields documents record, lectern's
// own (the field aliases resolve to these), in no order: a fieldPos
// names its field by its index here. A name not listed is held in
// Positions.other, whole.
var knownFields = [...]string{
	"aliases", "all_rooms", "author", "authors", "bio", "body", "book", "categories",
	"date", "draft", "end", "event", "floating", "format", "hidden", "intro",
	"items", "kind", "level", "link", "logo", "name", "nopage", "photo",
	"reading", "redirect_to", "room", "rooms", "sitemap", "slides", "slug", "speakers",
	"status", "summary", "tags", "tier", "timezone", "title", "track", "updated",
	"url", "venue", "video", "image", "links", "abstract",
}

// knownField is the index in knownFields of name, and whether it has one.
func knownField(name string) (uint8, bool) {
	for i, f := range knownFields {
		if f == name {
			return uint8(i), true
		}
	}
	return 0, false
}

type otherPos struct {
	field string
	pos   diag.Pos
}

// Get returns where field was written, and whether it was.
func (p Positions) Get(field string) (diag.Pos, bool) {
	if id, ok := knownField(field); ok {
		for _, e := range p.list {
			if e.name == id {
				return diag.Pos{File: p.file, Line: int(e.line), Col: int(e.col)}, true
			}
		}
	}
	for _, e := range p.other {
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
	if len(p.list) == 0 && p.file == "" {
		p.file = pos.File
	}
	id, known := knownField(field)
	compact := known && pos.File == p.file && fitsInt32(pos.Line) && fitsInt32(pos.Col)
	for i, e := range p.list {
		if known && e.name == id {
			if compact {
				p.list[i].line, p.list[i].col = int32(pos.Line), int32(pos.Col)
				return
			}
			p.Delete(field)
			break
		}
	}
	for i, e := range p.other {
		if e.field == field {
			if !compact {
				p.other[i].pos = pos
				return
			}
			p.Delete(field)
			break
		}
	}
	if compact {
		p.list = append(p.list, fieldPos{int32(pos.Line), int32(pos.Col), id})
	} else {
		p.other = append(p.other, otherPos{field, pos})
	}
}

func fitsInt32(n int) bool { return n >= math.MinInt32 && n <= math.MaxInt32 }

// Delete forgets field. It never changes what a copy holds.
func (p *Positions) Delete(field string) {
	id, known := knownField(field)
	for i, e := range p.list {
		if known && e.name == id {
			out := make([]fieldPos, 0, len(p.list)-1)
			p.list = append(append(out, p.list[:i]...), p.list[i+1:]...)
			return
		}
	}
	for i, e := range p.other {
		if e.field == field {
			out := make([]otherPos, 0, len(p.other)-1)
			p.other = append(append(out, p.other[:i]...), p.other[i+1:]...)
			return
		}
	}
}

// Len is the number of fields recorded.
func (p Positions) Len() int { return len(p.list) + len(p.other) }

// All yields each field and its position: those in the file of the first
// position recorded, in the order recorded, then the others.
func (p Positions) All() iter.Seq2[string, diag.Pos] {
	return func(yield func(string, diag.Pos) bool) {
		for _, e := range p.list {
			if !yield(knownFields[e.name], diag.Pos{File: p.file, Line: int(e.line), Col: int(e.col)}) {
				return
			}
		}
		for _, e := range p.other {
			if !yield(e.field, e.pos) {
				return
			}
		}
	}
}

// Clone returns a copy that shares nothing with p, holding no spare
// room: what is added to either later never shows in the other.
func (p Positions) Clone() Positions {
	out := Positions{file: p.file}
	if len(p.list) > 0 {
		out.list = make([]fieldPos, len(p.list))
		copy(out.list, p.list)
	}
	if len(p.other) > 0 {
		out.other = make([]otherPos, len(p.other))
		copy(out.other, p.other)
	}
	return out
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
