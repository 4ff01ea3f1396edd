package content

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

func TestLoadReuse(t *testing.T) {
	fsys := fstest.MapFS{
		"content/talks/a.md": {Data: []byte("---\ntitle: A\n---\nBody\n")},
		"content/talks/b.md": {Data: []byte("---\ntitle: B\n---\nBody\n")},
	}
	first, _ := Load(fsys, Options{})
	var asked []string
	kept := first.Docs[0]
	second, _ := Load(fsys, Options{Reuse: func(file string, info fs.FileInfo) *Document {
		asked = append(asked, file)
		if file == kept.File && info.Size() == int64(len(fsys[file].Data)) {
			return kept
		}
		return nil
	}})
	if len(asked) != 2 {
		t.Fatalf("Reuse asked about %q", asked)
	}
	if second.Docs[0] != kept {
		t.Errorf("the reused document was not handed back as is")
	}
	if second.Docs[1] == first.Docs[1] || second.Docs[1].Title != "B" {
		t.Errorf("the other document must be parsed again")
	}
}
