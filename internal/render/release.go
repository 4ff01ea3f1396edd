package render

import (
	"runtime"

	"golang.org/x/sync/errgroup"

	"lectern/internal/site"
)

// pageKinds are the kinds of the jobs that show a content page's body as
// their own: the page's job, a speaker's page, an event's page.
var pageKinds = map[string]bool{
	"talk": true, "note": true, "reading": true, "page": true, "event": true, "speaker": true,
}

// releases marks each job that shows a content page's body as its own
// with that page, so that Stream lets the page's HTML go once the output
// is written (see site.Page.ReleaseContent). The pages a feed carries
// are left held: each of their bodies goes into a feed, perhaps into
// several, and converting it once is cheaper than once per feed; they
// are at most feedSize per feed, however large the site.
func (b *jobs) releases() {
	keep := map[*site.Page]bool{}
	for _, p := range b.fed() {
		keep[p] = true
	}
	byFile := make(map[string]*site.Page, len(b.s.Pages))
	for _, p := range b.s.Pages {
		byFile[p.Doc.File] = p
	}
	for i, j := range b.list {
		if j.owner == "" || !pageKinds[j.Kind] {
			continue
		}
		if p := byFile[j.owner]; p != nil && !keep[p] {
			b.list[i].release = p
		}
	}
}

// fed returns the pages some feed carries, in the order of s.Pages,
// with their bodies rendered, on all cores: every feed shows them.
func (b *jobs) fed() []*site.Page {
	in := map[*site.Page]bool{}
	for _, pages := range b.feedLists() {
		for _, p := range feedPages(pages) {
			in[p] = true
		}
	}
	var out []*site.Page
	for _, p := range b.s.Pages {
		if in[p] {
			out = append(out, p)
		}
	}
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, p := range out {
		g.Go(func() error {
			p.ContentSize()
			return nil
		})
	}
	g.Wait()
	return out
}

// feedLists are the lists of pages the feeds are made from (see feeds).
func (b *jobs) feedLists() [][]*site.Page {
	s := b.s
	lists := [][]*site.Page{append(s.Notes[:len(s.Notes):len(s.Notes)], s.Talks...)}
	if s.Tags != nil {
		for _, t := range s.Tags.Terms {
			lists = append(lists, t.Pages)
		}
	}
	return lists
}
