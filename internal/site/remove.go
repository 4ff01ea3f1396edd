package site

import (
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// A talk's, note's or plain page's file removed takes its page out of
// the lists that hold it (the site's pages, talks, notes or other pages,
// its people's, its event's,
// its terms'), out of its schedule and the programme; the site's newest
// date may change and other pages' template tags may have asked for it.
// A person the page alone named goes with it, from the site's people;
// nothing else of the structure changes as long as no event goes with
// it and no person is named otherwise: a person is merged from every
// file naming them, the first setting each field. A term the page was
// the last to have goes, and one it named is named by the next page
// having it, as a retag lets go of them (retag, reterm). Remove makes
// those changes in place; a break without a page of its own (Pageless)
// is in no term's list, and only leaves its event's schedule and the
// site's. It refuses, for a build to do it: any page but a shown talk,
// note or plain page; a file
// that made more than one page, or none; a page whose file names the
// site, that has old URLs, or whose folder's files are published beside
// it; a page that claimed a URL with others, or whose output is one of
// the alternatives of such a page (clashAlternative: freed, it could
// take it); a site built after an
// earlier programme (moves are shown); a note dated from the site's
// history; an event dated by its talks whose dates, or the talk making
// it, the page would change (keepsEvent; an event whose last talk the
// page was loses its schedule, and the site's is picked again; one that
// talks' event fields made, of which the page was the only page, goes
// with it where no talk of no event could then join the only one:
// eventGoes); a
// person the page names alone who has a page of their own, a note or a
// bio the markdown stage warns about (mayGo); a
// person whom the other files would merge otherwise, or give another
// photo; a term the page named that the next page having it writes
// otherwise; a page some other page's template tags still read;
// and a diagnostic of the model, other than those Remove swaps, that
// names the page's file or URL (another page's old URL at it, say).

// Remove takes the page of file, a talk or a note whose file is gone,
// out of the model in place, where Build given the other documents
// would leave every other page as it is (see the comment above). md and
// memo must be those the site was built with; last is the model's
// diagnostics as the session holds them: any of them that names the
// file or the page's URL must be among those the returned Patch swaps
// (Patch.Old, the page's own, those about the photos it wrote, and the
// programme's warnings about its schedule and people, which Patch.New
// gives again without it). ok is
// false, and the site untouched, when the removal could change more.
func (s *Site) Remove(file string, md *markdown.Renderer, memo *Memo, last diag.List) (patch Patch, ok bool) {
	var p *Page
	for _, q := range s.Pages {
		if q.Doc.File == file {
			if p != nil {
				return Patch{}, false // a file of several pages
			}
			p = q
		}
	}
	if p == nil {
		return Patch{}, false
	}
	gone, ok := s.removable(p, md, memo)
	if !ok {
		return Patch{}, false
	}
	refs := s.refs
	if refs == nil {
		refs = newRefIndex(s)
	}
	before := memo.result(md, p.source, refs.tags(p))
	oldDiags := slices.Clone(before.Diags)
	oldDiags.Append(summaryDiags(md, memo, &p.Doc))
	oldDiags.Append(s.programmeWarnings(p, s.schedulesOf(p)))
	oldDiags.Append(itemWarnings(p, before.Reading))
	oldDiags.Append(s.photoWarnings(p))

	var undos []func()
	undo := func() {
		for _, f := range slices.Backward(undos) {
			f()
		}
	}
	leave := func(list *[]*Page) {
		was := *list
		*list = slices.DeleteFunc(slices.Clone(was), func(q *Page) bool { return q == p })
		undos = append(undos, func() { *list = was })
	}
	// Its terms, let go when it was the last page to have one: as if
	// it had none (retag, reterm), while it is still among the pages.
	saved := *p
	undos = append(undos, func() { *p = saved })
	if !p.Pageless {
		// A break without a page is in no term's list (taxonomies).
		p.Doc.Tags, p.Doc.Track, p.Doc.Format, p.Doc.Level = nil, "", "", ""
		again, ok := s.reterms(p, &saved)
		if !ok {
			undo()
			return Patch{}, false
		}
		undos = append(undos, again)
	}
	leave(&s.Pages)
	leave(&s.Talks)
	leave(&s.Notes)
	leave(&s.Other)
	relisted := len(p.OwnItems) > 0
	if relisted {
		undos = append(undos, s.relist())
	}
	for _, sp := range slices.Concat(p.Speakers, p.Authors) {
		leave(&sp.Talks)
		leave(&sp.Notes)
	}
	if len(gone) > 0 {
		undos = append(undos, s.recast(nil, gone))
	}
	updated := s.Updated
	s.Updated = newest(s.Pages)
	undos = append(undos, func() { s.Updated = updated })

	var after []*Schedule
	if p.Doc.Kind == content.KindTalk {
		main := s.Schedule
		if e := p.Event; e != nil {
			leave(&e.Talks)
			was := e.Schedule
			if was != nil {
				e.Schedule = nil // its last talk gone
				if len(e.Talks) > 0 {
					e.Schedule = newSchedule(e, e.Name, strings.TrimSuffix(e.URL, "/")+"/", e.Location, e.Talks)
					after = append(after, e.Schedule)
				}
				undos = append(undos, func() { e.Schedule, s.Schedule = was, main })
			}
			if len(e.Talks) == 0 && e.derived {
				// Made by pages, it goes with its only one (removable).
				undos = append(undos, s.dropEvent(e))
			}
			if main != nil && main == was {
				s.Schedule = s.pickSchedule()
			}
		} else if loose := s.looseTalks(); len(loose) > 0 {
			ls := newSchedule(nil, s.Config.Title, "/", s.Config.Location, loose)
			if main != nil && main.Event == nil {
				s.Schedule = ls
				undos = append(undos, func() { s.Schedule = main })
			}
			after = append(after, ls)
		}
		if prog := s.Programme; prog != nil {
			if was, had := prog.Talks[p.URL]; had {
				delete(prog.Talks, p.URL)
				undos = append(undos, func() { prog.Talks[p.URL] = was })
			}
		}
	}
	newDiags := s.programmeWarnings(p, after)

	// Other pages' template tags find pages by file, path and name: they
	// are read again without this one.
	was := s.refs
	s.refs = newRefIndex(s)
	undos = append(undos, func() { s.refs = was })
	if !covered(last, oldDiags, p.Doc.File, p.URL) {
		undo()
		return Patch{}, false
	}
	// A page whose Liquid lists the posts, or whose tag linked this
	// one, is shown without it.
	shown, again, ok := s.reshow(nil, md, memo, s.refs)
	if !ok {
		undo()
		return Patch{}, false
	}
	undos = append(undos, again)
	rescheduled := p.Event != nil && len(p.Event.Talks) == 0
	return Patch{Page: p, Old: oldDiags, New: newDiags, Changed: true, Front: true, Left: slices.Concat(p.Speakers, p.Authors), Relocated: shown, Relisted: relisted, Rescheduled: rescheduled, undo: undo}, true
}

// removable reports whether page p is of a kind and on a site where its
// removal changes no other page's URL, person, event or term: see the
// comment at the top of the file. gone are the people p names alone,
// whom its removal takes from the site.
func (s *Site) removable(p *Page, md *markdown.Renderer, memo *Memo) (gone []*Speaker, ok bool) {
	switch {
	case memo == nil, p.source == nil, s.previous, s.eleventy, s.NamedBy == p.Doc.File:
		return nil, false
	case p.Doc.Kind != content.KindTalk && p.Doc.Kind != content.KindNote && p.Doc.Kind != content.KindPage:
		return nil, false
	case p.Doc.Hidden, p.clashed, len(p.Aliases) > 0:
		return nil, false
	case s.authorPages(p):
		return nil, false
	case s.Programme != nil && len(s.Programme.Moves) > 0:
		return nil, false
	case p.Doc.Kind == content.KindNote && (p.source.Date.IsZero() || p.Event != nil):
		// Undated, it was dated from the site's history.
		return nil, false
	}
	// A page that lost a URL to another took the first free one: p's
	// may be one it skipped. An old URL of another page at p's is a
	// warning naming p's file, which Remove's diagnostics must cover.
	if s.clashAlternative(p.Output) {
		return nil, false
	}
	var folder []*Page
	for _, q := range s.Pages {
		if path.Dir(q.Doc.File) == path.Dir(p.Doc.File) {
			folder = append(folder, q)
		}
	}
	if s.ownsFiles(p, folder) {
		return nil, false
	}
	if count(s.Talks, p)+count(s.Notes, p)+count(s.Other, p) != 1 {
		return nil, false
	}
	if p.Doc.Kind == content.KindTalk {
		if e := p.Event; e != nil {
			if count(e.Talks, p) != 1 {
				return nil, false
			}
			// Only an event dated by its talks may change with one, or
			// go with its last.
			rest := slices.DeleteFunc(slices.Clone(e.Talks), func(q *Page) bool { return q == p })
			if e.derived && !s.keepsEvent(e, rest) && (len(rest) > 0 || !s.eventGoes(e, p)) {
				return nil, false
			}
		} else if len(s.looseTalks()) < 2 {
			return nil, false
		}
	}
	for _, sp := range p.Speakers {
		switch {
		case count(sp.Talks, p) != 1:
			return nil, false
		case sp.Page == nil && !s.namesSlug(p, sp.Slug):
			// Without a page of their own, a person is named by their
			// slug: no other file names them.
			gone = append(gone, sp)
		case !s.mergedWithout(p, sp):
			return nil, false
		}
	}
	if !s.mayGo(p, gone, md, memo) {
		return nil, false
	}
	for _, sp := range p.Authors {
		// A note's authors are people the talks and speaker pages make;
		// it only joins their notes.
		if count(sp.Notes, p) > 1 {
			return nil, false
		}
	}
	return gone, true
}

// mergedWithout reports whether person sp, whom talk p names, is merged
// without p as with it, p among the site's pages or not (yet): the same
// fields (merge fills each from the first file writing it, the speaker
// page first, then talks in file order), and the same photo chosen
// (resolvePhotos: the first local one published, else the first remote
// one; a local one that is not a file of the site is a warning at the
// file writing it, naming the photo chosen: those p writes are the
// caller's to swap). A person no other file names would go, or come.
func (s *Site) mergedWithout(p *Page, sp *Speaker) bool {
	type written struct {
		own    bool // the speaker page
		file   string
		person content.Person
	}
	var all []written
	if sp.Page != nil {
		all = append(all, written{true, sp.Page.Doc.File, speakerPerson(&sp.Page.Doc)})
	}
	pages := s.Pages
	if !slices.Contains(pages, p) {
		pages = append(slices.Clip(pages), p) // a page Add adds
	}
	for _, q := range pages {
		if q.Doc.Kind != content.KindTalk || !slices.Contains(q.Speakers, sp) {
			continue
		}
		for _, person := range q.Doc.Speakers {
			if person.Slug != "" && s.personNamed(person.Slug) == sp {
				all = append(all, written{false, q.Doc.File, person})
			}
		}
	}
	// The speaker page first, then talks in file order.
	slices.SortStableFunc(all, func(a, b written) int {
		if a.own != b.own {
			if a.own {
				return -1
			}
			return 1
		}
		return strings.Compare(a.file, b.file)
	})
	var with, without content.Person
	var photos, photosWithout []string
	others := false
	for _, w := range all {
		merge(&with, w.person)
		if w.person.Photo != "" {
			photos = append(photos, w.file+"\x00"+w.person.Photo)
		}
		if !w.own && w.file == p.Doc.File {
			continue
		}
		others = true
		merge(&without, w.person)
		if w.person.Photo != "" {
			photosWithout = append(photosWithout, w.file+"\x00"+w.person.Photo)
		}
	}
	// The photo a person shows is the one chosen, not the first
	// written, which merge keeps; a photo of another file that is not a
	// file of the site is a warning quoting it, the same without p. The
	// warnings about those p wrote are the caller's (photoWarnings).
	photo, _ := s.photoIn(photos)
	photoWithout, _ := s.photoIn(photosWithout)
	with.Photo, without.Photo = "", ""
	return others && with == without && photo == photoWithout
}

// ownsFiles reports whether the files published beside page p, if
// any, would be published elsewhere without it: they go beside the
// folder's index page, else beside its only page (see ownerOf), so p
// owns them when it is that page, or one of two pages of a folder
// without an index page.
func (s *Site) ownsFiles(p *Page, folder []*Page) bool {
	dir := path.Dir(p.Doc.File)
	if !slices.ContainsFunc(s.Assets, func(a Asset) bool { return path.Dir(a.Source) == dir }) {
		return false
	}
	indexed := 0
	for _, q := range folder {
		if stem := strings.TrimSuffix(path.Base(q.Doc.Path), path.Ext(q.Doc.Path)); stem == "index" || stem == "_index" {
			if q == p {
				return true
			}
			indexed++
		}
	}
	return indexed == 0 && len(folder) <= 2
}

// looseTalks are the talks of no event, as the site's schedule of them
// lists them.
func (s *Site) looseTalks() []*Page {
	var loose []*Page
	for _, t := range s.Talks {
		if t.Event == nil {
			loose = append(loose, t)
		}
	}
	return loose
}
