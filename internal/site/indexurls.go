package site

import (
	"strconv"
	"strings"
)

// IndexURL returns the URL of the index of a permalink pattern: the
// static folders before its first placeholder ("/speakers/:slug/" gives
// "/speakers/"), or fallback when the pattern starts with one.
func IndexURL(pattern, fallback string) string {
	i := strings.Index(pattern, ":")
	if i < 0 {
		return fallback
	}
	head := pattern[:i]
	head = head[:strings.LastIndex(head, "/")+1]
	if head == "" || head == "/" {
		return fallback
	}
	return head
}

// PagerURL returns the URL of page n of a paginated list at base: base
// itself for the first page, base + "page/n/" after it.
func PagerURL(base string, n int) string {
	if n <= 1 {
		return base
	}
	return base + "page/" + strconv.Itoa(n) + "/"
}

// SpeakersURL is the URL of the speakers index lectern writes.
func (s *Site) SpeakersURL() string { return IndexURL(s.Config.Permalinks.Speaker, "/speakers/") }

// anchorPageless points every person whose own page the author asked not
// to render (Hugo's build: {render: never}, headless: true, permalink:
// false on their speaker page) at their entry on the speakers index, on
// the page of the index that lists them: "/speakers/#ada" or
// "/speakers/page/2/#ada". The person is still named on talks and listed
// on the index; only their page is not written (see render).
func (b *builder) anchorPageless() {
	s := b.site
	base, per := s.SpeakersURL(), max(1, s.Config.Pagination.PerPage)
	for i, sp := range s.Speakers {
		if sp.Page == nil || !sp.Page.Pageless {
			continue
		}
		sp.URL = PagerURL(base, i/per+1) + "#" + sp.Slug
		for _, ed := range sp.Editions {
			if ed.Page != nil && ed.Page.Pageless {
				ed.URL = sp.URL
			}
		}
	}
}

// HasOwnPage reports whether sp gets a page of their own: not when their
// speaker page is one the author asked not to render (see
// anchorPageless), whose link then leads to the speakers index.
func (sp *Speaker) HasOwnPage() bool {
	return sp.Page == nil || !sp.Page.Pageless
}
