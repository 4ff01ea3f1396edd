package markdown

import (
	"strings"
	"testing"
	"time"
)

func TestLiquidRender(t *testing.T) {
	includes := map[string][]byte{
		"list.html":   []byte("<ul>\n{% for t in site.talks %}\n  <li>{{ t.title }} {{ include.note }}</li>\n\n{% endfor %}\n</ul>\n"),
		"self.html":   []byte("{% include self.html %}"),
		"note.md":     []byte("*{{ include.text }}*\n\nnext"),
		"broken.html": []byte("{% if %}"),
		"outer.html":  []byte("<b>\n{% include gone.html %}</b>"),
		"card.liquid": []byte("{{ title }}/{{ include.x }}"),
		"lax.html":    []byte("{% if {{ page.title }} %}{{ page.title }}{% endif %}"),
	}
	l := NewLiquid(includes, nil, "/blog", "https://example.org")
	site := map[string]any{
		"big":   strings.Repeat("x", 1000),
		"title": "Conf",
		"days":  []any{"Fri", "Sat"},
		"talks": []any{
			map[string]any{"title": "Alpha", "level": "beginner", "date": time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)},
			map[string]any{"title": "Beta", "level": "expert", "date": time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)},
		},
	}
	page := map[string]any{"title": "Programme", "level": "expert"}
	for _, tc := range []struct{ name, src, want, err string }{
		{"loop and join", "{{ site.days | join: \", \" }}: {% for t in site.talks %}{{ t.title }};{% endfor %}", "Fri, Sat: Alpha;Beta;", ""},
		{"page variable", "# {{ page.title }}", "# Programme", ""},
		{"include with a parameter, one HTML block", "{% include list.html note=\"!\" %}", "<ul>\n  <li>Alpha !</li>\n  <li>Beta !</li>\n</ul>\n", ""},
		{"include of markdown keeps its blank lines", "{% include note.md text=page.title %}", "*Programme*\n\nnext", ""},
		{"embeds pass through", "{% speakerdeck abcdef12 %}{% gist a/1 %}{% twitter https://x.com/a/status/1 %}{% instagram X1 %}{% image \"a.png\", \"A\" %}", "{% speakerdeck abcdef12 %}{% gist a/1 %}{% twitter https://x.com/a/status/1 %}{% instagram X1 %}{% image \"a.png\", \"A\" %}", ""},
		{"tags with one meaning pass through", "{% post_url 2024-01-01-x %} {% highlight go %}{{ page.title }}{% endhighlight %}", "{% post_url 2024-01-01-x %} {% highlight go %}Programme{% endhighlight %}", ""},
		{"markdownify", `{{ "A **bold** [link](/x/)" | markdownify }}`, "<p>A <strong>bold</strong> <a href=\"/x/\">link</a></p>\n", ""},
		{"a markdown block, its indentation dropped", "{% markdown %}\n    Be **kind**.\n\n    - one\n{% endmarkdown %}", "<p>Be <strong>kind</strong>.</p>\n<ul>\n<li>one</li>\n</ul>\n", ""},
		{"head tags of plugins write nothing", "{% seo %}{% feed_meta %}x", "x", ""},
		{"dates written as YAML writes them", `{{ "2023-10-08 12:30:00-04:00" | date: "%H:%M" }} {{ "2023-10-08 12:30:00-04:00" | date_to_string }} {{ "soon" | date: "%Y" }}`, "12:30 08 Oct 2023 soon", ""},
		{"a mermaid block passes through", "{% mermaid %}\ngraph TD; A-->B;\n{% endmermaid %}", "{% mermaid %}\ngraph TD; A-->B;\n{% endmermaid %}", ""},
		{"raw stays raw", "{% raw %}{{ page.title }}{% endraw %} {{ page.title }}", "{% raw %}{{ page.title }}{% endraw %} Programme", ""},
		{"where and where_exp", "{{ site.talks | where: \"level\", \"expert\" | map: \"title\" | join: \",\" }} {{ site.talks | where_exp: \"t\", \"t.level == 'beginner'\" | map: \"title\" | join: \",\" }}", "Beta Alpha", ""},
		{"group_by_exp", "{% assign g = site.talks | group_by_exp: \"t\", \"t.date | date: '%B'\" %}{% for m in g %}{{ m.name }}={{ m.size }} {% endfor %}", "May=1 June=1 ", ""},
		{"url filters", "{{ \"/x/\" | relative_url }} {{ \"x\" | absolute_url }} {{ \"Hello, World!\" | slugify }}", "/blog/x/ https://example.org/blog/x hello-world", ""},
		{"lines of tags alone before HTML go", "<ul>\n  {% for t in site.talks %}\n    <li>{{ t.title }}</li>\n  {% endfor %}\n</ul>\n", "<ul>\n    <li>Alpha</li>\n    <li>Beta</li>\n</ul>\n", ""},
		{"lines of tags alone before text stay blank", "A.\n{% if true %}\nB.\n{% endif %}\n", "A.\n\nB.\n\n", ""},
		{"missing include", "x\n{% include nope.html %}", "", `include "nope.html": there is no file _includes/nope.html; it is left out`},
		{"a missing include in an include", "{% include outer.html %}", "", `include "gone.html": there is no file _includes/gone.html; it is left out (in _includes/outer.html, line 2)`},
		{"Eleventy's include", `{% include "card.liquid", title: "Gold", x: page.title %}`, "Gold/", ""},
		{"include of itself", "{% include self.html %}", "", `include "self.html" is included 16 times within itself`},
		{"a range too long", "{% for i in (1..1000000) %}{% endfor %}", "", "the ranges written up to (1..1000000) hold more than 100000 numbers together"},
		{"ranges nested too deep", "{% for i in (1..1000) %}{% for j in (0..999) %}{% endfor %}{% endfor %}", "", "the ranges written up to (0..999) hold more than 100000 numbers together"},
		{"output too large", "{% for t in site.talks %}{{ site.big }}{{ site.big }}{{ site.big }}{% endfor %}{% for i in (1..99999) %}{{ site.big }}{% endfor %}", "", "the page's Liquid writes more than 32 MB"},
		{"unknown filter", "{{ page.title | shout }}", "", `undefined filter "shout"`},
		{"an output inside a tag is the variable it names, as in Jekyll's lax Liquid", "{% assign e = site.talks | where:\"level\",{{page.level}} %}{% for t in e %}{{ t.title }}{% endfor %} {% if {{page.title}} %}yes{% endif %}", "Beta yes", ""},
		{"an output inside a tag in an include", "{% include lax.html %}", "Programme", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := l.Render("a.md", []byte(tc.src), site, page)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one saying %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestLiquidErrorLine(t *testing.T) {
	l := NewLiquid(nil, nil, "", "")
	for _, src := range []string{
		"a\nb\n{{ x | shout }}\n",
		"{% raw %}\n{{ x }}\n{% endraw %}\n{{ x | shout }}\n",
		"a\nb\n{% include x.html %}\n",
		"{% raw %}\n{{ x }}\n{% endraw %}\n{% include x.html %}\n",
	} {
		out, err := l.Render("a.md", []byte(src), nil, nil)
		line := 0
		switch e := err.(type) {
		case LiquidError:
			line = e.Line
		case LiquidWarnings:
			// A missing include is left out; the rest is written.
			if len(e) == 1 && out != nil {
				line = e[0].Line
			}
		}
		if line != strings.Count(src, "\n") {
			t.Errorf("%q: error %#v, want one on its last line", src, err)
		}
	}
}

// TestConvertRunsLiquidOnlyWhereNeeded checks that a body is run as
// Liquid only when a tag is left that nothing else resolves, that its
// output is then read as markdown, and that a failure shows the tags as
// written with one warning saying why, at the line.
func TestConvertRunsLiquidOnlyWhereNeeded(t *testing.T) {
	r := New(Options{})
	runs := 0
	tags := Tags{Liquid: func(src []byte) ([]byte, error) {
		runs++
		return NewLiquid(nil, nil, "", "").Render("a.md", src, map[string]any{"talks": []any{"A", "B"}, "quote": "{% include x %}"}, nil)
	}}
	res := r.ConvertPage("p.md", []byte("Plain *text* and `{% for x in y %}` in code.\n"), 5, tags)
	if runs != 0 || len(res.Diags) != 0 || len(res.Lookups) != 0 {
		t.Fatalf("a body without tags to run ran Liquid %d times: %v", runs, res.Diags)
	}
	res = r.ConvertPage("p.md", []byte("{% for t in site.talks %}- {{ t }}\n{% endfor %}\n"), 5, tags)
	if want := "<ul>\n<li>A</li>\n<li>B</li>\n</ul>\n"; string(res.HTML) != want || len(res.Diags) != 0 {
		t.Errorf("HTML %q, diags %v; want %q", res.HTML, res.Diags, want)
	}
	if len(res.Lookups) != 1 || res.Lookups[0].Liquid == nil || !res.Fresh(tags) {
		t.Errorf("lookups %+v: want the Liquid run, fresh", res.Lookups)
	}
	if res.Fresh(Tags{}) {
		t.Error("a result of Liquid is fresh where no Liquid runs")
	}
	res = r.ConvertPage("p.md", []byte("{% if site.quote %}Write {{ site.quote }}.{% endif %}\n"), 5, tags)
	if want := "<p>Write {% include x %}.</p>\n"; string(res.HTML) != want || len(res.Diags) != 0 {
		t.Errorf("a tag printed from a value: HTML %q, diags %v; want %q and no warning", res.HTML, res.Diags, want)
	}
	res = r.ConvertPage("p.md", []byte("Intro.\n\n{% include nav.html %}\n{% for t in site.talks %}{{ t }}{% endfor %}\n"), 5, tags)
	if len(res.Diags) != 1 || res.Diags[0].Pos.Line != 7 || res.Diags[0].Msg != `include "nav.html": there is no file _includes/nav.html; it is left out` {
		t.Errorf("diags %v: want one warning at line 7 saying the include is missing", res.Diags)
	}
	if want := "<p>Intro.</p>\n<p>AB</p>\n"; string(res.HTML) != want {
		t.Errorf("a missing include: HTML %q, want %q: the rest of the page runs", res.HTML, want)
	}
	res = r.ConvertPage("p.md", []byte("Intro.\n\n{{ site.quote | shout }}\n"), 5, tags)
	if len(res.Diags) != 1 || res.Diags[0].Pos.Line != 7 || !strings.Contains(res.Diags[0].Msg, `Liquid cannot run this page: undefined filter "shout"`) {
		t.Errorf("diags %v: want one warning at line 7 saying the filter is unknown", res.Diags)
	}
	if !strings.Contains(string(res.HTML), "{{ site.quote | shout }}") {
		t.Errorf("HTML %q does not show the tag as written", res.HTML)
	}
}
