package markdown

import (
	"strings"
	"testing"
)

func TestAttributeLists(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []string
		notWant []string
	}{
		{
			name:    "after a link",
			src:     "See [the post](https://example.com/p){:rel=\"sponsored\" target=\"_blank\"} today.\n",
			want:    []string{`<a href="https://example.com/p" rel="sponsored" target="_blank">the post</a> today.`},
			notWant: []string{"{:"},
		},
		{
			name: "after emphasis, code, an image and strikethrough",
			src:  "*em*{: .a} **strong**{:.b} `x`{:.c} ![alt](i.png){: width=\"40\"} ~~old~~{:.d}\n",
			want: []string{`<em class="a">em</em>`, `<strong class="b">strong</strong>`, `<code class="c">x</code>`,
				`width="40"`, `<del class="d">old</del>`},
			notWant: []string{"{:"},
		},
		{
			name: "after a paragraph, and before one",
			src:  "First.\n{: .lead #intro}\n\n{: .note}\nSecond.\n",
			want: []string{`<p class="lead" id="intro">First.</p>`, `<p class="note">Second.</p>`},
		},
		{
			name: "a line of its own after a heading",
			src:  "## Talks\n{: #programme .wide}\n\nText.\n",
			want: []string{`<h2 id="programme" class="wide">Talks <a class="anchor" href="#programme"`},
		},
		{
			name: "a heading's own id and class",
			src:  "# Hello there {#hi .big}\n\n## Again {#hi}\n\n## Hi\n",
			want: []string{`<h1 id="hi" class="big">Hello there <a`, `<h2 id="hi">Again`, `<h2 id="hi-1">Hi`},
		},
		{
			name:    "a list, a quote and a table, continued lazily",
			src:     "- one\n- two\n{: .plain}\n\n> said\n{: .pull}\n\n| a |\n|---|\n| 1 |\n{: .table .striped}\n",
			want:    []string{`<ul class="plain">`, `<blockquote class="pull">`, `<table class="table striped">`, "<td>1</td>"},
			notWant: []string{"{:", "<td></td>"},
		},
		{
			name:    "a code block's language",
			src:     "```\nprint(1)\n```\n{: .language-python}\n\n    x = 1\n{: .language-ruby}\n\n    plain <b>\n",
			want:    []string{`<span class="nb">print</span>`, `<span class="n">x</span>`, "<pre><code>plain &lt;b&gt;\n</code></pre>"},
			notWant: []string{"{:"},
		},
		{
			name: "a line of its own before a heading",
			src:  "Text.\n\n{: .intro}\n## Next\n",
			want: []string{`<h2 class="intro" id="next">`},
		},
		{
			name:    "a table's middle row is a row",
			src:     "| a |\n|---|\n{: .x}\n| 1 |\n",
			want:    []string{"<td>{: .x}</td>", "<td>1</td>"},
			notWant: []string{`class="x"`},
		},
		{
			name: "indented in a list item it is the item's",
			src:  "- one\n  {: .first}\n- two\n",
			want: []string{`<li class="first">one</li>`},
		},
		{
			name:    "a list defined once and named twice",
			src:     "{:quiet: .muted title=\"aside\"}\n\nOne.\n{:quiet}\n\nTwo.\n{:quiet .extra}\n",
			want:    []string{`<p class="muted" title="aside">One.</p>`, `<p class="muted extra" title="aside">Two.</p>`},
			notWant: []string{"quiet"},
		},
		{
			name:    "table of contents",
			src:     "* TOC\n{:toc}\n\n# A\n\n## B\n{: .no_toc}\n\n### C\n\n## D\n\n# E\n",
			want:    []string{"<ul id=\"markdown-toc\">\n<li><a href=\"#a\">A</a>\n<ul>\n<li><a href=\"#c\">C</a></li>\n<li><a href=\"#d\">D</a></li>\n</ul>\n</li>\n<li><a href=\"#e\">E</a></li>\n</ul>"},
			notWant: []string{"TOC", `<a href="#b">`},
		},
		{
			name:    "what is not a list stays text",
			src:     "Format \"{:0.2%}\" or {:.2%} or {:} or plain {: .x} text; {:.a}{:.b} and {:unclosed\n",
			want:    []string{"“{:0.2%}”", "{:.2%}", "{:}", "plain {: .x} text", "{:unclosed"},
			notWant: []string{`class="x"`},
		},
		{
			name:    "a heading's braces that are not attributes stay",
			src:     "## Sets {} and {a} {#x y}\n",
			want:    []string{"Sets {} and {a} {#x y}"},
			notWant: []string{`id="x"`},
		},
		{
			name: "code keeps its braces",
			src:  "```\n[a](b){:rel=\"x\"}\n```\n\n`{:.c}`\n",
			want: []string{"[a](b){:rel=&quot;x&quot;}", "<code>{:.c}</code>"},
		},
		{
			name:    "no script through an attribute",
			src:     "[a](https://x.org){:onclick=\"alert(1)\" href=\"javascript:alert(1)\" .ok}\n",
			want:    []string{`<a href="https://x.org" class="ok">a</a>`},
			notWant: []string{"onclick", "javascript"},
		},
		{
			name:    "a line of its own beside no block is dropped",
			src:     "Text.\n\n{: .lost}\n\nMore.\n",
			want:    []string{"<p>Text.</p>\n<p>More.</p>"},
			notWant: []string{"lost"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHTML(t, string(convert(t, tt.src).HTML), tt.want, tt.notWant)
		})
	}
}

// An attribute list is not text: a reading list's note, the excerpt and
// the word count leave it out.
func TestAttributeListsAreNotText(t *testing.T) {
	res := convert(t, "Read this.\n{: .lead}\n\n- [The Post](https://example.com/p){:rel=\"sponsored\"} by Ada\n- [Other](https://example.com/q){:target=\"_blank\"}\n")
	if res.Excerpt != "Read this." {
		t.Errorf("excerpt %q", res.Excerpt)
	}
	if len(res.Reading) != 2 {
		t.Fatalf("reading %+v", res.Reading)
	}
	for _, l := range res.Reading {
		if strings.Contains(l.Note, "{") || strings.Contains(l.Title, "{") {
			t.Errorf("entry %+v holds the list", l)
		}
	}
	if res.WordCount != 7 {
		t.Errorf("words %d, want 7", res.WordCount)
	}
}

// Style is an attribute only where raw HTML is kept.
func TestAttributeListStyle(t *testing.T) {
	src := []byte("Text.\n{: style=\"color:red\" .c}\n")
	keep := string(New(Options{}).Convert("a.md", src, 1).HTML)
	checkHTML(t, keep, []string{`style="color:red"`}, nil)
	omit := string(New(Options{RawHTML: RawHTMLOmit}).Convert("a.md", src, 1).HTML)
	checkHTML(t, omit, []string{`class="c"`}, []string{"style"})
}
