package markdown

import (
	"strings"
	"testing"

	"lectern/internal/hangtest"
)

// TestSiteShortcodeBounds: a site's shortcode that loops without end,
// calls itself, or grows a value without bound stops within the build:
// the call is shown as written, with one warning saying what stopped it;
// a template that loops over its arguments runs as before.
func TestSiteShortcodeBounds(t *testing.T) {
	const steps = `x.md:1:1: warning: shortcode "loop" is the site's own (layouts/shortcodes/loop.html), which lectern cannot run: it runs more than 10000 loop turns or template calls, or longer than 2s, which no snippet of HTML needs (a loop without end?); the call is shown as written; write it in markdown or HTML, or keep its template to .Get and .Inner`
	const big = `x.md:1:1: warning: shortcode "loop" is the site's own (layouts/shortcodes/loop.html), which lectern cannot run: it makes a text longer than 65536 bytes, more than a snippet of HTML; the call is shown as written; write it in markdown or HTML, or keep its template to .Get and .Inner`
	tests := []struct {
		name, tmpl, want, diag string
	}{
		{"a range over a number too large to count to", `{{ range $i := 100000000000 }}{{ end }}done`, "", steps},
		{"a range over a huge seq", `{{ range seq 100000000 }}{{ end }}done`, "", steps},
		{"nested ranges", `{{ range 5000 }}{{ range 5000 }}{{ range 5000 }}{{ end }}{{ end }}{{ end }}done`, "", steps},
		{"a template calling itself twice", `{{ define "r" }}{{ template "r" . }}{{ template "r" . }}{{ end }}{{ template "r" . }}done`, "", steps},
		{"a text doubled by printf", `{{ $s := "ab" }}{{ range 100 }}{{ $s = printf "%s%s" $s $s }}{{ end }}{{ $s }}`, "", big},
		{"a text doubled by replace", `{{ $s := "ab" }}{{ range 100 }}{{ $s = replace $s "a" "aa" }}{{ $s = replace $s "b" "ab" }}{{ end }}{{ $s }}`, "", big},
		{"a text grown by html", `{{ $s := "<" }}{{ range 100 }}{{ $s = html $s $s }}{{ end }}{{ $s }}`, "", big},
		{"a huge width", `{{ printf "%0999999999d" 1 }}`, "", big},
		{"a huge precision", `{{ printf "%.999999999f" 1.5 }}`, "", big},
		{"numbers in the format's text", `<p>{{ printf "Room 123456: %5.2f%%" 1.5 }}</p>`, "<p>Room 123456:  1.50%</p>", ""},
		{"loops in an attribute and a script", `<p class="{{ range .Params }}x-{{ . }} {{ end }}"></p><script>var a = [{{ range .Params }}{{ . }},{{ end }}];</script>`,
			`<p class="x-a x-b "></p><script>var a = ["a","b",];</script>`, ""},
		{"a loop over the arguments", `<ul>{{ range .Params }}<li>{{ . }}</li>{{ end }}</ul>{{ range seq 3 }}{{ . }}{{ end }}`, "<ul><li>a</li><li>b</li></ul>123", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags := Tags{Shortcode: func(name string) (ShortcodeTemplate, bool) {
				return NewShortcodeTemplate(name, "layouts/shortcodes/"+name+".html", []byte(tt.tmpl)), name == "loop"
			}}
			var res Result
			hangtest.Within(t, "a looping shortcode", func() {
				res = New(Options{RawHTML: RawHTMLKeep}).ConvertPage("x.md", []byte("{{< loop a b >}}\n"), 1, tags)
			})
			got := string(res.HTML)
			if tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("HTML %s\nlacks %s", got, tt.want)
			}
			if tt.diag != "" && !strings.Contains(got, "{{&lt; loop a b &gt;}}") {
				t.Errorf("HTML %s\nlacks the call as written", got)
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

// TestSiteShortcodeShared: one parsed template runs on many pages at
// once, each call on its own copy with its own budget (go test -race).
func TestSiteShortcodeShared(t *testing.T) {
	sc := NewShortcodeTemplate("loop", "layouts/shortcodes/loop.html", []byte(`{{ range seq 3000 }}{{ end }}<b>{{ .Get 0 }}</b>`))
	tags := Tags{Shortcode: func(name string) (ShortcodeTemplate, bool) { return sc, name == "loop" }}
	md := New(Options{RawHTML: RawHTMLKeep})
	done := make(chan string)
	for range 8 {
		go func() {
			res := md.ConvertPage("x.md", []byte("{{< loop a >}}\n"), 1, tags)
			done <- string(res.HTML)
		}()
	}
	for range 8 {
		// Each call's 3000 turns are its own: 8 calls together pass
		// the budget of one.
		if got := <-done; !strings.Contains(got, "<b>a</b>") {
			t.Errorf("HTML %s", got)
		}
	}
}
