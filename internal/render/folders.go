package render

import (
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/internal/view"
)

// A folder list is the index of the pages below an intro that is not at
// the URL of one of lectern's own indexes: Hugo's _index.md of a section
// (content/blog/_index.md lists the posts of content/blog/ at /blog/),
// or a Quarto page with a listing (content.Document.ListDirs). Their
// tools write the list below the intro's text, so lectern does too,
// at the intro's URL, with the template list.html: the talks in
// programme order when it lists only talks, the notes newest first when
// only notes, and otherwise every page newest first, the undated last
// in the model's order (by URL).
//
// A section list (config.SectionLists) is a folder list with no intro:
// the list of a top folder of the content folder at the folder's URL,
// titled with its name.
type folderList struct {
	intro *site.Page
	// url and title are the list's; an intro's own for a folder list.
	url, title string
	kind       content.Kind
	pages      []*site.Page
	// sorted says the pages are in the order the intro gives them
	// (content.Document.ListSort), not by day for talks.
	sorted bool
}

// folderLists returns the folder lists of the intros whose output is not
// among indexes (lectern's own indexes' outputs) and that list at least
// one page. An intro listing nothing stays a page of its own.
func (b *jobs) folderLists(indexes map[string]bool, intros map[string]*site.Page) []folderList {
	var out []folderList
	// Made once for every intro: a site may have many sections.
	var talks []*site.Page
	var owned map[*site.Page]bool
	for _, p := range b.s.Pages {
		if p.Doc.Kind != content.KindPage || !isIntro(p.Doc.File) && !p.Doc.Intro || p.Doc.Hidden || p.Pageless {
			continue
		}
		at := pageOutput(p)
		if indexes[at] || at == outputPath("/") {
			continue
		}
		if _, taken := intros[at]; taken {
			continue
		}
		dirs := p.Doc.Extras().ListDirs
		if dirs == nil {
			dirs = []string{path.Dir(p.Doc.Path)}
		}
		if owned == nil {
			talks, owned = listedTalks(b.s), b.ownedPages()
		}
		l := b.listOf(p, dirs, talks, owned)
		if len(l.pages) == 0 {
			continue
		}
		intros[at] = p
		out = append(out, l)
	}
	if !b.s.Config.SectionLists {
		return out
	}
	if owned == nil {
		talks, owned = listedTalks(b.s), b.ownedPages()
	}
	return append(out, b.sectionLists(indexes, intros, talks, owned)...)
}

// sectionLists returns the lists of the top folders of the content
// folder whose URL no index, intro or other list has, in the folders'
// order. A folder of the pages lectern serves at the root (pages/) has
// none: its URL is the home page's.
func (b *jobs) sectionLists(indexes map[string]bool, intros map[string]*site.Page, talks []*site.Page, owned map[*site.Page]bool) []folderList {
	var dirs []string
	// A folder's list is at the URL its pages' paths start with, its
	// name made a URL part by their tool's rule (Hugo's my_posts keeps
	// its underscore).
	names := map[string]content.PathNames{}
	for _, p := range b.s.Pages {
		top, _, ok := strings.Cut(p.Doc.Path, "/")
		if _, seen := names[top]; !ok || seen || strings.EqualFold(top, "pages") || strings.EqualFold(top, "_pages") {
			continue
		}
		names[top] = p.Doc.Names
		dirs = append(dirs, top)
	}
	slices.Sort(dirs)
	var out []folderList
	taken := map[string]bool{}
	for _, dir := range dirs {
		slug := names[dir].Part(dir)
		if slug == "" {
			continue
		}
		url := site.EscapePath("/" + slug + "/")
		at := outputPath(url)
		if indexes[at] {
			continue
		}
		if _, introduced := intros[at]; introduced || taken[at] {
			continue
		}
		l := b.listOf(nil, []string{dir}, talks, owned)
		if len(l.pages) == 0 {
			continue
		}
		l.url, l.title = url, content.FolderTitle(dir)
		taken[at] = true // by the first of two folders of one URL
		out = append(out, l)
	}
	return out
}

// listOf is the list of the intro p over the pages below dirs, of the
// site's listed talks and the pages not owned by a speaker or event.
func (b *jobs) listOf(p *site.Page, dirs []string, listed []*site.Page, owned map[*site.Page]bool) folderList {
	below := func(q *site.Page) bool {
		if q == p || q.Doc.Hidden || q.Pageless {
			return false
		}
		for _, d := range dirs {
			if d == "." || strings.HasPrefix(q.Doc.Path, d+"/") {
				return true
			}
		}
		return false
	}
	l := folderList{intro: p}
	if p != nil {
		l.url, l.title = p.URL, p.Doc.Title
	}
	var talks, notes, pages []*site.Page
	for _, q := range listed {
		if below(q) {
			talks = append(talks, q)
		}
	}
	for _, q := range b.s.Notes {
		if below(q) {
			notes = append(notes, q)
		}
	}
	for _, q := range b.s.Pages {
		if q.Doc.Kind == content.KindPage && !owned[q] && !isIntro(q.Doc.File) && !q.Doc.Intro && below(q) {
			pages = append(pages, q)
		}
	}
	if p != nil && p.Doc.Extras().ListSort != nil {
		// The author's order (a Quarto listing's sort), whatever the
		// pages are: a list of talks only then is no programme.
		all := append(append(talks, notes...), pages...)
		l.kind, l.pages, l.sorted = content.KindPage, sortedBy(all, p.Doc.Extras().ListSort), true
		switch {
		case len(notes) == 0 && len(pages) == 0:
			l.kind = content.KindTalk
		case len(talks) == 0 && len(pages) == 0:
			l.kind = content.KindNote
		}
		return l
	}
	switch {
	case len(notes) == 0 && len(pages) == 0:
		// A speaker's archive lists its talks newest first, as /talks/.
		l.kind, l.pages = content.KindTalk, archiveOrder(b.s, talks)
	case len(talks) == 0 && len(pages) == 0:
		l.kind, l.pages = content.KindNote, notes
	default:
		// Pages in URL order, as the model has them; then newest first.
		all := append(append(talks, notes...), pages...)
		slices.SortStableFunc(all, func(a, c *site.Page) int { return strings.Compare(a.URL, c.URL) })
		slices.SortStableFunc(all, func(a, c *site.Page) int {
			ad, cd := a.Doc.Date, c.Doc.Date
			if ad.IsZero() || cd.IsZero() {
				return boolOrder(ad.IsZero(), cd.IsZero())
			}
			return cd.Compare(ad)
		})
		l.kind, l.pages = content.KindPage, all
	}
	return l
}

// ownedPages are the pages rendered with their speaker or event.
func (b *jobs) ownedPages() map[*site.Page]bool {
	owned := map[*site.Page]bool{}
	for _, sp := range b.s.SpeakersWithEditions() {
		if sp.Page != nil {
			owned[sp.Page] = true
		}
	}
	for _, e := range b.s.Events {
		if e.Page != nil {
			owned[e.Page] = true
		}
	}
	return owned
}

// folders adds the paginated folder lists, each at its intro's URL.
func (b *jobs) folders() {
	for _, l := range b.lists {
		base := l.url
		if b.authored(base) {
			continue // a file the author put there
		}
		sec := view.SectionOf(l.kind, base)
		if l.intro == nil || l.sorted {
			named := *sec
			if l.intro == nil {
				named.Title = l.title
			}
			named.Programme = named.Programme && !l.sorted
			sec = &named
		}
		b.listIndex(sec, "the list of "+base, base, l.pages)
	}
}
