package site

import (
	"cmp"
	"html/template"
	"reflect"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// A talk given other speakers, or other details of them, changes the
// talk's people, the talks of the people it leaves or joins, what the
// site shows of a person whose fields it writes first, and, for a
// person no file named before or one the talk was the last to name, the
// site's list of people; nothing else of the structure changes. People
// are merged across files, the first file (speaker pages first, then
// talks in file order) setting each field, so a talk that wrote a
// person's bio, name or company first decides what every page shows of
// them. Move applies such an edit in place (repeople): a person is
// merged again from every file naming them, as Build merges them (their
// bio rendered again), a new person is made as Build makes them (their
// URL the speaker pattern's), and takes their place among the people
// (sorted as Build sorts them, by name), and one no file names any
// longer leaves them. It refuses, for a build to do it: a person whose
// photos change (photos are chosen among every file's, see
// resolvePhotos) or with a bio the markdown stage warns about, a new or
// left person a note names as its author (the note would link them, or
// stop linking them), a person the talk names twice (it would be twice
// in their talks), a talk given its first speaker or left without any (a
// talk without speakers may be a break, whose format the loader sets),
// and any page but a talk.

// repeopleFields are retagFields, the speakers and the authors: the fields in which
// the document of a moved page may differ from the one its page was
// made of.
var repeopleFields = append(slices.Clip(retagFields), "Speakers", "Authors")

// speakersChanged reports whether documents a and b name other
// speakers, or the same in another order or with other details.
func speakersChanged(a, b *content.Document) bool {
	return !equal(reflect.ValueOf(a.Speakers), reflect.ValueOf(b.Speakers))
}

// repeopled is what repeople changed of the model.
type repeopled struct {
	// undo puts the people's lists back (the page itself is restored by
	// the caller).
	undo func()
	// left are the people the talk no longer names, those no file names
	// any longer among them, whom the edit took from the site.
	left []*Speaker
	// merged are the people the site had whom the edit merged otherwise
	// (Patch.Merged).
	merged []*Speaker
	// old and new are the programme's warnings about the people the
	// talk joined, before the edit, and about those it left, after it:
	// with those of the talk's own people before and after, which the
	// caller swaps, every warning of every person the edit reaches.
	old, new diag.List
}

// repeople gives talk p, whose speakers changed (old is a copy of p
// before the edit), the people it now names, in the order Build gives
// them, made when the site had none of that slug, and its place in the
// talks of the people it left and joined, sorted as Build sorts them
// (by date, ties in file order); p already has its new document. md and
// memo render a new person's bio. ok is false, with nothing changed,
// when the edit could change more (see the comment above).
func (s *Site) repeople(p, old *Page, md *markdown.Renderer, memo *Memo) (r repeopled, ok bool) {
	if p.Doc.Kind != content.KindTalk || s.speakersBySlug == nil || s.editioned || len(p.Doc.Speakers) == 0 || len(old.Doc.Speakers) == 0 || authorsChanged(&old.Doc, &p.Doc) || s.authorPages(p) {
		return r, false
	}
	now, made, ok := s.speakersOf(p, md, memo)
	if !ok {
		return r, false
	}
	// For safety: the talk's people as Build resolved them.
	if was, ok := s.namedOnce(old.Doc.Speakers, nil); !ok || !slices.Equal(was, old.Speakers) {
		return r, false
	}
	var joined []*Speaker
	for _, sp := range old.Speakers {
		if !slices.Contains(now, sp) {
			r.left = append(r.left, sp)
		}
	}
	for _, sp := range now {
		if !slices.Contains(old.Speakers, sp) {
			joined = append(joined, sp)
		}
	}
	known := slices.DeleteFunc(slices.Concat(old.Speakers, joined), func(sp *Speaker) bool { return slices.Contains(made, sp) })
	gone, remerged, ok := s.remerge(p, old, known, md, memo)
	if !ok || !s.mayGo(p, gone, md, memo) || !s.photosFound(p, old.Doc.Speakers, gone) {
		return r, false
	}
	checkSpeakers(joined, &r.old)

	var undos []func()
	r.undo = func() {
		for _, f := range slices.Backward(undos) {
			f()
		}
	}
	// Build lists a talk among its people's only when it is shown.
	if !p.Doc.Hidden && !p.Pageless {
		for _, sp := range r.left {
			back, ok := leaveList(&sp.Talks, p)
			if !ok {
				r.undo()
				return repeopled{}, false
			}
			undos = append(undos, back)
		}
		for _, sp := range joined {
			back, ok := joinList(&sp.Talks, p, byDate)
			if !ok {
				r.undo()
				return repeopled{}, false
			}
			undos = append(undos, back)
		}
	}
	var again func()
	r.merged, again = apply(remerged)
	undos = append(undos, again)
	if len(made) > 0 || len(gone) > 0 || len(remerged) > 0 {
		undos = append(undos, s.recast(made, gone))
	}
	p.Speakers = now
	checkSpeakers(r.left, &r.new)
	return r, true
}

// leaveList takes page p out of *list, which must hold it once, and
// returns what puts it back; ok is false, with nothing changed, when
// the list holds it otherwise.
func leaveList(list *[]*Page, p *Page) (undo func(), ok bool) {
	was := *list
	if count(was, p) != 1 {
		return nil, false
	}
	*list = slices.DeleteFunc(slices.Clone(was), func(q *Page) bool { return q == p })
	return func() { *list = was }, true
}

// joinList puts page p into *list, which must not hold it, where Build
// sorts it (by order, ties in file order), and returns what takes it
// out again; ok is false, with nothing changed, when the list holds it.
func joinList(list *[]*Page, p *Page, order func(a, b *Page) int) (undo func(), ok bool) {
	was := *list
	if count(was, p) != 0 {
		return nil, false
	}
	i, _ := slices.BinarySearchFunc(was, p, func(a, b *Page) int { return cmp.Or(order(a, b), strings.Compare(a.Doc.File, b.Doc.File)) })
	*list = slices.Insert(slices.Clone(was), i, p)
	return func() { *list = was }, true
}

// apply gives each person of remerged what they become, and returns
// them, by slug, with what undoes it.
func apply(remerged map[*Speaker]remerging) (merged []*Speaker, undo func()) {
	was := make(map[*Speaker]remerging, len(remerged))
	for sp, m := range remerged {
		was[sp] = remerging{sp.Person, sp.BioHTML}
		sp.Person, sp.BioHTML = m.person, m.bio
		merged = append(merged, sp)
	}
	// In the order of the people, for one result whatever the map's.
	slices.SortFunc(merged, func(a, b *Speaker) int { return strings.Compare(a.Slug, b.Slug) })
	return merged, func() {
		for sp, m := range was {
			sp.Person, sp.BioHTML = m.person, m.bio
		}
	}
}

// repage merges again the person whose speaker page p is, after an edit
// of the fields that declare them (a name, bio, company, or the body
// that is their bio when no field gives one; old is a copy of p before
// the edit), as repeople merges a talk's people: it returns them in
// merged when they read otherwise, with what undoes it. ok is false,
// with nothing changed, when the page declares another person (another
// slug, for the page or the person), their photos changed, or their
// name with photos of theirs, or a bio of theirs has diagnostics.
func (s *Site) repage(p, old *Page, md *markdown.Renderer, memo *Memo) (r repeopled, ok bool) {
	if p.Doc.Kind != content.KindSpeaker || s.speakersBySlug == nil || s.editioned || len(p.Speakers) != 1 || p.Speakers[0].Page != p || p.Doc.Slug != old.Doc.Slug {
		return r, false
	}
	sp := p.Speakers[0]
	if speakerPerson(&p.Doc).Slug != sp.Slug || speakerPerson(&old.Doc).Slug != sp.Slug || s.speakersBySlug[sp.Slug] != sp {
		return r, false
	}
	gone, remerged, ok := s.remerge(p, old, []*Speaker{sp}, md, memo)
	if !ok || len(gone) > 0 {
		return r, false
	}
	var again, resort func()
	r.merged, again = apply(remerged)
	if len(remerged) > 0 {
		resort = s.recast(nil, nil)
	}
	r.undo = func() {
		if resort != nil {
			resort()
		}
		again()
	}
	return r, true
}

// recast adds the people made to the site's and takes those gone from
// them, in the order Build gives them (by name folded, then slug, which
// is one order whatever the list's before), and returns what undoes it.
func (s *Site) recast(made, gone []*Speaker) (undo func()) {
	was := s.Speakers
	list := slices.DeleteFunc(slices.Clone(was), func(sp *Speaker) bool { return slices.Contains(gone, sp) })
	list = append(list, made...)
	sortFolded(list, func(sp *Speaker) string { return sp.Name }, func(a, b *Speaker) int { return strings.Compare(a.Slug, b.Slug) })
	s.Speakers = list
	for _, sp := range made {
		s.speakersBySlug[sp.Slug] = sp
	}
	for _, sp := range gone {
		delete(s.speakersBySlug, sp.Slug)
	}
	return func() {
		s.Speakers = was
		for _, sp := range made {
			delete(s.speakersBySlug, sp.Slug)
		}
		for _, sp := range gone {
			s.speakersBySlug[sp.Slug] = sp
		}
	}
}

// speakersOf resolves the people talk p names (namedOnce), making
// those new to the site as Build would make them of p alone
// (newPerson): now in p's order, made among them. ok is false when one
// cannot be made so, or is named twice.
func (s *Site) speakersOf(p *Page, md *markdown.Renderer, memo *Memo) (now, made []*Speaker, ok bool) {
	now, ok = s.namedOnce(p.Doc.Speakers, func(i int, person content.Person) *Speaker {
		sp := s.newPerson(p, i, person, md, memo)
		if sp != nil {
			made = append(made, sp)
		}
		return sp
	})
	return now, made, ok
}

// newPerson makes the person talk p names, as its i-th speaker, with a
// slug no person of the site has, as Build would make them, or returns
// nil when Build would make more of them: a local photo that is not a
// file of the site (whose warning is the model's; one that is, is
// chosen as resolvePhotos chooses it), a bio the markdown stage warns
// about, another file naming them (a talk, which would merge into them,
// or a note, whose author they would be).
func (s *Site) newPerson(p *Page, i int, person content.Person, md *markdown.Renderer, memo *Memo) *Speaker {
	if s.namesSlug(p, person.Slug) {
		return nil
	}
	sp := &Speaker{URL: expand(s.Config.Permalinks.Speaker, person.Slug, zeroTime)}
	m := mergeNamed(sp, []named{{true, p.Doc.File, i, person}})
	photo, ok := s.photoIn(m.photos)
	if !ok {
		return nil
	}
	sp.Person = m.person
	sp.Person.Slug = person.Slug
	sp.Photo = photo
	if sp.Bio != "" {
		text := bioText(md, memo, sp, sp.Bio)
		if len(text.Diags) > 0 {
			return nil
		}
		sp.BioHTML = template.HTML(text.HTML)
	}
	return sp
}

// namesSlug reports whether a page but talk p names a speaker of slug,
// or any page an author of it.
func (s *Site) namesSlug(p *Page, slug string) bool {
	for _, q := range s.Pages {
		for _, person := range q.Doc.Authors {
			if person.Slug == slug {
				return true
			}
		}
		if q == p {
			continue
		}
		for _, person := range q.Doc.Speakers {
			if person.Slug == slug {
				return true
			}
		}
	}
	return false
}

// mayGo reports whether the people gone, whom no file but talk p
// names, leave nothing behind but their own outputs and the warnings
// about the photos p wrote for them (photoWarnings): no page of
// their own (which names them), no note (which names them as its
// author), no bio the markdown stage warned about.
func (s *Site) mayGo(p *Page, gone []*Speaker, md *markdown.Renderer, memo *Memo) bool {
	for _, sp := range gone {
		if sp.Page != nil || len(sp.Notes) > 0 || s.namesSlug(p, sp.Slug) {
			return false
		}
		if sp.Bio != "" && len(bioText(md, memo, sp, sp.Bio).Diags) > 0 {
			return false
		}
	}
	return true
}

// photosFound reports whether every local photo talk p wrote (wrote,
// its people as it wrote them) for one of people is a file of the site:
// a missing one is a warning naming p.
func (s *Site) photosFound(p *Page, wrote []content.Person, people []*Speaker) bool {
	for _, sp := range people {
		var photos []string
		for _, w := range wrote {
			if w.Slug == sp.Slug && w.Photo != "" {
				photos = append(photos, p.Doc.File+"\x00"+w.Photo)
			}
		}
		if _, ok := s.photoIn(photos); !ok {
			return false
		}
	}
	return true
}

// namedOnce resolves the people a talk's document names as Build does
// (people): by the person's slug, else by the slug of their speaker
// page, skipping those without a slug. A person the site does not have
// is made by create, given their place in the list, when create is not nil
// and makes them. ok is false when one is not a person of the site (nor
// made) or is named twice.
func (s *Site) namedOnce(people []content.Person, create func(int, content.Person) *Speaker) (out []*Speaker, ok bool) {
	for i, person := range people {
		if person.Slug == "" {
			continue
		}
		sp := s.personNamed(person.Slug)
		if sp == nil && create != nil && !slices.ContainsFunc(out, func(o *Speaker) bool { return o.Slug == person.Slug }) {
			sp = create(i, person)
		}
		if sp == nil || slices.Contains(out, sp) {
			return nil, false
		}
		out = append(out, sp)
	}
	return out, true
}

// named is one file's say in a person, in the order Build merges them:
// speaker pages first, then talks, each in file order, a talk's people
// in its order.
type named struct {
	talk   bool
	file   string
	at     int
	person content.Person
}

// remerge merges each of people again from every file naming them
// before and after page p's edit (old is p before it), p a talk or a
// speaker's page. It returns those
// no file names any longer (gone), and those merged otherwise, with
// what they become (their bio rendered as Build renders it). ok is
// false when a local photo of theirs is not a file of the site, before
// or after, and their photos or name changed (the warning names both),
// or a bio of theirs, before or after, has diagnostics.
func (s *Site) remerge(p, old *Page, people []*Speaker, md *markdown.Renderer, memo *Memo) (gone []*Speaker, remerged map[*Speaker]remerging, ok bool) {
	before := make(map[*Speaker][]named, len(people))
	after := make(map[*Speaker][]named, len(people))
	add := func(to map[*Speaker][]named, q *Page, speakers []content.Person) {
		for i, person := range speakers {
			if person.Slug == "" {
				continue
			}
			if sp := s.personNamed(person.Slug); slices.Contains(people, sp) {
				to[sp] = append(to[sp], named{true, q.Doc.File, i, person})
			}
		}
	}
	for _, q := range s.Pages {
		switch {
		case q.Doc.Kind == content.KindSpeaker && len(q.Speakers) > 0 && slices.Contains(people, q.Speakers[0]):
			n := named{false, q.Doc.File, 0, speakerPerson(&q.Doc)}
			after[q.Speakers[0]] = append(after[q.Speakers[0]], n)
			if q == p {
				// The speaker page edited (repage).
				n.person = speakerPerson(&old.Doc)
			}
			before[q.Speakers[0]] = append(before[q.Speakers[0]], n)
		case q.Doc.Kind == content.KindTalk && q == p:
			add(before, q, old.Doc.Speakers)
			add(after, q, p.Doc.Speakers)
		case q.Doc.Kind == content.KindTalk:
			add(before, q, q.Doc.Speakers)
			add(after, q, q.Doc.Speakers)
		}
	}
	for _, sp := range people {
		if len(after[sp]) == 0 {
			gone = append(gone, sp)
			continue
		}
		a, b := mergeNamed(sp, before[sp]), mergeNamed(sp, after[sp])
		photo := sp.Photo
		if !slices.Equal(a.photos, b.photos) || len(a.photos) > 0 && a.person.Name != b.person.Name {
			// The photo is chosen among every file's as a build
			// chooses it; a local one that is not a file of the site,
			// before or after, is a warning naming the person and the
			// photo chosen, left to a build.
			_, was := s.photoIn(a.photos)
			var is bool
			if photo, is = s.photoIn(b.photos); !was || !is {
				return nil, nil, false
			}
		}
		// The photo a person shows is the one chosen, not the first
		// written, which merge keeps.
		a.person.Photo, b.person.Photo = "", ""
		if photo == sp.Photo && equal(reflect.ValueOf(a.person), reflect.ValueOf(b.person)) {
			continue
		}
		b.person.Photo = photo
		// A bio's warnings are the model's: one that warned, or would,
		// is left to a build.
		if a.person.Bio != "" && len(bioText(md, memo, sp, a.person.Bio).Diags) > 0 {
			return nil, nil, false
		}
		var bio template.HTML
		if b.person.Bio != "" {
			res := bioText(md, memo, sp, b.person.Bio)
			if len(res.Diags) > 0 {
				return nil, nil, false
			}
			bio = template.HTML(res.HTML)
		}
		if remerged == nil {
			remerged = map[*Speaker]remerging{}
		}
		remerged[sp] = remerging{b.person, bio}
	}
	return gone, remerged, true
}

// remerging is what a person merged otherwise becomes.
type remerging struct {
	person content.Person
	bio    template.HTML
}

// merging is a person merged from what files said of them, with the
// photos written for them in that order and the files writing them.
type merging struct {
	person content.Person
	photos []string
}

// mergeNamed merges what files say of sp, in Build's order.
func mergeNamed(sp *Speaker, says []named) merging {
	slices.SortFunc(says, func(a, b named) int {
		if a.talk != b.talk {
			if a.talk {
				return 1
			}
			return -1
		}
		return cmp.Or(strings.Compare(a.file, b.file), cmp.Compare(a.at, b.at))
	})
	m := merging{person: content.Person{Slug: sp.Slug}}
	for _, n := range says {
		merge(&m.person, n.person)
		if n.person.Photo != "" {
			m.photos = append(m.photos, n.file+"\x00"+n.person.Photo)
		}
	}
	return m
}
