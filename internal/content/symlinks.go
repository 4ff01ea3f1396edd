package content

import (
	"io/fs"
	"path"
	"strings"

	"lectern/internal/diag"
)

// maxLinkDepth bounds the symbolic links to folders followed one inside
// another, whatever their targets: a cycle that loopsTo cannot see (a
// target it cannot read) stops here.
const maxLinkDepth = 8

// Links follows the symbolic links a walk of a site's files meets (see
// Load; render walks a site's static folder so). A repository may link a
// folder into the place its tool publishes (static/images to
// ../assets/images), link a file it shares, or hold a link that names a
// file of its author's machine. The zero value is not usable: set FS.
type Links struct {
	// FS is the file tree walked: an fs.ReadLinkFS lets Walk tell a
	// link to a folder that holds it.
	FS fs.FS
	// File names a path of FS in warnings; nil names it as it is.
	File  func(string) string
	depth int
}

// Walk handles the symbolic link p. A link to a file of the site is a
// file like any other: handled is false and the caller reads it. A link
// to a folder of the site is walked with visit at the link's own path,
// where the site's tool and its code host show the folder's files. A
// link to nothing or outside the site folder (which the site's fs.FS
// refuses to open, so that no build publishes a file from elsewhere on
// the machine), or to a folder that holds it, is left out with a
// warning: each is the author's to mend, and the rest of the site is
// still built.
func (l *Links) Walk(p string, visit fs.WalkDirFunc, diags *diag.List) (handled bool, err error) {
	fi, err := fs.Stat(l.FS, p)
	if err != nil {
		diags.Warnf(diag.Pos{File: l.file(p)}, "this symbolic link points outside the site folder, or to nothing; it is left out, as lectern reads only the site's own files: copy what it names into the site folder, or remove the link")
		return true, nil
	}
	if !fi.IsDir() {
		return false, nil
	}
	if to, loops := l.loopsTo(p); loops {
		diags.Warnf(diag.Pos{File: l.file(p)}, "this symbolic link points to the folder %s, which holds it: following it would repeat the folder without end, so it is left out; remove the link", l.file(to))
		return true, nil
	}
	if l.depth >= maxLinkDepth {
		diags.Warnf(diag.Pos{File: l.file(p)}, "this symbolic link to a folder is inside %d others; it is left out, as links this deep loop; link the folder from outside the others", l.depth)
		return true, nil
	}
	l.depth++
	err = fs.WalkDir(l.FS, p, visit)
	l.depth--
	return true, err
}

// loopsTo returns the folder the link p names, as a path from the site's
// root, and whether that folder holds p.
func (l *Links) loopsTo(p string) (string, bool) {
	target, err := fs.ReadLink(l.FS, p)
	if err != nil || path.IsAbs(target) {
		return "", false
	}
	to := path.Join(path.Dir(p), target)
	return to, to == "." || to == p || strings.HasPrefix(p, to+"/")
}

func (l *Links) file(p string) string {
	if l.File == nil {
		return p
	}
	return l.File(p)
}
