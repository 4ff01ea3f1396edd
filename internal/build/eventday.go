package build

import "lectern/internal/content"

// countsFromEvent reports whether an edit of docs may move a talk dated
// by a day of its event (content.Document.EventDay): one of docs, or
// the page the model holds of its file, names such a day, or is an
// event while the model holds a talk that names one. The model dates
// those talks from their event's start as it builds its pages, which
// no patch in place does again; the model is built again instead.
// Sites that date talks so are few, and an edit of their talks rare
// beside an edit of a body.
func (s *Session) countsFromEvent(docs map[string]*content.Document) bool {
	byDay := false
	for _, p := range s.model.Pages {
		if !p.Doc.Extras().EventDay.IsZero() {
			byDay = true
			break
		}
	}
	for file, doc := range docs {
		if doc != nil && (!doc.Extras().EventDay.IsZero() || byDay && doc.Kind == content.KindEvent) {
			return true
		}
		if !byDay {
			continue
		}
		for _, p := range s.model.Pages {
			if p.Doc.File == file && (!p.Doc.Extras().EventDay.IsZero() || p.Doc.Kind == content.KindEvent) {
				return true
			}
		}
	}
	return false
}
