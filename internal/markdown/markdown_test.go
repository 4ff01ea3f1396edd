package markdown

import (
	"slices"
	"strings"
	"testing"
)

// convert renders src as a body with the default options.
func convert(t *testing.T, src string) Result {
	t.Helper()
	return New(Options{}).Convert("content/a.md", []byte(src), 1)
}

// checkHTML fails when html lacks a want fragment or holds a notWant one.
func checkHTML(t *testing.T, html string, want, notWant []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(html, w) {
			t.Errorf("HTML lacks %q:\n%s", w, html)
		}
	}
	for _, w := range notWant {
		if strings.Contains(html, w) {
			t.Errorf("HTML holds %q:\n%s", w, html)
		}
	}
}

func TestFeatures(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []string
		notWant []string
	}{
		{
			name: "table wrapped and aligned",
			src:  "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n",
			want: []string{
				"<div class=\"table-wrap\">\n<table>\n<thead>",
				`<th style="text-align:left">a</th>`,
				`<td style="text-align:center">2</td>`,
				`<td style="text-align:right">3</td>`,
				"</table>\n</div>\n",
			},
		},
		{
			name: "task list",
			src:  "- [ ] todo\n- [x] done\n",
			want: []string{
				`<li><input disabled="" type="checkbox" aria-label="Not done"> todo</li>`,
				`<li><input checked="" disabled="" type="checkbox" aria-label="Done"> done</li>`,
			},
		},
		{
			name: "strikethrough",
			src:  "~~gone~~ and ~one~\n",
			want: []string{"<del>gone</del>", "<del>one</del>"},
		},
		{
			name: "autolinks",
			src:  "See www.example.com, https://example.org/x and a@b.org.\n",
			want: []string{
				`<a href="http://www.example.com">www.example.com</a>`,
				`<a href="https://example.org/x">https://example.org/x</a>`,
				`<a href="mailto:a@b.org">a@b.org</a>`,
			},
		},
		{
			name: "footnotes",
			src:  "Claim[^src] and more[^2].\n\n[^src]: The source.\n[^2]: Another.\n",
			want: []string{
				`<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>`,
				`<div class="footnotes" role="doc-endnotes">`,
				`<li id="fn:1">`,
				`<a href="#fnref:1" class="footnote-backref" role="doc-backlink">`,
				`<li id="fn:2">`,
			},
		},
		{
			name: "typographer in prose",
			src:  "\"Quoted\" and 'single', it's -- and --- and...\n",
			want: []string{"<p>“Quoted” and ‘single’, it’s – and — and…</p>"},
		},
		{
			name:    "typographer leaves code alone",
			src:     "Use `\"x\" -- y...` here.\n\n```\n\"a\" -- 'b' ...\n```\n\n    \"indented\" --\n",
			want:    []string{"<code>&quot;x&quot; -- y...</code>", "&quot;a&quot; -- 'b' ...\n", "&quot;indented&quot; --\n"},
			notWant: []string{"“", "–", "…"},
		},
		{
			name: "highlighted code uses classes",
			src:  "```go\nfunc main() {}\n```\n",
			want: []string{
				`<pre class="chroma"><code>`,
				`<span class="kd">func</span>`,
				`<span class="nf">main</span>`,
			},
			notWant: []string{"style="},
		},
		{
			name:    "unknown language is plain code",
			src:     "```nosuchlanguage\nx < y && z\n```\n",
			want:    []string{"<pre><code class=\"language-nosuchlanguage\">x &lt; y &amp;&amp; z\n</code></pre>"},
			notWant: []string{"chroma", "<span"},
		},
		{
			name:    "no language is plain code",
			src:     "```\nx < y\n```\n",
			want:    []string{"<pre><code>x &lt; y\n</code></pre>"},
			notWant: []string{"chroma"},
		},
		{
			name: "images load lazily",
			src:  "![A cat](cat.png \"Cat\")\n",
			want: []string{`<img src="cat.png" alt="A cat" title="Cat" loading="lazy">`},
		},
		{
			name:    "template tags render as written",
			src:     "{{ site.title }} {% include \"x.html\" %} {{<youtube abc>}} {{% note %}} {%- raw -%} *{{ a_b_c }}*\n",
			want:    []string{"<p>{{ site.title }} {% include &quot;x.html&quot; %} {{&lt;youtube abc&gt;}} {{% note %}} {%- raw -%} <em>{{ a_b_c }}</em></p>"},
			notWant: []string{"<youtube", "“"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHTML(t, string(convert(t, tt.src).HTML), tt.want, tt.notWant)
		})
	}
}

func TestHeadings(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []Heading
		html []string
	}{
		{
			name: "ids from text without markup",
			src:  "# Hello *big* [world](https://example.com/x)\n\n## `code` & more!\n",
			want: []Heading{{1, "hello-big-world", "Hello big world"}, {2, "code--more", "code & more!"}},
			html: []string{
				`<h1 id="hello-big-world">Hello <em>big</em> <a href="https://example.com/x">world</a> <a class="anchor" href="#hello-big-world" aria-label="Link to section: Hello big world">#</a></h1>`,
				`<h2 id="code--more"><code>code</code> &amp; more! <a class="anchor" href="#code--more" aria-label="Link to section: code &amp; more!">#</a></h2>`,
			},
		},
		{
			name: "duplicates numbered",
			src:  "## Notes\n\n## Notes\n\nNotes\n-----\n\n## Notes 1\n",
			want: []Heading{{2, "notes", "Notes"}, {2, "notes-1", "Notes"}, {2, "notes-2", "Notes"}, {2, "notes-1-1", "Notes 1"}},
		},
		{
			name: "non-Latin scripts kept",
			src:  "## Привет, мир\n\n## 日本語の見出し\n\n## Ελληνικά Γράμματα\n\n## Grüße\n",
			want: []Heading{
				{2, "привет-мир", "Привет, мир"},
				{2, "日本語の見出し", "日本語の見出し"},
				{2, "ελληνικά-γράμματα", "Ελληνικά Γράμματα"},
				{2, "grüße", "Grüße"},
			},
			html: []string{`<h2 id="привет-мир">Привет, мир <a class="anchor" href="#привет-мир"`},
		},
		{
			name: "punctuation only",
			src:  "## ???\n\n## !!!\n",
			want: []Heading{{2, "section", "???"}, {2, "section-1", "!!!"}},
		},
		{
			name: "typographer and escapes in text",
			src:  "### \"Don't\" \\*panic\\* &amp; co\n",
			want: []Heading{{3, "dont-panic--co", "“Don’t” *panic* & co"}},
		},
		{
			name: "headings in blockquotes and lists",
			src:  "> ## Quoted\n\n- ## Listed\n",
			want: []Heading{{2, "quoted", "Quoted"}, {2, "listed", "Listed"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := convert(t, tt.src)
			if !slices.Equal(res.Headings, tt.want) {
				t.Errorf("headings:\ngot  %+v\nwant %+v", res.Headings, tt.want)
			}
			checkHTML(t, string(res.HTML), tt.html, nil)
		})
	}
}

func TestExcerptAndWords(t *testing.T) {
	long := strings.Repeat("word ", 60) // 300 bytes
	tests := []struct {
		name    string
		src     string
		excerpt string
		words   int
	}{
		{"first paragraph", "# Title\n\nFirst *para*, with [a link](x) and `code`.\n\nSecond.\n", "First para, with a link and code.", 9},
		{"skips HTML blocks", "<div>raw</div>\n\nText here.\n", "Text here.", 2},
		{"soft breaks collapse", "One\ntwo  \nthree\n", "One two three", 3},
		{"cut at a word", long, strings.TrimSpace(strings.Repeat("word ", 40)) + "…", 60},
		{"cut before a word that does not fit", "x" + long, "x" + strings.TrimSpace(strings.Repeat("word ", 39)) + "…", 60},
		{"code blocks not counted", "Two words.\n\n```go\nfunc a() {}\n```\n", "Two words.", 2},
		{"footnote text is not the excerpt", "[^1]: Note first.\n\nBody[^1].\n", "Body.", 3},
		{"CJK characters count as words", "日本語です。\n", "日本語です。", 5},
		{"contractions and dashes", "don't stop—go - now\n", "don’t stop—go - now", 3},
		{"empty", "", "", 0},
		{"the teaser above <!--more-->", "Hi.\n\n## Why\n\n- one\n- two\n\n```\ncode\n```\n\n<!--more-->\n\nRest.\n", "Hi. Why one two", 5},
		{"Hexo's <!-- more --> after a paragraph line", "Intro words.\n<!-- More -->\nRest.\n", "Intro words.", 3},
		{"only code above the marker", "```\ncode\n```\n<!--more-->\n\nRest here.\n", "Rest here.", 2},
		{"Eleventy's and Docusaurus's markers", "Hi.\n\nMore.\n\n<!-- excerpt -->\n\nRest.\n", "Hi. More.", 3},
		{"Docusaurus's marker", "Hi.\n\nMore.\n\n<!--truncate-->\n\nRest.\n", "Hi. More.", 3},
		{"another comment is no marker", "Hi.\n\n<!-- more to come -->\n\nRest.\n", "Hi.", 2},
		{"a marker in a quote is text's", "Hi.\n\n> <!--more-->\n\nRest.\n", "Hi.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := convert(t, tt.src)
			if res.Excerpt != tt.excerpt {
				t.Errorf("excerpt %q, want %q", res.Excerpt, tt.excerpt)
			}
			if res.WordCount != tt.words {
				t.Errorf("words %d, want %d", res.WordCount, tt.words)
			}
		})
	}
}

func TestExcerptLimit(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"short", "a b c", "a b c"},
		{"exactly 200", strings.Repeat("x", 200), strings.Repeat("x", 200)},
		{"one long word", strings.Repeat("x", 250), strings.Repeat("x", 199) + "…"},
		{"trailing comma dropped", strings.Repeat("ab, ", 60), strings.Repeat("ab, ", 49) + "ab…"},
		{"multibyte", strings.Repeat("é ", 150), strings.TrimSpace(strings.Repeat("é ", 100)) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := excerpt(tt.in)
			if got != tt.want {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
			if n := len([]rune(got)); n > maxExcerpt {
				t.Errorf("excerpt has %d runes", n)
			}
		})
	}
}

// TestDefinitionLists: "Term" then ": definition" is a definition list,
// as kramdown, Pandoc and Hugo read it, under every raw HTML policy; a
// colon inside a paragraph's line is text.
func TestDefinitionLists(t *testing.T) {
	src := "Speaker\n: Ada Lovelace\n: Grace Hopper\n\nRoom\n: Hall A\n\nTime: 10:00\n"
	for _, policy := range []string{RawHTMLKeep, RawHTMLSanitize, RawHTMLOmit} {
		got := string(New(Options{RawHTML: policy}).Convert("x.md", []byte(src), 1).HTML)
		checkHTML(t, got, []string{"<dl>\n<dt>Speaker</dt>\n<dd>Ada Lovelace</dd>\n<dd>Grace Hopper</dd>\n<dt>Room</dt>\n<dd>Hall A</dd>\n</dl>", "<p>Time: 10:00</p>"}, nil)
	}
}
