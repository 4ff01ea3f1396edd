package render

import (
	"bytes"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"lectern/themes"
)

// goldenFiles are the outputs whose text is kept in testdata/golden.txtar.
var goldenFiles = []string{
	"index.html",
	"talks/index.html",
	"talks/taking-django-distributed/index.html",
	"speakers/andrew-godwin/index.html",
	"tags/sre/index.html",
	"reading/index.html",
	"feed.xml",
	"sitemap.xml",
	"robots.txt",
	"search.json",
	"manifest.webmanifest",
}

// normalize drops blank lines and trailing spaces, which templates leave
// wherever an optional part is absent, so that the golden file shows
// only what matters.
func normalize(b []byte) []byte {
	var out bytes.Buffer
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimRight(line, " \t")
		if line != "" {
			out.WriteString(line)
			out.WriteByte('\n')
		}
	}
	return out.Bytes()
}

// TestGolden renders the fixture site with the default theme and
// compares the list of outputs and the text of key pages with
// testdata/golden.txtar. Run with -update to rewrite it, then read the
// diff.
func TestGolden(t *testing.T) {
	const file = "testdata/golden.txtar"
	outs := renderAll(t, themes.Default(), fixture())
	paths := make([]string, 0, len(outs))
	for p := range outs {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	got := &txtar.Archive{Comment: []byte("Outputs of the fixture site of fixture_test.go, normalized by golden_test.go.\n")}
	got.Files = append(got.Files, txtar.File{Name: "paths", Data: []byte(strings.Join(paths, "\n") + "\n")})
	for _, name := range goldenFiles {
		o, ok := outs[name]
		if !ok {
			t.Fatalf("no output %s", name)
		}
		got.Files = append(got.Files, txtar.File{Name: name, Data: normalize(o.Body)})
	}
	if *update {
		if err := os.WriteFile(file, txtar.Format(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Files) != len(got.Files) {
		t.Fatalf("golden file has %d sections, want %d; run go test -update", len(want.Files), len(got.Files))
	}
	for i, w := range want.Files {
		g := got.Files[i]
		t.Run(g.Name, func(t *testing.T) {
			if w.Name != g.Name {
				t.Fatalf("section %d is %s, want %s; run go test -update", i, w.Name, g.Name)
			}
			if !bytes.Equal(w.Data, g.Data) {
				t.Errorf("%s differs from %s:\n%s", g.Name, file, firstDiff(string(w.Data), string(g.Data)))
			}
		})
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + w + "\ngot:  " + g
		}
	}
	return ""
}
