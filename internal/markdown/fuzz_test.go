package markdown

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzConvert checks that no input makes Convert, ConvertPage (with tags
// that resolve whatever they are asked, so that every template tag and
// math parser runs) or Text panic, that omit leaves no tag the author
// wrote, that positions stay inside the input, and that the excerpt
// respects its limit.
func FuzzConvert(f *testing.F) {
	for _, s := range []string{
		"# Title\n\nText with [link](x) and `code`.\n",
		"- [A](a) - note\n- [B](b)\n\n> - [C](c): quoted\n",
		"{% include x.html %} {{ site.title }} {{< y >}}\n",
		"| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n",
		"Note[^1]\n\n[^1]: text\n",
		"```go\nfunc f() {}\n```\n",
		"<script>x</script><img src=x onerror=y>\n",
		"<p>para</p>\r\n&nbsp;\r\n",
		"## 日本語\n\n## 日本語\n",
		"{{\n}}\n{%",
		"~~~{=html}\n<table>\n\n    <tr><td>{{ x }}</td></tr>\n~~~\n~~~ {=html}\n<b>\n",
		"~~~~{=html}\n~~~\n<script>x</script>\n~~~~\n",
		"[a]({% post_url 2011-01-01-a %}) {{ site.title | escape }} {{ \"/x\" | relative_url }}\n",
		"{% highlight go %}\n```\n{% endhighlight %}\n{% raw %}{{ x }}{% endraw %}{% comment %}{% comment %}{% endcomment %}\n",
		"{{< figure src=\"a.png\" caption=\"<script>\" >}}\n{{< youtube dQw4w9WgXcQ >}}\ntext\n{{</* x */>}}\n",
		"$a_1*b$ $5 and $10 \\(x\\) \\[y\\]\n\n$$\n{{\\rm d}}\n$$.\n\n> $$\n> x\n> $$\n",
		"- $$x\n  y$$\n\n$$ $$\n\\$\\$$x$$$\n",
		"[a](b){:rel=\"x\" .c}\n{: #p}\n\n* TOC\n{:toc}\n\n# H {#h .k}\n{:d: .e}\n| a |\n|---|\n{:d}\n> q\n{: .q}\n```\nx\n```\n{: .language-go}\n",
		"{::comment}\nx\n{:/}\n> {::nomarkdown}<b>{:/nomarkdown}\n- {::options a /}\n*[A]: b\n{::comment}{:/comment} {::nomarkdown}\n<i>\n",
		"[TOC]\n\n> \\toc\n\n- [[_TOC_]]\n\n{{< toc >}}\n# a\n## b\n",
		"<hr>\n<span>**a**</span>\n<div>\n<div>x</div>\n</div>\n*b*\n  <ul>\n      <li>c</li>\n  </ul>\n<textarea>\n\n</textarea>\n<p/>\n",
		"{{< a\n  b=\"c\"\n>}}\n{{% d\r\n%}}\n{{< e\n\n>}}\n{{< /f\n>}}{{< g\n```\n>}}\n```\n",
		"{{% notice %}}\n*a*\n{{% /notice %}}{{< b >}}{{< b >}}x{{< /b >}}{{< /b >}}{{< /c >}}{{< c >}}\n",
		"::: {.callout-note title=\"T\"}\n*a*\n:::: x\n```\n:::\n```\n::::\n:::\n:::note[x]\n> ::: tip\n> y\n:::\n",
		"# [T]{.c}\n\n[a *b* [c](d){.e}]{#f .g k=v} []{.fa .fa-x} [h][r] [r] `i`{.j}\n\n[r]: /r\n",
		"[a [b]{.c}]{onclick=x style=\"y\"} [[d]{.e}](f) *g [h*]{.i} [`]`]{.k} [l\\]]{.m} [^n]{.o} [p]{{ q }}\n",
		"@@row,a\n  @@b\n<!-- x\n@@\n-->\n```\n@@\n```\n@@\n> @@c\n> x\n@@\n- @@d\n  y\n  @@\n@@ -1 +1 @@\n",
	} {
		f.Add(s)
	}
	f.Add(string(talkInput(f)))
	keep := New(Options{})
	kramdown := New(Options{Kramdown: true})
	omit := New(Options{RawHTML: RawHTMLOmit, Kramdown: true})
	sanitize := New(Options{RawHTML: RawHTMLSanitize})
	pandoc := New(Options{RawHTML: RawHTMLSanitize, Pandoc: true})
	// every resolves every tag it is asked about, with values that hold
	// markdown and HTML of their own.
	every := Tags{
		URL: func(r Ref) (string, bool) { return "/" + r.Target + "/", r.Target != "" },
		Value: func(n string) (Value, bool) {
			return Value{Text: "<b>*" + n + "*</b>\n", Time: time.Unix(0, 0).UTC()}, true
		},
	}
	// liquid runs bodies as a Jekyll site's Liquid.
	liq := NewLiquid(map[string][]byte{"x.html": []byte("<ul>\n\n  {% for t in site.talks %}<li>{{ t }}</li>{% endfor %}\n</ul>\n"), "me.html": []byte("{% include me.html %}")}, nil, "/b", "https://e.org")
	liquid := every
	liquid.Liquid = func(src []byte) ([]byte, error) {
		return liq.Render("a.md", src, map[string]any{"talks": []any{"a\n\n- b", "{% x %}"}, "title": "T"}, map[string]any{"title": "P"})
	}
	f.Add("{% for t in site.talks %}\n- {{ t }}\n{% endfor %}\n{% include x.html %}{% include me.html %}")
	f.Add("{% if %}\n{% for %}{{ | }}")
	f.Fuzz(func(t *testing.T, src string) {
		lines := strings.Count(src, "\n") + 1
		for i, r := range []*Renderer{keep, omit, sanitize, kramdown, pandoc} {
			tags := Tags{}
			switch i {
			case 0:
				tags = every
			case 3:
				tags = liquid
			}
			file := "f.md"
			switch i {
			case 2:
				file = "f.mdx"
			case 4:
				file = "f.qmd"
			}
			res := r.ConvertPage(file, []byte(src), 10, tags)
			for _, d := range res.Diags {
				if d.Pos.Line < 10 || d.Pos.Line >= 10+lines || d.Pos.Col < 1 {
					t.Errorf("diagnostic outside the input: %v", d)
				}
			}
			for _, l := range res.Reading {
				if l.Line < 10 || l.Line >= 10+lines {
					t.Errorf("reading entry outside the input: %+v", l)
				}
			}
			if utf8.ValidString(src) && utf8.RuneCountInString(res.Excerpt) > maxExcerpt {
				t.Errorf("excerpt of %d runes", utf8.RuneCountInString(res.Excerpt))
			}
			txt := r.Text("f.md", src, 3)
			if utf8.ValidString(src) && utf8.RuneCountInString(txt.Excerpt) > maxExcerpt {
				t.Errorf("text excerpt of %d runes", utf8.RuneCountInString(txt.Excerpt))
			}
		}
		if !strings.Contains(src, "<") {
			return
		}
		// Under omit, a <script the author wrote never survives as a tag:
		// every "<script" in the output must come from escaped text.
		if bytes.Contains(bytes.ToLower(omit.Convert("f.md", []byte(src), 1).HTML), []byte("<script")) {
			t.Errorf("omit let a script tag through")
		}
		if bytes.Contains(bytes.ToLower(sanitize.Convert("f.mdx", []byte(src), 1).HTML), []byte("<script")) {
			t.Errorf("sanitize let a script tag through")
		}
		if bytes.Contains(bytes.ToLower(pandoc.Convert("f.qmd", []byte(src), 1).HTML), []byte("<script")) {
			t.Errorf("sanitize let a script tag through a Pandoc page")
		}
	})
}
