package site

import (
	"path"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// An edit that gives a talk, a note or a plain page another slug moves
// its page to another URL, and with it the page's place in the site's
// list of pages, sorted by URL (a plain page's in the site's other
// pages too); nothing else of the structure needs to change. Move
// makes that change in place, with the checks Patch makes, and refuses,
// for a build to do it, wherever the URL decides more than the page's
// own place: a URL another page claimed or that differs from another
// only in case, or one a page that lost its URL in a clash skipped or
// would take (clashes move other pages), another page's old URL at
// the page's old or new output (a redirect is written where no page
// is), the page's own old URLs, files
// published beside the page, reading items (their entries list their
// pages by URL), a tie in a list whose ties are broken by URL, and a diagnostic
// of the model, other than those Patch swaps, that names the page's
// file or either URL. An edit of a page's people alone keeps its URL:
// clashes, old URLs, files beside it and reading items do not stop it.

// movedFields are the fields, beyond displayFields, in which the
// document of a moved page may differ from the one its page was made
// of: the slug, and where fields and the body were written (a slug
// added or removed moves the lines below it).
var movedFields = append(slices.Clip(displayFields), "Slug", "Fields", "BodyLine")

// peopleFields are the fields, beyond displayFields, in which the
// document of a page given other people (repeople.go, reauthor.go), and
// nothing that can move it, may differ from the one its page was made
// of.
var peopleFields = append(slices.Clip(displayFields), "Fields", "BodyLine", "Speakers", "Authors")

// Move updates, in place, the page doc's file made when doc gives it
// another URL (a slug written, changed or removed), moves it in time
// or room (a date, end or room), or gives it other tags, another track,
// format or level of the site, or other people (a talk's speakers, a
// note's authors, the person a speaker's page declares: see
// repeople.go and reauthor.go), and Build given doc would change
// nothing else but what that page shows: the page's URL and output, its
// place among Pages, and where the programme records it; for a page
// moved in time or room, its place in every list ordering pages by
// them, its event's schedule, the site's newest date (see retime.go);
// for other terms, its place in their lists (retag.go, reterm.go) and,
// for a track, format or level, its schedule laid out again.
// doc may differ from the page's document in displayFields, its slug,
// the positions of its fields and body, its date, end and room, its
// tags, track, format and level.
// Everything Patch checks is checked, but for the URL, which may
// change, and for the page's place in its lists and schedules when
// those are placed again; then what the URL decides of other pages is
// checked (see the comment above), and what a time decides (retime).
// last is the model's diagnostics as the session holds them: any of
// them that names the page's file, or its old or new URL, must be among
// those the returned Patch swaps (Patch.Old). ok is false, and the site untouched,
// when the edit could change more: the caller must build the site
// again. md and memo must be those the site was built with; memo must
// not be nil.
func (s *Site) Move(doc *content.Document, md *markdown.Renderer, memo *Memo, last diag.List) (patch Patch, ok bool) {
	return s.patch(doc, md, memo, &last, forMove)
}

// movable reports whether page p, to be made of doc, is of a kind and
// on a site where a move is only the page's own: see the comment at the
// top of the file.
func (s *Site) movable(p *Page, doc *content.Document, memo *Memo) bool {
	switch {
	case memo == nil, p.Doc.Kind != content.KindTalk && p.Doc.Kind != content.KindNote && p.Doc.Kind != content.KindSpeaker && p.Doc.Kind != content.KindPage:
		return false
	case !equalBut(p.source, doc, repeopleFields...):
		return false
	case s.Programme != nil && len(s.Programme.Moves) > 0:
		return false
	case p.Pageless && !equalBut(p.source, doc, retimeFields...):
		// A break without a page has no terms or people's lists to
		// move in: it may take another slug, time or room alone.
		return false
	case equalBut(p.source, doc, peopleFields...):
		// Only its people changed: the page keeps its URL, and what a
		// URL decides of other pages (reading entries, redirects,
		// files beside it, clashes) is as it was.
		return true
	case len(p.Doc.Aliases) > 0:
		return false
	}
	dir := path.Dir(p.Doc.File)
	for _, a := range s.Assets {
		if path.Dir(a.Source) == dir {
			return false
		}
	}
	return true
}

// move gives page p, its document patched, the URL the model makes of
// it, and its place among the pages, sorted by URL; old is p before the
// patch. It returns a function that undoes the move, or false, with
// nothing changed, when the URL cannot be published or another page's
// output is, or differs only in case from, the new or the old one.
func (s *Site) move(p, old *Page) (undo func(), ok bool) {
	u := (&builder{cfg: s.Config}).pageURL(p)
	if problem, _ := urlProblem(u); problem != "" {
		return nil, false
	}
	out := OutputPath(u)
	for _, q := range s.Pages {
		if q != p && (sameFold(q.Output, out) || sameFold(q.Output, old.Output)) {
			return nil, false
		}
	}
	// Another page's old URL at either output is redirected, or not,
	// by whether a page is written there (builder.aliases); a page that
	// lost a URL to another took the first free one of its
	// alternatives, and the old output freed, or the new one taken, may
	// be one it skipped or would take.
	if out != old.Output {
		for _, o := range []string{out, old.Output} {
			if aliasAt(s.Pages, p, o) || s.clashAlternative(o) {
				return nil, false
			}
		}
	}
	from := slices.Index(s.Pages, p)
	p.URL, p.Output = u, out
	s.Pages = slices.Delete(s.Pages, from, from+1)
	to, _ := slices.BinarySearchFunc(s.Pages, p, func(a, b *Page) int { return strings.Compare(a.URL, b.URL) })
	s.Pages = slices.Insert(s.Pages, to, p)
	// The site's other pages are in the order of URLs alone (see
	// builder.lists): a plain page takes its place among them again.
	others := s.Other
	if i := slices.Index(others, p); i >= 0 {
		rest := slices.Delete(slices.Clone(others), i, i+1)
		at, _ := slices.BinarySearchFunc(rest, p, func(a, b *Page) int { return strings.Compare(a.URL, b.URL) })
		s.Other = slices.Insert(rest, at, p)
	}
	var placed *Placement
	if prog := s.Programme; prog != nil {
		if pl, ok := prog.Talks[old.URL]; ok {
			placed = &pl
			delete(prog.Talks, old.URL)
			prog.Talks[u] = pl
		}
	}
	return func() {
		s.Pages = slices.Delete(s.Pages, to, to+1)
		s.Pages = slices.Insert(s.Pages, from, p)
		s.Other = others
		if placed != nil {
			delete(s.Programme.Talks, u)
			s.Programme.Talks[old.URL] = *placed
		}
	}, true
}

// sameFold reports whether FoldCase gives a and b the same string,
// without making either when both are ASCII.
func sameFold(a, b string) bool {
	if ascii(a) && ascii(b) {
		return strings.EqualFold(a, b)
	}
	return FoldCase(a) == FoldCase(b)
}

func ascii(s string) bool {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// untiedByURL reports whether p ties with no other page of the lists
// made from Pages in URL order and sorted stably (see builder.lists):
// only there does a tie leave the order to the URL. The lists made from
// the pages in file order (people's, events', terms') keep theirs; the
// site's other pages, in the order of URLs alone, move places p among
// again.
func (s *Site) untiedByURL(p *Page) bool {
	for _, l := range []sortedList{{s.Talks, byDate}, {s.Notes, newestFirst}, {s.Readings, byTitle}} {
		if !slices.Contains(l.pages, p) {
			continue
		}
		for _, q := range l.pages {
			if q != p && l.order(p, q) == 0 {
				return false
			}
		}
	}
	return true
}

// othersFresh reports whether the body of every page but skip, as the
// memo holds it, is what its template tags give now: a tag of another
// page may have asked for skip's URL.
func (m *Memo) othersFresh(pages []*Page, skip *Page, refs *refIndex) bool {
	stale, ok := m.staleOthers(pages, skip, refs)
	return ok && len(stale) == 0
}

// staleOthers returns the pages but skip whose body, as the memo holds
// it, is not what their template tags give now, with their renderings
// held; ok is false when the memo holds no body of one of them. The
// tags run on every core, as a build converts bodies: a site's Liquid
// pages each run their loops again.
func (m *Memo) staleOthers(pages []*Page, skip *Page, refs *refIndex) (stale []*Page, ok bool) {
	var asked []*Page
	var results []markdown.Result
	m.mu.Lock()
	for _, q := range pages {
		if q == skip {
			continue
		}
		r, ok := m.bodies[q.source]
		if !ok {
			m.mu.Unlock()
			return nil, false
		}
		if len(r.res.Lookups) > 0 {
			asked, results = append(asked, q), append(results, r.res)
		}
	}
	m.mu.Unlock()
	fresh := make([]bool, len(asked))
	var failed diag.Carrier
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, q := range asked {
		g.Go(func() error {
			defer failed.Catch()
			fresh[i] = results[i].Fresh(refs.tags(q))
			return nil
		})
	}
	_ = g.Wait()
	failed.Raise()
	for i, q := range asked {
		if !fresh[i] {
			stale = append(stale, q)
		}
	}
	return stale, true
}

// covered reports whether every diagnostic of last that names file, or
// any of urls, is one of old (counted as many times as it is there).
func covered(last, old diag.List, file string, urls ...string) bool {
	rest := slices.Clone(last)
	for _, d := range old {
		if i := slices.Index(rest, d); i >= 0 {
			rest = slices.Delete(rest, i, i+1)
		}
	}
	for _, d := range rest {
		if d.Pos.File == file || strings.Contains(d.Msg, file) {
			return false
		}
		for _, u := range urls {
			if strings.Contains(d.Msg, u) {
				return false
			}
		}
	}
	return true
}
