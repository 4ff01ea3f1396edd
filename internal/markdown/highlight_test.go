package markdown

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestHighlightCSS(t *testing.T) {
	css := string(HighlightCSS())
	dark := strings.Index(css, "@media (prefers-color-scheme: dark) {")
	if dark < 0 {
		t.Fatalf("no dark mode block:\n%s", css)
	}
	light, darkCSS := css[:dark], css[dark:]
	// Every class that highlighted markdown uses is styled in light mode.
	html := New(Options{}).Convert("a.md", []byte("```go\n// c\nfunc main() { x := \"s\"; return 1 }\n```\n"), 1).HTML
	classes := regexp.MustCompile(`class="([a-z0-9]+)"`).FindAllSubmatch(html, -1)
	if len(classes) < 5 {
		t.Fatalf("too few classes in %s", html)
	}
	for _, c := range classes {
		class := string(c[1])
		if class == "cl" {
			continue // chroma leaves the line content class unstyled
		}
		if !strings.Contains(light, "."+class+" {") {
			t.Errorf("class %q has no light rule", class)
		}
	}
	// Every token the light style colours is restyled in dark mode: by a
	// dark rule or by the reset before them, so no dark-on-dark text.
	reset := regexp.MustCompile(`\.chroma :is\(([^)]*)\) \{ color: inherit;`).FindStringSubmatch(darkCSS)
	if reset == nil {
		t.Fatalf("no reset in dark CSS:\n%s", darkCSS)
	}
	resetClasses := strings.Split(reset[1], ", ")
	for _, m := range tokenRule.FindAllStringSubmatch(light, -1) {
		if !slices.Contains(resetClasses, "."+m[1]) {
			t.Errorf("light class %q is not reset in dark mode", m[1])
		}
	}
	for _, class := range []string{".p", ".nx", ".w", ".kd"} {
		if !slices.Contains(resetClasses, class) {
			t.Errorf("%s is not reset in dark mode", class)
		}
	}
	if strings.Index(darkCSS, ":is(") > strings.Index(darkCSS, ".chroma .kd {") {
		t.Error("the reset must come before the dark rules")
	}
	// Callers get their own copy.
	a := HighlightCSS()
	a[0] = 'X'
	if bytes.Equal(a, HighlightCSS()) {
		t.Error("HighlightCSS returned shared memory")
	}
}

func TestOptions(t *testing.T) {
	const src = "<b>raw</b>\n\n```go\nfunc f() {}\n```\n"
	tests := []struct {
		name    string
		opts    Options
		want    []string
		notWant []string
	}{
		{"zero value keeps and highlights", Options{}, []string{"<p><b>raw</b></p>", `<span class="kd">func</span>`}, nil},
		{"no highlight", Options{NoHighlight: true}, []string{"<pre><code class=\"language-go\">func f() {}\n</code></pre>"}, []string{"chroma"}},
		{"unknown policy sanitizes", Options{RawHTML: "strip"}, []string{"<p><b>raw</b></p>"}, nil},
		{"omit", Options{RawHTML: RawHTMLOmit}, []string{"<p>raw</p>"}, []string{"<b>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHTML(t, string(New(tt.opts).Convert("a.md", []byte(src), 1).HTML), tt.want, tt.notWant)
		})
	}
	if New(Options{RawHTML: "strip"}).sanitizer == nil {
		t.Error("an unknown policy must sanitize")
	}
}

// An executable cell of Quarto or R Markdown is its code in its
// language, its "#|" options left out, and nothing when it is not to be
// shown.
func TestExecutableCells(t *testing.T) {
	src := "```{python}\n#| label: fig-1\n#| echo: true\nimport math\n```\n\n```{python}\n#| echo: false\nsecret()\n```\n\n" +
		"```{r, echo=FALSE}\nhidden(x)\n```\n\n```{r}\nsummary(x)\n```\n\n```{.python}\nclassed()\n```\n"
	html := string(New(Options{}).Convert("a.qmd", []byte(src), 1).HTML)
	checkHTML(t, html,
		[]string{`<span class="kn">import</span> <span class="nn">math</span>`, `<span class="nf">summary</span>`, "classed()"},
		[]string{"label", "echo", "secret", "hidden"})
}

// A page's execute defaults (Quarto's "execute:") hide its cells' code
// unless a cell's own option shows it; include: false hides cells whole.
func TestExecuteDefaults(t *testing.T) {
	const src = "```{r}\nlibrary(pkg)\n```\n\n```{r}\n#| echo: true\nshown(x)\n```\n\n```{r, echo=TRUE}\nknit(x)\n```\n\n" +
		"```{python}\n#| include: false\nsetup()\n```\n\n```r\nplain(x)\n```\n"
	tests := []struct {
		name          string
		def           Execute
		want, notWant []string
	}{
		{"no defaults", Execute{}, []string{"library", "shown", "knit", "plain"}, []string{"setup"}},
		{"echo: false", Execute{NoEcho: true}, []string{"shown", "knit", "plain"}, []string{"library", "setup"}},
		// A cell's echo does not bring back what include hides.
		{"include: false", Execute{NoInclude: true}, []string{"plain"}, []string{"library", "shown", "knit", "setup"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := string(New(Options{}).ConvertPage("a.qmd", []byte(src), 1, Tags{Execute: tt.def}).HTML)
			checkHTML(t, html, tt.want, tt.notWant)
		})
	}
}

// An indented code block whose first line is CodeHilite's ":::lang" or
// "#!lang", with a language chroma knows, is code in that language
// without that line; any other first line stays code.
func TestLanguageLine(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		opts    Options
		want    []string
		notWant []string
	}{
		{"colons", "Text.\n\n    :::sql\n    SELECT 1\n", Options{}, []string{`<span class="k">SELECT</span>`}, []string{":::"}},
		{"shebang", "Text.\n\n    #!python\n    import math\n", Options{}, []string{`<span class="kn">import</span>`}, []string{"#!"}},
		{"not highlighted", "Text.\n\n    :::sql\n    SELECT 1\n", Options{NoHighlight: true}, []string{"<pre><code class=\"language-sql\">SELECT 1\n</code></pre>"}, []string{":::"}},
		{"a path stays", "Text.\n\n    #!/bin/sh\n    echo hi\n", Options{NoHighlight: true}, []string{"<pre><code>#!/bin/sh\necho hi\n</code></pre>"}, nil},
		{"an unknown language stays", "Text.\n\n    :::nosuchlang\n    x\n", Options{NoHighlight: true}, []string{"<pre><code>:::nosuchlang\nx\n</code></pre>"}, nil},
		{"a fenced block keeps it", "```\n:::sql\nSELECT 1\n```\n", Options{NoHighlight: true}, []string{"<pre><code>:::sql\nSELECT 1\n</code></pre>"}, nil},
		{"a line alone is code", "Text.\n\n    :::sql\n", Options{NoHighlight: true}, []string{"<pre><code>:::sql\n</code></pre>"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHTML(t, string(New(tt.opts).Convert("a.md", []byte(tt.src), 1).HTML), tt.want, tt.notWant)
		})
	}
}
