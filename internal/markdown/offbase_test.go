package markdown

import (
	"slices"
	"testing"
)

// TestOffBase: with Options.SourceBase, links and images written from
// the site's root under the path the site's own tool published it under
// are put under Options.Base instead, but for one naming a file or
// folder of the site as written (asked of Tags) and a link to a markdown
// file, which sourceLinks resolves; a path under another base path or
// merely starting with the same letters, a relative path and a web
// address are left alone, and without the option nothing changes. So
// are a front matter text's links (Text).
func TestOffBase(t *testing.T) {
	src := "[talks](/conf2020/talks/) ![logo](/conf2020/assets/logo.png) [home](/conf2020) [venue](/conf2020#venue)\n" +
		"[last year](/conf2019/) [videos](/conf2020-videos/) [rel](talks/) [web](https://example.org/conf2020/)\n" +
		"[kept](/conf2020/archive/old.pdf) [note](/conf2020/notes/a.md) [ref][r]\n\n[r]: /conf2020/about/\n"
	files := map[Ref]string{
		{Kind: RefFile, Target: "conf2020/archive/old.pdf"}: "/conf2020/archive/old.pdf",
		{Kind: RefLink, Target: "notes/a.md"}:               "/blog/notes/a/",
	}
	var asked []Ref
	tags := Tags{URL: func(r Ref) (string, bool) {
		asked = append(asked, r)
		u, ok := files[r]
		return u, ok
	}}
	for _, tc := range []struct {
		name, base string
		want       []string
	}{
		{"served at the root", "", []string{`href="/talks/"`, `src="/assets/logo.png"`, `href="/"`, `href="/#venue"`, `href="/about/"`}},
		{"served under another path", "/blog/", []string{`href="/blog/talks/"`, `src="/blog/assets/logo.png"`, `href="/blog/"`, `href="/blog/#venue"`, `href="/blog/about/"`}},
		{"served under the same path", "/conf2020", []string{`href="/conf2020/talks/"`, `src="/conf2020/assets/logo.png"`, `href="/conf2020/"`, `href="/conf2020/about/"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			asked = nil
			got := string(New(Options{SourceBase: "/conf2020/", Base: tc.base}).ConvertPage("x.md", []byte(src), 1, tags).HTML)
			checkHTML(t, got, append(tc.want, `href="/conf2019/"`, `href="/conf2020-videos/"`, `href="talks/"`,
				`href="https://example.org/conf2020/"`, `href="/conf2020/archive/old.pdf"`, `href="/blog/notes/a/"`), nil)
			if !slices.Contains(asked, Ref{Kind: RefFolder, Target: "conf2020/talks"}) || !slices.Contains(asked, Ref{Kind: RefFile, Target: "conf2020/assets/logo.png"}) {
				t.Errorf("lookups %v, want the talks folder and the logo asked for as written", asked)
			}
		})
	}
	text := string(New(Options{SourceBase: "/conf2020"}).Text("x.md", "See [the talk](/conf2020/talks/a/).", 1).HTML)
	checkHTML(t, text, []string{`href="/talks/a/"`}, nil)
	plain := string(New(Options{}).ConvertPage("x.md", []byte(src), 1, tags).HTML)
	checkHTML(t, plain, []string{`href="/conf2020/talks/"`, `src="/conf2020/assets/logo.png"`}, nil)
}

// TestOffBaseHTML: raw HTML's src, href and poster attributes written
// under Options.SourceBase are put under Options.Base as a link's
// destination is, in a block, a raw block (~~~{=html}) and inline,
// quoted or not; one naming a file of the site as written, under another
// path or relative is left alone, as is the rest of the HTML and the
// text around it.
func TestOffBaseHTML(t *testing.T) {
	src := "Intro <a href=\"/conf2020/talks/\">talks</a> and <img src=/conf2020/logo.png alt=\"logo\">.\n\n" +
		"<figure>\n  <img src='/conf2020/img/venue.jpg' alt=\"venue\">\n  <a href=\"/conf2019/\">last year</a>\n" +
		"  <video poster=\"/conf2020/img/poster.jpg\"></video>\n  <a href=\"/conf2020/archive/old.pdf\">old</a> <a href=\"img/rel.png\">rel</a>\n</figure>\n\n" +
		"After *the* figure.\n\n~~~{=html}\n<p><a href=\"/conf2020/venue/\">venue</a></p>\n~~~\n"
	tags := Tags{URL: func(r Ref) (string, bool) {
		return "/conf2020/archive/old.pdf", r == Ref{Kind: RefFile, Target: "conf2020/archive/old.pdf"}
	}}
	for _, tc := range []struct {
		name, base string
		want       []string
	}{
		{"served at the root", "", []string{`href="/venue/"`, `href="/talks/"`, `src=/logo.png`, `src='/img/venue.jpg'`, `poster="/img/poster.jpg"`}},
		{"served under another path", "/blog", []string{`href="/blog/venue/"`, `href="/blog/talks/"`, `src=/blog/logo.png`, `src='/blog/img/venue.jpg'`, `poster="/blog/img/poster.jpg"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := New(Options{SourceBase: "/conf2020", Base: tc.base}).ConvertPage("x.md", []byte(src), 1, tags)
			checkHTML(t, string(res.HTML), append(tc.want, `href="/conf2019/"`, `href="/conf2020/archive/old.pdf"`, `href="img/rel.png"`,
				"<p>Intro ", "<p>After <em>the</em> figure.</p>"), []string{`"/conf2020/talks/"`, `/conf2020/logo.png`})
			if len(res.Lookups) != 6 {
				t.Errorf("lookups %+v, want the six attributes under the base path asked for", res.Lookups)
			}
		})
	}
}
