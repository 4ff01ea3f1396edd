package render

import "lectern/internal/site"

// Pager is the position of one page of a paginated list. Page 1 is at the
// list's base URL and page N at "<base>page/N/".
type Pager struct {
	// Number is this page, from 1; Total is the number of pages, at least 1.
	Number int
	Total  int
	// PerPage is the most entries a page holds; Items is the length of
	// the whole list.
	PerPage int
	Items   int
	// URL is this page's root-relative URL. First and Last are always set;
	// Prev and Next are "" on the first and last page.
	URL   string
	First string
	Prev  string
	Next  string
	Last  string
}

// pageURL returns the URL of page n of the list at base.
func pageURL(base string, n int) string { return site.PagerURL(base, n) }

// pageOf is one page of a list with its pager.
type pageOf[T any] struct {
	Items []T
	Pager *Pager
}

// paginate splits items into pages of per entries at base. An empty list
// still has one, empty, page, so that its index exists.
func paginate[T any](items []T, per int, base string) []pageOf[T] {
	if per < 1 {
		per = 1
	}
	total := max(1, (len(items)+per-1)/per)
	pages := make([]pageOf[T], total)
	for n := 1; n <= total; n++ {
		lo, hi := (n-1)*per, min(n*per, len(items))
		p := &Pager{
			Number: n, Total: total, PerPage: per, Items: len(items),
			URL: pageURL(base, n), First: base, Last: pageURL(base, total),
		}
		if n > 1 {
			p.Prev = pageURL(base, n-1)
		}
		if n < total {
			p.Next = pageURL(base, n+1)
		}
		pages[n-1] = pageOf[T]{Items: items[lo:hi:hi], Pager: p}
	}
	return pages
}
