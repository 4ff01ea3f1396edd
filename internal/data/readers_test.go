package data

import (
	"slices"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// TestReaders checks that readers are tried in order before a file is
// read as data, and that a file no reader knows is read as lectern reads
// it.
func TestReaders(t *testing.T) {
	fsys := fstest.MapFS{
		"data/export.json":   {Data: []byte(`{"tool": "x", "talks": []}`)},
		"data/talks/a.yml":   {Data: []byte("title: Plain record\n")},
		"data/something.yml": {Data: []byte("a: 1\n")},
	}
	var mu sync.Mutex
	var calls []string
	never := func(file string, src []byte, loc *time.Location) ([]*content.Document, bool, diag.List) {
		mu.Lock() // readers run on several goroutines
		calls = append(calls, file)
		mu.Unlock()
		return nil, false, nil
	}
	export := func(file string, src []byte, loc *time.Location) ([]*content.Document, bool, diag.List) {
		if file != "data/export.json" {
			return nil, false, nil
		}
		var d diag.List
		d.Warnf(diag.Pos{File: file, Line: 1, Col: 1}, "read by the export reader")
		return []*content.Document{{File: file, Line: 1, Kind: content.KindTalk, Title: "From the export", Slug: "from-the-export"}}, true, d
	}
	o := Options{Readers: []Reader{never, export}}
	ds, diags := Load(fsys, o)
	var titles []string
	for _, d := range ds.Docs {
		titles = append(titles, d.Title)
	}
	if len(titles) != 2 || titles[0] != "From the export" || titles[1] != "Plain record" {
		t.Errorf("documents %q; want the export's and the plain record", titles)
	}
	if want := "data/export.json:1:1: warning: read by the export reader"; len(diags) != 1 || diags[0].String() != want {
		t.Errorf("diagnostics %q; want %q", diags.Strings(), want)
	}
	if len(calls) != 3 {
		t.Errorf("the first reader was asked about %d files; want every one of 3", len(calls))
	}
	if _, ok := ds.Data["export"]; ok {
		t.Errorf("a file a reader read is in .Site.Data; only files read as data are")
	}
	if ds.Data["something"] == nil {
		t.Errorf("a file no reader knows is not in .Site.Data")
	}
}

// TestReaderRecordDiags checks that Load reports the problems a reader
// gives in its documents' own Diags, besides those of the file as a
// whole: a record left out for an error must fail the build, not vanish.
func TestReaderRecordDiags(t *testing.T) {
	at := func(line int) diag.Pos { return diag.Pos{File: "data/export.json", Line: line, Col: 5} }
	record := func(line int, ds ...diag.Diag) *content.Document {
		return &content.Document{File: "data/export.json", Line: line, Kind: content.KindTalk, Title: "T", Slug: "t", Diags: ds}
	}
	tests := []struct {
		name   string
		docs   []*content.Document
		file   diag.List
		want   []string
		errors bool
	}{{
		name: "a record's warning",
		docs: []*content.Document{record(2), record(8, diag.Warnf(at(8), "room 9 is not listed"))},
		want: []string{"data/export.json:8:5: warning: room 9 is not listed"},
	}, {
		name:   "a record's error",
		docs:   []*content.Document{record(2, diag.Errorf(at(3), "no title"))},
		want:   []string{"data/export.json:3:5: no title"},
		errors: true,
	}, {
		name: "the file's and the records'",
		docs: []*content.Document{record(2, diag.Warnf(at(2), "first")), record(8, diag.Warnf(at(8), "second"))},
		file: diag.List{diag.Warnf(diag.Pos{File: "data/export.json", Line: 1, Col: 1}, "whole file")},
		want: []string{
			"data/export.json:1:1: warning: whole file",
			"data/export.json:2:5: warning: first",
			"data/export.json:8:5: warning: second",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"data/export.json": {Data: []byte(`{}`)}}
			read := func(file string, src []byte, loc *time.Location) ([]*content.Document, bool, diag.List) {
				return tt.docs, true, tt.file
			}
			_, diags := Load(fsys, Options{Readers: []Reader{read}})
			if got := diags.Strings(); !slices.Equal(got, tt.want) {
				t.Errorf("diagnostics:\n%q\nwant:\n%q", got, tt.want)
			}
			if diags.HasErrors() != tt.errors {
				t.Errorf("HasErrors is %v; want %v", diags.HasErrors(), tt.errors)
			}
		})
	}
}

// TestExportedOnce: a record two export files give (the same kind, tool
// id and title, as Sessionize's sessions view and schedule grid give
// each session) is read once, from the first file in path order; one
// only the later file gives, and records without an id, are kept.
func TestExportedOnce(t *testing.T) {
	fsys := fstest.MapFS{
		"src/data/sessions.json":  {Data: []byte(`[]`)},
		"src/data/timetable.json": {Data: []byte(`[]`)},
	}
	talk := func(file, id, title string) *content.Document {
		d := &content.Document{File: file, Line: 1, Kind: content.KindTalk, Title: title, Slug: content.Slugify(title)}
		if id != "" {
			d.Params = map[string]any{"id": id}
		}
		return d
	}
	export := func(file string, src []byte, loc *time.Location) ([]*content.Document, bool, diag.List) {
		switch file {
		case "src/data/sessions.json":
			return []*content.Document{talk(file, "101", "Boiling points"), talk(file, "", "Untracked")}, true, nil
		case "src/data/timetable.json":
			return []*content.Document{talk(file, "101", "Boiling points"), talk(file, "c0ffee", "Break"), talk(file, "", "Untracked")}, true, nil
		}
		return nil, false, nil
	}
	ds, _ := Load(fsys, Options{Dirs: []string{"src/data"}, Readers: []Reader{export}})
	var got []string
	for _, d := range ds.Docs {
		got = append(got, d.File+" "+d.Title)
	}
	want := []string{"src/data/sessions.json Boiling points", "src/data/sessions.json Untracked", "src/data/timetable.json Break", "src/data/timetable.json Untracked"}
	if !slices.Equal(got, want) {
		t.Errorf("records %q; want %q", got, want)
	}
}
