package themes

import (
	"errors"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Layer is one file tree of an Overlay with the name its files are known
// by in diagnostics.
type Layer struct {
	// FS holds the files; a missing folder is an FS that holds nothing.
	FS fs.FS
	// Origin is the slash-separated folder the files are reported in,
	// such as "layouts" or "themes/default/layouts".
	Origin string
}

// Overlay is a read-only fs.FS made of layers: a file is read from the
// first layer that has it, and a folder lists the union of the folders of
// every layer, so that fs.WalkDir sees each name once. An Overlay is safe
// for concurrent use when its layers are.
type Overlay struct {
	layers []Layer
}

// NewOverlay returns the overlay of layers, the first overriding the rest.
func NewOverlay(layers ...Layer) *Overlay {
	return &Overlay{layers: slices.Clone(layers)}
}

// Origin returns the path that name comes from, the layer's Origin joined
// with name ("layouts/talk.html"). When no layer has it, it is where the
// first layer would hold it, the place to create it; "" for no layers.
func (o *Overlay) Origin(name string) string {
	for _, l := range o.layers {
		if _, err := fs.Stat(l.FS, name); err == nil {
			return path.Join(l.Origin, name)
		}
	}
	if len(o.layers) == 0 {
		return ""
	}
	return path.Join(o.layers[0].Origin, name)
}

// Open opens name from the first layer that has it. A folder present in
// several layers opens as their merged listing.
func (o *Overlay) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	for _, l := range o.layers {
		info, err := fs.Stat(l.FS, name)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			return l.FS.Open(name)
		}
		entries, err := o.ReadDir(name)
		if err != nil {
			return nil, err
		}
		return &dirFile{info: info, entries: entries}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// Stat returns the file information of name in the first layer that has it.
func (o *Overlay) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	for _, l := range o.layers {
		if info, err := fs.Stat(l.FS, name); err == nil {
			return info, nil
		}
	}
	return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
}

// Lstat returns the file information of name, not following a symbolic
// link, in the first layer that has it.
func (o *Overlay) Lstat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "lstat", Path: name, Err: fs.ErrInvalid}
	}
	for _, l := range o.layers {
		if info, err := fs.Lstat(l.FS, name); err == nil {
			return info, nil
		}
	}
	return nil, &fs.PathError{Op: "lstat", Path: name, Err: fs.ErrNotExist}
}

// ReadLink returns the target of the symbolic link name in the first layer
// that has name: with Lstat, the loader tells a link to a folder that
// holds it (fs.ReadLinkFS).
func (o *Overlay) ReadLink(name string) (string, error) {
	for _, l := range o.layers {
		if _, err := fs.Lstat(l.FS, name); err == nil {
			return fs.ReadLink(l.FS, name)
		}
	}
	return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrNotExist}
}

// ReadFile reads name from the first layer that has it.
func (o *Overlay) ReadFile(name string) ([]byte, error) {
	info, err := o.Stat(name)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	if info.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a directory")}
	}
	for _, l := range o.layers {
		if _, err := fs.Stat(l.FS, name); err == nil {
			return fs.ReadFile(l.FS, name)
		}
	}
	return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
}

// ReadDir lists the folder name across every layer that has it as a
// folder, sorted by name. An entry of an upper layer hides an entry of the
// same name below it, whether file or folder; a layer where name is a
// file hides the folders below it.
func (o *Overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrInvalid}
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	found := false
	for _, l := range o.layers {
		info, err := fs.Stat(l.FS, name)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			break
		}
		found = true
		entries, err := fs.ReadDir(l.FS, name)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

// dirFile is an opened merged folder.
type dirFile struct {
	info    fs.FileInfo
	entries []fs.DirEntry
	offset  int
}

func (d *dirFile) Stat() (fs.FileInfo, error) { return d.info, nil }

func (d *dirFile) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: errors.New("is a directory")}
}

func (d *dirFile) Close() error { return nil }

// ReadDir follows fs.ReadDirFile: n > 0 returns at most n entries and
// io.EOF at the end; n <= 0 returns the rest.
func (d *dirFile) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.offset:]
	if n <= 0 {
		d.offset = len(d.entries)
		return slices.Clone(rest), nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(rest))
	d.offset += n
	return slices.Clone(rest[:n]), nil
}
