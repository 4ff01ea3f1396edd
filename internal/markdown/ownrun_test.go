package markdown

import (
	"strings"
	"testing"

	"lectern/internal/hangtest"
)

// partialTags are the tags of a page whose site has the shortcode "sc"
// of tmpl and the partials of partials, by their name in
// layouts/partials/ without .html.
func partialTags(tmpl string, partials map[string]string) Tags {
	t := pageTags(tmpl, pageValues)
	t.Shortcode = func(name string) (ShortcodeTemplate, bool) {
		if p, ok := strings.CutPrefix(name, "partials/"); ok {
			src, ok := partials[p]
			return NewShortcodeTemplate(name, "layouts/"+name+".html", []byte(src)), ok
		}
		return NewShortcodeTemplate(name, "layouts/shortcodes/"+name+".html", []byte(tmpl)), name == "sc"
	}
	return t
}

// TestSiteShortcodePartial: a site's shortcode calling a partial of the
// site runs it, on the call or on a dict, as Hugo does; a partial the
// site lacks, or partials calling each other without end, keep the call
// with one warning.
func TestSiteShortcodePartial(t *testing.T) {
	partials := map[string]string{
		"button":      `<a class="btn" href="{{ .Get "href" | relURL }}">{{ .Inner }}</a>`,
		"card":        `<div class="card"><h3>{{ .title }}</h3>{{ partial "card-body.html" . }}</div>`,
		"card-body":   `<p>{{ .text }} on {{ site.Title }} @{{ site.Params.twitter }}</p>`,
		"page-title":  `<h2>{{ .Page.Title }}</h2>`,
		"self":        `{{ partial "self.html" . }}`,
		"with-params": `{{ with .Page.Params.venue }}<p>{{ . }}</p>{{ end }}`,
	}
	const missing = `x.md:1:1: warning: shortcode "sc" is the site's own (layouts/shortcodes/sc.html), which lectern cannot run: it calls partial "nav.html", which the site does not have in layouts/partials/; what it wraps is shown without it; write it in markdown or HTML to keep its look`
	tests := []struct {
		name, tmpl, want, diag string
	}{
		{"on the call", `{{ partial "button.html" . }}`, `<a class="btn" href="/blog/tickets">Tickets</a>`, ""},
		{"on a dict, calling another", `{{ partial "card" (dict "title" "Venue" "text" "Hall A") }}`, `<div class="card"><h3>Venue</h3><p>Hall A on Conf @confhq</p></div>`, ""},
		{"reading the page", `{{ partial "page-title.html" . }}{{ partialCached "with-params.html" . "x" }}`, `<h2>Keynote</h2><p>Hall A</p>`, ""},
		{"a partial the site lacks", `{{ partial "nav.html" . }}`, "<p>Tickets</p>", missing},
		{"a partial calling itself", `{{ partial "self.html" . }}`, "<p>Tickets</p>", "too many"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var res Result
			hangtest.Within(t, "a shortcode calling partials", func() {
				res = New(Options{RawHTML: RawHTMLKeep}).ConvertPage("x.md", []byte("{{< sc href=\"tickets\" >}}Tickets{{< /sc >}}\n"), 1, partialTags(tt.tmpl, partials))
			})
			if got := string(res.HTML); !strings.Contains(got, tt.want) {
				t.Errorf("HTML %s\nlacks %s", got, tt.want)
			}
			switch diags := res.Diags.Strings(); {
			case tt.diag == "" && len(diags) > 0:
				t.Errorf("warnings %q", diags)
			case tt.diag == "too many" && (len(diags) != 1 || !strings.Contains(diags[0], "it runs more than 10000 loop turns or template calls")):
				t.Errorf("warnings %q, want one about the budget", diags)
			case tt.diag != "" && tt.diag != "too many" && (len(diags) != 1 || diags[0] != tt.diag):
				t.Errorf("warnings %q, want %q", diags, tt.diag)
			}
		})
	}
}
