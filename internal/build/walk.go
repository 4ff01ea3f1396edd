package build

import (
	"io/fs"
	"path"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// walk reads content/, reusing the documents of files whose size and
// modification time did not change and that changed does not name.
func (s *Session) walk(changed []string) (content.Set, map[string]bool, diag.List) {
	named := make(map[string]bool, len(changed))
	dirs := map[string]bool{} // folders where a file came, went or changed
	for _, f := range changed {
		named[f] = true
		dirs[path.Dir(f)] = true
	}
	prev := s.files
	next := make(map[string]stamp, len(prev))
	opts, optDiags := contentOptions(s.fsys, s.layout, s.cfg)
	opts.Reuse = func(file string, info fs.FileInfo) *content.Document {
		next[file] = stamp{size: info.Size(), mod: info.ModTime()}
		if dir, bundle := content.BundleDir(file); bundle && dirs[dir] {
			// A bundle's page takes pictures from its folder by name
			// (content.bundlePictures): read it again.
			return nil
		}
		if p, ok := prev[file]; ok && !named[file] && p.size == info.Size() && p.mod.Equal(info.ModTime()) && !includesAny(p.doc, named) {
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
	s.files, s.docs, s.assets, s.roots, s.assetDirs, s.mounts, s.reader = next, set.Docs, set.Assets, set.Roots, set.AssetDirs, set.Mounts, set.Reader()
	s.made = set.Made
	// Load's diagnostics are its documents' and its walk's own (a
	// translation or a template left out, a file it cannot read); a
	// load of named files alone gives the first again and keeps the
	// others.
	s.walkDiags = walkOwn(diags, set.Docs)
	optDiags.Append(diags)
	return set, reread, optDiags
}

// walkOwn returns the diagnostics of diags, a load's, that none of its
// documents docs gives.
func walkOwn(diags diag.List, docs []*content.Document) diag.List {
	of := map[diag.Diag]bool{}
	for _, d := range docs {
		for _, x := range d.Diags {
			of[x] = true
		}
	}
	var own diag.List
	for _, x := range diags {
		if !of[x] {
			own = append(own, x)
		}
	}
	return own
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
	return content.IsMarkdown(f) || strings.EqualFold(path.Ext(f), ".txt")
}

// includesAny reports whether doc holds the text of one of the files
// named, by Quarto's include shortcode (content.Extra.Includes): the
// page is read again for it to show their new text.
func includesAny(doc *content.Document, named map[string]bool) bool {
	if doc == nil || doc.Extra == nil {
		return false
	}
	for _, f := range doc.Extra.Includes {
		if named[f] {
			return true
		}
	}
	return false
}
