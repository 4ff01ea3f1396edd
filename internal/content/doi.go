package content

import "strings"

// doiLink reads a page's doi (doi: '10.1000/xyz123'), as Hugo Academic's
// publications and talks write it and its pages show it as a DOI button
// linking the DOI's resolver, into a link named DOI after the other named
// materials. A DOI written as an address (https://doi.org/…) or with its
// scheme (doi:10.1000/…) is the same DOI; another address is linked as
// written. An empty doi, as Academic's archetype leaves it, adds
// nothing; a value that is no DOI (it does not start with "10.") is
// warned about, naming the field, and left out.
func (f *fields) doiLink() {
	s, e, ok := f.text("links", "doi")
	if !ok {
		return
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	id := s
	for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "DOI:"} {
		if len(id) >= len(p) && strings.EqualFold(id[:len(p)], p) {
			id = strings.TrimSpace(id[len(p):])
			break
		}
	}
	if id == s && (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) {
		// Another resolver's address: the DOI as its author links it.
		if u := f.link(e.val.pos, e.key, s); u != "" {
			f.doc.Links = append(f.doc.Links, Link{Name: "DOI", URL: u})
		}
		return
	}
	if !strings.HasPrefix(id, "10.") || strings.ContainsAny(id, " \t\n") {
		f.warnf(e.val.pos, "doi %q is not a DOI (10.<registrant>/<suffix>); write it as doi: 10.1000/xyz123, or leave it empty", s)
		return
	}
	f.doc.Links = append(f.doc.Links, Link{Name: "DOI", URL: "https://doi.org/" + id})
}
