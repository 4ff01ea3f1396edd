package build

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io/fs"
	"strings"
	"sync"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/site"
)

// loadedText is what a build keeps of a page's markdown it let go as
// soon as it was parsed: enough to find it again in its file and to
// check that it is the same text.
type loadedText struct {
	size int
	sum  [sha256.Size]byte
}

// loadedTexts are the markdown texts a build let go while loading
// (content.Options.Parsed), by document. Without them the load held
// every document's markdown until the last was read: at 50,000 talks
// about 230 MB, most of what the model stage held (docs/memory.md).
type loadedTexts struct {
	mu sync.Mutex
	m  map[*content.Document]loadedText
}

// release lets d's markdown go, noting its length and hash. A body of
// blanks is kept: it costs nothing, and a record of a data file joined
// with the page gives it its own body only when the page's is blank
// (data.Combine). It is safe for concurrent use.
func (t *loadedTexts) release(d *content.Document) {
	if len(bytes.TrimSpace(d.Body)) == 0 {
		return
	}
	lt := loadedText{size: len(d.Body), sum: sha256.Sum256(d.Body)}
	d.Body = nil
	t.mu.Lock()
	t.m[d] = lt
	t.mu.Unlock()
}

// of is what was noted of d's markdown, and whether it was let go.
func (t *loadedTexts) of(d *content.Document) (loadedText, bool) {
	if t == nil {
		return loadedText{}, false
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	lt, ok := t.m[d]
	return lt, ok
}

// errChanged is what reading a page's markdown again gives when its file
// no longer holds the text loaded.
var errChanged = errors.New("it changed while the site was being built")

// rereader reads the markdown of a document of set again from its file,
// parsed as content.Load parsed it: a build lets it go as soon as it is
// parsed (texts) or once the model has read it (see site.Page.Source).
// A text that is not the one loaded is an error. Documents made from data
// files, added to the set later, have no file of their own to read again.
func rereader(fsys fs.FS, co content.Options, set content.Set, texts *loadedTexts) site.Reread {
	if r, ok := fsys.(*recorder); ok {
		// The load read, and noted, each file: reading it again is not
		// another input of the build, and a file changed since fails
		// the build anyway.
		fsys = r.fsys
	}
	co.Parsed = nil
	roots := make(map[*content.Document]string, len(set.Docs))
	for _, d := range set.Docs {
		for _, r := range set.Roots {
			if strings.HasPrefix(d.File, r+"/") || r == "." {
				roots[d] = r
				break
			}
		}
	}
	return func(d *content.Document) func() ([]byte, error) {
		root, ok := roots[d]
		if !ok {
			return nil
		}
		// The reader keeps the file's name, not the document: a build
		// lets the loaded documents go once the model is made.
		lt, released := texts.of(d)
		if !released {
			lt = loadedText{size: len(d.Body), sum: sha256.Sum256(d.Body)}
		}
		file := d.File
		return func() ([]byte, error) {
			src, err := fs.ReadFile(fsys, file)
			if err != nil {
				return nil, err
			}
			// Most bodies are the end of their file as it is: no
			// repair, title or dialect changed them. Parsing the
			// file again would cost as much as loading it did.
			if n := len(src) - lt.size; n >= 0 && sha256.Sum256(src[n:]) == lt.sum {
				return src[n:], nil
			}
			o := co
			o.Dir = root
			body := content.ParseIn(fsys, file, src, o).Body
			if sha256.Sum256(body) != lt.sum {
				return body, errChanged
			}
			return body, nil
		}
	}
}

// restore gives each document of docs whose markdown was let go its text
// again, read from its file: joining data files with the pages reads
// whether a page's body is blank, and copies the documents it changes,
// which no reader knows (data.Combine). Sites joined with data files are
// the small ones made from a conference tool's export. A file that no
// longer gives its text is an error naming it.
func (t *loadedTexts) restore(docs []*content.Document, reread site.Reread) diag.List {
	var diags diag.List
	for _, d := range docs {
		if _, ok := t.of(d); !ok {
			continue
		}
		again := reread(d)
		if again == nil {
			continue
		}
		text, err := again()
		if err != nil {
			diags.Errorf(diag.Pos{File: d.File}, "cannot read this page's text again while building the site: %v; build again", err)
		}
		d.Body = text
		t.mu.Lock()
		delete(t.m, d)
		t.mu.Unlock()
	}
	return diags
}
