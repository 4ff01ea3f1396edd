package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestQuartoInclude: Quarto's {{< include >}} puts the named file's text
// in the page, named from the including file's folder or, with a leading
// "/", from the project's; its front matter is dropped, its own includes
// are read, a missing file is a warning and left out, and the shortcode
// in fenced code, or on a site that is not Quarto's, is left as written.
func TestQuartoInclude(t *testing.T) {
	fsys := fstest.MapFS{
		"content/_links.md":               {Data: []byte("Slides are on [the site](https://example.org).\n")},
		"content/talks/_bio.qmd":          {Data: []byte("---\ntitle: Bio\n---\nAda writes compilers.\n{{< include ../_links.md >}}\n")},
		"content/talks/_loop.qmd":         {Data: []byte("{{< include _loop.qmd >}}\n")},
		"content/talks/keynote/index.qmd": {Data: []byte("---\ntitle: Keynote\n---\nAbout the talk.\n\n{{< include ../_bio.qmd >}}\n\n{{< include /_links.md >}}\n")},
		"content/talks/demo.qmd":          {Data: []byte("---\ntitle: Demo\n---\n```markdown\n{{< include _bio.qmd >}}\n```\n{{< include \"_gone.qmd\" >}}\nEnd.\n")},
		"content/talks/deep.qmd":          {Data: []byte("---\ntitle: Deep\n---\n{{< include _loop.qmd >}}\n")},
	}
	for _, tt := range []struct {
		quarto            bool
		file, want, warns string
		includes          []string
	}{
		{true, "content/talks/keynote/index.qmd", "About the talk.\n\nAda writes compilers.\nSlides are on [the site](https://example.org).\n\nSlides are on [the site](https://example.org).\n", "", []string{"content/talks/_bio.qmd", "content/_links.md", "content/_links.md"}},
		{true, "content/talks/demo.qmd", "```markdown\n{{< include _bio.qmd >}}\n```\nEnd.\n", `content/talks/demo.qmd:7:1: warning: include "_gone.qmd": there is no file content/talks/_gone.qmd`, nil},
		{true, "content/talks/deep.qmd", "", "nested more than 8 deep", []string{"content/talks/_loop.qmd"}},
		{false, "content/talks/keynote/index.qmd", "About the talk.\n\n{{< include ../_bio.qmd >}}\n\n{{< include /_links.md >}}\n", "", nil},
	} {
		set, _ := Load(fsys, Options{Quarto: tt.quarto})
		i := slices.IndexFunc(set.Docs, func(d *Document) bool { return d.File == tt.file })
		if i < 0 {
			t.Fatalf("quarto %v: no %s", tt.quarto, tt.file)
		}
		d := set.Docs[i]
		if body := string(d.Body); body != tt.want && tt.want != "" {
			t.Errorf("quarto %v, %s: body %q, want %q", tt.quarto, tt.file, body, tt.want)
		}
		if got := strings.Join(d.Diags.Strings(), "\n"); !strings.Contains(got, tt.warns) || tt.warns == "" && got != "" {
			t.Errorf("quarto %v, %s: warnings %q, want %q", tt.quarto, tt.file, got, tt.warns)
		}
		if got := d.Extras().Includes; !slices.Equal(got[:min(len(got), len(tt.includes))], tt.includes) || len(tt.includes) == 0 && len(got) != 0 {
			t.Errorf("quarto %v, %s: includes %q, want %q", tt.quarto, tt.file, got, tt.includes)
		}
		if r, ok := set.Reader().Read(fsys, tt.file); !ok || string(r.Body) != string(d.Body) {
			t.Errorf("quarto %v, %s: Reader.Read gives another body", tt.quarto, tt.file)
		}
	}
}
