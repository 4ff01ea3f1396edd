package build

import (
	"slices"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/site"
)

// This file is the session's path for an edit that moves a page to
// another URL, time or term and nothing else (a talk's or note's slug,
// a talk's date, end or room, a note's date, a page's tags, a talk's
// track, format, level or speakers among the site's): the last good
// model is moved in place (site.Site.Move) instead of built again, which
// was the largest stage of such an edit. The jobs, the fingerprints and
// the plan are then made as after any rebuild of the model, so what is
// rendered, and how, is decided as it always is.

// move is a moving edit applied to the last good model in place, with
// the model's diagnostics after it.
type move struct {
	patch site.Patch
	diags diag.List
	// anew reports that the edit gave an event other dates or rooms
	// (site.Site.Reevent): the jobs and fingerprints are made anew, as
	// after a build, not computed again for the page alone (with its
	// people, event, terms and, when it made the reading list again,
	// the pages naming an entry: see render.Prints.Moved), as after a
	// move, a page added or removed.
	anew bool
	// steps are the patches of an edit made in two (a rename, a page
	// taken out and put back), in order, patch the last; nil for one.
	// The fingerprints are computed again for each in turn.
	steps []site.Patch
	// undo, when set, undoes more than patch: a rename's removal and
	// addition.
	undo func()
}

// patches are the patches of the move, in the order they were made.
func (m *move) patches() []site.Patch {
	if m.steps != nil {
		return m.steps
	}
	return []site.Patch{m.patch}
}

// Undo puts the last good model back as it was before the move.
func (m *move) Undo() {
	if m.undo != nil {
		m.undo()
		return
	}
	m.patch.Undo()
}

// move applies the edit of the files of docs (their documents as the
// model is given them, see joinNamed; one file, or a rename's two) to
// the last good model in place: site.Site.Move moves a page the model
// has, Reevent gives an event other dates or rooms, Relist a page other
// reading items, Add adds a new page's, and Remove takes out a page
// whose file is gone. It returns
// nil, with nothing changed, when the model must be built again: more
// than two files changed, or two that are not a page gone and a new one
// (see rename), the last build failed, or they refused.
func (s *Session) move(docs map[string]*content.Document) *move {
	if !s.current || len(docs) > 2 || s.durationWaits(docs) || s.countsFromEvent(docs) {
		return nil
	}
	// Whether the site is an archive (site.Site.Archive) decides the
	// schedule pages of every event: an edit that makes the site one,
	// or no longer one, is built again whole rather than patched; so is
	// one that changes whether it reads its talks' locations as where
	// they were given (site.Site.LocationsGiven), or edits a talk whose
	// location it reads as where the talk was given (site.Site.Relocates).
	if s.model.Relocates(docs) {
		return nil
	}
	was, given := s.model.Archive(), s.model.LocationsGiven()
	m := s.moveInPlace(docs)
	if m != nil && (was != s.model.Archive() || given != s.model.LocationsGiven()) {
		m.Undo()
		return nil
	}
	if m != nil {
		s.model.PlaceSchedules()
	}
	return m
}

// moveInPlace is move without the archive's check.
func (s *Session) moveInPlace(docs map[string]*content.Document) *move {
	if len(docs) == 2 {
		return s.rename(docs)
	}
	for file, doc := range docs {
		if doc == nil {
			p, ok := s.model.Remove(file, s.md, s.memo, s.modelDiags)
			if !ok {
				return nil
			}
			return &move{patch: p, diags: swapped(s.modelDiags, p)}
		}
		if p, ok := s.model.Move(doc, s.md, s.memo, s.modelDiags); ok {
			return &move{patch: p, diags: swapped(s.modelDiags, p)}
		}
		if p, ok := s.model.Relist(doc, s.md, s.memo, s.modelDiags); ok {
			return &move{patch: p, diags: swapped(s.modelDiags, p)}
		}
		if p, ok := s.model.Reevent(doc, s.md, s.memo, s.modelDiags); ok {
			return &move{patch: p, diags: swapped(s.modelDiags, p), anew: true}
		}
		// A page new to the site (Add refuses a file the model has).
		if p, ok := s.model.Add(doc, s.md, s.memo, s.modelDiags); ok {
			return &move{patch: p, diags: swapped(s.modelDiags, p)}
		}
		return s.readd(doc)
	}
	return nil
}

// readd applies the edit of a page the model has that Move, Relist and
// Reevent refuse (a talk given another event, say) as the page taken
// out and put back made of doc (site.Site.RemoveReturning, then Add),
// as a rename within one file: the model after both is what a build of
// the files gives. It returns nil, with nothing changed, when either
// refuses.
func (s *Session) readd(doc *content.Document) *move {
	out := func(diags diag.List) (site.Patch, bool) { return s.model.RemoveReturning(doc, s.md, s.memo, diags) }
	return s.both(out, s.addition(doc))
}

// removal is the page of file taken out of the last good model, given
// the model's diagnostics as the step before left them.
func (s *Session) removal(file string) func(diag.List) (site.Patch, bool) {
	return func(diags diag.List) (site.Patch, bool) { return s.model.Remove(file, s.md, s.memo, diags) }
}

// addition is the page of doc put into the last good model, given the
// model's diagnostics as the step before left them.
func (s *Session) addition(doc *content.Document) func(diag.List) (site.Patch, bool) {
	return func(diags diag.List) (site.Patch, bool) { return s.model.Add(doc, s.md, s.memo, diags) }
}

// rename applies a file renamed, or a page file removed and another
// added in one save (docs holds the one without a document, the other
// with it), to the last good model in place: the page of the file gone
// taken out (site.Site.Remove), then the new one's put in (Add); else,
// where the removal alone would change more (the last talk of an event,
// of a person or of a term, say), the new one's put in first and the
// other taken out after. It returns nil, with nothing changed, when
// both orders refuse.
func (s *Session) rename(docs map[string]*content.Document) *move {
	var gone string
	var added *content.Document
	for f, doc := range docs {
		if doc == nil {
			gone = f
		} else {
			added = doc
		}
	}
	if gone == "" || added == nil {
		return nil
	}
	remove, add := s.removal(gone), s.addition(added)
	if m := s.both(remove, add); m != nil {
		return m
	}
	return s.both(add, remove)
}

// both applies first, then second, to the last good model in place,
// each given the model's diagnostics as the one before left them. It
// returns nil, with nothing changed, when either refuses. Each is what
// a build of its files gives, so both are.
func (s *Session) both(first, second func(diag.List) (site.Patch, bool)) *move {
	a, ok := first(s.modelDiags)
	if !ok {
		return nil
	}
	diags := swapped(s.modelDiags, a)
	b, ok := second(diags)
	if !ok {
		a.Undo()
		return nil
	}
	return &move{patch: b, steps: []site.Patch{a, b}, diags: swapped(diags, b), undo: func() { b.Undo(); a.Undo() }}
}

// swapped returns diags, not changed, less the diagnostics the page
// patched gave before (each once) and with those it gives now.
func swapped(diags diag.List, p site.Patch) diag.List {
	out := slices.Clone(diags)
	for _, old := range p.Old {
		if i := slices.Index(out, old); i >= 0 {
			out = slices.Delete(out, i, i+1)
		}
	}
	out.Append(p.New)
	return out
}

// durationWaits reports whether one of docs, or the page the model
// holds of its file, has a duration that waited for a date
// (content.Document.Duration): the model counts its end from the date a
// data file gave, or warns that nothing did, as it builds its pages,
// which no patch in place does; the model is built again instead.
// Talks with a duration and no date of their own are few.
func (s *Session) durationWaits(docs map[string]*content.Document) bool {
	for file, doc := range docs {
		if doc != nil && doc.Extras().Duration != 0 {
			return true
		}
		for _, p := range s.model.Pages {
			if p.Doc.File == file && p.Doc.Extras().Duration != 0 {
				return true
			}
		}
	}
	return false
}
