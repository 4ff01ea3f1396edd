package content

// summary reads the page's summary and, when it writes an abstract
// beside a shorter description, its abstract. Hugo Academic's talks and
// publications write both (summary: one line for lists; abstract: the
// paragraph its talk page shows): read as aliases, the abstract was lost
// to the first of them. An abstract alone is the summary, as exporters
// write it.
func (f *fields) summary() {
	if f.has("abstract") && f.has("summary", "description", "excerpt", "extract") {
		f.setText(&f.doc.Summary, "summary", "summary", "description", "excerpt", "extract")
		if f.doc.Summary != "" {
			f.setText(&f.doc.Abstract, "abstract", "abstract")
			return
		}
	}
	f.setText(&f.doc.Summary, "summary", "summary", "abstract", "description", "excerpt", "extract")
}
