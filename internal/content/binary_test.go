package content

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadLeavesBinaryOut: a compressed file saved under a page's name
// is left out with a warning naming it, not an error that fails the
// site, and the site's other pages are read; Reader.Read leaves it to
// Load, so that the preview says the same.
func TestLoadLeavesBinaryOut(t *testing.T) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write(bytes.Repeat([]byte("---\ntitle: Old notes\n---\nText.\n"), 100))
	w.Close()
	fsys := fstest.MapFS{
		"content/talks/a.md":       {Data: []byte("---\ntitle: A\n---\nText.\n")},
		"content/talks/archive.md": {Data: gz.Bytes()},
	}
	set, diags := Load(fsys, Options{})
	if diags.HasErrors() {
		t.Fatalf("a binary file failed the site: %v", diags)
	}
	if len(set.Docs) != 1 || set.Docs[0].Title != "A" {
		t.Fatalf("got %d documents, want the one page", len(set.Docs))
	}
	if len(diags) != 1 || diags[0].Pos.File != "content/talks/archive.md" || !strings.Contains(diags[0].Msg, "binary data") {
		t.Errorf("want one warning at the binary file, got %v", diags)
	}
	if _, ok := set.Reader().Read(fsys, "content/talks/archive.md"); ok {
		t.Error("Reader.Read made a page of the binary file")
	}
}
