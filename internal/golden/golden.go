// Package golden runs golden tests written as txtar archives: every
// section of a testdata/*.txtar file but the one named "want" is input,
// and "want" is what the code under test must describe of it. Run the
// tests with -update to rewrite the "want" sections, then read the diff
// before committing. It is test support: only _test.go files import it.
package golden

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"
)

// Run runs one subtest per file matching pattern. describe is given the
// file's input sections in order and returns the text the "want" section
// must hold. With update, the section is rewritten (added when missing)
// instead of compared.
func Run(t *testing.T, pattern string, update bool, describe func(t *testing.T, files []txtar.File) string) {
	t.Helper()
	names, err := filepath.Glob(pattern)
	if err != nil || len(names) == 0 {
		t.Fatalf("no golden files match %s: %v", pattern, err)
	}
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			ar, err := txtar.ParseFile(name)
			if err != nil {
				t.Fatal(err)
			}
			want, wantAt := "", -1
			var input []txtar.File
			for i, f := range ar.Files {
				if f.Name == "want" {
					want, wantAt = string(f.Data), i
					continue
				}
				input = append(input, f)
			}
			got := describe(t, input)
			if update {
				if wantAt < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want"})
					wantAt = len(ar.Files) - 1
				}
				ar.Files[wantAt].Data = []byte(got)
				if err := os.WriteFile(name, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != want {
				t.Errorf("output differs from the want section (run go test -update and read the diff):\n%s", got)
			}
		})
	}
}

// FS returns the sections as files of a file system keyed by their names,
// as a site's files would be.
func FS(files []txtar.File) map[string][]byte {
	m := make(map[string][]byte, len(files))
	for _, f := range files {
		m[f.Name] = f.Data
	}
	return m
}
