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
				{"REdeploy", "https://re-deploy.io/", "", 9},
				{"SNAFUcatchers", "https://snafucatchers.github.io/", "", 10},
				{"Approaching Overload: Diagnosis and Response to Anomalies in Complex and Automated Production Software Systems", "https://www.researchgate.net/publication/333091997_Approaching_Overload", "masters thesis", 11},
				{"Managing the Hidden Costs of Coordination", "https://queue.acm.org/detail.cfm?id=3380779", "", 12},
				{"ACM Queue Vol. 17 No. 6, Human Factors", "https://queue.acm.org/issuedetail.cfm?issue=3380774", "includes the article above", 13},
				{"Maps, Context, and Tribal Knowledge", "https://jpaulreed.com/thesis.pdf", "I think this was actually recommended by John Allspaw, also available at Lund", 14},
			},
		},
		{
			name:  "plain bullets are not a reading list",
			src:   "- build, fail, analyze\n- small teams\n- deploy often\n",
			first: 1,
		},
		{
			name:  "each separator style",
			src:   "- [A](a) - hyphen\n- [B](b) – en dash\n- [C](c) — em dash\n- [D](d): colon\n- [E](e) (parens)\n- [F](f) -- typographer dash\n- [G](g) plain words\n- [H](h) (2019) not wrapped (really)\n",
			first: 1,
			want: []Link{
				{"A", "a", "hyphen", 1}, {"B", "b", "en dash", 2}, {"C", "c", "em dash", 3},
				{"D", "d", "colon", 4}, {"E", "e", "parens", 5}, {"F", "f", "typographer dash", 6},
				{"G", "g", "plain words", 7}, {"H", "h", "(2019) not wrapped (really)", 8},
			},
		},
		{
			name:  "mixed list at half is a reading list",
			src:   "- [A](a) note\n- some text\n- [B](b)\n- more text with [a link](x) inside\n",
			first: 1,
			want:  []Link{{"A", "a", "note", 1}, {"B", "b", "", 3}},
		},
		{
			name:  "mixed list under half is not",
			src:   "- [A](a)\n- text\n- text\n",
			first: 1,
		},
		{
			name:  "links mid-sentence are not items",
			src:   "- read [this](x) today\n- and [that](y) tomorrow\n",
			first: 1,
		},
		{
			name:  "nested lists and their links are not items",
			src:   "- [Top](t) parent\n  - [Child](c) nested\n  - [Child 2](c2)\n- [Second](s)\n",
			first: 1,
			want:  []Link{{"Top", "t", "parent", 1}, {"Second", "s", "", 4}},
		},
		{
			name:  "nested reading list under a plain list is ignored",
			src:   "- topic\n  - [A](a)\n  - [B](b)\n",
			first: 1,
		},
		{
			name:  "ordered list",
			src:   "1. [One](1) first\n2. [Two](2)\n",
			first: 3,
			want:  []Link{{"One", "1", "first", 3}, {"Two", "2", "", 4}},
		},
		{
			name:  "list in a blockquote",
			src:   "> Recommended:\n>\n> * [Quoted](q) — a note\n> * [Also](a)\n",
			first: 10,
			want:  []Link{{"Quoted", "q", "a note", 12}, {"Also", "a", "", 13}},
		},
		{
			name:  "loose items with following paragraph",
			src:   "- [Book](b)\n\n  A paragraph about it.\n\n- [Other](o)\n",
			first: 1,
			want:  []Link{{"Book", "b", "A paragraph about it.", 1}, {"Other", "o", "", 5}},
		},
		{
			name:  "emphasized links, autolinks and markup in titles",
			src:   "- **[Bold *title*](b)** by someone\n- <https://auto.example/x> - auto\n- [`code` & \"quotes\"](c)\n",
			first: 1,
			want: []Link{
				{"Bold title", "b", "by someone", 1},
				{"https://auto.example/x", "https://auto.example/x", "auto", 2},
				{"code & “quotes”", "c", "", 3},
			},
		},
		{
			name:  "two lists",
			src:   "- [A](a)\n\ntext\n\n- [B](b)\n",
			first: 1,
			want:  []Link{{"A", "a", "", 1}, {"B", "b", "", 5}},
		},
		{
			name:  "escapes and entities in URLs resolved, dangerous URLs skipped",
			src:   "- [A](https://a.example/x\\_y?a=1&amp;b=2)\n- [B](javascript:alert(1)) bad\n- [C](<https://c.example/a b>)\n",
			first: 1,
			want:  []Link{{"A", "https://a.example/x_y?a=1&b=2", "", 1}, {"C", "https://c.example/a b", "", 3}},
		},
		{
			name:  "reference links",
			src:   "- [Ref][r] note\n\n[r]: https://example.com/ref\n",
			first: 1,
			want:  []Link{{"Ref", "https://example.com/ref", "note", 1}},
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
			src:  "Intro.\n\n- [A](a)\n- [B](b) - note\n",
			want: []LinkList{{Line: 3, Items: 2, Links: 2, Taken: true}},
		},
		{
			name: "plain bullets are not reported",
			src:  "- one\n- two\n",
		},
		{
			name: "under half",
			src:  "- [A](a)\n- two\n- three\n",
			want: []LinkList{{Line: 1, Items: 3, Links: 1}},
		},
		{
			name: "link inside a sentence does not count",
			src:  "- read [A](a) first\n- two\n",
		},
		{
			name: "nested list of links",
			src:  "- teams\n  - [A](a)\n  - [B](b)\n- more\n",
			want: []LinkList{{Line: 2, Items: 2, Links: 2, Nested: true}},
		},
		{
			name: "list in a blockquote",
			src:  "> - [A](a)\n> - [B](b)\n",
			want: []LinkList{{Line: 1, Items: 2, Links: 2, Taken: true}},
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
