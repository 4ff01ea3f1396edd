package markdown

import "testing"

// TestDropOpeningNav: the title bar an HTML page's body opens with goes,
// nested navs and all, its lines kept; a nav after the page's text, or
// in a markdown page, stays.
func TestDropOpeningNav(t *testing.T) {
	for _, tc := range []struct{ name, file, in, want string }{
		{"title bar", "faq.html", "~~~{=html}\n<nav class=\"bar\">\n<a href=\"/\">Logo</a>\n<nav><ul><li>About</li></ul></nav>\n</nav>\n<h2>FAQ</h2>\n~~~\n",
			"~~~{=html}\n\n\n\n\n<h2>FAQ</h2>\n~~~\n"},
		{"after a comment and a wrapper", "a.html", "<!-- top -->\n<div><nav><a href=\"/about/\">About</a></nav><p>Text</p></div>", "<!-- top -->\n<div><p>Text</p></div>"},
		{"contents of the page", "a.html", "<nav><a href=\"#one\">One</a></nav><h2 id=\"one\">One</h2>", "<nav><a href=\"#one\">One</a></nav><h2 id=\"one\">One</h2>"},
		{"after text", "a.html", "<p>Intro</p><nav>On this page</nav>", "<p>Intro</p><nav>On this page</nav>"},
		{"unclosed", "a.html", "<nav><p>x</p>", "<nav><p>x</p>"},
		{"markdown page", "a.md", "<nav>x</nav>\n\nText", "<nav>x</nav>\n\nText"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(dropOpeningNav(tc.file, []byte(tc.in))); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
