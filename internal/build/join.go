package build

import (
	"reflect"
	"slices"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// A site whose data files add pages, people or schedules (a reading
// list in data/books.yml, a conference tool's export) gives the model
// its pages joined with those records (data.Combine): a talk naming a
// speaker's record by id shows that person, a slot of a schedule gives
// its talk a time and room, a page and a record of one id are one page.
// The fast paths (a patch, a move) hand the model the edited page as a
// build would: joined. The join is made again for every document, as a
// build makes it, and stands only when it gives every other document as
// it gave it at the last good build, with the same diagnostics: an
// edit that changes what the data files add to another page (a record
// merged with the page no longer, a slot that no longer finds it) is
// left to a build.

// joinedEdit is the documents of an edit as the model is given them.
type joinedEdit struct {
	// docs are the named files' documents, by file.
	docs map[string]*content.Document
	// all are every document joined, sorted as Combine sorts them, and
	// diags the join's diagnostics; nil when the site has nothing to
	// join. A rebuild of the same files takes them as they are.
	all   []*content.Document
	diags diag.List
}

// joinNamed returns the documents of named as the model is given them:
// as they were read when the site has nothing to join, else joined with
// the last read of the site's data files. ok is false when the join
// gives any other document otherwise than the last good build's, or
// other diagnostics: the model must be built again, of e.all when the
// join was made.
func (s *Session) joinNamed(named map[string]stamp) (e joinedEdit, ok bool) {
	e.docs = make(map[string]*content.Document, len(named))
	for f, st := range named {
		e.docs[f] = st.doc
		if st.doc != nil && len(st.doc.Talks) > 0 {
			// A speaker's page writing talks whole gives the join
			// documents of its own file beside it, which the fast
			// paths, one document a file, cannot place: build.
			return e, false
		}
	}
	if s.data == nil || !s.joinedLast {
		// Nothing was joined, and pages (readNamed reads no record)
		// bring nothing to join.
		return e, true
	}
	// A page new or gone is left out of the comparison: the others must
	// be joined as they were.
	set, d := joinData(content.Set{Docs: withNamed(s.docs, named)}, *s.data, s.cfg)
	e.all, e.diags = set.Docs, d
	if !slices.Equal(d, s.joinDiags) || !sameJoin(set.Docs, s.joined, named) {
		return e, false
	}
	for _, doc := range set.Docs {
		if _, ok := named[doc.File]; ok {
			e.docs[doc.File] = doc
		}
	}
	return e, true
}

// sameJoin reports whether the joined documents now and last are the
// same documents, in the same order, but for those of the files named:
// the same document, or a copy the join made again (a page it gave a
// record's person) equal to the last; a page new or gone, named, is in
// one of them alone.
func sameJoin(now, last []*content.Document, named map[string]stamp) bool {
	in := func(docs []*content.Document) map[string]bool {
		files := make(map[string]bool, len(named))
		for _, d := range docs {
			if _, ok := named[d.File]; ok {
				files[d.File] = true
			}
		}
		return files
	}
	inNow, inLast := in(now), in(last)
	alone := func(d *content.Document) bool { return inNow[d.File] != inLast[d.File] }
	now = slices.DeleteFunc(slices.Clone(now), alone)
	last = slices.DeleteFunc(slices.Clone(last), alone)
	if len(now) != len(last) {
		return false
	}
	for i, d := range now {
		if d == last[i] {
			continue
		}
		if _, ok := named[d.File]; ok && d.File == last[i].File {
			continue
		}
		if !reflect.DeepEqual(*d, *last[i]) {
			return false
		}
	}
	return true
}
