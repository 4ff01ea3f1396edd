package exports

import (
	"sort"

	"lectern/internal/diag"
)

// lines turns byte offsets of a file into 1-based lines and columns.
type lines struct {
	file string
	// starts holds the offset at which each line begins.
	starts []int
}

func newLines(file string, src []byte) lines {
	l := lines{file: file, starts: []int{0}}
	for i, c := range src {
		if c == '\n' {
			l.starts = append(l.starts, i+1)
		}
	}
	return l
}

// pos returns the position of byte offset off; the column counts bytes, as
// diag.Pos asks.
func (l lines) pos(off int) diag.Pos {
	if off < 0 {
		off = 0
	}
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	return diag.Pos{File: l.file, Line: i + 1, Col: off - l.starts[i] + 1}
}

// posAt is the position at line and col of file, dropping what is unknown.
func posAt(file string, line, col int) diag.Pos {
	return diag.Pos{File: file, Line: max(line, 0), Col: max(col, 0)}
}
