package main

import (
	"strings"

	"lectern/internal/content"
)

// namedDocs returns the documents of docs that filters name, in the
// order of docs; all of them without filters. A filter that is the
// whole path of a file, from the site root or under the content folder,
// names that file only: "README.md" is the top README, not each folder's
// README too, which holds it. Any other filter names every file whose
// path holds it ("talks/incident").
func namedDocs(docs []*content.Document, filters []string) []*content.Document {
	if len(filters) == 0 {
		return docs
	}
	named := map[*content.Document]bool{}
	for _, f := range filters {
		f = strings.TrimPrefix(f, "./")
		exact := false
		for _, d := range docs {
			if d.File == f || d.Path == f {
				named[d], exact = true, true
			}
		}
		if exact {
			continue
		}
		for _, d := range docs {
			if strings.Contains(d.File, f) {
				named[d] = true
			}
		}
	}
	var out []*content.Document
	for _, d := range docs {
		if named[d] {
			out = append(out, d)
		}
	}
	return out
}

// shownPath is the path inspect names d by: its path under the content
// folder, or from the site root when it is published under another name
// than its own (a folder's README read as the folder's index.md), so
// that the name shown is always a file's.
func shownPath(d *content.Document) string {
	if d.File == d.Path || strings.HasSuffix(d.File, "/"+d.Path) {
		return d.Path
	}
	return d.File
}
