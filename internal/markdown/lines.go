package markdown

import (
	"bytes"
	"sort"

	"lectern/internal/diag"
)

// lineIndex turns byte offsets of a source into file positions. The source
// starts at column 1 of line first of the file.
type lineIndex struct {
	src   []byte
	first int
	// starts holds the offset of every line start after the first; it is
	// built on first use because most documents never need it.
	starts []int
	// edits, when set, are the replacements that made the source being
	// read out of src (see expand): offsets are mapped back through them.
	edits []edit
}

// origin maps an offset of the edited source to the offset of src it
// came from; an offset inside a replacement maps to the replaced text's
// start.
func (l *lineIndex) origin(off int) int {
	i := sort.Search(len(l.edits), func(i int) bool { return l.edits[i].new.start > off }) - 1
	if i < 0 {
		return off
	}
	e := l.edits[i]
	if off < e.new.stop {
		return e.old.start
	}
	return e.old.stop + off - e.new.stop
}

func (l *lineIndex) build() {
	if l.starts != nil {
		return
	}
	l.starts = make([]int, 0, bytes.Count(l.src, []byte{'\n'})+1)
	l.starts = append(l.starts, 0)
	for i, b := range l.src {
		if b == '\n' {
			l.starts = append(l.starts, i+1)
		}
	}
}

// line returns the file line of offset off.
func (l *lineIndex) line(off int) int {
	off = l.origin(off)
	l.build()
	i := sort.SearchInts(l.starts, off+1) - 1
	return l.first + i
}

// pos returns the file position of offset off; the column counts bytes.
func (l *lineIndex) pos(file string, off int) diag.Pos {
	off = l.origin(off)
	l.build()
	i := sort.SearchInts(l.starts, off+1) - 1
	return diag.Pos{File: file, Line: l.first + i, Col: off - l.starts[i] + 1}
}
