package content

import "strings"

// noteVenue reads where a note's work was published or given: the
// journal or conference of an academic's publication (academicpages'
// venue: 'Journal of Wetlands'), the university of a teaching page, the
// place a meetup post describes (venue: {name, address}). It is the
// note's Venue, which its page shows; a venue of another shape stays in
// Params, as before. A note writing no venue may name its journal as
// publication, as Hugo Academic's publications do.
func (f *fields) noteVenue() {
	f.venueMap()
	i, ok := f.index["venue"]
	if ok && !f.used[i] && f.root.keys[i].val.kind == scalarNode {
		f.setText(&f.doc.Venue, "venue", "venue")
	}
	f.publicationVenue()
}

// publicationVenue reads Hugo Academic's publication (publication:
// '*Journal of Source Themes, 1*(1)'), the journal or proceedings its
// publication page shows, as the note's Venue when nothing else gave
// one. The value is markdown, as Academic renders it, and is kept as
// its text, as a Pandoc title is (headingText): Venue is shown as text.
// A mapping gives its name. A publication that is no text (a switch, a
// list) or is empty, as the archetype leaves it, says nothing and stays
// in Params.
func (f *fields) publicationVenue() {
	i, ok := f.index["publication"]
	if f.doc.Venue != "" || !ok || f.used[i] {
		return
	}
	e := f.root.keys[i]
	v := e.val
	if v.kind == mapNode {
		// publication: {name: "IEEE Transactions on …"}, as some
		// starters' publications write it.
		v = v.get("name")
	}
	if v == nil || v.kind != scalarNode || v.tag != tagString || strings.TrimSpace(v.text) == "" {
		return
	}
	f.used[i] = true
	f.record("venue", e)
	f.doc.Venue = headingText(cleanText(v.text))
}
