package main

import (
	"bytes"
	"slices"

	"lectern/internal/build"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// diagIndex finds the diagnostics of a whole run that are about one
// document. A page is the whole of its file, so every diagnostic at that
// file is its own. A record of a data file shares its file with the
// file's other records, so only the diagnostics at places the record
// wrote are its own: its first line, its fields, its body.
type diagIndex struct {
	byFile map[string]diag.List
	byPos  map[diag.Pos]diag.List
	// byLine holds the diagnostics at a line, whatever their column, for
	// a record's body: positions in markdown are counted from the line
	// the body starts on.
	byLine map[diag.Pos]diag.List
}

func newDiagIndex(diags diag.List) diagIndex {
	x := diagIndex{byFile: map[string]diag.List{}, byPos: map[diag.Pos]diag.List{}, byLine: map[diag.Pos]diag.List{}}
	for _, d := range diags {
		x.byFile[d.Pos.File] = append(x.byFile[d.Pos.File], d)
		x.byPos[d.Pos] = append(x.byPos[d.Pos], d)
		line := diag.Pos{File: d.Pos.File, Line: d.Pos.Line}
		x.byLine[line] = append(x.byLine[line], d)
	}
	return x
}

// of returns the diagnostics of the run about d, besides d.Diags (found
// while reading it, so always its own). The model reports at a record's
// field (Document.Pos) or, for a field it did not write, at its first
// line, column 1. A position two records share (a date that the group
// around them writes) is each one's, since each took that value.
func (x diagIndex) of(d *content.Document) diag.List {
	if !d.FromRecord() {
		return x.byFile[d.File]
	}
	var out diag.List
	seen := map[diag.Pos]bool{}
	at := func(p diag.Pos) {
		if !seen[p] {
			seen[p] = true
			out.Append(x.byPos[p])
		}
	}
	at(diag.Pos{File: d.File, Line: d.Line, Col: 1})
	at(diag.Pos{File: d.File, Line: d.Line})
	for _, p := range d.Fields.All() {
		at(p)
	}
	// Lines of the body after the record's first line hold nothing of
	// another record; its first line may (a JSON file on one line), so
	// only the exact positions above count there.
	first, n := d.BodyLine, bodyLines(d.Body)
	for l := max(first, d.Line+1); l < first+n; l++ {
		out.Append(x.byLine[diag.Pos{File: d.File, Line: l}])
	}
	return out
}

// bodyLines is the number of lines body spans.
func bodyLines(body []byte) int {
	if len(body) == 0 {
		return 0
	}
	n := bytes.Count(body, []byte("\n"))
	if body[len(body)-1] != '\n' {
		n++
	}
	return n
}

// namedDiags are the diagnostics to print: all of them, or when files are
// named only those at these files, so that inspecting one page shows its
// own warnings, not the whole site's. The exit code still counts every
// error: the site would not build.
func namedDiags(m *build.Model, diags diag.List, filters []string) diag.List {
	if len(filters) == 0 {
		return diags
	}
	named := map[string]bool{}
	for _, d := range namedDocs(m.Docs, filters) {
		named[d.File] = true
	}
	var out diag.List
	for _, d := range diags {
		if named[d.Pos.File] {
			out.Add(d)
		}
	}
	return out
}

// unshown returns the lines of diags that none of views shows: those of
// a data file that are about none of its records.
func unshown(diags []string, views []pageView) []string {
	shown := map[string]bool{}
	for _, v := range views {
		for _, d := range append(slices.Clone(v.Errors), v.Warnings...) {
			shown[d] = true
		}
	}
	var out []string
	for _, d := range diags {
		if !shown[d] {
			out = append(out, d)
		}
	}
	return out
}
