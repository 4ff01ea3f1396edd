package exports

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// seeds adds to f the files of the golden archives whose names end in ext.
func seeds(f *testing.F, ext string) {
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, x := range ar.Files {
			if strings.HasSuffix(x.Name, ext) {
				f.Add(x.Data)
			}
		}
	}
}

// checkRead runs Read on src as file and checks what must hold whatever
// the input: no panic, documents that name the file, have a kind, a slug
// and a path of their own, and positions inside the file.
func checkRead(t *testing.T, file string, src []byte) {
	before := bytes.Clone(src)
	docs, ok, diags := Read(file, src, time.UTC)
	if !bytes.Equal(src, before) {
		t.Fatal("Read modified its input")
	}
	if !ok && (len(docs) > 0 || len(diags) > 0) {
		t.Fatalf("declined the file but returned %d documents and %v", len(docs), diags)
	}
	lines := bytes.Count(src, []byte("\n")) + 1
	checkPos := func(what string, file2 string, line int) {
		if file2 != file || line < 1 || line > lines {
			t.Fatalf("%s is at %s:%d, outside %s (%d lines)", what, file2, line, file, lines)
		}
	}
	for _, d := range diags {
		checkPos("diagnostic "+d.Msg, d.Pos.File, d.Pos.Line)
	}
	paths := map[string]bool{}
	for _, d := range docs {
		if d.File != file || d.Kind == "" || d.Slug == "" || paths[d.Path] {
			t.Fatalf("document %+v: want file %s, a kind, a slug and a path of its own", d, file)
		}
		paths[d.Path] = true
		for name, p := range d.Fields.All() {
			checkPos("field "+name, p.File, p.Line)
		}
		for _, dg := range d.Diags {
			checkPos("diagnostic "+dg.Msg, dg.Pos.File, dg.Pos.Line)
		}
	}
}

// FuzzJSON feeds the JSON readers: frab's schedule.json, the pretalx API
// and Sessionize, which Read tells apart by their members.
func FuzzJSON(f *testing.F) {
	seeds(f, ".json")
	f.Fuzz(func(t *testing.T, src []byte) { checkRead(t, "data/x.json", src) })
}

// FuzzFrabXML feeds the schedule.xml reader.
func FuzzFrabXML(f *testing.F) {
	seeds(f, ".xml")
	f.Fuzz(func(t *testing.T, src []byte) { checkRead(t, "data/schedule.xml", src) })
}

// FuzzGoodreads feeds the Goodreads CSV reader.
func FuzzGoodreads(f *testing.F) {
	seeds(f, ".csv")
	f.Fuzz(func(t *testing.T, src []byte) { checkRead(t, "data/goodreads.csv", src) })
}

// FuzzBibTeX feeds the BibTeX reader and its TeX decoding.
func FuzzBibTeX(f *testing.F) {
	seeds(f, ".bib")
	f.Add([]byte(`@misc{x, title = {\"{\'{\c{\v}}} \href{a}{b} \url{c} --- \\ {\i}}}`))
	f.Fuzz(func(t *testing.T, src []byte) { checkRead(t, "data/refs.bib", src) })
}
