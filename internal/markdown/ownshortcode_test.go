package markdown

import (
	"strings"
	"testing"
)

// siteShortcodes are a Hugo site's own shortcodes, as sites write them.
var siteShortcodes = map[string]string{
	"rawhtml": "<!-- raw html -->\n{{.Inner}}\n",
	"button":  `<a class="btn" href="{{ .Get "href" }}"{{ with .Get "target" }} target="{{ . }}"{{ end }}>{{ .Inner }}</a>`,
	"slides":  `<p class="slides"><a href="{{ .Get "url" }}">Slides: {{ default "download" (.Get "title") }}</a></p>`,
	"vid":     `<div class="v"><iframe src="https://player.example.org/{{ index .Params 0 }}"></iframe></div>`,
	"lead":    "**Note:** {{ .Inner }}",
	"figure":  "<figure>\n    {{ .Inner }}\n    {{ with .Get \"caption\" | markdownify }}\n    <figcaption>{{ . }}</figcaption>\n    {{ end }}\n</figure>\n",
	"youtube": `<div class="yt"><iframe src="https://www.youtube.com/embed/{{ .Get 0 }}"></iframe></div>`,
	"speaker": `{{ $p := .Page.Site.GetPage "speakers" }}<div>{{ $p.Title }}</div>`,
	"cta":     `{{ partial "cta.html" . }}`,
}

func siteTags() Tags {
	return Tags{Shortcode: func(name string) (ShortcodeTemplate, bool) {
		src, ok := siteShortcodes[name]
		return ShortcodeTemplate{File: "layouts/shortcodes/" + name + ".html", Src: []byte(src)}, ok
	}}
}

// TestSiteShortcodes: a Hugo site's own shortcode whose template is a
// snippet of HTML around .Get, .Params and .Inner is run from the site's
// file; lectern's reading of a name it knows stays, but for a call that
// wraps what that reading cannot take (a figure around an image); a
// template that needs Hugo's page, site or partials keeps lectern's
// behaviour, with one warning saying why.
func TestSiteShortcodes(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
		not       []string
		diag      string
	}{
		{"a raw HTML block", "{{< rawhtml >}}\n<div class=\"grid\">\n  <img src=\"a.png\" alt=\"A\">\n\n  <img src=\"b.png\" alt=\"B\">\n</div>\n{{< /rawhtml >}}\n\nAfter.\n",
			[]string{`<div class="grid">`, `<img src="b.png" alt="B">` + "\n</div>", "<p>After.</p>"}, []string{"rawhtml", "<p><img"}, ""},
		{"named arguments and what it wraps, in a sentence", "Buy {{< button href=\"https://t.example.org\" target=\"_blank\" >}}Tickets{{< /button >}} now.\n",
			[]string{`<p>Buy <a class="btn" href="https://t.example.org" target="_blank">Tickets</a> now.</p>`}, nil, ""},
		{"a default", "{{< slides url=\"/deck.pdf\" >}}\n", []string{`<a href="/deck.pdf">Slides: download</a>`}, nil, ""},
		{"positional, through .Params", "{{< vid abc123 >}}\n", []string{`<iframe src="https://player.example.org/abc123">`}, nil, ""},
		{"escaped as HTML", "{{< slides url=\"javascript:alert(1)\" title=\"<b>x</b>\" >}}\n", []string{"#ZgotmplZ", "&lt;b&gt;x&lt;/b&gt;"}, nil, ""},
		{"markdown of a {{% %}} call", "{{% lead %}}Doors open at *nine*.{{% /lead %}}\n", []string{"<strong>Note:</strong> Doors open at <em>nine</em>."}, nil, ""},
		{"lectern's youtube stays", "{{< youtube dQw4w9WgXcQ >}}\n", []string{"youtube-nocookie.com/embed/dQw4w9WgXcQ"}, []string{`class="yt"`}, ""},
		{"a figure wrapping an image is the site's", "{{< figure caption=\"Our *hall*\" >}}\n<img src=\"hall.jpg\" alt=\"Hall\">\n{{< /figure >}}\n",
			[]string{"<figure>", `<img src="hall.jpg" alt="Hall">`, "<figcaption>Our <em>hall</em></figcaption>"}, nil, ""},
		{"a template reading the page", "{{< speaker \"ada\" >}}\n", []string{`{{&lt; speaker &quot;ada&quot; &gt;}}`}, nil,
			`x.md:1:1: warning: shortcode "speaker" is the site's own (layouts/shortcodes/speaker.html), which lectern cannot run: it reads .Site.GetPage, which lectern does not give a shortcode; the call is shown as written; write it in markdown or HTML, or keep its template to .Get and .Inner`},
		{"a template calling a partial, wrapping text", "{{< cta >}}\nRegister *today*.\n{{< /cta >}}\n", []string{"<p>Register <em>today</em>.</p>"}, []string{"cta"},
			`x.md:1:1: warning: shortcode "cta" is the site's own (layouts/shortcodes/cta.html), which lectern cannot run: it calls partial "cta.html", which the site does not have in layouts/partials/; what it wraps is shown without it; write it in markdown or HTML to keep its look`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := New(Options{RawHTML: RawHTMLKeep}).ConvertPage("x.md", []byte(tt.src), 1, siteTags())
			got := string(res.HTML)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("HTML %s\nlacks %s", got, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("HTML %s\nholds %s", got, w)
				}
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

// TestSiteShortcodeLookups: a body calling a site's shortcode is fresh
// only while the template is the same, so an edit of the template
// converts the body again in the preview.
func TestSiteShortcodeLookups(t *testing.T) {
	res := New(Options{}).ConvertPage("x.md", []byte("{{< slides url=\"/d.pdf\" >}}\n"), 1, siteTags())
	if !res.Fresh(siteTags()) {
		t.Errorf("not fresh with the same template")
	}
	edited := Tags{Shortcode: func(name string) (ShortcodeTemplate, bool) {
		return ShortcodeTemplate{File: "layouts/shortcodes/slides.html", Src: []byte("<p>{{ .Get \"url\" }}</p>")}, true
	}}
	if res.Fresh(edited) {
		t.Errorf("fresh after the template changed")
	}
}
