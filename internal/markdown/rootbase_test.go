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
