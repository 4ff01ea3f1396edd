package exports

import (
	"strings"
	"testing"
	"time"
)

// TestDeclines checks that files of none of the formats are left to the
// caller: nothing returned, not even a diagnostic.
func TestDeclines(t *testing.T) {
	tests := []struct{ name, file, src string }{
		{"plain JSON data", "data/sponsors.json", `{"sponsors": [{"name": "Acme"}]}`},
		{"JSON that does not parse", "data/schedule.json", `{"schedule": {"conference": `},
		{"JSON naming a marker in a value", "data/x.json", `{"note": "\"results\" are in"}`},
		{"a list of records", "data/people.json", `[{"name": "Ada", "city": "Lagos"}]`},
		{"YAML", "_data/schedule.yml", "conference:\n  title: x\n"},
		{"CSV of something else", "data/rooms.csv", "Title,Capacity\nAula,300\n"},
		{"RSS", "data/feed.xml", `<?xml version="1.0"?><rss><channel/></rss>`},
		{"XML with text before the root", "data/x.xml", `text<schedule/>`},
		{"empty JSON", "data/empty.json", ""},
		{"markdown", "data/notes.md", "# Schedule\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, ok, diags := Read(tt.file, []byte(tt.src), time.UTC)
			if ok || docs != nil || diags != nil {
				t.Errorf("Read took the file: ok=%v, %d documents, %v", ok, len(docs), diags)
			}
		})
	}
}

// TestErrors checks the messages of broken exports, verbatim: each says
// where, what, and how to fix it.
func TestErrors(t *testing.T) {
	tests := []struct{ name, file, src, want string }{
		{
			"schedule.xml cut short", "data/schedule.xml",
			"<schedule>\n<conference><title>C</title></conference>\n<day date=\"2024-05-01\"><room name=\"A\">\n<event id=\"1\"><title>T</event>\n",
			"data/schedule.xml:4: schedule.xml is not well-formed XML: element <title> closed by </event>; the talks after this point are not read; export the schedule again or fix the markup here",
		},
		{
			"frab days not a list", "data/schedule.json",
			"{\"schedule\": {\"conference\": {\"title\": \"C\",\n \"days\": {\"index\": 1}}}}",
			"data/schedule.json:2:10: days is an object, not a list; export the schedule again",
		},
		{
			"frab talk not an object", "data/schedule.json",
			"{\"schedule\": {\"conference\": {\"title\": \"C\", \"days\": [\n{\"date\": \"2024-05-01\", \"rooms\": {\"A\": [\"talk\"]}}]}}}",
			`data/schedule.json:2:40: a talk in room "A" is a string, not an object; export the schedule again`,
		},
		{
			"frab zone unknown", "data/schedule.json",
			`{"schedule": {"conference": {"title": "C", "time_zone_name": "Mars/Olympus", "days": []}}}`,
			`data/schedule.json:1:29: warning: time zone "Mars/Olympus" of the conference is not an IANA name; times without an offset are read in UTC; export the schedule with a zone such as "Europe/Berlin"`,
		},
		{
			"Goodreads bare quote", "data/goodreads.csv",
			"Title,Author,Exclusive Shelf\nA,B,read\nThe \"Best\" Book,C,read\n",
			`data/goodreads.csv:3:5: bare " in non-quoted-field; the rows after this point are not read; quote the field, doubling each quote inside it, or export the library again`,
		},
		{
			"BibTeX field without =", "refs.bib",
			"@book{k,\n  title {T}\n}\n",
			`refs.bib:2:9: @book{k (line 1): field title has no "="; write it as title = {value}; the entry is left out`,
		},
		{
			"BibTeX comment not closed", "refs.bib",
			"@comment{ never closed\n",
			`refs.bib:1:1: @comment is not closed: a '}' is missing; close it`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, ok, diags := Read(tt.file, []byte(tt.src), time.UTC)
			if !ok {
				t.Fatal("Read declined the file")
			}
			for _, d := range docs {
				diags = append(diags, d.Diags...)
			}
			got := strings.Join(diags.Strings(), "\n")
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestLines checks the conversion of offsets to lines and byte columns.
func TestLines(t *testing.T) {
	l := newLines("f", []byte("ab\nc\n\nü x"))
	for _, tt := range []struct {
		off       int
		line, col int
	}{{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 3, 1}, {6, 4, 1}, {9, 4, 4}} {
		if p := l.pos(tt.off); p.Line != tt.line || p.Col != tt.col {
			t.Errorf("offset %d: got %d:%d, want %d:%d", tt.off, p.Line, p.Col, tt.line, tt.col)
		}
	}
}

// TestTeX checks the decoding of TeX in BibTeX values.
func TestTeX(t *testing.T) {
	for in, want := range map[string]string{
		`{\"o}`:                      "ö",
		`\"{o}`:                      "ö",
		`G{\"o}del`:                  "Gödel",
		`\'{\i}`:                     "í",
		`\c c`:                       "ç",
		`\v{S}koda \ss{} \o`:         "Škoda ß ø",
		`\emph{very} \textbf{bold}`:  "very bold",
		`1--2 --- a~b`:               "1–2 — a b",
		`\href{https://x.org}{X}`:    "X",
		`\url{https://x.org/a\%20b}`: "https://x.org/a%20b",
		`50\% \& \$5 \#1 \_`:         "50% & $5 #1 _",
		`\textbackslash{}n`:          `\n`,
		`{{The}} {TeX}book`:          "The TeXbook",
		`\unknown{kept}`:             "kept",
		`trailing \`:                 "trailing",
	} {
		if got := texText(in); got != want {
			t.Errorf("texText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBibNames checks the splitting and reordering of BibTeX names.
func TestBibNames(t *testing.T) {
	for in, want := range map[string]string{
		"Knuth, Donald E.":                 "Donald E. Knuth",
		"Ada Lovelace and Charles Babbage": "Ada Lovelace|Charles Babbage",
		"{Barnes and Noble} AND Smith, J.": "Barnes and Noble|J. Smith",
		"Ford, Jr., Henry":                 "Henry Ford Jr.",
		"A. Author and others":             "A. Author",
		"Grandersand, X":                   "X Grandersand",
	} {
		if got := strings.Join(bibNames(in), "|"); got != want {
			t.Errorf("bibNames(%q) = %q, want %q", in, got, want)
		}
	}
}
