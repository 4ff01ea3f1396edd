package site

import (
	"context"
	"slices"
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestQuartoShortcodes checks Quarto's shortcodes that print a value or
// an icon: {{< meta >}} (the page's metadata, dotted keys reaching into
// mappings), {{< var >}} (the project's _variables.yml, which layout
// keeps as the site's params), the fontawesome extension's {{< fa >}}
// and {{< pagebreak >}}, which shows nothing; a key no file gives is a
// warning at its tag, and the tag stays as written.
func TestQuartoShortcodes(t *testing.T) {
	cfg := config.Default()
	cfg.Params = map[string]string{"course.number": "STA 101", "email": "lin@example.org"}
	body := strings.Join([]string{
		`Welcome to {{< var course.number >}} ({{< var email >}}): {{< meta title >}}, {{< meta toggle.slides >}}.`,
		`[{{< fa brands github >}} Repo](https://github.com/x/y) [{{< fa person-chalkboard >}}](slides.html) {{< fa solid book title="Reading" >}}`,
		`{{< pagebreak >}}`,
		`{{< var nothing >}} {{< meta nothing >}}`,
	}, "\n\n") + "\n"
	page := doc("index.qmd", content.KindPage, "Week one", func(d *content.Document) {
		d.File = "index.qmd"
		d.Body = []byte(body)
		d.Params = map[string]any{"toggle": map[string]any{"slides": true}}
	})
	s, diags := Build(context.Background(), cfg, content.Set{
		Docs:  []*content.Document{page},
		Roots: []string{"."},
	}, markdown.New(markdown.Options{Pandoc: true}), Options{})
	got := string(s.Pages[0].Content())
	for _, want := range []string{
		`Welcome to STA 101 (<a href="mailto:lin@example.org">lin@example.org</a>): Week one, true.`,
		`<a href="https://github.com/x/y"><i class="fa-brands fa-github" role="img" aria-label="github"></i> Repo</a>`,
		`<a href="slides.html"><i class="fa-solid fa-person-chalkboard" role="img" aria-label="person chalkboard"></i></a>`,
		`<i class="fa-solid fa-book" role="img" aria-label="Reading"></i>`,
		`{{&lt; var nothing &gt;}} {{&lt; meta nothing &gt;}}`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("page lacks %s:\n%s", want, got)
		}
	}
	if strings.Contains(got, "pagebreak") {
		t.Errorf("the page break shows: %s", got)
	}
	want := []string{
		`index.qmd:7:1: warning: template tag "{{< var nothing >}}" names no variable: _variables.yml has no "nothing" that holds one text, number or boolean; add it there, or write the value in its place; the tag is shown as written`,
		`index.qmd:7:21: warning: template tag "{{< meta nothing >}}" names no metadata: the page's front matter, its folders' _metadata.yml and _quarto.yml have no "nothing"; the tag is shown as written`,
	}
	if !slices.Equal(diags.Strings(), want) {
		t.Errorf("diags %q\nwant %q", diags.Strings(), want)
	}
}
