package site

import "lectern/internal/content"

// countDuration counts the end of page p from the duration its file
// gave without a date (content.Document.Duration), now that data files
// have had their say: a schedule that placed the talk dated it, and
// its slot's end, when it has one, stands. With no date still, the
// duration counts from nothing, which the author should know when the
// site dates its talks (dated: a schedule or a talk's own date dates
// one) and left this one out; on a site that dates none (the day lives
// in a template), the duration is kept, in Params and Doc.Duration,
// with nothing the author could add.
func (b *builder) countDuration(p *Page, dated bool) {
	switch {
	case p.Doc.Extras().Duration == 0:
	case p.Doc.Date.IsZero() && !dated:
	case p.Doc.Date.IsZero():
		b.diags.Warnf(p.Doc.Pos("duration"), "\"duration\" needs a date to count from; add \"date: …\" to the front matter")
	case p.Doc.End.IsZero():
		p.Doc.End = p.Doc.Date.Add(p.Doc.Extras().Duration)
	}
}

// datesTalks reports whether any talk that Build makes a page of has a
// date, its own or one a schedule data file gave it.
func datesTalks(docs []*content.Document, opts Options) bool {
	for _, d := range docs {
		if d.Kind == content.KindTalk && !d.Date.IsZero() && !LeftOut(d, opts.Drafts) {
			return true
		}
	}
	return false
}
