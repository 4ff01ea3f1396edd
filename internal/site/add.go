package site

import (
	"cmp"
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// A talk's, note's or plain page's file added to the site is, most
// often, a page among the people, terms and event the site has: it takes
// its place in the lists that hold it (the site's pages, talks, notes or
// other pages, its people's,
// its event's, its terms'), in its schedule and the programme, and the
// site's newest date may change. A person new to the site whom only the
// page names is made as Build makes them and takes their place among
// the site's people. Add makes that change in place, the reverse of
// Remove, and refuses, for a build to do it, where the new page changes
// more: an event new to the site that a talk naming no event could join
// or leave (an event new to the site is made as Build makes it
// otherwise: madeEvent); a person new to the site with a local
// photo that is no file of the site, a bio the markdown stage warns
// about, or whom a note names as its author; a person merged otherwise
// (it writes a field of a person first); a term written otherwise than
// it is named (a term new to the site is made, as a retag makes it); a
// URL another page has, or has as an old URL, or one that differs only
// in case; a page with old URLs, or that becomes the owner of its
// folder's files; the site's home page; a draft, a hidden page, or a
// page without one but a break of the programme naming no one (a break
// is in its event's schedule, never in a list of terms or a person's
// talks); a note without a date, or naming speakers (noteSpeakers
// links those the site has); an event dated by its talks
// whose dates, or the talk making it, the page would change
// (keepsEvent; an event given its first talk has its schedule made,
// and the site's picked again); a page whose template tags other pages
// read; an output among the alternatives of a page that claimed a URL
// with others (clashAlternative); and a site built after an earlier
// programme.

// Add puts the page of doc, a talk or note whose file is new to the
// site, into the model in place, where Build given every document would
// leave every other page as it is (see the comment above). md and memo
// must be those the site was built with; last is the model's
// diagnostics as the session holds them. The returned Patch swaps the
// programme's warnings about the page's schedule and people (Old) for
// those with it, and its own (New). ok is false, and the site
// untouched, when the page could change more.
func (s *Site) Add(doc *content.Document, md *markdown.Renderer, memo *Memo, last diag.List) (patch Patch, ok bool) {
	p := &Page{Doc: *doc, source: doc}
	if !s.addable(p, memo) {
		return Patch{}, false
	}
	b := &builder{cfg: s.Config, site: s}
	e := b.eventFor(p, func(name string, _ diag.Pos) *Event {
		slug, _ := b.eventSlug(name)
		return s.namedEvent(slug, name)
	})
	talk := p.Doc.Kind == content.KindTalk
	var newEvent *Event // an event new to the site, which p names
	if talk && p.Doc.Event != "" && e == nil {
		newEvent = s.madeEvent(p, b)
		e = newEvent
	}
	switch {
	case talk && p.Doc.Event == "" && b.eventOfFolder(p.Doc.Path) == nil && s.madeByPages():
		// A talk of no named event joins the site's only event, as Build
		// counts them when it reaches the talk in file order: a page's
		// event field may make one after it.
		return Patch{}, false
	case p.Doc.Event != "" && e == nil, e != nil && (!talk || e.derived && newEvent == nil && !s.keepsEvent(e, withTalk(e.Talks, p))):
		return Patch{}, false // an event Build would make otherwise, or one whose dates or name would change
	case e == nil && talk && len(s.looseTalks()) == 0:
		return Patch{}, false
	case e != nil:
		p.Event = e
		placeDates(&p.Doc, e)
	}
	made, ok := s.addPeople(p, md, memo)
	if !ok || !s.addURL(p, b) {
		return Patch{}, false
	}
	p.Status = status(&p.Doc)
	// The warnings of the schedule p joins and of its people, before.
	var before []*Schedule
	first := e != nil && len(e.Talks) == 0 // its schedule is made
	switch {
	case first:
	case e != nil:
		before = []*Schedule{e.Schedule}
	case talk:
		before = []*Schedule{newSchedule(nil, s.Config.Title, "/", s.Config.Location, s.looseTalks())}
	}
	oldDiags := s.programmeWarnings(p, before)

	var undos []func()
	undo := func() {
		for _, f := range slices.Backward(undos) {
			f()
		}
	}
	byURL := func(a, b *Page) int { return strings.Compare(a.URL, b.URL) }
	byFile := func(a, b *Page) int { return strings.Compare(a.Doc.File, b.Doc.File) }
	join := func(list *[]*Page, order, tie func(a, b *Page) int) {
		was := *list
		i, _ := slices.BinarySearchFunc(was, p, func(a, b *Page) int { return cmp.Or(order(a, b), tie(a, b)) })
		*list = slices.Insert(slices.Clone(was), i, p)
		undos = append(undos, func() { *list = was })
	}
	join(&s.Pages, byURL, byURL)
	switch p.Doc.Kind {
	case content.KindTalk:
		join(&s.Talks, byDate, byURL)
	case content.KindNote:
		join(&s.Notes, newestFirst, byURL)
	default:
		// A plain page is in the site's other pages, which Build lists
		// in the order of URLs.
		join(&s.Other, byURL, byURL)
	}
	if len(made) > 0 {
		undos = append(undos, s.recast(made, nil))
	}
	for _, sp := range p.Speakers {
		if !p.Pageless {
			join(&sp.Talks, byDate, byFile)
		}
	}
	for _, person := range p.Doc.Authors {
		if sp := s.personNamed(person.Slug); sp != nil {
			join(&sp.Notes, newestFirst, byFile)
		}
	}
	if e != nil {
		join(&e.Talks, e.byTime, byFile)
	}
	if newEvent != nil {
		undos = append(undos, s.addEvent(newEvent, p))
	}
	if first {
		main := s.Schedule
		e.Schedule = newSchedule(e, e.Name, strings.TrimSuffix(e.URL, "/")+"/", e.Location, e.Talks)
		s.Schedule = s.pickSchedule()
		undos = append(undos, func() { e.Schedule, s.Schedule = nil, main })
	}
	// Its terms, made as Build makes them when new to the site: given
	// to a page that had none (retag, reterm). A break without a page
	// is in no term's list (taxonomies).
	if !p.Pageless {
		again, ok := s.reterms(p, &Page{})
		if !ok {
			undo()
			return Patch{}, false
		}
		undos = append(undos, again)
	}
	updated := s.Updated
	s.Updated = newest(s.Pages)
	undos = append(undos, func() { s.Updated = updated })
	if talk {
		undos = append(undos, s.relayout(p))
		if prog := s.Programme; prog != nil && HasTime(p.Doc.Date) {
			prog.Talks[p.URL] = Placement{Start: p.Doc.Date, Room: p.Doc.Room}
			undos = append(undos, func() { delete(prog.Talks, p.URL) })
		}
	}

	// The page's body reads the site with it; other pages' template tags
	// find pages by file, path and name, and are read again with it.
	was := s.refs
	s.refs = newRefIndex(s)
	undos = append(undos, func() { s.refs = was })
	res, bd := memo.convert(md, doc, s.refs.tags(p))
	newDiags := p.read(res, bd, md, memo, s.refs.tags(p))
	newDiags.Append(s.programmeWarnings(p, s.schedulesOf(p)))
	if p.Doc.Image != "" {
		p.Image, _ = cover(s.photoFiles(), p, s.filesAt) // warned about by photoWarnings
	}
	p.Slides, p.Video, p.Links, _ = materials(s.photoFiles(), p, s.filesAt) // warned about by photoWarnings
	newDiags.Append(s.photoWarnings(p))
	relisted := len(p.OwnItems) > 0
	if relisted {
		undos = append(undos, s.relist())
	}
	if !covered(last, oldDiags, p.Doc.File, p.URL) || p.Pageless && relisted {
		undo()
		return Patch{}, false
	}
	// A page whose Liquid lists the posts, or whose tag links this one,
	// is shown with it.
	shown, again, ok := s.reshow(p, md, memo, s.refs)
	if !ok {
		undo()
		return Patch{}, false
	}
	undos = append(undos, again)
	return Patch{Page: p, Old: oldDiags, New: newDiags, Changed: true, Front: true, Relocated: shown, Relisted: relisted, Rescheduled: first, undo: undo}, true
}

// addable reports whether page p, new, is of a kind, and on a site,
// that Add may add it to: see the comment at the top of the file.
func (s *Site) addable(p *Page, memo *Memo) bool {
	d := &p.Doc
	switch {
	case memo == nil, s.previous, s.eleventy, s.Programme != nil && len(s.Programme.Moves) > 0:
		return false
	case d.Kind != content.KindTalk && d.Kind != content.KindNote && d.Kind != content.KindPage:
		return false
	case d.Diags.HasErrors(), d.Draft, d.Hidden, len(d.Aliases) > 0, unknownToken(d.Extras().URLPattern) != "":
		return false
	case d.Kind == content.KindNote && (d.Date.IsZero() || d.Event != "" || len(d.Speakers) > 0):
		return false
	case s.authorPages(p):
		return false
	}
	if p.Pageless = pageless(p); p.Pageless && (d.Kind != content.KindTalk || len(d.Speakers) > 0) {
		// A break of the programme without a page (see Add); a page
		// without one of another kind, or naming people (made with no
		// talk listed), is left to a build.
		return false
	}
	for _, q := range s.Pages {
		if q.Doc.File == d.File {
			return false
		}
	}
	return true
}

// addPeople gives page p the people it names, as Build's people gives
// them, when each is a person of the site that p merges nothing new
// into (see mergedWithout) or one new to the site that only p names and
// Build would make of p alone (newPerson: no local photo, a bio without
// warnings). It returns the people made, for the caller to add to the
// site's; ok is false when a person is named twice or merged otherwise.
func (s *Site) addPeople(p *Page, md *markdown.Renderer, memo *Memo) (made []*Speaker, ok bool) {
	if p.Doc.Kind == content.KindTalk {
		var now []*Speaker
		if now, made, ok = s.speakersOf(p, md, memo); !ok {
			return nil, false
		}
		p.Speakers = now
		for _, sp := range p.Speakers {
			if !slices.Contains(made, sp) && !s.mergedWithout(p, sp) {
				return nil, false
			}
		}
	}
	for _, person := range p.Doc.Authors {
		sp := s.personNamed(person.Slug)
		if sp == nil {
			// An author who gives no talk is shown, unlinked.
			sp = &Speaker{Person: person}
		} else if slices.Contains(p.Authors, sp) {
			return nil, false
		}
		p.Authors = append(p.Authors, sp)
	}
	return made, true
}

// addURL gives page p its URL and output file, as Build's urls does,
// when no other page has them or differs from them only in case, no
// page has them as an old URL, p is not the home page (which may name
// the site) and it does not take the files published beside the pages
// of its folder.
func (s *Site) addURL(p *Page, b *builder) bool {
	p.URL = b.pageURL(p)
	if problem, _ := urlProblem(p.URL); problem != "" || p.URL == "/" {
		return false
	}
	p.Output = OutputPath(p.URL)
	if s.clashAlternative(p.Output) {
		return false // a page that lost its URL in a clash skipped it
	}
	folder := []*Page{p}
	for _, q := range s.Pages {
		if sameFold(q.Output, p.Output) || slices.ContainsFunc(q.Aliases, func(a string) bool { return sameFold(OutputPath(a), p.Output) }) {
			return false
		}
		if path.Dir(q.Doc.File) == path.Dir(p.Doc.File) {
			folder = append(folder, q)
		}
	}
	return !s.ownsFiles(p, folder)
}

// madeByPages reports whether an event of the site was made by a page's
// event field (eventNamed) rather than declared by config.toml or an
// event page.
func (s *Site) madeByPages() bool {
	for _, e := range s.Events {
		if s.madeByFields(e) {
			return true
		}
	}
	return false
}
