package build

import (
	"io/fs"
	"path"
	"strings"

	"lectern/internal/content"
	"lectern/internal/layout"
)

// resourceFile is site.Options.Resource for a site of layout l: the file
// of its resource folder (Hugo's assets/) at an output path, when it is
// a regular file; nil when the layout has no such folder.
func resourceFile(fsys fs.FS, l layout.Layout) func(string) string {
	if l.ResourceDir == "" {
		return nil
	}
	return func(out string) string {
		src := path.Join(l.ResourceDir, out)
		if fi, err := fs.Stat(fsys, src); err != nil || !fi.Mode().IsRegular() {
			return ""
		}
		return src
	}
}

// namesResource reports whether one of docs, the edited documents,
// names as a cover or a person's photo a file of the resource folder
// that the last build did not publish: only a build of the model
// publishes it (see site.Options.Resource), so the edit is neither
// patched nor moved in place.
func (s *Session) namesResource(docs map[string]*content.Document) bool {
	find := resourceFile(s.fsys, s.layout)
	if find == nil {
		return false
	}
	var written []string
	for _, doc := range docs {
		if doc == nil {
			continue
		}
		written = append(written, doc.Image)
		for _, p := range append(append([]content.Person(nil), doc.Speakers...), doc.Authors...) {
			written = append(written, p.Photo)
		}
	}
	for _, w := range written {
		if w == "" || strings.Contains(w, ":") || strings.HasPrefix(w, "//") {
			continue
		}
		out := strings.TrimPrefix(path.Clean("/"+w), "/")
		if _, ok := s.outputs[out]; !ok && out != "" && out != "." && find(out) != "" {
			return true
		}
	}
	return false
}
