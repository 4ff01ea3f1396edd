package markdown

import (
	"slices"
	"strings"
	"testing"
)

// TestWikiLinks: [[name]], [[name|label]], [[name#heading]] and
// ![[file]] link to what the site finds by that name; a name it does not
// know, code, and a text converted without the site keep what was
// written.
func TestWikiLinks(t *testing.T) {
	tags := Tags{URL: func(r Ref) (string, bool) {
		switch {
		case r.Kind == RefWiki && r.Target == "Other Note":
			return "/notes/other-note/", true
		case r.Kind == RefWiki && r.Target == "diagram.png":
			return "/files/diagram.png", true
		}
		return "", false
	}}
	r := New(Options{})
	for _, tt := range []struct {
		name, src string
		want      []string
		diags     []string
	}{
		{"a page", "See [[Other Note]].\n", []string{`<a href="/notes/other-note/">Other Note</a>`}, nil},
		{"a label", "See [[Other Note|the other one]].\n", []string{`<a href="/notes/other-note/">the other one</a>`}, nil},
		{"a heading", "See [[Other Note#Part Two]].\n", []string{`<a href="/notes/other-note/#part-two">Other Note › Part Two</a>`}, nil},
		{"a heading of this page", "See [[#Part Two]].\n", []string{`<a href="#part-two">Part Two</a>`}, nil},
		{"a picture", "![[diagram.png]]\n", []string{`<img src="/files/diagram.png" alt="diagram.png"`}, nil},
		{"a picture's width is no text", "![[diagram.png|300]]\n", []string{`<img src="/files/diagram.png" alt="diagram.png" width="300"`}, nil},
		{"a picture's size", "![cover|150](/c.png) ![Big one | 300x200](/d.png) ![a|b](/e.png)\n",
			[]string{`<img src="/c.png" alt="cover" width="150"`, `<img src="/d.png" alt="Big one" width="300" height="200"`, `<img src="/e.png" alt="a|b"`}, nil},
		{"a picture's text", "![[diagram.png|The flow]]\n", []string{`<img src="/files/diagram.png" alt="The flow"`}, nil},
		{"code", "`[[Other Note]]`\n", []string{`<code>[[Other Note]]</code>`}, nil},
		{"nothing of the site", "See [[Missing]] and [[Gone|x]].\n", []string{`See [[Missing]] and [[Gone|x]].`},
			[]string{`a.md:1:5: warning: wiki link "[[Missing]]" and 1 more name no page or file of this site, so they are shown as written; write the file name of a page (without .md) or of a file`}},
		{"a markdown link in brackets", "[[PDF]](https://example.org/a.pdf) ![[x]](/b.png)\n", []string{`<a href="https://example.org/a.pdf">[PDF]</a>`, `<img src="/b.png" alt="[x]"`}, nil},
		{"brackets that are no link", "A [[nested] list] and [[]].\n", []string{`A [[nested] list] and [[]].`}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := r.ConvertPage("a.md", []byte(tt.src), 1, tags)
			for _, w := range tt.want {
				if !strings.Contains(string(res.HTML), w) {
					t.Errorf("HTML %s\nlacks %s", res.HTML, w)
				}
			}
			if got := res.Diags.Strings(); !slices.Equal(got, tt.diags) {
				t.Errorf("diags %q\nwant  %q", got, tt.diags)
			}
		})
	}
	// Without the site (a summary, a test): as written, no warning.
	res := r.Convert("a.md", []byte("See [[Other Note]].\n"), 1)
	if !strings.Contains(string(res.HTML), "See [[Other Note]].") || len(res.Diags) != 0 {
		t.Errorf("without the site: %s %q", res.HTML, res.Diags.Strings())
	}
}
