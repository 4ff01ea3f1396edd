package content

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestNotebookMarkdown: a notebook becomes the Quarto markdown it stands
// for (testdata/notebook: each .ipynb beside the .md it gives; -update
// regenerates them): front matter from the first raw cell, markdown
// cells, code cells as executable cells, their outputs by kind, and the
// parts Quarto's options and Jupyter Book's tags leave out.
func TestNotebookMarkdown(t *testing.T) {
	files, _ := filepath.Glob("testdata/notebook/*.ipynb")
	if len(files) == 0 {
		t.Fatal("no notebooks in testdata/notebook")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, diags := notebookMarkdown(f, src)
			if len(diags) > 0 {
				t.Fatalf("diagnostics %q", diags.Strings())
			}
			golden := strings.TrimSuffix(f, ".ipynb") + ".md"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
	for _, tt := range []struct{ src, want string }{
		{"{\"cells\": [", "x.ipynb:1:11: cannot read the notebook: "},
		{"{\n \"cells\": [\n  {\"cell_type\": \"code\",}\n ]\n}", "x.ipynb:3:24: cannot read the notebook: "},
		{"{\n \"cells\": 3\n}", "x.ipynb:2:11: cannot read the notebook: "},
		{"version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 12345\n", "x.ipynb:1:1: this is a Git LFS pointer, not the notebook"},
	} {
		if _, diags := notebookMarkdown("x.ipynb", []byte(tt.src)); !strings.HasPrefix(strings.Join(diags.Strings(), ""), tt.want) {
			t.Errorf("notebook %q: %q, want %q…", tt.src, diags.Strings(), tt.want)
		}
	}
}

// TestNotebooksArePagesOfQuartoSites: on a Quarto site a notebook is a
// page, read as its markdown; elsewhere it is a file to publish.
func TestNotebooksArePagesOfQuartoSites(t *testing.T) {
	src, err := os.ReadFile("testdata/notebook/talk.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"content/posts/talk.ipynb": {Data: src}}
	set, _ := Load(fsys, Options{Quarto: true})
	if len(set.Docs) != 1 || set.Docs[0].Title != "Notes from PyData" || !slices.Contains(set.Docs[0].Tags, "pandas") {
		t.Fatalf("Quarto: docs %+v", set.Docs)
	}
	if body := string(set.Docs[0].Body); !strings.Contains(body, "```{python}\nimport pandas") {
		t.Errorf("body %q", body)
	}
	if d, ok := set.Reader().Read(fsys, "content/posts/talk.ipynb"); !ok || d.Title != "Notes from PyData" {
		t.Errorf("Reader.Read: %v, %+v", ok, d)
	}
	set, _ = Load(fsys, Options{})
	if len(set.Docs) != 0 || !slices.Equal(set.Assets, []string{"content/posts/talk.ipynb"}) {
		t.Errorf("not Quarto: docs %d, assets %q", len(set.Docs), set.Assets)
	}
}

// FuzzNotebook: any input gives markdown, or an error and no markdown,
// never a panic, and the page made of it parses.
func FuzzNotebook(f *testing.F) {
	for _, name := range []string{"talk", "markdown-front"} {
		if src, err := os.ReadFile("testdata/notebook/" + name + ".ipynb"); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(`{"cells":[{"cell_type":"code","source":["~~~","` + "```" + `"],"outputs":[{"output_type":"display_data","data":{"text/html":"~~~~"}}]}]}`))
	f.Fuzz(func(t *testing.T, src []byte) {
		md, diags := notebookMarkdown("x.ipynb", src)
		if len(diags) > 0 && md != nil {
			t.Fatalf("markdown %q beside the error %q", md, diags.Strings())
		}
		Parse("x.ipynb", src, Options{Quarto: true})
	})
}
