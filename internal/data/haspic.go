package data

import (
	"io/fs"
	"path"
	"strings"

	"lectern/internal/content"
)

// Person records kept one to a file (data/Person/3QJLK8.yml) may say
// that a photo exists without naming it: `has_pic: true`, as the Statik
// sites of PyCon AU write, whose templates show the picture named after
// the record's id (assets/people/3QJLK8.jpg). The photo is then the one
// picture of the site whose name, without its extension, is the record
// file's. When none is found (pictures a script fetches from the
// call-for-papers system at build time, never committed) or two are,
// the person keeps their initials without a warning: the record names
// no file that the author could add or correct.

// pictureExts are the extensions a has_pic record's photo may have.
var pictureExts = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".webp": true, ".gif": true, ".avif": true}

// hasPicPhotos gives each speaker record of docs that says has_pic: true
// and names no photo the one picture of fsys named after its file.
func hasPicPhotos(fsys fs.FS, docs []*content.Document) {
	var want []*content.Document
	for _, d := range docs {
		if d.Kind == content.KindSpeaker && d.FromRecord() && len(d.Speakers) > 0 && d.Speakers[0].Photo == "" && d.Params["has_pic"] == true {
			want = append(want, d)
		}
	}
	if len(want) == 0 {
		return // no walk of the site for the many sites without such records
	}
	byStem := map[string][]string{}
	fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable folder holds no photo
		}
		name := e.Name()
		if e.IsDir() {
			if p != "." && (strings.HasPrefix(name, ".") || name == "node_modules") {
				return fs.SkipDir
			}
			return nil
		}
		if ext := path.Ext(name); pictureExts[strings.ToLower(ext)] {
			stem := strings.TrimSuffix(name, ext)
			byStem[stem] = append(byStem[stem], p)
		}
		return nil
	})
	for _, d := range want {
		stem := strings.TrimSuffix(path.Base(d.File), path.Ext(d.File))
		if found := byStem[stem]; len(found) == 1 {
			d.Speakers[0].Photo = "/" + found[0]
		}
	}
}
