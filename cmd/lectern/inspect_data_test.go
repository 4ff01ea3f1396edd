package main

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/build"
)

// TestInspectRecords checks that each record of a data file is a page of
// its own in inspect, named by the file and the line it starts on, with
// the URL the model gave it.
func TestInspectRecords(t *testing.T) {
	fsys := fstest.MapFS{
		"content/index.md": {Data: []byte("# Home\n")},
		"data/speakers.yml": {Data: []byte(`- name: Ada Example
  id: P1
- name: Bo Sample
  id: P2
`)},
		"data/talks/one.yml": {Data: []byte("title: One\nspeakers: [P2]\ndate: 2024-01-01 10:00\n")},
	}
	m, diags := build.LoadModel(context.Background(), fsys, build.ModelOptions{})
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %q", diags.Strings())
	}
	got := map[string]pageView{}
	for _, v := range inspectViews(m, diags, nil) {
		got[v.File] = v
	}
	want := map[string]string{
		"data/speakers.yml:1":  "/speakers/ada-example/",
		"data/speakers.yml:3":  "/speakers/bo-sample/",
		"data/talks/one.yml:1": "/talks/one/",
	}
	for file, url := range want {
		v, ok := got[file]
		if !ok {
			t.Errorf("no page %s; have %v", file, keysOf(got))
			continue
		}
		if v.URL != url {
			t.Errorf("%s: url %q; want %q", file, v.URL, url)
		}
	}
	if sp := got["data/talks/one.yml:1"].Speakers; len(sp) != 1 || sp[0].Name != "Bo Sample" {
		t.Errorf("the talk's speakers are %+v; want the record P2, Bo Sample", sp)
	}
}

func keysOf(m map[string]pageView) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// recordWant is what inspect should show of one record: its page's URL
// and the warnings at that record, not at its file's other records.
type recordWant struct {
	file, title, url string
	warnings         []string
}

// TestInspectRecordPages checks that each record of a data file holding
// several is shown with its own page and only its own warnings: those
// found reading its fields and those the model gives at its fields'
// positions, never another record's of the same file.
func TestInspectRecordPages(t *testing.T) {
	badDate := `cannot read "date" value "2024-13-45 10:00" as a date; write it like 2017-08-16, 2017-08-16 11:30, 2017-08-16 11:30:00 -0500, 2017-08-16T11:30:00-05:00 or Aug 16 2017`
	tests := []struct {
		name  string
		files fstest.MapFS
		want  []recordWant
	}{{
		name: "list of talks",
		files: fstest.MapFS{"data/talks.yml": {Data: []byte(`- title: First
  date: 2024-13-45 10:00
- title: Second
  date: 2024-05-02 10:00
- title: Third
  slug: "../x"
`)}},
		want: []recordWant{
			{"data/talks.yml:1", "First", "/talks/first/", []string{"data/talks.yml:2:9: warning: " + badDate}},
			{"data/talks.yml:3", "Second", "/talks/second/", []string{}},
			{"data/talks.yml:5", "Third", "/talks/x/", []string{`data/talks.yml:6:9: warning: slug "../x" cannot be part of a URL; using "x"`}},
		},
	}, {
		name: "speakers under a key, warned by the model",
		files: fstest.MapFS{"data/speakers.yml": {Data: []byte(`speakers:
  - name: Ada Example
    photo: ada.png
  - name: Bo Sample
  - name: Cy Person
    photo: cy.png
`)}},
		want: []recordWant{
			{"data/speakers.yml:2", "Ada Example", "/speakers/ada-example/", []string{`data/speakers.yml:3:12: warning: the photo "ada.png" of Ada Example is not a file of this site (neither beside this page nor under static/ or content/); pages show Ada Example's initials instead; add the file or correct the path`}},
			{"data/speakers.yml:4", "Bo Sample", "/speakers/bo-sample/", []string{}},
			{"data/speakers.yml:5", "Cy Person", "/speakers/cy-person/", []string{`data/speakers.yml:6:12: warning: the photo "cy.png" of Cy Person is not a file of this site (neither beside this page nor under static/ or content/); pages show Cy Person's initials instead; add the file or correct the path`}},
		},
	}, {
		name: "an event's talks",
		files: fstest.MapFS{"data/events.yml": {Data: []byte(`- name: Meetup One
  start: 2024-06-01 19:00
  talks:
    - title: Lightning
    - title: Thunder
      date: 2024-13-45 10:00
- name: Meetup Two
  start: 2024-07-01 19:00
`)}},
		want: []recordWant{
			{"data/events.yml:1", "Meetup One", "/events/meetup-one-2024-06-01/", []string{}},
			{"data/events.yml:4", "Lightning", "/talks/lightning-2024-06-01/", []string{}},
			{"data/events.yml:5", "Thunder", "/talks/thunder-2024-06-01/", []string{"data/events.yml:6:13: warning: " + badDate}},
			{"data/events.yml:7", "Meetup Two", "/events/meetup-two-2024-07-01/", []string{}},
		},
	}, {
		name: "warnings in bodies",
		files: fstest.MapFS{"data/talks.yml": {Data: []byte(`- title: One
  abstract: |
    First line.

    Then {% weird %} here.
- title: Two
  abstract: Plain {% other %}.
`)}},
		want: []recordWant{
			{"data/talks.yml:1", "One", "/talks/one/", []string{`data/talks.yml:5:6: warning: template tag "{% weird %}" is shown as written: lectern does not run Liquid or Hugo tags; replace it with markdown or HTML`}},
			{"data/talks.yml:6", "Two", "/talks/two/", []string{`data/talks.yml:7:7: warning: template tag "{% other %}" is shown as written: lectern does not run Liquid or Hugo tags; replace it with markdown or HTML`}},
		},
	}, {
		// Both records start on line 1: each keeps its own page, URL and
		// warnings, told apart by the columns of their fields.
		name: "records on one line",
		files: fstest.MapFS{"data/talks.json": {Data: []byte(`[{"title": "Alpha", "date": "2024-05-02 10:00", "room": "A"}, {"title": "Beta", "slug": "../b"}]
`)}},
		want: []recordWant{
			{"data/talks.json:1", "Alpha", "/talks/alpha/", []string{}},
			{"data/talks.json:1", "Beta", "/talks/b/", []string{`data/talks.json:1:89: warning: slug "../b" cannot be part of a URL; using "b"`}},
		},
	}, {
		// An export's sessions are records of its file too, each named
		// by its line, not by the path it stands at among the pages.
		name: "a Sessionize export",
		files: fstest.MapFS{"data/sessionize.json": {Data: []byte(`{
  "sessions": [
    {"id": "1", "title": "Alpha", "startsAt": "2025-05-21T09:30:00", "endsAt": "2025-05-21T10:00:00", "speakers": [], "categoryItems": [], "roomId": 1},
    {"id": "2", "title": "Beta", "startsAt": "2025-05-21T10:00:00", "endsAt": "2025-05-21T10:30:00", "speakers": [], "categoryItems": [], "roomId": 9}
  ],
  "speakers": [],
  "categories": [],
  "rooms": [{"id": 1, "name": "Main"}]
}
`)}},
		want: []recordWant{
			{"data/sessionize.json:3", "Alpha", "/talks/alpha/", []string{}},
			{"data/sessionize.json:4", "Beta", "/talks/beta/", []string{`data/sessionize.json:4:5: warning: session "Beta" names room 9, which the export's rooms do not list; it is read without a room`}},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.files["content/index.md"] = &fstest.MapFile{Data: []byte("# Home\n")}
			m, diags := build.LoadModel(context.Background(), tt.files, build.ModelOptions{})
			if diags.HasErrors() {
				t.Fatalf("diagnostics: %q", diags.Strings())
			}
			var got []recordWant
			for _, v := range inspectViews(m, diags, []string{"data/"}) {
				got = append(got, recordWant{v.File, v.Title, v.URL, v.Warnings})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("records:\n%s\nwant:\n%s", showRecords(got), showRecords(tt.want))
			}
		})
	}
}

func showRecords(rs []recordWant) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "  %s %q %s\n", r.file, r.title, r.url)
		for _, w := range r.warnings {
			fmt.Fprintf(&b, "    %s\n", w)
		}
	}
	return b.String()
}
