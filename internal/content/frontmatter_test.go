package content

import (
	"reflect"
	"testing"
)

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		title    string
		params   map[string]any
		body     string
		bodyLine int
		diags    []string
	}{
		{
			name: "YAML", src: "---\ntitle: Hello\n---\nBody\n",
			title: "Hello", body: "Body\n", bodyLine: 4,
		},
		{
			name: "YAML after blank lines", src: "\n\n---\ntitle: Hello\n---\n\nBody\n",
			title: "Hello", body: "\nBody\n", bodyLine: 6,
		},
		{
			name: "empty YAML front matter", src: "---\n---\n# Heading\n",
			title: "Heading", body: "", bodyLine: 4,
		},
		{
			name: "YAML words stay words", src: "---\ntitle: x\nroom_code: NO\nanswer: y\nlevel_ok: on\nyes_word: yes\nreal: true\n---\n",
			title: "x", params: map[string]any{"room_code": "NO", "answer": "y", "level_ok": "on", "yes_word": "yes", "real": true}, bodyLine: 9,
		},
		{
			name: "lone --- is a thematic break", src: "---\n\nShort title\n\nText.\n",
			title: "Short title", body: "---\n\n\n\nText.\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:3:1: warning: no title, so the first line "Short title" is used; add "title: …" to the front matter to choose one`},
		},
		{
			name: "a thematic break and a setext heading", src: "---\nJust some prose here\n---\n",
			title: "Just some prose here", body: "---\n\n\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:2:1: warning: no title, so the first heading "Just some prose here" is used; add "title: …" to the front matter to choose one`},
		},
		{
			name: "front matter never closed ends at a blank line", src: "---\ntitle: Hello\ntags:\n  - go\n\nBody text.\n",
			title: "Hello", body: "Body text.\n", bodyLine: 6,
			diags: []string{`content/notes/a.md:1:1: warning: the front matter opened here is never closed; lines 2–4 are read as front matter; add a line "---" after line 4`},
		},
		{
			name: "front matter never closed to the end of the file", src: "\n---\ntitle: Hello\nsummary: Short\n",
			title: "Hello", body: "", bodyLine: 5,
			diags: []string{`content/notes/a.md:2:1: warning: the front matter opened here is never closed; lines 3–4 are read as front matter; add a line "---" after line 4`},
		},
		{
			name: "a break before keys lectern does not know is prose", src: "---\ntodo: buy milk\n\nText.\n",
			title: "todo: buy milk", body: "---\n\n\nText.\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:2:1: warning: no title, so the first line "todo: buy milk" is used; add "title: …" to the front matter to choose one`},
		},
		{
			name: "a break before prose then a key line is prose", src: "---\nSome prose.\ntitle: x\n",
			title: "A", body: "---\nSome prose.\ntitle: x\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:1:1: warning: no title, so the file name "A" is used; add "title: …" to the front matter to choose one`},
		},
		{
			name: "YAML closed by YAML's end of document", src: "---\ntitle: Hello\n...\nBody\n",
			title: "Hello", body: "Body\n", bodyLine: 4,
		},
		{
			name: "a break, prose and an ellipsis line stay text", src: "---\nWell, hmm\n...\n",
			title: "A", body: "---\nWell, hmm\n...\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:1:1: warning: no title, so the file name "A" is used; add "title: …" to the front matter to choose one`},
		},
		{
			name: "TOML", src: "+++\ntitle = \"Hello\"\nlevel = \"on\"\ncount = 3\nwhen = 2021-01-01T12:00:00-04:00\n[extra]\nk = \"v\"\n+++\nBody\n",
			title: "Hello", params: map[string]any{"level": "on", "count": int64(3), "when": mustDate("2021-01-01T12:00:00-04:00"), "extra": map[string]any{"k": "v"}}, body: "Body\n", bodyLine: 9,
		},
		{
			name: "JSON with a nested object and no blank line", src: "{\n  \"title\": \"Hello\",\n  \"meta\": {\n    \"a\": 1\n  },\n  \"list\": [true, 2.5]\n}\nBody\n",
			title: "Hello", params: map[string]any{"meta": map[string]any{"a": int64(1)}, "list": []any{true, 2.5}}, body: "Body\n", bodyLine: 8,
		},
		{
			name: "JSON on one line", src: "{\"title\": \"Hello\"}\n\nBody\n",
			title: "Hello", body: "\nBody\n", bodyLine: 2,
		},
		{
			name: "a Liquid tag is not JSON", src: "{% include x.html %}\n\nText.\n",
			title: "A", body: "{% include x.html %}\n\nText.\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:1:1: warning: no title, so the file name "A" is used; add "title: …" to the front matter to choose one`},
		},
		{
			name: "YAML value holding a colon, mended", src: "---\nspeaker: Ada\ntitle: Django: the good parts\n---\nBody\n",
			title: "Django: the good parts", body: "Body\n", bodyLine: 5,
			diags: []string{`content/notes/a.md:3:8: warning: YAML cannot read this value as written; it is read as the text "Django: the good parts"; write it in quotes like that (title: "Django: the good parts")`},
		},
		{
			name: "YAML tab indentation, mended", src: "---\ntitle: x\nspeakers:\n\t- Ada\n---\n",
			title: "x", bodyLine: 6,
			diags: []string{`content/notes/a.md:4:1: warning: this line is indented with a tab, which YAML does not allow; it is read as two spaces a tab; indent with spaces`},
		},
		{
			name: "YAML quote marks inside quotes, mended", src: "---\ntitle: 'It's here'\nroom: \"The \"big\" one\"\n---\nBody\n",
			title: "It's here", body: "Body\n", bodyLine: 5,
			diags: []string{
				`content/notes/a.md:2:8: warning: YAML cannot read this value as written; it is read as the text "It's here"; write it in quotes like that (title: "It's here")`,
				`content/notes/a.md:3:7: warning: YAML cannot read this value as written; it is read as the text "The \"big\" one"; write it in quotes like that (room: "The \"big\" one")`,
			},
		},
		{
			name: "YAML markdown links as values, mended", src: "---\ntitle: x\nbackground: {by: [Ada](https://x.org/@ada)}\nphoto: [Bob](b.html)\n---\nBody\n",
			title: "x", params: map[string]any{"background": map[string]any{"by": "[Ada](https://x.org/@ada)"}, "photo": "[Bob](b.html)"}, body: "Body\n", bodyLine: 6,
			diags: []string{
				`content/notes/a.md:3:13: warning: YAML reads a markdown link's [text] as a list and cannot read this value; the link is read as text; write it in quotes (background: {by: "[Ada](https://x.org/@ada)"})`,
				`content/notes/a.md:4:8: warning: YAML reads a markdown link's [text] as a list and cannot read this value; the link is read as text; write it in quotes (photo: "[Bob](b.html)")`,
			},
		},
		{
			name: "YAML error beside a mendable line is what is left", src: "---\ntitle: Django: the good parts\ntags: [a, b\n---\nBody\n",
			title: "Body", body: "", bodyLine: 6,
			diags: []string{`content/notes/a.md:3:7: cannot parse front matter: did not find expected ',' or ']'; check the brackets opened here`},
		},
		{
			name: "YAML unclosed quote", src: "---\ntitle: \"Hello\nroom: A\n---\nBody\n",
			title: "Body", body: "", bodyLine: 6,
			diags: []string{`content/notes/a.md:2:8: cannot parse front matter: found unexpected end of stream; a quote opened here is never closed`},
		},
		{
			name: "YAML control character", src: "---\ntitle: \"N\x00UL\"\n---\nBody\n",
			title: "Body", body: "", bodyLine: 5,
			diags: []string{`content/notes/a.md:2:10: cannot parse front matter: control characters are not allowed; this line holds the invisible control character U+0000 at column 10: delete it`},
		},
		{
			name: "YAML list instead of mapping", src: "---\n- title: x\n---\nBody\n",
			title: "Body", body: "", bodyLine: 5,
			diags: []string{`content/notes/a.md:2:1: cannot parse front matter: it is a list, not key: value lines; write one field per line, like title: My talk`},
		},
		{
			name: "TOML syntax error", src: "+++\ntitle = \"x\"\nroom = \n+++\nBody\n",
			title: "Body", body: "", bodyLine: 6,
			diags: []string{`content/notes/a.md:3:8: cannot parse front matter: expected value but found '\n' instead`},
		},
		{
			name: "duplicate TOML key", src: "+++\ntitle = \"a\"\ntitle = \"b\"\n+++\nBody\n",
			title: "Body", body: "", bodyLine: 6,
			diags: []string{`content/notes/a.md:3:13: cannot parse front matter: Key 'title' has already been defined; TOML allows each key once, so delete one of them`},
		},
		{
			name: "JSON syntax error", src: "{\n  \"title\": \"x\",\n  \"room\": ,\n}\nBody\n",
			title: "A", body: "{\n  \"title\": \"x\",\n  \"room\": ,\n}\nBody\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:3:11: cannot parse front matter: invalid character ',' looking for beginning of value`},
		},
		{
			name: "JSON missing comma", src: "{\"title\": \"x\" \"room\": 1}\nBody\n",
			title: "A", body: "{\"title\": \"x\" \"room\": 1}\nBody\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:1:15: cannot parse front matter: invalid character '"' after object key:value pair`},
		},
		{
			name: "JSON never closed", src: "{\"title\": \"x\",\n",
			title: "A", body: "{\"title\": \"x\",\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:1:1: cannot parse front matter: the object is never closed with }`},
		},
		{
			name: "duplicate YAML key", src: "---\ntitle: First\nroom: A\ntitle: Second\n---\n",
			title: "Second", bodyLine: 6,
			diags: []string{`content/notes/a.md:4:1: warning: "title" is set twice, on lines 2 and 4; the last value is used, so delete one of them`},
		},
		{
			name: "duplicate JSON key", src: "{\"title\": \"First\",\n \"title\": \"Second\"}\n",
			title: "Second", bodyLine: 3,
			diags: []string{`content/notes/a.md:2:2: warning: "title" is set twice, on lines 1 and 2; the last value is used, so delete one of them`},
		},
		{
			name: "headless YAML", src: "title: Hello\nsubtitle:\nspeaker: ada\ncolour: red\n  and blue\n---\nBody\n",
			title: "Hello", params: map[string]any{"subtitle": nil, "colour": "red and blue"}, body: "Body\n", bodyLine: 7,
		},
		{
			name: "headless YAML that does not decode is text", src: "title: x\nroom: [A\n---\nBody\n",
			title: "A", body: "title: x\nroom: [A\n---\nBody\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:1:1: warning: no title, so the file name "A" is used; add "title: …" to the front matter to choose one`},
		},
		{
			name: "prose with a colon and a break is not headless", src: "Note: this is prose\n---\nMore\n",
			title: "Note: this is prose", body: "More\n", bodyLine: 3,
			diags: []string{`content/notes/a.md:1:1: warning: no title, so the first heading "Note: this is prose" is used; add "title: …" to the front matter to choose one`},
		},
		{
			// Not headless: MultiMarkdown's metadata, ended by the blank line.
			name: "a blank line ends headless front matter", src: "title: x\n\nroom: A\n---\n",
			title: "x", body: "room: A\n---\n", bodyLine: 3,
		},
		{
			name: "blank lines just before the closing line", src: "title: x\ncolour: red\n\n\n---\nBody\n",
			title: "x", params: map[string]any{"colour": "red"}, body: "Body\n", bodyLine: 6,
		},
		{
			name: "a blank line then prose is not headless", src: "title: x\n\nProse.\n---\n",
			title: "x", body: "Prose.\n---\n", bodyLine: 3,
		},
		{
			name: "MultiMarkdown metadata", src: "Title: Reliable systems\nAuthor: Ada Lovelace\nStart Date: 2021-03-03\n  10:00\nColour: red\n\nBody\n",
			title: "Reliable systems", params: map[string]any{"colour": "red"}, body: "Body\n", bodyLine: 7,
		},
		{
			// Flask-FlatPages reads these lines as YAML.
			name: "metadata in YAML's quotes", src: "title: \"Django: The \\\"Good\\\" Parts\"\nColour: 'it''s red'\nMood: \"Ada\" and \"Bob\"\n\nBody\n",
			title: `Django: The "Good" Parts`, params: map[string]any{"colour": "it's red", "mood": `"Ada" and "Bob"`}, body: "Body\n", bodyLine: 5,
		},
		{
			name: "prose opening with a word and a colon", src: "Note: the recording failed.\nSorry about that.\n\nBody\n",
			title: "A", body: "Note: the recording failed.\nSorry about that.\n\nBody\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:1:1: warning: no title, so the file name "A" is used; add "title: …" to the front matter to choose one`},
		},
		{
			name: "one known key and no title is prose", src: "Summary: we talked\n\nBody\n",
			title: "Summary: we talked", body: "Body\n", bodyLine: 3,
			diags: []string{`content/notes/a.md:1:1: warning: no title, so the first line "Summary: we talked" is used; add "title: …" to the front matter to choose one`},
		},
		{
			name: "Pandoc title block", src: "% Reliable systems\n  at scale\n% Ada Lovelace; Bob Smith\n% March 3, 2021\n\nBody\n",
			title: "Reliable systems at scale", body: "\nBody\n", bodyLine: 5,
		},
		{
			name: "Pandoc title block without authors", src: "% Notes\n%\n% 2021-03-03\nBody\n",
			title: "Notes", body: "Body\n", bodyLine: 4,
		},
		{
			name: "a percentage is no title block", src: "%20 of the budget\n",
			title: "%20 of the budget", body: "", bodyLine: 2,
			diags: []string{`content/notes/a.md:1:1: warning: no title, so the first line "%20 of the budget" is used; add "title: …" to the front matter to choose one`},
		},
		{
			name: "YAML anchors, aliases and merge keys", src: "---\nbase: &b {track: web, room: A}\n<<: *b\ntitle: x\nroom: B\n---\n",
			title: "x", params: map[string]any{"base": map[string]any{"track": "web", "room": "A"}}, bodyLine: 7,
		},
		// gray-matter's language after the opening line, as Eleventy and
		// Astro sites write it.
		{
			name: "---json", src: "---json\n{\"title\": \"Hello\", \"colour\": \"red\"}\n---\nBody\n",
			title: "Hello", params: map[string]any{"colour": "red"}, body: "Body\n", bodyLine: 4,
		},
		{
			name: "---yaml", src: "---yaml\ntitle: Hello\ncolour: red\n---\nBody\n",
			title: "Hello", params: map[string]any{"colour": "red"}, body: "Body\n", bodyLine: 5,
		},
		{
			name: "---toml", src: "---toml\ntitle = \"Hello\"\n---\nBody\n",
			title: "Hello", body: "Body\n", bodyLine: 4,
		},
		{
			name: "---json with more than one object", src: "---json\n{\"title\": \"Hello\"}\n{}\n---\nBody\n",
			title: "Body", body: "", bodyLine: 6,
			diags: []string{`content/notes/a.md:3:1: cannot parse front matter: more text after the JSON object, before the closing ---; a front matter block holds one object`},
		},
		{
			name: "---js is code, not read", src: "---js\n{ title: \"Hello\" }\n---\n# Body\n",
			title: "Body", body: "", bodyLine: 5,
			diags: []string{`content/notes/a.md:1:1: warning: front matter in JavaScript (---js) cannot be read, as lectern runs no code: the page has none of its values; write them as ---yaml or ---json`},
		},
		{
			name: "---json never closed is body", src: "---json\n{\"title\": \"Hello\"}\n",
			title: "A", body: "---json\n{\"title\": \"Hello\"}\n", bodyLine: 1,
			diags: []string{`content/notes/a.md:1:1: warning: no title, so the file name "A" is used; add "title: …" to the front matter to choose one`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/notes/a.md", []byte(tt.src), Options{})
			if d.Title != tt.title {
				t.Errorf("title %q, want %q", d.Title, tt.title)
			}
			if !reflect.DeepEqual(d.Params, tt.params) {
				t.Errorf("params\n got %#v\nwant %#v", d.Params, tt.params)
			}
			if string(d.Body) != tt.body || d.BodyLine != tt.bodyLine {
				t.Errorf("body %q at line %d, want %q at line %d", d.Body, d.BodyLine, tt.body, tt.bodyLine)
			}
			wantDiags(t, d, tt.diags...)
		})
	}
}

func TestFieldPositions(t *testing.T) {
	d := Parse("content/talks/a.md", []byte("\n---\ntitle: x\n  # comment\ndate: 2017-08-16\nspeakers:\n  - Ada\n---\n"), Options{})
	want := map[string][3]int{"title": {3, 1}, "date": {5, 1}, "speakers": {6, 1}}
	for field, w := range want {
		p := d.Pos(field)
		if p.File != "content/talks/a.md" || p.Line != w[0] || p.Col != w[1] {
			t.Errorf("%s at %v, want line %d col %d", field, p, w[0], w[1])
		}
	}
	if p := d.Pos("room"); p.Line != 1 {
		t.Errorf("an unset field should point at line 1, got %v", p)
	}
	head := Parse("content/talks/c.md", []byte("\n\ntitle: x\nspeaker: Ada\n---\nBody\n"), Options{})
	if p := head.Pos("speakers"); p.Line != 4 || p.Col != 1 {
		t.Errorf("headless speaker at %v, want line 4 col 1", p)
	}
	if head.BodyLine != 6 {
		t.Errorf("headless body at line %d, want 6", head.BodyLine)
	}
	toml := Parse("content/talks/b.md", []byte("+++\n# c\ntitle = \"x\"\n\n[speakers]\nname = \"Ada\"\n+++\n"), Options{})
	if p := toml.Pos("title"); p.Line != 3 {
		t.Errorf("TOML title at %v, want line 3", p)
	}
	if p := toml.Pos("speakers"); p.Line != 5 {
		t.Errorf("TOML speakers at %v, want line 5", p)
	}
}

func TestShapeWarnings(t *testing.T) {
	tests := []struct {
		name string
		fm   string
		want string
	}{
		{"tags as a mapping", "tags: {a: 1}", `content/talks/a.md:3:1: warning: "tags" should be a list or comma-separated text, not a mapping; the field is ignored`},
		{"date as a list", "date: [1, 2]", `content/talks/a.md:3:1: warning: "date" should be a date like 2017-08-16 11:30, not a list; the field is ignored`},
		{"title as a list", "room: [a, b]", `content/talks/a.md:3:1: warning: "room" should be text, not a list; the field is ignored`},
		{"draft as a word", "draft: maybe", `content/talks/a.md:3:1: warning: "draft" should be true or false, not "maybe"; the field is ignored`},
		{"unknown kind", "kind: lecture", `content/talks/a.md:3:7: warning: unknown kind "lecture"; use one of talk, note, reading, speaker, event, page, sponsor`},
		{"url without a slash", "url: talks/x/", `content/talks/a.md:3:6: warning: url "talks/x/" should start with "/"; using "/talks/x/"`},
		{"slug with spaces", "slug: My Talk", `content/talks/a.md:3:7: warning: slug "My Talk" cannot be part of a URL; using "my-talk"`},
		{"person without a name", "speakers: [{bio: x}]", `content/talks/a.md:3:12: warning: a person in "speakers" has no name; add "name: …" or it is ignored`},
		{"unknown reading status", "items: [{title: A, status: maybe}]", `content/talks/a.md:3:28: warning: unknown reading status "maybe" in item 1 of "items"; use to-read, reading, read or abandoned`},
		{"reading statuses as numbers, one warning a list", "items: [{title: A, status: 2}, {title: B, status: 0}, {title: C, status: 2}]",
			`content/talks/a.md:3:28: warning: unknown reading statuses "0", "2" in 3 items of "items", the first here; use to-read, reading, read or abandoned instead (a number is no status: lectern does not guess what each stands for, so write the word)`},
		{"unknown reading statuses, one warning a list", "items: [{title: A, status: maybe}, {title: B, status: owned}]",
			`content/talks/a.md:3:28: warning: unknown reading statuses "maybe", "owned" in 2 items of "items", the first here; use to-read, reading, read or abandoned instead`},
		{"rating out of range", "items: [{title: A, rating: 7}]", `content/talks/a.md:3:28: warning: rating "7" in item 1 of "items" is out of range; use 1 to 5 (halves such as 4.5 too)`},
		{"rating not a number", "items: [{title: A, rating: great}]", `content/talks/a.md:3:28: warning: rating "great" in item 1 of "items" is not a number; use 1 to 5 (halves such as 4.5 too)`},
		{"item without title or url", "items: [{note: x}]", `content/talks/a.md:3:9: warning: item 1 of "items" has neither a title nor a url; it is ignored`},
		{"reading as a word", "reading: lots", `content/talks/a.md:3:1: warning: "reading" should be false (to keep this page's lists out of the reading list) or a list of items, not "lots"; the field is ignored`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/talks/a.md", []byte("---\ntitle: x\n"+tt.fm+"\n---\n"), Options{})
			wantDiags(t, d, tt.want)
		})
	}
}
