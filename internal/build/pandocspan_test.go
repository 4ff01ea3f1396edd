package build

import (
	"strings"
	"testing"
)

// TestPandocSpans: a Quarto site's markdown is Pandoc's, in its .md files
// too: a bracketed span is a <span>, and a title taken from a heading
// holding one is the span's text. Another site's .md shows it as text.
func TestPandocSpans(t *testing.T) {
	const page = "# [TALKS]{.third-color}\n\nSee [me]{#me .x} and [site](/){.btn}.\n"
	t.Run("Quarto", func(t *testing.T) {
		read, _ := buildSite(t, "-- _quarto.yml --\nproject:\n  type: website\n-- talks.md --\n"+page)
		html := read("talks.html")
		for _, w := range []string{"<title>TALKS", "<h1>TALKS</h1>", `<span id="me" class="x">me</span>`, `<a href="/" class="btn">site</a>`} {
			if !strings.Contains(html, w) {
				t.Errorf("talks.html lacks %q:\n%s", w, html)
			}
		}
	})
	t.Run("Hugo", func(t *testing.T) {
		read, _ := buildSite(t, "-- hugo.toml --\ntitle = \"S\"\n-- content/talks.md --\n"+page)
		if html := read("talks/index.html"); !strings.Contains(html, "[me]{#me .x}") {
			t.Errorf("talks/index.html lacks the span as written:\n%s", html)
		}
	})
}
