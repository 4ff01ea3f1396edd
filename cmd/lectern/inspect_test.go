package main

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/build"
)

// readingSite has a reading list and notes whose prose lists are taken or
// not for every reason inspect gives.
var readingSite = fstest.MapFS{
	"content/reading/list.md": {Data: []byte(`---
title: List
items:
  - title: Shared
    url: https://shared.example/
    status: read
    rating: 4
    tags: [SRE]
    note: from the list
---
Body.
`)},
	"content/notes/a.md": {Data: []byte(`---
title: A
---
Links:

- [Shared](http://www.shared.example) - from the note
- [Other](https://other.example/)

Not enough links:

- [One](https://one.example/)
- two
- three

* [Parent](https://parent.example/) by Ada Lovelace (1843)
  - [Nested](https://nested.example/)
  - [Nested too](https://nested2.example/)

Contents:

- [Top](#top)
- [Bottom](#bottom)

Me elsewhere:

- [GitHub](https://github.com/ada)
- [LinkedIn](https://linkedin.example/ada)

Links inside sentences:

- Read [this](https://this.example/) first.
`)},
	"content/notes/out.md": {Data: []byte(`---
title: Out
reading: false
---
- [Skipped](https://skipped.example/)
`)},
	"content/uses.md": {Data: []byte(`---
title: Uses
---
- [Neovim](https://neovim.example/) — editor
`)},
}

var spaces = regexp.MustCompile(` {2,}`)

func inspectReading(t *testing.T, filters ...string) []pageView {
	t.Helper()
	m, diags := build.LoadModel(context.Background(), readingSite, build.ModelOptions{})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %q", diags.Strings())
	}
	return inspectViews(m, diags, filters)
}

// TestInspectReadingDetail checks what a writer sees of each page's
// reading items and lists: its own items, where they were written, and
// why a list was not taken.
func TestInspectReadingDetail(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"notes/a.md", []string{
			"  item (line 6)  Shared <http://www.shared.example> — from the note\n",
			"  item (line 7)  Other <https://other.example/>\n",
			"  item (line 15)  Parent by Ada Lovelace (1843) <https://parent.example/>\n",
			"  list (line 6)   taken as a reading list: 2 of 2 items are reading items\n",
			"  list (line 11)  not a reading list: 1 of 3 items start with a link to read; at least half must\n",
			"  list (line 15)  taken as a reading list: 1 of 1 items are reading items\n",
			"  list (line 16)  not a reading list: it is nested in an item that has a link of its own; its links belong to that item\n",
			"  list (line 21)  not a reading list: it is navigation: 2 of 2 links go to a heading of this page or to a page of this site\n",
			"  list (line 26)  not a reading list: it is a list of profile links: 2 of 2 links are named for a service or a profile (GitHub, LinkedIn, Website…) or go to one, not to something to read\n",
			"  list (line 31)  not a reading list: its links are inside the text of 1 of 1 items, not at their start; a reading item starts with its link\n",
		}},
		{"reading/list.md", []string{
			"  item (front matter)  Shared <https://shared.example/> [read, 4/5, #SRE] — from the list\n",
		}},
		{"notes/out.md", []string{
			"  list (line 5)  not a reading list: the page has reading: false\n",
		}},
		{"uses.md", []string{
			"  list (line 4)  not a reading list: the page is a uses page: its lists are the tools its author uses, not things to read; write reading: true to take them\n",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			views := inspectReading(t, tt.file)
			if len(views) != 1 {
				t.Fatalf("want one view, got %d", len(views))
			}
			var out bytes.Buffer
			printDetail(&out, views[0])
			// Columns are aligned by tabwriter; compare with single spaces.
			got := spaces.ReplaceAllString(out.String(), " ")
			for _, want := range tt.want {
				if want = spaces.ReplaceAllString(want, " "); !strings.Contains(got, want) {
					t.Errorf("missing %q in\n%s", want, out.String())
				}
			}
			if (tt.file == "notes/out.md" || tt.file == "uses.md") && strings.Contains(out.String(), "item") {
				t.Errorf("a page with reading: false has no prose items:\n%s", out.String())
			}
		})
	}
}

// TestInspectReadingJSON checks the JSON form: each page's own items with
// their source, and its lists.
func TestInspectReadingJSON(t *testing.T) {
	views := inspectReading(t, "notes/a.md")
	b, err := json.Marshal(views[0].Items[0])
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"title":"Shared","url":"http://www.shared.example","author":"","note":"from the note","status":"","rating":0,"tags":[],"source":"line 6"}`; got != want {
		t.Errorf("item:\n got %s\nwant %s", got, want)
	}
	b, err = json.Marshal(views[0].Lists)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"line":6,"items":2,"links":2,"reading":2,"taken":true},` +
		`{"line":11,"items":3,"links":1,"reading":1,"taken":false,"reason":"1 of 3 items start with a link to read; at least half must"},` +
		`{"line":15,"items":1,"links":1,"reading":1,"taken":true},` +
		`{"line":16,"items":2,"links":2,"reading":2,"taken":false,"reason":"it is nested in an item that has a link of its own; its links belong to that item"},` +
		`{"line":21,"items":2,"links":2,"reading":0,"taken":false,"reason":"it is navigation: 2 of 2 links go to a heading of this page or to a page of this site"},` +
		`{"line":26,"items":2,"links":2,"reading":0,"taken":false,"reason":"it is a list of profile links: 2 of 2 links are named for a service or a profile (GitHub, LinkedIn, Website…) or go to one, not to something to read"},` +
		`{"line":31,"items":1,"links":1,"reading":0,"taken":false,"reason":"its links are inside the text of 1 of 1 items, not at their start; a reading item starts with its link"}]`
	if string(b) != want {
		t.Errorf("lists:\n got %s\nwant %s", b, want)
	}
}

// TestInspectEscapesControls checks that a file name and a title holding
// terminal escape sequences are shown as text by every form of inspect.
func TestInspectEscapesControls(t *testing.T) {
	site := fstest.MapFS{
		"content/talks/\x1b[31mred.md": {Data: []byte("---\ntitle: \"\\e[31mRed \\u009b2J \\u202eevil\"\n---\nBody.\n")},
	}
	m, diags := build.LoadModel(context.Background(), site, build.ModelOptions{})
	views := inspectViews(m, diags, nil)
	if len(views) != 1 {
		t.Fatalf("want one view, got %d", len(views))
	}
	var table, detail bytes.Buffer
	printTable(&table, views)
	printDetail(&detail, views[0])
	var js bytes.Buffer
	enc := json.NewEncoder(&js)
	if err := enc.Encode(views); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, out string
		want      []string
	}{
		{"table", table.String(), []string{`talks/\x1b[31mred.md`, `\x1b[31mRed \u009b2J \u202eevil`}},
		{"detail", detail.String(), []string{"talks/\\x1b[31mred.md\n", `title  \x1b[31mRed \u009b2J \u202eevil`}},
		{"json", string(escapeJSON(js.Bytes())), []string{`"file":"talks/\u001b[31mred.md"`, `"title":"\u001b[31mRed \u009b2J \u202eevil"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if strings.ContainsAny(tt.out, "\x1b\u009b\u202e") {
				t.Errorf("raw control characters in\n%q", tt.out)
			}
			for _, w := range tt.want {
				if !strings.Contains(tt.out, w) {
					t.Errorf("missing %q in\n%s", w, tt.out)
				}
			}
		})
	}
	var back []pageView
	if err := json.Unmarshal(escapeJSON(js.Bytes()), &back); err != nil || back[0].Title != views[0].Title {
		t.Errorf("escaped JSON does not decode to the same title: %v", err)
	}
}

// TestInspectShowsClashes checks that a page that moved in a URL clash,
// or was published once as a copy of another, says why in its view,
// though its own file was read without fault.
func TestInspectShowsClashes(t *testing.T) {
	site := fstest.MapFS{
		"content/talks/2019-09-23-11-00-break.md": {Data: []byte("---\ntitle: Break\n---\nMorning.\n")},
		"content/talks/2019-09-23-15-40-break.md": {Data: []byte("---\ntitle: Break\n---\nAfternoon.\n")},
		"content/talks/lightning.md":              {Data: []byte("---\ntitle: Lightning talks\nurl: /lightning/\n---\nFive minutes each.\n")},
		"content/talks/old/lightning.md":          {Data: []byte("---\ntitle: Lightning talks\nurl: /lightning/\n---\nFive minutes each.\n")},
	}
	m, diags := build.LoadModel(context.Background(), site, build.ModelOptions{})
	views := inspectViews(m, diags, nil)
	want := map[string]struct {
		url      string
		warnings []string
	}{
		"talks/2019-09-23-11-00-break.md": {"/talks/break/", []string{}},
		"talks/2019-09-23-15-40-break.md": {"/talks/2019-09-23-15-40-break/", []string{`content/talks/2019-09-23-15-40-break.md:1:1: warning: content/talks/2019-09-23-11-00-break.md and this page both make the URL /talks/break/; the first in path order keeps it, so this page is published at /talks/2019-09-23-15-40-break/; set "slug:" or "url:" to choose another`}},
		"talks/lightning.md":              {"/lightning/", []string{}},
		"talks/old/lightning.md":          {"", []string{"content/talks/old/lightning.md:3:6: warning: this page is a copy of content/talks/lightning.md (the same front matter and body) at the URL /lightning/; it is published once, from content/talks/lightning.md"}},
	}
	if len(views) != len(want) {
		t.Fatalf("%d views, want %d", len(views), len(want))
	}
	for _, v := range views {
		w := want[v.File]
		if v.URL != w.url || !slices.Equal(v.Warnings, w.warnings) || len(v.Errors) != 0 {
			t.Errorf("%s: url %q, warnings %q, errors %q\nwant url %q, warnings %q", v.File, v.URL, v.Warnings, v.Errors, w.url, w.warnings)
		}
	}
}

// TestInspectFilePrintsItsOwnWarnings checks that inspect FILE prints the
// warnings of the files named, not the whole site's.
func TestInspectFilePrintsItsOwnWarnings(t *testing.T) {
	site := fstest.MapFS{
		"content/talks/a.md":     {Data: []byte("---\ntitle: A\nurl: /x/\n---\nA\n")},
		"content/talks/b.md":     {Data: []byte("---\ntitle: B\nurl: /x/\n---\nB\n")},
		"content/pages/about.md": {Data: []byte("---\ntitle: About\ntitle: About us\n---\nAbout.\n")},
	}
	m, diags := build.LoadModel(context.Background(), site, build.ModelOptions{})
	if len(diags) != 2 {
		t.Fatalf("the site must have two warnings, has %q", diags.Strings())
	}
	tests := []struct {
		filters []string
		want    []string
	}{
		{nil, diags.Strings()},
		{[]string{"content/pages/about.md"}, []string{`content/pages/about.md:3:1: warning: "title" is set twice, on lines 2 and 3; the last value is used, so delete one of them`}},
		{[]string{"talks/b.md"}, nil},
		{[]string{"talks/"}, []string{`content/talks/a.md:3:6: warning: url /x/ is also written in content/talks/b.md, a different page; the later file in path order keeps it, as Jekyll does, so this page is published at /talks/a/; set "slug:" or "url:" to choose another`}},
	}
	for _, tt := range tests {
		if got := namedDiags(m, diags, tt.filters).Strings(); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q\nwant %q", tt.filters, got, tt.want)
		}
	}
}

// TestInspectSaysNoPage checks that a page that is never written (a talk
// read elsewhere, a break) is said to have no page, with where lists link
// it, rather than shown at a URL that would be a dead link.
func TestInspectSaysNoPage(t *testing.T) {
	site := fstest.MapFS{
		"content/talks/out.md":   {Data: []byte("---\ntitle: Out\ndate: 2023-10-11\nexternalUrl: https://example.org/out/\n---\n")},
		"content/talks/break.md": {Data: []byte("---\ntitle: Lunch break\ndate: 2023-10-11T12:00:00Z\n---\n")},
		"content/talks/own.md":   {Data: []byte("---\ntitle: Own\ndate: 2023-10-11\n---\nMine.\n")},
	}
	m, diags := build.LoadModel(context.Background(), site, build.ModelOptions{})
	views := inspectViews(m, diags, nil)
	want := map[string]struct{ row, table string }{
		"talks/out.md":   {"/talks/out/ (no page written; lists link https://example.org/out/)", "(no page) https://example.org/out/"},
		"talks/break.md": {"/talks/break/ (no page written)", "(no page)"},
		"talks/own.md":   {"/talks/own/", "/talks/own/"},
	}
	var table bytes.Buffer
	printTable(&table, views)
	for _, v := range views {
		w := want[v.File]
		if got := urlRow(v); got != w.row {
			t.Errorf("%s: url row %q; want %q", v.File, got, w.row)
		}
		if !strings.Contains(table.String(), v.File+" ") || !regexp.MustCompile(regexp.QuoteMeta(w.table)+`\s`).MatchString(table.String()) {
			t.Errorf("%s: table does not show %q:\n%s", v.File, w.table, table.String())
		}
	}
}
