package build

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// walk reads content/, reusing the documents of files whose size and
// modification time did not change and that changed does not name.
func (s *Session) walk(changed []string) (content.Set, map[string]bool, diag.List) {
	named := make(map[string]bool, len(changed))
	for _, f := range changed {
		named[f] = true
	}
	prev := s.files
	next := make(map[string]stamp, len(prev))
	opts, optDiags := contentOptions(s.fsys, s.layout, s.cfg)
	opts.Reuse = func(file string, info fs.FileInfo) *content.Document {
		next[file] = stamp{size: info.Size(), mod: info.ModTime()}
		if p, ok := prev[file]; ok && !named[file] && p.size == info.Size() && p.mod.Equal(info.ModTime()) {
			return p.doc
		}
		return nil
	}
	set, diags := content.Load(s.fsys, opts)
	reread := map[string]bool{}
	for _, d := range set.Docs {
		st := next[d.File]
		if p, ok := prev[d.File]; !ok || p.doc != d {
			reread[d.File] = true
		}
		st.doc = d
		next[d.File] = st
	}
	for f := range prev {
		if _, ok := next[f]; !ok {
			reread[f] = true
		}
	}
	for _, f := range changed {
		if !isPageFile(f) {
			reread[f] = true // an asset, or a folder that came or went
		}
	}
	s.files, s.docs, s.assets, s.roots = next, set.Docs, set.Assets, set.Roots
	// Load's diagnostics are its documents' and its walk's own; a later
	// load of named files alone can give back only the first.
	s.walkClean = slices.Equal(diags, docDiags(set.Docs))
	optDiags.Append(diags)
	return set, reread, optDiags
}

// docDiags returns the diagnostics of docs as content.Load reports them.
func docDiags(docs []*content.Document) diag.List {
	var diags diag.List
	for _, d := range docs {
		diags.Append(d.Diags)
	}
	return diags.Sorted()
}

func isPageFile(f string) bool {
	switch strings.ToLower(path.Ext(f)) {
	case ".md", ".markdown", ".txt":
		return true
	}
	return false
}
