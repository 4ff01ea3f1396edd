package markdown

import (
	"strings"
	"testing"
)

// pageValues are the values the model gives a page's tags, as
// Tags.Value names them, for a page of a site published under /blog.
var pageValues = map[string]string{
	"page.title": "Keynote", "page.url": "/talks/keynote/", "pageparam.venue": "Hall A", "pageparam.room.name": "Main",
	"param.color": "teal", "site.title": "Conf", "site.url": "https://conf.example.org", "site.baseurl": "/blog",
	"site.params.twitter": "confhq",
}

func pageTags(tmpl string, values map[string]string) Tags {
	return Tags{
		Shortcode: func(name string) (ShortcodeTemplate, bool) {
			return NewShortcodeTemplate(name, "layouts/shortcodes/"+name+".html", []byte(tmpl)), name == "sc"
		},
		Value: func(name string) (Value, bool) { v, ok := values[name]; return Value{Text: v}, ok },
	}
}

// TestSiteShortcodePage: a site's shortcode reading its page, its site,
// or calling Hugo's functions that need the site's address runs, with
// the values the model gives the page; what lectern still lacks keeps
// the warning, naming it.
func TestSiteShortcodePage(t *testing.T) {
	tests := []struct {
		name, tmpl, want, diag string
	}{
		{"the page's title and params", `<p>{{ .Page.Title }} in {{ .Page.Params.venue }}, {{ .Page.Params.room.name }}</p>`, "<p>Keynote in Hall A, Main</p>", ""},
		{"a param the page lacks", `<p>{{ with .Page.Params.missing }}{{ . }}{{ else }}none{{ end }}</p>`, "<p>none</p>", ""},
		{"index of the params", `<p>{{ index .Page.Params "venue" }}</p>`, "<p>Hall A</p>", ""},
		{"Hugo's .Param", `<p>{{ .Page.Param "color" }}</p>`, "<p>teal</p>", ""},
		{"the page's addresses", `<a href="{{ .Page.RelPermalink }}" data-u="{{ .Page.Permalink }}">x</a>`, `<a href="/blog/talks/keynote/" data-u="https://conf.example.org/blog/talks/keynote/">x</a>`, ""},
		{"the site", `<p>{{ .Site.Title }} {{ .Site.BaseURL }} @{{ .Site.Params.twitter }} @{{ site.Params.twitter }} {{ .Page.Site.Title }}</p>`, "<p>Conf https://conf.example.org/blog/ @confhq @confhq Conf</p>", ""},
		{"relURL and absURL", `<img src="{{ "img/a.png" | relURL }}"><img src="{{ relURL "/b.png" }}"><img src="{{ absURL "img/c.png" }}"><a href="{{ absURL "https://x.example.org/" }}">x</a>`,
			`<img src="/blog/img/a.png"><img src="/b.png"><img src="https://conf.example.org/blog/img/c.png"><a href="https://x.example.org/">x</a>`, ""},
		{"urlize", `<a href="/tags/{{ urlize "Machine Learning!" }}/">t</a>`, `<a href="/tags/machine-learning/">t</a>`, ""},
		{"printf and safeHTML", `{{ printf "<b>%s</b>" .Page.Title | safeHTML }}`, "<b>Keynote</b>", ""},
		{"the page's resources, which lectern lacks", `<img src="{{ (.Page.Resources.GetMatch "a.png").RelPermalink }}">`, "{{&lt; sc &gt;}}",
			`x.md:1:1: warning: shortcode "sc" is the site's own (layouts/shortcodes/sc.html), which lectern cannot run: it reads .Page.Resources, which lectern does not give a shortcode; the call is shown as written; write it in markdown or HTML, or keep its template to .Get and .Inner`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := New(Options{RawHTML: RawHTMLKeep}).ConvertPage("x.md", []byte("{{< sc >}}\n"), 1, pageTags(tt.tmpl, pageValues))
			if got := string(res.HTML); !strings.Contains(got, tt.want) {
				t.Errorf("HTML %s\nlacks %s", got, tt.want)
			}
			switch diags := res.Diags.Strings(); {
			case tt.diag == "" && len(diags) > 0:
				t.Errorf("warnings %q", diags)
			case tt.diag != "" && (len(diags) != 1 || diags[0] != tt.diag):
				t.Errorf("warnings %q, want %q", diags, tt.diag)
			}
		})
	}
}

// TestSiteShortcodePageFresh: a body whose shortcode read the page's
// title is converted again when the title changes, and not when a value
// it did not read does.
func TestSiteShortcodePageFresh(t *testing.T) {
	const tmpl = `<p>{{ .Page.Title }}</p>`
	res := New(Options{}).ConvertPage("x.md", []byte("{{< sc >}}\n"), 1, pageTags(tmpl, pageValues))
	other := map[string]string{}
	for k, v := range pageValues {
		other[k] = v
	}
	other["pageparam.venue"] = "Hall B"
	if !res.Fresh(pageTags(tmpl, other)) {
		t.Errorf("not fresh after a value it did not read changed")
	}
	other["page.title"] = "Opening"
	if res.Fresh(pageTags(tmpl, other)) {
		t.Errorf("fresh after the title changed")
	}

	// A value read in a loop is asked for once.
	res = New(Options{}).ConvertPage("x.md", []byte("{{< sc >}}\n"), 1, pageTags(`{{ range seq 50 }}{{ $.Page.Title }}{{ end }}`, pageValues))
	n := 0
	for _, l := range res.Lookups {
		if l.Name == "page.title" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the title was looked up %d times, want 1", n)
	}
}
