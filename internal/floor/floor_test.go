package floor

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRunWritesOnePagePerFile(t *testing.T) {
	src, dest := t.TempDir(), t.TempDir()
	writeFiles(t, src, map[string]string{
		"content/talks/a.md": "---\ntitle: A\n---\n# A\n\nText.\n",
		"content/b.md":       "no front matter\n",
	})
	st, err := Run(src, dest)
	if err != nil {
		t.Fatal(err)
	}
	outs, err := Outputs(dest)
	if err != nil {
		t.Fatal(err)
	}
	want := []Output{{"b/index.html", 23}, {"talks/a/index.html", 24}}
	if !slices.Equal(outs, want) || st.Pages != 2 || st.Bytes != 47 {
		t.Errorf("Run wrote %v (%+v), want %v", outs, st, want)
	}
}

func TestRunSameWritesTheGivenOutputs(t *testing.T) {
	src, dest := t.TempDir(), t.TempDir()
	writeFiles(t, src, map[string]string{
		"content/talks/a.md": "---\ntitle: A\n---\n# A\n\nText.\n",
	})
	like := []Output{
		{"index.html", 5000},
		{"talks/a/index.html", 10},
		{"talks/a/a.ics", 0},
		{"speakers/ada/index.html", 700},
	}
	st, err := RunSame(src, dest, like)
	if err != nil {
		t.Fatal(err)
	}
	outs, err := Outputs(dest)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(like)
	slices.SortFunc(want, func(a, b Output) int {
		if a.Path < b.Path {
			return -1
		}
		return 1
	})
	if !slices.Equal(outs, want) || st.Pages != 1 || st.Bytes != 5710 {
		t.Errorf("RunSame wrote %v (%+v), want %v", outs, st, want)
	}
	page, _ := os.ReadFile(filepath.Join(dest, "talks/a/index.html"))
	if string(page) != "<h1>A</h1>" {
		t.Errorf("a page's own output holds %q, want its HTML cut to size", page)
	}
}
