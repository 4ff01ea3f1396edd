package render

import "lectern/internal/site"

// homeNotePages writes, on a site whose home page's later pages list
// its notes (config.Pagination.HomeNotes: a Hugo blog, whose home page
// lists its posts at /page/2/, /page/3/…), a redirect at each such page
// to the same page of the notes index, which lists the same posts in
// the same order and number, and one at /page/1/ to the home page, as
// Hugo writes it. A page the site writes there (the home page's later
// pages of talks) or a copied file wins.
func (b *jobs) homeNotePages() {
	s := b.s
	if !s.Config.Pagination.HomeNotes {
		return
	}
	free := func(out string) bool {
		_, taken := b.byPath[out]
		_, copied := b.assets[out]
		return !taken && !copied
	}
	notes := visible(s.Notes)
	per := max(1, s.Config.Pagination.PerPage)
	base := notesURL(s)
	if len(notes) == 0 {
		return
	}
	if out := outputPath("/page/1/"); free(out) {
		b.redirectTo(out, "/", s.Config.Title, nil)
	}
	for n := 2; (n-1)*per < len(notes); n++ {
		out := outputPath(site.PagerURL("/", n))
		target := site.PagerURL(base, n)
		if _, listed := b.byPath[outputPath(target)]; !listed || !free(out) {
			continue
		}
		b.redirectTo(out, target, s.Config.Title, nil)
	}
}
