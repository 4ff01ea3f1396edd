package content

import (
	"errors"
	"io/fs"
	"strings"

	"lectern/internal/diag"
)

// walkAssets adds to assets every file of the folder root (one of
// Options.AssetDirs) that is neither hidden, nor skipped, nor another
// tool's machinery: pages name them by a relative path, so all are
// published, markdown too.
func walkAssets(fsys fs.FS, root string, opts Options, assets *[]string) diag.List {
	var diags diag.List
	linked := Links{FS: fsys}
	var visit fs.WalkDirFunc
	visit = func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			diags.Errorf(diag.Pos{File: p}, "cannot read: %v", err)
			return nil
		}
		if p == root {
			return nil
		}
		name := d.Name()
		left := opts.Skip != nil && opts.Skip(p, d.IsDir()) || Skipped(name, d.IsDir()) ||
			strings.HasPrefix(name, ".") && Unpublished(name, opts.PublishHidden)
		if !left && d.Type()&fs.ModeSymlink != 0 {
			if handled, err := linked.Walk(p, visit, &diags); handled {
				return err
			}
		}
		switch {
		case left && d.IsDir():
			return fs.SkipDir
		case !left && !d.IsDir():
			*assets = append(*assets, p)
		}
		return nil
	}
	err := fs.WalkDir(fsys, root, visit)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		diags.Errorf(diag.Pos{File: root}, "cannot read: %v", err)
	}
	return diags
}
