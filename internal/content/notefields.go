package content

// noteVenue reads where a note's work was published or given: the
// journal or conference of an academic's publication (academicpages'
// venue: 'Journal of Wetlands'), the university of a teaching page, the
// place a meetup post describes (venue: {name, address}). It is the
// note's Venue, which its page shows; a venue of another shape stays in
// Params, as before.
func (f *fields) noteVenue() {
	f.venueMap()
	i, ok := f.index["venue"]
	if !ok || f.used[i] || f.root.keys[i].val.kind != scalarNode {
		return
	}
	f.setText(&f.doc.Venue, "venue", "venue")
}
