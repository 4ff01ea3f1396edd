package content

import (
	"testing"
	"testing/fstest"
	"unsafe"
)

// TestLoadSharesRepeatedTexts checks that the documents of one Load hold
// one copy of a text their front matters repeat — a speaker's name and
// bio, a custom field's key and value — whatever the format they were
// written in, and that each still reads what it wrote.
func TestLoadSharesRepeatedTexts(t *testing.T) {
	yamlPage := func(title string) string {
		return "---\ntitle: " + title + "\nspeakers:\n- name: Ada Lovelace\n  bio: Wrote the first program.\nvenue_note: Hall B, second floor\n---\nBody.\n"
	}
	fsys := fstest.MapFS{
		"content/talks/a.md": {Data: []byte(yamlPage("One"))},
		"content/talks/b.md": {Data: []byte(yamlPage("Two"))},
		"content/talks/c.md": {Data: []byte("+++\ntitle = \"Three\"\nvenue_note = \"Hall B, second floor\"\n[[speakers]]\nname = \"Ada Lovelace\"\nbio = \"Wrote the first program.\"\n+++\nBody.\n")},
		"content/talks/d.md": {Data: []byte("{\"title\": \"Four\", \"venue_note\": \"Hall B, second floor\", \"speakers\": [{\"name\": \"Ada Lovelace\", \"bio\": \"Wrote the first program.\"}]}\nBody.\n")},
	}
	set, diags := Load(fsys, Options{})
	if diags.Err() != nil || len(set.Docs) != 4 {
		t.Fatalf("Load: %d documents, %v", len(set.Docs), diags)
	}
	data := func(s string) *byte { return unsafe.StringData(s) }
	first := set.Docs[0]
	for _, d := range set.Docs {
		if len(d.Speakers) != 1 || d.Speakers[0].Bio != "Wrote the first program." || d.Params["venue_note"] != "Hall B, second floor" {
			t.Fatalf("%s: speakers %+v, params %v", d.File, d.Speakers, d.Params)
		}
		note := d.Params["venue_note"].(string)
		for what, pair := range map[string][2]string{
			"speaker's name": {d.Speakers[0].Name, first.Speakers[0].Name},
			"speaker's bio":  {d.Speakers[0].Bio, first.Speakers[0].Bio},
			"param's value":  {note, first.Params["venue_note"].(string)},
			"param's key":    {paramKey(d, "venue_note"), paramKey(first, "venue_note")},
		} {
			if data(pair[0]) != data(pair[1]) {
				t.Errorf("%s holds a copy of its own of the %s %q", d.File, what, pair[0])
			}
		}
		// Params holds interface values: boxing a string allocates a
		// header of its own, unless the box is shared too.
		if boxOf(d.Params["venue_note"]) != boxOf(first.Params["venue_note"]) {
			t.Errorf("%s boxes the param's value %q itself", d.File, note)
		}
	}
	// Parse alone, as the preview calls it for one file, shares nothing
	// and reads the same.
	a := Parse("content/talks/a.md", []byte(yamlPage("One")), Options{})
	if a.Speakers[0].Bio != first.Speakers[0].Bio || data(a.Speakers[0].Bio) == data(first.Speakers[0].Bio) {
		t.Errorf("Parse: bio %q", a.Speakers[0].Bio)
	}
}

// boxOf returns where the value of the interface v is held.
func boxOf(v any) unsafe.Pointer { return (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1] }

// paramKey returns Params' own copy of key.
func paramKey(d *Document, key string) string {
	for k := range d.Params {
		if k == key {
			return k
		}
	}
	return ""
}

// TestDataRecordsShareRepeatedTexts checks that the records of one data
// file hold one copy of a text they repeat.
func TestDataRecordsShareRepeatedTexts(t *testing.T) {
	src := "- title: One\n  room: Hall B\n  speakers: [Ada Lovelace]\n- title: Two\n  room: Hall B\n  speakers: [Ada Lovelace]\n"
	for _, file := range []string{"data/talks.yaml", "data/talks.csv"} {
		if file == "data/talks.csv" {
			src = "title,room,speakers\nOne,Hall B,Ada Lovelace\nTwo,Hall B,Ada Lovelace\n"
		}
		v, diags := DecodeData(file, []byte(src), nil)
		if v == nil || diags.Err() != nil {
			t.Fatalf("%s: %v", file, diags)
		}
		var docs []*Document
		for _, r := range v.Items() {
			docs = append(docs, Record(r, RecordOptions{File: file, Path: "talks/x.md"}))
		}
		if len(docs) != 2 || docs[0].Room != "Hall B" || docs[1].Room != "Hall B" || len(docs[1].Speakers) != 1 {
			t.Fatalf("%s: records %+v", file, docs)
		}
		if unsafe.StringData(docs[0].Room) != unsafe.StringData(docs[1].Room) ||
			unsafe.StringData(docs[0].Speakers[0].Name) != unsafe.StringData(docs[1].Speakers[0].Name) {
			t.Errorf("%s: each record holds its own copy of a repeated text", file)
		}
	}
}
