package content

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"lectern/internal/diag"
)

// csvTree reads a CSV file whose first row names the columns into a list
// of mappings, one a row, each value at its own line and column. Every
// value is text, as CSV has no types; fields read dates and numbers from
// text as they do from front matter. A row with fewer values than the
// header has the others empty and one with more loses the rest, each
// with a warning at that row: Jekyll reads such a file so, and its
// author may not know.
func csvTree(file string, text []byte) (*node, diag.List) {
	r := csv.NewReader(bytes.NewReader(text))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	out := &node{kind: listNode, pos: diag.Pos{File: file, Line: 1, Col: 1}}
	var header []string
	var diags diag.List
	for {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			pos := diag.Pos{File: file, Line: 1, Col: 1}
			msg := err.Error()
			if errors.As(err, &pe) {
				pos.Line, pos.Col, msg = pe.Line, max(pe.Column, 1), pe.Err.Error()
			}
			diags.Errorf(pos, "cannot parse data file: %s; a value holding a comma or a quote must be quoted, with quotes inside doubled (\"say \"\"hi\"\"\")", msg)
			return nil, diags
		}
		line, _ := r.FieldPos(0)
		if header == nil {
			header = make([]string, len(row))
			for i, h := range row {
				header[i] = strings.TrimSpace(h)
			}
			continue
		}
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
			continue
		}
		switch {
		case len(row) < len(header):
			quoted := make([]string, 0, len(header)-len(row))
			for _, h := range header[len(row):] {
				quoted = append(quoted, strconv.Quote(h))
			}
			missing, verb := strings.Join(quoted, ", "), "are"
			if len(header)-len(row) == 1 {
				verb = "is"
			}
			diags.Warnf(diag.Pos{File: file, Line: line, Col: 1}, "this row has %d values but the first row names %d columns; %s %s read as empty; give every row one value a column, leaving a value empty between two commas", len(row), len(header), missing, verb)
		case len(row) > len(header):
			diags.Warnf(diag.Pos{File: file, Line: line, Col: 1}, "this row has %d values but the first row names %d columns; what follows the %q column is left out; give every row one value a column, or name the column in the first row", len(row), len(header), header[len(header)-1])
		}
		rec := &node{kind: mapNode, pos: diag.Pos{File: file, Line: line, Col: 1}}
		for i, v := range row[:min(len(row), len(header))] {
			if header[i] == "" {
				continue
			}
			l, c := r.FieldPos(i)
			pos := diag.Pos{File: file, Line: l, Col: c}
			tag := tagString
			if strings.TrimSpace(v) == "" {
				tag = tagNull
			}
			rec.keys = append(rec.keys, entry{key: header[i], pos: pos, val: &node{kind: scalarNode, pos: pos, tag: tag, text: v}})
		}
		out.items = append(out.items, rec)
	}
	return out, diags
}
