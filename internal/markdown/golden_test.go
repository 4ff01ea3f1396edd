package markdown

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenPolicies are the output sections of a golden file, one per policy.
var goldenPolicies = []string{RawHTMLKeep, RawHTMLSanitize, RawHTMLOmit}

// TestGolden renders the input.md section of every testdata/*.txtar under
// each raw HTML policy and compares with the keep.html, sanitize.html and
// omit.html sections, and what Convert reports under keep with result.txt.
// The body starts on line 5 of its file, as after a short front matter.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	renderers := map[string]*Renderer{}
	for _, p := range goldenPolicies {
		renderers[p] = New(Options{RawHTML: p})
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			input := section(ar, "input.md")
			if input == nil {
				t.Fatalf("%s has no input.md section", file)
			}
			name := "content/" + strings.TrimSuffix(filepath.Base(file), ".txtar") + ".md"
			got := map[string][]byte{}
			for _, p := range goldenPolicies {
				res := renderers[p].Convert(name, input, 5)
				got[p+".html"] = res.HTML
				if p == RawHTMLKeep {
					got["result.txt"] = dump(res)
				}
			}
			if *update {
				out := &txtar.Archive{Comment: ar.Comment, Files: []txtar.File{{Name: "input.md", Data: input}}}
				for _, n := range []string{"keep.html", "sanitize.html", "omit.html", "result.txt"} {
					out.Files = append(out.Files, txtar.File{Name: n, Data: got[n]})
				}
				if err := os.WriteFile(file, txtar.Format(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for n, data := range got {
				want := section(ar, n)
				if !bytes.Equal(data, want) {
					t.Errorf("%s differs (run go test -update and read the diff):\ngot:\n%s\nwant:\n%s", n, data, want)
				}
			}
		})
	}
}

func section(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

// dump writes what Convert reports, besides HTML, one fact a line.
func dump(res Result) []byte {
	var b bytes.Buffer
	for _, h := range res.Headings {
		fmt.Fprintf(&b, "heading %d #%s %q\n", h.Level, h.ID, h.Text)
	}
	for _, l := range res.Reading {
		fmt.Fprintf(&b, "reading line %d %q <%s> note %q\n", l.Line, l.Title, l.URL, l.Note)
	}
	fmt.Fprintf(&b, "excerpt %q\n", res.Excerpt)
	fmt.Fprintf(&b, "words %d\n", res.WordCount)
	for _, d := range res.Diags.Strings() {
		fmt.Fprintf(&b, "diag %s\n", d)
	}
	return b.Bytes()
}
