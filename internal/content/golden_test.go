package content

import (
	"flag"
	"lectern/internal/golden"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden loads each site in testdata/*.txtar (a file per "-- path --"
// section) and compares the documents and diagnostics with its "want"
// section. Run with -update to rewrite the sections, then read the diff.
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata/*.txtar", *update, func(t *testing.T, files []txtar.File) string {
		return dumpSet(Load(mapFS(files), Options{}))
	})
}

// mapFS is a file system of the golden file's sections.
func mapFS(files []txtar.File) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range golden.FS(files) {
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return fsys
}
