package markdown

import "testing"

// TestRootBase: with Options.RootBase, links and images written from the
// site's root are put under the base path, as Franklin's prepath puts
// them; what is already under it, a host, a relative path and a web
// address are left alone, and without the option nothing changes.
func TestRootBase(t *testing.T) {
	src := "[a](/posts/a/) ![p](/assets/p.png) [b](/blog/posts/b/) [c](/blog) [d](//cdn.example.org/x.js)\n" +
		"[e](rel/e/) [f](https://example.org/f/) [g](#g) [h](/blogroll/) [i][ref]\n\n[ref]: /about/\n"
	got := string(New(Options{RootBase: "/blog/"}).Convert("x.md", []byte(src), 1).HTML)
	checkHTML(t, got, []string{`href="/blog/posts/a/"`, `src="/blog/assets/p.png"`, `href="/blog/posts/b/"`, `href="/blog"`,
		`href="//cdn.example.org/x.js"`, `href="rel/e/"`, `href="https://example.org/f/"`, `href="#g"`,
		`href="/blog/blogroll/"`, `href="/blog/about/"`}, []string{"/blog/blog/", `"/blog/blog"`})
	plain := string(New(Options{}).Convert("x.md", []byte(src), 1).HTML)
	checkHTML(t, plain, []string{`href="/posts/a/"`, `href="/about/"`}, []string{`href="/blog/posts/a/"`})
}

// TestRootBaseRawHTML: with Options.RootBase, the src, href and poster
// attributes from the root in raw HTML — a raw block (Franklin's
// "~~~ … ~~~", given to the markdown stage as "~~~{=html}"), an HTML
// block, an inline tag — are put under the base path too, as Franklin's
// prepath puts every such attribute of the pages it publishes; what is
// already under it, a host and a relative path are left alone.
func TestRootBaseRawHTML(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		want, dont []string
	}{
		{"raw block",
			"~~~{=html}\n<div class=\"cards\">\n  <a href=\"/sessions/day1/\"><img src=\"/assets/duck.png\"></a>\n  <video poster='/assets/p.jpg'></video>\n</div>\n~~~\n",
			[]string{`href="/blog/sessions/day1/"`, `src="/blog/assets/duck.png"`, `poster='/blog/assets/p.jpg'`}, []string{`"/sessions/`}},
		{"HTML block",
			"<p><a href=\"/schedule/\">Schedule</a> <a href=\"/blog/posts/\">Posts</a> <a href=\"//cdn.example.org/x\">x</a> <a href=\"rel/\">r</a></p>\n",
			[]string{`href="/blog/schedule/"`, `href="/blog/posts/"`, `href="//cdn.example.org/x"`, `href="rel/"`}, []string{"/blog/blog/"}},
		{"inline tag",
			"Please <a class=\"btn\" href=\"/register/\">register</a> and [read](/posts/a/).\n",
			[]string{`href="/blog/register/"`, `href="/blog/posts/a/"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(New(Options{RootBase: "/blog/", RawHTML: RawHTMLKeep}).Convert("x.md", []byte(tt.src), 1).HTML)
			checkHTML(t, got, tt.want, tt.dont)
			plain := string(New(Options{RawHTML: RawHTMLKeep}).Convert("x.md", []byte(tt.src), 1).HTML)
			checkHTML(t, plain, nil, []string{`"/blog/sessions/`, `"/blog/schedule/`, `"/blog/register/`})
		})
	}
}
