package site

import (
	"reflect"
	"slices"

	"lectern/internal/content"
	"lectern/internal/markdown"
)

// A note given other authors changes who it names and the notes of the
// people of the site it leaves or joins, and nothing else: an author is
// linked to the person of the site of their slug (a speaker, by their
// slug or their page's), and one the site does not have is shown by
// name alone, a person of the note's own; no author makes or merges a
// person. Move applies such an edit in place (reauthor), and refuses,
// for a build to do it, a note naming a person twice (it would be twice
// in their notes) or given other speakers too, and any page but a note.

// authorsChanged reports whether documents a and b name other authors,
// or the same in another order or with other details.
func authorsChanged(a, b *content.Document) bool {
	return !equal(reflect.ValueOf(a.Authors), reflect.ValueOf(b.Authors))
}

// reauthor gives note p, whose authors changed (old is a copy of p
// before the edit), its authors as Build gives them (see people) and
// its place in the notes of the people of the site it left and joined,
// sorted as Build sorts them (newest first, ties in file order). The
// authors it no longer names are returned in left. ok is false, with
// nothing changed, when the edit could change more (see the comment
// above).
func (s *Site) reauthor(p, old *Page, _ *markdown.Renderer, _ *Memo) (r repeopled, ok bool) {
	if p.Doc.Kind != content.KindNote || s.speakersBySlug == nil || speakersChanged(&old.Doc, &p.Doc) || s.authorPages(p) || s.authorPages(old) {
		return r, false
	}
	var now, linked []*Speaker
	for _, a := range p.Doc.Authors {
		sp := s.personNamed(a.Slug)
		if sp == nil {
			now = append(now, &Speaker{Person: a})
			continue
		}
		if slices.Contains(linked, sp) {
			return r, false
		}
		now, linked = append(now, sp), append(linked, sp)
	}
	// For safety: the note's people as Build linked them.
	var was []*Speaker
	for _, sp := range old.Authors {
		if s.personNamed(sp.Slug) == sp {
			was = append(was, sp)
		}
	}
	for _, sp := range old.Authors {
		if !slices.Contains(now, sp) {
			r.left = append(r.left, sp)
		}
	}
	var undos []func()
	r.undo = func() {
		for _, f := range slices.Backward(undos) {
			f()
		}
	}
	// Build lists a note among its authors' only when it is shown.
	if !p.Doc.Hidden {
		for _, sp := range was {
			if slices.Contains(linked, sp) {
				continue
			}
			back, ok := leaveList(&sp.Notes, p)
			if !ok {
				r.undo()
				return repeopled{}, false
			}
			undos = append(undos, back)
		}
		for _, sp := range linked {
			if slices.Contains(was, sp) {
				continue
			}
			back, ok := joinList(&sp.Notes, p, newestFirst)
			if !ok {
				r.undo()
				return repeopled{}, false
			}
			undos = append(undos, back)
		}
	}
	p.Authors = now
	return r, true
}

// authorPages reports whether page p, added, removed or given other
// authors, may make or let go a person that only notes' authors make
// (config.Permalinks.Author), or move a person between the URL of a
// speaker and that of an author: a talk, or a page naming authors. The
// model is then built again, as people() makes them.
func (s *Site) authorPages(p *Page) bool {
	return s.Config.Permalinks.Author != "" && (p.Doc.Kind == content.KindTalk || len(p.Doc.Authors) > 0)
}
