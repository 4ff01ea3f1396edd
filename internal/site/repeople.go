package site

import (
	"cmp"
	"reflect"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// A talk given other speakers, each a person the site has already,
// changes the talk's people and the talks of the people it leaves or
// joins, and nothing else of the structure, as long as no person is made
// or left without a file naming them and no person reads otherwise:
// people are merged across files, the first file (speaker pages first,
// then talks in file order) setting each field, so a talk that wrote a
// person's bio, name or photo first decides what every page shows of
// them. Move applies such an edit in place (repeople) and refuses, for a
// build to do it: a person the site does not have (a speaker's page
// would be made), a person the talk was the last file to name (their
// page would go), a person merged otherwise after the edit (a field or
// photo the talk wrote first, or a person it wrote it for no longer), a
// person the talk names twice (it would be twice in their talks), a talk
// given its first speaker or left without any (a talk without speakers
// may be a break, whose format the loader sets), and any page but a
// talk.

// repeopleFields are retagFields and the speakers: the fields in which
// the document of a moved page may differ from the one its page was
// made of.
var repeopleFields = append(slices.Clip(retagFields), "Speakers")

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
	// left are the people the talk no longer names.
	left []*Speaker
	// old and new are the programme's warnings about the people the
	// talk joined, before the edit, and about those it left, after it:
	// with those of the talk's own people before and after, which the
	// caller swaps, every warning of every person the edit reaches.
	old, new diag.List
}

// repeople gives talk p, whose speakers changed (old is a copy of p
// before the edit), the site's people it now names, in the order Build
// gives them, and its place in the talks of the people it left and
// joined, sorted as Build sorts them (by date, ties in file order); p
// already has its new document. ok is false, with nothing changed, when
// the edit could change more (see the comment above).
func (s *Site) repeople(p, old *Page) (r repeopled, ok bool) {
	if p.Doc.Kind != content.KindTalk || s.speakersBySlug == nil || len(p.Doc.Speakers) == 0 || len(old.Doc.Speakers) == 0 {
		return r, false
	}
	now, ok := s.namedOnce(p.Doc.Speakers)
	if !ok {
		return r, false
	}
	// For safety: the talk's people as Build resolved them.
	if was, ok := s.namedOnce(old.Doc.Speakers); !ok || !slices.Equal(was, old.Speakers) {
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
	if !s.sameMerge(p, old, slices.Concat(old.Speakers, joined)) {
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
		byFile := func(a, b *Page) int { return strings.Compare(a.Doc.File, b.Doc.File) }
		for _, sp := range r.left {
			was := sp.Talks
			if count(was, p) != 1 {
				r.undo()
				return repeopled{}, false
			}
			sp.Talks = slices.DeleteFunc(slices.Clone(was), func(q *Page) bool { return q == p })
			undos = append(undos, func() { sp.Talks = was })
		}
		for _, sp := range joined {
			was := sp.Talks
			if count(was, p) != 0 {
				r.undo()
				return repeopled{}, false
			}
			i, _ := slices.BinarySearchFunc(was, p, func(a, b *Page) int { return cmp.Or(byDate(a, b), byFile(a, b)) })
			sp.Talks = slices.Insert(slices.Clone(was), i, p)
			undos = append(undos, func() { sp.Talks = was })
		}
	}
	p.Speakers = now
	checkSpeakers(r.left, &r.new)
	return r, true
}

// namedOnce resolves the people a talk's document names as Build does
// (people): by the person's slug, else by the slug of their speaker
// page, skipping those without a slug. ok is false when one is not a
// person of the site or is named twice.
func (s *Site) namedOnce(people []content.Person) (out []*Speaker, ok bool) {
	for _, person := range people {
		if person.Slug == "" {
			continue
		}
		sp := s.speakersBySlug[person.Slug]
		if sp == nil {
			sp = s.speakerAliases[person.Slug]
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

// sameMerge reports whether each of people, merged again from every
// file naming them before and after talk p's edit (old is p before
// it), is the same person with the same photos written for them, and
// is still named by a file.
func (s *Site) sameMerge(p, old *Page, people []*Speaker) bool {
	before := make(map[*Speaker][]named, len(people))
	after := make(map[*Speaker][]named, len(people))
	add := func(to map[*Speaker][]named, q *Page, speakers []content.Person) {
		for i, person := range speakers {
			if person.Slug == "" {
				continue
			}
			sp := s.speakersBySlug[person.Slug]
			if sp == nil {
				sp = s.speakerAliases[person.Slug]
			}
			if slices.Contains(people, sp) {
				to[sp] = append(to[sp], named{true, q.Doc.File, i, person})
			}
		}
	}
	for _, q := range s.Pages {
		switch {
		case q.Doc.Kind == content.KindSpeaker && len(q.Speakers) > 0 && slices.Contains(people, q.Speakers[0]):
			n := named{false, q.Doc.File, 0, speakerPerson(&q.Doc)}
			before[q.Speakers[0]] = append(before[q.Speakers[0]], n)
			after[q.Speakers[0]] = append(after[q.Speakers[0]], n)
		case q.Doc.Kind == content.KindTalk && q == p:
			add(before, q, old.Doc.Speakers)
			add(after, q, p.Doc.Speakers)
		case q.Doc.Kind == content.KindTalk:
			add(before, q, q.Doc.Speakers)
			add(after, q, q.Doc.Speakers)
		}
	}
	for _, sp := range people {
		a, b := mergeNamed(sp, before[sp]), mergeNamed(sp, after[sp])
		if len(after[sp]) == 0 || !equal(reflect.ValueOf(a.person), reflect.ValueOf(b.person)) || !slices.Equal(a.photos, b.photos) {
			return false
		}
	}
	return true
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
