package content

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"lectern/internal/diag"
)

// csvTree reads a CSV file whose first row names the columns into a list
// of mappings, one a row, each value at its own line and column. Every
// value is text, as CSV has no types; fields read dates and numbers from
// text as they do from front matter. A row with more or fewer values
// than the header is an error at that row.
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
		if len(row) != len(header) {
			diags.Errorf(diag.Pos{File: file, Line: line, Col: 1}, "this row has %d values but the first row names %d columns; give every row one value a column, leaving a value empty between two commas", len(row), len(header))
			continue
		}
		rec := &node{kind: mapNode, pos: diag.Pos{File: file, Line: line, Col: 1}}
		for i, v := range row {
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
