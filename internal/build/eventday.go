package build

import "lectern/internal/content"

// countsFromEvent reports whether an edit of docs may move a talk dated
// by its event: by a day of it (content.Document.EventDay), or on the
// day of a one-day event because it writes no date (site.Page.
// DatedByEvent). That is so when one of docs, or the page the model
// holds of its file, names such a day, is a talk so dated or one
// that would be (site.Site.DatedByItsEvent), or is an event while
// the model holds a talk dated by its event or one without a date. The
// model dates those talks from their event as it builds its pages,
// which no patch in place does again; the model is built again instead.
// Sites that date talks so are few, and an edit of their talks or
// events rare beside an edit of a body, which moves no date: a patch
// keeps the dates the model gave the page (site.Page.BodyEdit), so an
// edit of bodies alone is patched.
func (s *Session) countsFromEvent(docs map[string]*content.Document) bool {
	if s.bodiesOnly(docs) {
		return false
	}
	byEvent := false
	for _, p := range s.model.Pages {
		if !p.Doc.Extras().EventDay.IsZero() || p.DatedByEvent() || p.Doc.Kind == content.KindTalk && p.Doc.Date.IsZero() {
			byEvent = true
			break
		}
	}
	for file, doc := range docs {
		if doc != nil && (!doc.Extras().EventDay.IsZero() || s.model.DatedByItsEvent(doc) || byEvent && doc.Kind == content.KindEvent) {
			return true
		}
		for _, p := range s.model.Pages {
			if p.Doc.File != file {
				continue
			}
			if !p.Doc.Extras().EventDay.IsZero() || p.DatedByEvent() || byEvent && p.Doc.Kind == content.KindEvent {
				return true
			}
		}
	}
	return false
}

// bodiesOnly reports whether every document of docs is the edit of the
// body alone of a page the model holds.
func (s *Session) bodiesOnly(docs map[string]*content.Document) bool {
	seen := make(map[string]bool, len(docs))
	for _, p := range s.model.Pages {
		doc, ok := docs[p.Doc.File]
		if !ok {
			continue
		}
		if !p.BodyEdit(doc) {
			return false
		}
		seen[p.Doc.File] = true
	}
	return len(seen) == len(docs)
}
