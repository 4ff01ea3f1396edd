package markdown

import (
	"strings"
	"testing"
)

func TestBracketedSpans(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		file string
		src  string
		want string
	}{
		{"heading", Options{Pandoc: true}, "a.md", "# [TALKS]{.third-color}\n",
			`<h1 id="talks"><span class="third-color">TALKS</span> <a class="anchor" href="#talks" aria-label="Link to section: TALKS">#</a></h1>`},
		{"id, classes, key", Options{Pandoc: true}, "a.md", "[Hi *there*]{#x .a .b lang=fr k=\"v w\"}\n",
			`<p><span id="x" lang="fr" data-k="v w" class="a b">Hi <em>there</em></span></p>`},
		{"empty icon span", Options{Pandoc: true}, "a.md", "[]{.fa .fa-twitter} me\n",
			`<p><span class="fa fa-twitter"></span> me</p>`},
		{"nested and with a link", Options{Pandoc: true}, "a.md", "[a [b]{.y} [c](/c)]{.x}\n",
			`<p><span class="x">a <span class="y">b</span> <a href="/c">c</a></span></p>`},
		{"inside a link", Options{Pandoc: true}, "a.md", "[[b]{.y}](/c)\n",
			`<p><a href="/c"><span class="y">b</span></a></p>`},
		{"code with a bracket", Options{Pandoc: true}, "a.md", "[`a]`]{.x}\n",
			`<p><span class="x"><code>a]</code></span></p>`},
		{"handlers and scripts dropped", Options{Pandoc: true}, "a.md", "[a]{onclick=\"x()\" title=\"javascript:y\" style=\"color:red\"}\n",
			`<p><span style="color:red">a</span></p>`},
		{"style only where raw HTML is kept", Options{Pandoc: true, RawHTML: RawHTMLOmit}, "a.md", "[a]{style=\"color:red\" .c}\n",
			`<p><span class="c">a</span></p>`},
		{"sanitized keeps class and id", Options{Pandoc: true, RawHTML: RawHTMLSanitize}, "a.md", "[a]{#i .c}\n",
			`<p><span id="i" class="c">a</span></p>`},
		{"link attributes", Options{Pandoc: true}, "a.md", "[a](/a){.btn target=\"_blank\"} ![i](i.png){width=50%}\n",
			`<p><a href="/a" class="btn" target="_blank">a</a> <img src="i.png" alt="i" width="50%" loading="lazy"></p>`},
		{"reference link", Options{Pandoc: true}, "a.md", "[a][r] and [r]\n\n[r]: /r\n",
			`<p><a href="/r">a</a> and <a href="/r">r</a></p>`},
		{"plain brackets", Options{Pandoc: true}, "a.md", "[a] [b]{c [d]{}\n",
			`<p>[a] [b]{c [d]{}</p>`},
		// Brackets bind tighter than emphasis, as a link's do.
		{"emphasis across the bracket", Options{Pandoc: true}, "a.md", "*a [b*]{.x}\n",
			`<p>*a <span class="x">b*</span></p>`},
		{"a .qmd file on any site", Options{}, "a.qmd", "[a]{.x}\n",
			`<p><span class="x">a</span></p>`},
		{"CommonMark elsewhere", Options{}, "a.md", "[a]{.x}\n",
			`<p>[a]{.x}</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.TrimSpace(string(New(tt.opts).Convert(tt.file, []byte(tt.src), 1).HTML))
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestBracketedSpanHeadingText(t *testing.T) {
	res := New(Options{Pandoc: true}).Convert("a.md", []byte("# [TALKS]{.c} and [more]{#m}\n"), 1)
	if len(res.Headings) != 1 || res.Headings[0].Text != "TALKS and more" {
		t.Errorf("headings %+v", res.Headings)
	}
}
