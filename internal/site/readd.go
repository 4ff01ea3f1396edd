package site

import (
	"slices"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// An edit of a talk or note that Move, Relist and Reevent refuse (a talk
// given another event, a date taken away, a title moving it in a list
// ordered by title, its reading list gone) can be made as the page taken
// out (Remove) and put back made of the new document (Add), each of
// which gives what a build of its files gives. One thing only the pair
// knows: a term the page is the first in file order to name, which the
// next page having it writes otherwise, would take that spelling if the
// page went, and Remove refuses it; when the page comes back writing the
// term as it is named, it is still the first to name it and the name
// stays. RemoveReturning is Remove told so: such a term keeps its name
// (the model between the two steps is not a build's, but the model after
// Add is).

// RemoveReturning is Remove of the page of doc's file, which Add puts
// back made of doc at once (see the comment above). The caller must call
// Add(doc), and undo this patch when Add refuses.
func (s *Site) RemoveReturning(doc *content.Document, md *markdown.Renderer, memo *Memo, last diag.List) (patch Patch, ok bool) {
	s.back = doc
	defer func() { s.back = nil }()
	return s.Remove(doc.File, md, memo, last)
}

// backWrites reports whether the page Remove takes out comes back
// (RemoveReturning) writing name among the terms terms gives of its
// document, and so stays the first to name that term as it is named.
func (s *Site) backWrites(name string, terms func(*content.Document) []string) bool {
	return s.back != nil && slices.Contains(terms(s.back), name)
}
