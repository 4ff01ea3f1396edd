package content

// Meetup data of pyvo's shape lists what records or follows a talk as
// coverage: [{video: URL}, {slides: URL}, {writeup: URL}], one mapping of
// a kind to an address an entry, and the talk's own addresses (its
// notebook, its page elsewhere) as urls: [URL, …]. Both are the talk's
// materials: the video and slides are its own when no field gives them,
// the rest named links (Writeup, Notes, Link), as a links mapping's are.

// coverage reads a talk's coverage list and urls list into its video,
// slides and Links. A coverage list with an entry of another shape (not
// one kind and one address), or a urls list holding anything but
// addresses, stays in Params as written.
func (f *fields) coverage() {
	if i, ok := f.index["coverage"]; ok && !f.used[i] && coverageList(f.root.keys[i].val) {
		f.used[i] = true
		f.record("links", f.root.keys[i])
		for _, it := range f.root.keys[i].val.items {
			e := it.keys[0]
			f.namedMaterial(e.key, f.link(e.val.pos, "coverage."+e.key, cleanText(e.val.text)))
		}
	}
	if i, ok := f.index["urls"]; ok && !f.used[i] && addressList(f.root.keys[i].val) {
		f.used[i] = true
		f.record("links", f.root.keys[i])
		for _, it := range f.root.keys[i].val.items {
			if u := f.link(it.pos, "urls", cleanText(it.text)); u != "" {
				f.doc.Links = append(f.doc.Links, Link{Name: "Link", URL: u})
			}
		}
	}
}

// coverageList reports whether v is a list whose every entry maps one
// kind to one address ({video: https://…}).
func coverageList(v *node) bool {
	if v.kind != listNode {
		return false
	}
	for _, it := range v.items {
		if it.kind != mapNode || len(it.keys) != 1 || it.keys[0].val.kind != scalarNode || !isLinkAddress(it.keys[0].val.text) {
			return false
		}
	}
	return true
}

// addressList reports whether v is a list of web addresses, and nothing
// else.
func addressList(v *node) bool {
	if v.kind != listNode {
		return false
	}
	for _, it := range v.items {
		if it.kind != scalarNode || !isLinkAddress(it.text) {
			return false
		}
	}
	return true
}
