package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// MarkerDir is the folder at the top of an output folder that marks it as
// lectern's. Claim makes it; builds keep their manifest in it, so the
// outputs of lectern versions older than the marker are recognised too.
const MarkerDir = ".lectern"

// maxCounted is how many entries of a folder that is not lectern's
// CheckOwner looks at before it stops counting: enough to describe any
// site, and a bound on the time spent on a folder of someone else's.
const maxCounted = 100_000

// takeOver is how every refusal of a folder that is not lectern's ends.
const takeOver = "; lectern deletes from its output folder every file a build does not produce, so give --dest an empty or new folder, empty this one, or pass --force to let lectern take it over"

// CheckOwner reports why lectern must not write into the output folder
// dest as things stand, or nil if it may. A folder that does not exist
// yet, that holds a MarkerDir folder at its top, or that holds only
// hidden entries (".gitkeep", ".DS_Store"), which Commit never deletes, is
// lectern's to use. Any other folder is someone else's: CheckOwner
// refuses it, with a message naming what it holds, unless force is set.
// A folder holding a version-control folder at its top (".git", as in a
// gh-pages worktree) counts as someone else's too, though Commit would
// leave the hidden folder alone. force never lets lectern delete a
// version-control folder or file that Commit would remove, as one below
// the top of dest, nor write where a file is. CheckOwner only reads;
// call CheckDest first, as it refuses folders that no flag makes safe.
func CheckOwner(dest string, force bool) error {
	fi, err := os.Stat(dest)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("cannot check output folder %q: %v", dest, err)
	case !fi.IsDir():
		return fmt.Errorf("output folder %q is a file, not a folder; give --dest a folder, new or empty", dest)
	}
	if fi, err := os.Stat(filepath.Join(dest, MarkerDir)); err == nil && fi.IsDir() {
		return nil
	}
	f, err := scan(os.DirFS(dest))
	if err != nil {
		return fmt.Errorf("cannot check output folder %q: %v", dest, err)
	}
	switch {
	case f.vcs != "":
		return fmt.Errorf("output folder %q holds %q, which marks a version-control checkout, and lectern would delete it with every file a build does not produce; give --dest an empty or new folder", dest, f.vcs)
	case force:
		return nil
	case f.files > 0:
		return fmt.Errorf("output folder %q holds %s that lectern did not write (for example %q)%s", dest, count(f.files, "file", f.more), f.example, takeOver)
	case f.dirs > 0:
		return fmt.Errorf("output folder %q holds %s that lectern did not make (for example %q)%s", dest, count(f.dirs, "folder", f.more), f.example, takeOver)
	case f.checkout != "":
		return fmt.Errorf("output folder %q is a version-control checkout (it holds %q) that lectern did not write; lectern deletes from its output folder every file a build does not produce, though never hidden entries such as %q, so pass --force to let lectern take it over, or give --dest an empty or new folder", dest, f.checkout, f.checkout)
	}
	return nil
}

// Claim marks dest as lectern's output folder, creating it and its
// MarkerDir, once CheckOwner(dest, force) allows it. A build claims its
// output folder before it opens it, so that every folder lectern writes
// is recognised as lectern's by the next build.
func Claim(dest string, force bool) error {
	if err := CheckOwner(dest, force); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dest, MarkerDir), 0o755); err != nil {
		return fmt.Errorf("cannot mark output folder %q as lectern's: %v", dest, err)
	}
	return nil
}

// found is what scan found in a folder that is not lectern's.
type found struct {
	files, dirs int
	more        bool   // scan stopped counting at maxCounted
	example     string // the first file, or folder when there is none
	checkout    string // a version-control entry at the top, hidden
	vcs         string // a version-control entry that Commit would delete
}

// scan counts what Commit would delete in fsys: every entry but the
// hidden ones at the top, which it never touches.
func scan(fsys fs.FS) (found, error) {
	var f found
	firstDir := ""
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			// An unreadable folder still holds something.
			f.dirs++
			return nil
		}
		if p == "." {
			return nil
		}
		top := path.Dir(p) == "."
		switch {
		case top && hidden(d.Name()):
			if isVCSEntry(d.Name()) && f.checkout == "" {
				f.checkout = d.Name()
			}
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		case isVCSEntry(d.Name()):
			f.vcs = p
			return fs.SkipAll
		}
		if f.files+f.dirs >= maxCounted {
			f.more = true
			return fs.SkipAll
		}
		if d.IsDir() {
			f.dirs++
			if firstDir == "" {
				firstDir = p
			}
			return nil
		}
		f.files++
		if f.example == "" {
			f.example = p
		}
		return nil
	})
	if f.example == "" {
		f.example = firstDir
	}
	return f, err
}

// count says how many of noun there are: "1 file", "23 files", "more
// than 100000 files".
func count(n int, noun string, more bool) string {
	switch {
	case more:
		return fmt.Sprintf("more than %d %ss", n, noun)
	case n == 1:
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
