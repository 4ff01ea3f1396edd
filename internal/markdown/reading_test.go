package markdown

import (
	"slices"
	"testing"
)

// seed004 mirrors the list of a real note (seed 004).
const seed004 = `From the Slack discussion, I got recommendations, which I am sharing here:

- [REdeploy](https://re-deploy.io/)
- [SNAFUcatchers](https://snafucatchers.github.io/)
- [Approaching Overload: Diagnosis and Response to Anomalies in Complex and Automated Production Software Systems](https://www.researchgate.net/publication/333091997_Approaching_Overload) (masters thesis)
- [Managing the Hidden Costs of Coordination](https://queue.acm.org/detail.cfm?id=3380779)
- [ACM Queue Vol. 17 No. 6, Human Factors](https://queue.acm.org/issuedetail.cfm?issue=3380774) - includes the article above
- [Maps, Context, and Tribal Knowledge](https://jpaulreed.com/thesis.pdf) (I think this was actually recommended by John Allspaw, also available at [Lund](https://lup.lub.lu.se/student-papers/search/publication/8966240))
`

func TestReading(t *testing.T) {
	tests := []struct {
		name string
		src  string
		// first is the file line the body starts on.
		first int
		want  []Link
	}{
		{
			name:  "seed 004",
			src:   seed004,
			first: 7,
			want: []Link{
				{Title: "REdeploy", URL: "https://re-deploy.io/", Note: "", Line: 9},
				{Title: "SNAFUcatchers", URL: "https://snafucatchers.github.io/", Note: "", Line: 10},
				{Title: "Approaching Overload: Diagnosis and Response to Anomalies in Complex and Automated Production Software Systems", URL: "https://www.researchgate.net/publication/333091997_Approaching_Overload", Note: "masters thesis", Line: 11},
				{Title: "Managing the Hidden Costs of Coordination", URL: "https://queue.acm.org/detail.cfm?id=3380779", Note: "", Line: 12},
				{Title: "ACM Queue Vol. 17 No. 6, Human Factors", URL: "https://queue.acm.org/issuedetail.cfm?issue=3380774", Note: "includes the article above", Line: 13},
				{Title: "Maps, Context, and Tribal Knowledge", URL: "https://jpaulreed.com/thesis.pdf", Note: "I think this was actually recommended by John Allspaw, also available at Lund", Line: 14},
			},
		},
		{
			name:  "plain bullets are not a reading list",
			src:   "- build, fail, analyze\n- small teams\n- deploy often\n",
			first: 1,
		},
		{
			name:  "each separator style",
			src:   "- [A](https://e.example/a) - hyphen\n- [B](https://e.example/b) – en dash\n- [C](https://e.example/c) — em dash\n- [D](https://e.example/d): colon\n- [E](https://e.example/e) (parens)\n- [F](https://e.example/f) -- typographer dash\n- [G](https://e.example/g) plain words\n- [H](https://e.example/h) (2019) not wrapped (really)\n",
			first: 1,
			want: []Link{
				{Title: "A", URL: "https://e.example/a", Note: "hyphen", Line: 1}, {Title: "B", URL: "https://e.example/b", Note: "en dash", Line: 2}, {Title: "C", URL: "https://e.example/c", Note: "em dash", Line: 3},
				{Title: "D", URL: "https://e.example/d", Note: "colon", Line: 4}, {Title: "E", URL: "https://e.example/e", Note: "parens", Line: 5}, {Title: "F", URL: "https://e.example/f", Note: "typographer dash", Line: 6},
				{Title: "G", URL: "https://e.example/g", Note: "plain words", Line: 7}, {Title: "H", URL: "https://e.example/h", Note: "(2019) not wrapped (really)", Line: 8},
			},
		},
		{
			name:  "mixed list at half is a reading list",
			src:   "- [A](https://e.example/a) note\n- some text\n- [B](https://e.example/b)\n- more text with [a link](https://e.example/x) inside\n",
			first: 1,
			want:  []Link{{Title: "A", URL: "https://e.example/a", Note: "note", Line: 1}, {Title: "B", URL: "https://e.example/b", Note: "", Line: 3}},
		},
		{
			name:  "mixed list under half is not",
			src:   "- [A](https://e.example/a)\n- text\n- text\n",
			first: 1,
		},
		{
			name:  "links mid-sentence are not items",
			src:   "- read [this](https://e.example/x) today\n- and [that](https://e.example/y) tomorrow\n",
			first: 1,
		},
		{
			name:  "nested lists and their links are not items",
			src:   "- [Top](https://e.example/t) parent\n  - [Child](https://e.example/c) nested\n  - [Child 2](https://e.example/c2)\n- [Second](https://e.example/s)\n",
			first: 1,
			want:  []Link{{Title: "Top", URL: "https://e.example/t", Note: "parent", Line: 1}, {Title: "Second", URL: "https://e.example/s", Note: "", Line: 4}},
		},
		{
			name:  "nested reading list under a label is read",
			src:   "- Testing\n  - [A](https://e.example/a)\n  - [B](https://e.example/b)\n",
			first: 1,
			want:  []Link{{Title: "A", URL: "https://e.example/a", Line: 2}, {Title: "B", URL: "https://e.example/b", Line: 3}},
		},
		{
			name:  "ordered list",
			src:   "1. [One](https://e.example/1) first\n2. [Two](https://e.example/2)\n",
			first: 3,
			want:  []Link{{Title: "One", URL: "https://e.example/1", Note: "first", Line: 3}, {Title: "Two", URL: "https://e.example/2", Note: "", Line: 4}},
		},
		{
			name:  "list in a blockquote",
			src:   "> Recommended:\n>\n> * [Quoted](https://e.example/q) — a note\n> * [Also](https://e.example/a)\n",
			first: 10,
			want:  []Link{{Title: "Quoted", URL: "https://e.example/q", Note: "a note", Line: 12}, {Title: "Also", URL: "https://e.example/a", Note: "", Line: 13}},
		},
		{
			name:  "loose items with following paragraph",
			src:   "- [Book](https://e.example/b)\n\n  A paragraph about it.\n\n- [Other](https://e.example/o)\n",
			first: 1,
			want:  []Link{{Title: "Book", URL: "https://e.example/b", Note: "A paragraph about it.", Line: 1}, {Title: "Other", URL: "https://e.example/o", Note: "", Line: 5}},
		},
		{
			name:  "emphasized links, autolinks and markup in titles",
			src:   "- **[Bold *title*](https://e.example/b)** by someone\n- <https://auto.example/x> - auto\n- [`code` & \"quotes\"](https://e.example/c)\n",
			first: 1,
			want: []Link{
				{Title: "Bold title", URL: "https://e.example/b", Author: "someone", Line: 1},
				{Title: "https://auto.example/x", URL: "https://auto.example/x", Note: "auto", Line: 2},
				{Title: "code & “quotes”", URL: "https://e.example/c", Note: "", Line: 3},
			},
		},
		{
			name:  "two lists",
			src:   "- [A](https://e.example/a)\n\ntext\n\n- [B](https://e.example/b)\n",
			first: 1,
			want:  []Link{{Title: "A", URL: "https://e.example/a", Note: "", Line: 1}, {Title: "B", URL: "https://e.example/b", Note: "", Line: 5}},
		},
		{
			name:  "escapes and entities in URLs resolved, dangerous URLs skipped",
			src:   "- [A](https://a.example/x\\_y?a=1&amp;b=2)\n- [B](javascript:alert(1)) bad\n- [C](<https://c.example/a b>)\n",
			first: 1,
			want:  []Link{{Title: "A", URL: "https://a.example/x_y?a=1&b=2", Note: "", Line: 1}, {Title: "C", URL: "https://c.example/a b", Note: "", Line: 3}},
		},
		{
			// A reading log filed by year: the year heading over a list,
			// or over the genre heading above it, is when its items
			// were read; a heading naming no year files nothing.
			name:  "lists under year headings",
			src:   "## 2024\n\n- [A](https://e.example/a)\n\n## Read in 2023\n\n### Fiction\n\n- [B](https://e.example/b)\n\n## 2022 (3 books)\n\n- [C](https://e.example/c)\n\n## Papers of 2021\n\n- [D](https://e.example/d)\n",
			first: 1,
			want: []Link{
				{Title: "A", URL: "https://e.example/a", Read: "2024", Line: 3},
				{Title: "B", URL: "https://e.example/b", Read: "2023", Line: 9},
				{Title: "C", URL: "https://e.example/c", Read: "2022", Line: 13},
				{Title: "D", URL: "https://e.example/d", Line: 17},
			},
		},
		{
			// A bookshelf or "now" page in prose: the heading over a
			// list, or over the genre heading above it, names how far
			// its books got, with an emoji, a count or a colon; a
			// single word that heads lists for other reasons
			// ("Reading", "Done") names none.
			name: "lists under shelf headings",
			src: "## 📚 Currently reading\n\n- [A](https://e.example/a)\n\n## Up next (2):\n\n### Fiction\n\n- [B](https://e.example/b)\n\n" +
				"## Finished\n\n- *C* by Ann Vale\n- [D](https://e.example/d)\n\n## Did not finish\n\n- [E](https://e.example/e)\n\n" +
				"## Reading\n\n- [F](https://e.example/f)\n\n## What I’m reading\n\n- [G](https://e.example/g)\n",
			first: 1,
			want: []Link{
				{Title: "A", URL: "https://e.example/a", Status: "reading", Line: 3},
				{Title: "B", URL: "https://e.example/b", Status: "to-read", Line: 9},
				{Title: "C", Author: "Ann Vale", Status: "read", Line: 13},
				{Title: "D", URL: "https://e.example/d", Status: "read", Line: 14},
				{Title: "E", URL: "https://e.example/e", Status: "abandoned", Line: 18},
				{Title: "F", URL: "https://e.example/f", Line: 22},
				{Title: "G", URL: "https://e.example/g", Status: "reading", Line: 26},
			},
		},
		{
			name:  "reference links",
			src:   "- [Ref][r] note\n\n[r]: https://example.com/ref\n",
			first: 1,
			want:  []Link{{Title: "Ref", URL: "https://example.com/ref", Note: "note", Line: 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := New(Options{}).Convert("content/notes/x.md", []byte(tt.src), tt.first).Reading
			if !slices.Equal(got, tt.want) {
				t.Errorf("got:\n%+v\nwant:\n%+v", got, tt.want)
			}
		})
	}
}

// TestLinkLists checks what Convert says about every list with links, for
// lectern inspect: taken, too few links, or nested.
func TestLinkLists(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []LinkList
	}{
		{
			name: "reading list",
			src:  "Intro.\n\n- [A](https://e.example/a)\n- [B](https://e.example/b) - note\n",
			want: []LinkList{{Line: 3, Items: 2, Links: 2, Reading: 2, Taken: true}},
		},
		{
			name: "plain bullets are not reported",
			src:  "- one\n- two\n",
		},
		{
			name: "under half",
			src:  "- [A](https://e.example/a)\n- two\n- three\n",
			want: []LinkList{{Line: 1, Items: 3, Links: 1, Reading: 1, Reason: "1 of 3 items start with a link to read; at least half must"}},
		},
		{
			name: "link inside a sentence is reported, not taken",
			src:  "- read [A](https://e.example/a) first\n- two\n",
			want: []LinkList{{Line: 1, Items: 2, Links: 1, Reason: "its links are inside the text of 1 of 2 items, not at their start; a reading item starts with its link"}},
		},
		{
			name: "nested list under a label",
			src:  "- teams\n  - [A](https://e.example/a)\n  - [B](https://e.example/b)\n- more\n",
			want: []LinkList{{Line: 2, Items: 2, Links: 2, Reading: 2, Taken: true}},
		},
		{
			name: "nested list under a reading item",
			src:  "- [Paper](https://e.example/p)\n  - [Implementation in Go](https://e.example/c)\n",
			want: []LinkList{
				{Line: 1, Items: 1, Links: 1, Reading: 1, Taken: true},
				{Line: 2, Items: 1, Links: 1, Reading: 1, Nested: true, Reason: "it is nested in an item that has a link of its own; its links belong to that item"},
			},
		},
		{
			name: "list in a blockquote",
			src:  "> - [A](https://e.example/a)\n> - [B](https://e.example/b)\n",
			want: []LinkList{{Line: 1, Items: 2, Links: 2, Reading: 2, Taken: true}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := New(Options{}).Convert("content/notes/x.md", []byte(tt.src), 1).Lists
			if !slices.Equal(got, tt.want) {
				t.Errorf("got:\n%+v\nwant:\n%+v", got, tt.want)
			}
		})
	}
}
