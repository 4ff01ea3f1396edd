package render

import (
	"cmp"
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/internal/view"
)

// talks adds the paginated index of the talks at the folder of their
// permalink ("/talks/"), in the order the home page lists them
// (archiveOrder), when the permalink has a folder and the site has talks. Breaks
// without a page of their own are left out: the index lists what there
// is to see, and its count says how many.
func (b *jobs) talks() {
	b.sectionIndex(content.KindTalk, talksURL(b.s), archiveOrder(b.s, listedTalks(b.s)))
}

// listedTalks are the talks the talks index lists: neither hidden nor
// breaks without a page (site.Page.Listed; view.Site.TalkCount counts
// them). A talk read elsewhere, with no page here, is listed linking
// there, so a site whose talks are all given elsewhere still has its
// talks index.
func listedTalks(s *site.Site) []*site.Page {
	var out []*site.Page
	for _, p := range s.Talks {
		if !p.Doc.Hidden && p.Listed() {
			out = append(out, p)
		}
	}
	return out
}

// archiveOrder returns talks newest day first when the site is a
// speaker's archive (site.Site.Archive), as such sites list the talks
// given, and as they are otherwise: a programme reads forward in time.
// Talks of one day keep their order, and undated talks stay last.
func archiveOrder(s *site.Site, talks []*site.Page) []*site.Page {
	if !s.Archive() {
		return talks
	}
	out := slices.Clone(talks)
	slices.SortStableFunc(out, func(a, c *site.Page) int {
		ad, cd := a.Doc.Date, c.Doc.Date
		if ad.IsZero() || cd.IsZero() {
			return boolOrder(ad.IsZero(), cd.IsZero())
		}
		return cmp.Compare(cd.Format("2006-01-02"), ad.Format("2006-01-02"))
	})
	return out
}

// notes adds the paginated index of every note, newest first, when there
// are notes.
func (b *jobs) notes() {
	b.sectionIndex(content.KindNote, notesURL(b.s), visible(b.s.Notes))
}

// eventsIndex adds the paginated index of the events, newest first, at
// the folder of the event permalink ("/events/"), when the site has two
// or more to list (see eventsIndexURL): a series of conferences or a
// meetup's archive, where the home page names only the newest.
func (b *jobs) eventsIndex() {
	base := eventsIndexURL(b.s)
	if base == "" || b.authored(base) {
		return
	}
	events := newestEvents(b.s)
	sec := view.SectionOf(content.KindEvent, base)
	for _, pg := range paginate(events, b.s.Config.Pagination.PerPage, base) {
		intro := b.introOf(pg.Pager)
		n := len(b.list)
		b.page(KindEvents, pg.Pager.URL, "the events index", "", introSources(intro), true, func() *Data {
			d := b.base(KindEvents, pg.Pager.URL)
			d.Pager, d.Events, d.Section = pg.Pager, b.eventViews(pg.Items), sec
			return b.introduced(d.titled(sec.Title), intro)
		})
		reads := append([]Key{ChromeKey, pagerKey("events", pg.Pager)}, introReads(intro)...)
		for _, e := range pg.Items {
			reads = append(reads, EventKey(e.Slug))
		}
		b.setReadsOn(n, pg.Pager.Number, reads)
	}
}

// listedEvents are the events of s that are listed (site.Event.Listed),
// in the model's order, in a slice of their own.
func listedEvents(s *site.Site) []*site.Event {
	var out []*site.Event
	for _, e := range s.Events {
		if e.Listed() {
			out = append(out, e)
		}
	}
	return out
}

// newestEvents are the listed events, newest first: by start, then
// name; undated events last, by name.
func newestEvents(s *site.Site) []*site.Event {
	out := listedEvents(s)
	slices.SortStableFunc(out, func(a, b *site.Event) int {
		if a.Start.IsZero() != b.Start.IsZero() {
			if a.Start.IsZero() {
				return 1
			}
			return -1
		}
		if c := b.Start.Compare(a.Start); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}

// eventViews returns the views of events, in order.
func (b *jobs) eventViews(events []*site.Event) []*view.Event {
	out := make([]*view.Event, len(events))
	for i, e := range events {
		out[i] = b.views.Event(e)
	}
	return out
}

// heroEvents is how many events the home page names before it links to
// the events index instead.
const heroEvents = 6

// homeEvents are the events page 1 of home names, by start date as
// view.Site.Events: all of them, or the newest heroEvents of more.
func homeEvents(s *site.Site) []*site.Event {
	out := listedEvents(s)
	if len(out) <= heroEvents {
		return out
	}
	newest := newestEvents(s)[:heroEvents]
	return slices.DeleteFunc(out, func(e *site.Event) bool { return !slices.Contains(newest, e) })
}

// sectionIndex adds the paginated index of pages, of kind, at base with
// the template list.html. There is none for an empty list, nor where
// the author has a page of their own (see authored). An intro there
// that gives its list an order (a Quarto listing's sort, newest first
// when it says none: talks/index.qmd of a talk archive) has its pages
// in that order, as a folder list's are, and talks so ordered are no
// programme by day.
func (b *jobs) sectionIndex(kind content.Kind, base string, pages []*site.Page) {
	if len(pages) == 0 || base == "" || b.authored(base) {
		return
	}
	sec := view.SectionOf(kind, base)
	if intro := b.intros[outputPath(base)]; intro != nil && intro.Doc.Extras().ListSort != nil {
		sorted := *sec
		sorted.Programme = false
		sec, pages = &sorted, sortedBy(pages, intro.Doc.Extras().ListSort)
	}
	b.listIndex(sec, "the "+sec.Plural+" index", sec.Plural, pages)
}

// listIndex adds the paginated index of pages of the section sec, with
// the template list.html, named what in diagnostics; heading names its
// pagers' keys. The later pages keep the title the first page's intro
// gives the list (a blog's content/posts/_index.md titled "All posts":
// /posts/page/2/ is "All posts (page 2 of 3)", not "Notes"), as Hugo
// titles every page of a section by its _index.md; they read the
// intro's key, so an edit of its title renders them again.
func (b *jobs) listIndex(sec *view.Section, what, heading string, pages []*site.Page) {
	first := b.intros[outputPath(sec.URL)]
	for _, pg := range paginate(pages, b.s.Config.Pagination.PerPage, sec.URL) {
		intro, titled := b.introOf(pg.Pager), first
		if intro != nil {
			titled = intro
		}
		n := len(b.list)
		b.page(KindList, pg.Pager.URL, what, "", introSources(titled), true, func() *Data {
			d := b.base(KindList, pg.Pager.URL)
			d.Pager, d.Pages, d.Section = pg.Pager, b.views.Entries(pg.Items), sec
			if intro == nil && first != nil && first.Doc.Title != "" {
				// Read when rendered: the preview patches the
				// intro in place.
				return d.titled(first.Doc.Title)
			}
			return b.introduced(d.titled(sec.Title), intro)
		})
		b.setReadsOn(n, pg.Pager.Number, []Key{ChromeKey, pagerKey(heading, pg.Pager)}, introReads(titled), entries(pg.Items))
		b.setLists(n, pg.Items)
	}
}

// An intro is the author's Hugo-style _index.md at the URL of an index
// lectern generates (the home page, the talks, notes, speakers or events index):
// in Hugo that file gives a list page its title and an introduction, and
// the list follows. So it introduces lectern's index rather than taking
// its place, as any other page the author wrote there does (see
// authored): its title is the index's heading and its body is shown
// above the list on the index's first page; it has no output of its
// own. So does a page there whose layout is that list (layout: talks;
// content.Document.ListIntro). An index.md or README.md there stays the
// author's page, as in Jekyll and Eleventy, where such a file lists what
// it wants itself.

// findIntros returns the intros of the indexes this site will have, and
// of the folder lists, by output path, and the folder lists. It is
// called before any job is added, so that the content pages can leave
// them out.
func (b *jobs) findIntros() (map[string]*site.Page, []folderList) {
	s := b.s
	bases := []string{"/", eventsIndexURL(s)}
	if len(listedTalks(s)) > 0 {
		bases = append(bases, talksURL(s))
	}
	if len(visible(s.Notes)) > 0 {
		bases = append(bases, notesURL(s))
	}
	if len(s.Speakers) > 0 {
		bases = append(bases, speakersURL(s))
	}
	if len(s.Sponsors) > 0 {
		bases = append(bases, sponsorsURL)
	}
	indexes := map[string]bool{}
	for _, base := range bases {
		if base != "" {
			indexes[outputPath(base)] = true
		}
	}
	terms := termIndexes(s)
	out := map[string]*site.Page{}
	for _, p := range s.Pages {
		if p.Doc.Kind != content.KindPage {
			continue
		}
		at := pageOutput(p)
		// A page at an index's URL that shows nothing of its own is
		// that index's intro too: the index keeps its title. At a
		// term's URL, any page but one of template code is (see
		// termIndexes).
		switch {
		case terms[at]:
			if p.Doc.Extras().Code != "" {
				continue
			}
		case !indexes[at]:
			continue
		case !isIntro(p.Doc.File) && !p.Doc.Intro && !p.Doc.Extras().ListIntro && !(p.Blank && p.Doc.Extras().Code == "") && !routedHome(s.Config.Permalinks.Routes, p):
			continue
		}
		if _, taken := out[at]; taken {
			// Two files at one URL: the first keeps the place, and
			// the second is a page whose clash add reports.
			continue
		}
		out[at] = p
	}
	b.scheduleIntroPages(indexes, out)
	for at := range terms {
		indexes[at] = true
	}
	return out, b.folderLists(indexes, out)
}

// routedHome reports whether p is the index of a top folder that a
// route of its site's tool publishes at the root, so at the home page's
// address (Starlight's src/content/docs/index.mdx; routes in
// config.Permalinks.Routes): its text introduces lectern's home page,
// as an index.md at the top of the content folder does (content's
// Document.Intro). A pages/index.md keeps the place of lectern's home
// page, as urls.md says.
func routedHome(routes map[string]string, p *site.Page) bool {
	top, rest, _ := strings.Cut(p.Doc.Path, "/")
	to, routed := routes[top]
	return routed && to == "" && p.URL == "/" && strings.EqualFold(strings.TrimSuffix(rest, path.Ext(rest)), "index") &&
		!p.Doc.Extras().Standalone && p.Doc.Extras().Code == ""
}

// termIndexes are the output paths of the taxonomies' indexes and of
// their terms' pages. A page the author wrote there introduces lectern's
// page, whatever its file is called: Hugo's content/tags/go/_index.md,
// and Jekyll's or Eleventy's tags/go.md with permalink: /tags/go/, give
// the term a title and a few words, and mean the list of its pages to
// follow, which no generator lets them write by hand. Only a page of
// template code (content.Document.Code) is left to the claims, where
// lectern's list wins as at any index.
func termIndexes(s *site.Site) map[string]bool {
	out := map[string]bool{}
	for _, t := range taxonomies(s) {
		out[outputPath(t.URL)] = true
		for _, term := range t.Terms {
			out[outputPath(term.URL)] = true
		}
	}
	return out
}

// isIntro reports whether file is named as Hugo names a list page's
// content: _index with any extension.
func isIntro(file string) bool {
	base := path.Base(file)
	return strings.EqualFold(strings.TrimSuffix(base, path.Ext(base)), "_index")
}

// introOf returns the intro of the index page pager is, nil for none or
// past the first page.
func (b *jobs) introOf(pager *Pager) *site.Page {
	if pager.Number != 1 {
		return nil
	}
	return b.intros[outputPath(pager.URL)]
}

// introduced sets what d shows of its intro: the heading and title, the
// description and the page itself (Data.Intro).
func (b *jobs) introduced(d *Data, intro *site.Page) *Data {
	if intro == nil {
		return d
	}
	d.Intro = b.introView(intro)
	if intro.Doc.Title != "" {
		d.titled(intro.Doc.Title)
	}
	return d.described(intro.Description)
}

// introView is what an index shows of its intro: nothing of one whose
// body shows nothing of its own (site.Page.Blank), whose tags, shown as
// written, stood for the list the index is.
func (b *jobs) introView(intro *site.Page) *view.Page {
	if intro.Blank {
		return nil
	}
	return b.views.PageOf(intro)
}

// introSources and introReads are the files and keys an index reads of
// its intro, none without one.
func introSources(intro *site.Page) []string {
	if intro == nil {
		return nil
	}
	return []string{intro.Doc.File}
}

func introReads(intro *site.Page) []Key {
	if intro == nil {
		return nil
	}
	return []Key{PageKey(intro)}
}

// authored reports whether a page of the author's, or a file they put
// there, is written at the root-relative link. A generated index steps
// aside for it, with no warning: a page the author wrote at a section's
// URL is that section's index, as in every generator, so the rule is
// the same on every build and there is nothing for the author to fix.
// Content pages are added first, so every one of them is known here.
// A page that shows nothing of its own (see jobs.blank) is no index: it
// yields its URL to the generated one (claims.go).
func (b *jobs) authored(link string) bool {
	out := outputPath(link)
	if _, ok := b.assets[out]; ok {
		return true
	}
	i, ok := b.byPath[out]
	return ok && b.list[i].owner != "" && !b.blank(b.list[i].owner)
}
