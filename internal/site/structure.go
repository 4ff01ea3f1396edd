package site

import (
	"cmp"
	"reflect"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// An edit of a page's front matter is patched into the model in place
// (Site.Patch) only when it leaves the site's structure as it was:
// every URL, every list's members and their order, every person, event,
// term, schedule and sponsor tier, every warning. What that structure
// is, is not assumed from the names of the fields edited: it is computed
// again from the new document with the model's own functions and
// compared with what they gave before. The fields that may differ at
// all are those the model passes on to what pages show; any other
// difference is left to a build.

// displayFields are the fields of a document that the model passes on
// to what pages show, and that a patch may therefore change: every other
// field must be the same in the old and new document. Those among them
// that the model also derives structure from — the title sorts lists,
// names the person of a speaker's page and the event of an event's
// page, and makes a break; params say a talk is cancelled or a break has
// a page — are checked by structureKept, which computes that structure
// again. An event's page gives its event its venue, which Patch sets.
// Front, the front matter as written (a Jekyll or Eleventy site's), is
// read by Liquid alone, as params are: the page's body is rendered
// again, and every other body whose Liquid ran is checked to give what
// it gave (Memo.othersFresh). Fields is where each field was written:
// diagnostics point there.
var displayFields = []string{"Title", "Summary", "Abstract", "Slides", "Video", "Link", "Params", "Front", "Venue", "Body", "Diags"}

// displayOnly reports whether a and b differ in displayFields alone.
func displayOnly(a, b *content.Document) bool {
	return equalBut(a, b, displayFields...)
}

// withModelFields returns a copy of doc with the fields the model sets
// itself (ModelFields, but for those a patch reads again: keptFields)
// taken from page, the document of a page the model made from a
// document equal to doc in those fields.
func withModelFields(doc, page *content.Document) content.Document {
	out := *doc
	dst, src := reflect.ValueOf(&out).Elem(), reflect.ValueOf(page).Elem()
	for _, name := range keptFields {
		dst.FieldByName(name).Set(src.FieldByName(name))
	}
	return out
}

// heldStructure is what the model derived from a page before a patch,
// for structureKept to compare with what it derives after.
type heldStructure struct {
	url       string
	schedules []*Schedule
	warnings  diag.List
}

// holdStructure computes, for page p as it is, what structureKept
// compares: its URL as the model makes it and the schedules it is on
// laid out again; and the warnings of those schedules and of its
// speakers, which the patch replaces.
func (s *Site) holdStructure(p *Page) heldStructure {
	h := heldStructure{url: (&builder{cfg: s.Config}).pageURL(p), schedules: s.schedulesOf(p)}
	h.warnings = s.programmeWarnings(p, h.schedules)
	return h
}

// structureKept reports whether page p, patched, has the structure it had
// as old (a copy of it before the patch), h: every comparison below is
// of a value the model computes, computed again. The warnings of the
// programme may differ: they quote titles (Site.Patch swaps them). A
// page moved (moved) has another URL; one moved in time or room
// (timed) was placed again in its lists and schedule (Site.retime),
// which are not compared; one given another track, format or level
// (termed) had its schedule laid out again (Site.relayout), which is not
// compared either; the person of a speaker's page whose people were
// merged again (peopled: Site.repage) may read otherwise.
func (s *Site) structureKept(p, old *Page, h heldStructure, moved, timed, termed, peopled bool) bool {
	if !moved && (&builder{cfg: s.Config}).pageURL(p) != h.url {
		return false
	}
	if pageless(p) != old.Pageless || status(&p.Doc) != old.Status {
		return false
	}
	switch p.Doc.Kind {
	case content.KindSpeaker:
		// A person merged again (repage) is theirs to check.
		if !peopled && !equal(reflect.ValueOf(speakerPerson(&p.Doc)), reflect.ValueOf(speakerPerson(&old.Doc))) {
			return false
		}
	case content.KindEvent:
		// The venue is shown, never compared or sorted by, and so is
		// the name when no page finds the event by it: Patch gives the
		// event its page's (reown).
		now, was := *pageEvent(&p.Doc), *pageEvent(&old.Doc)
		now.Venue = was.Venue
		if e := s.eventOf(p); e != nil && now.Name != was.Name && s.renameKept(e, was.Name, now.Name) {
			now.Name = was.Name
		}
		if !equal(reflect.ValueOf(now), reflect.ValueOf(was)) || !s.sameTiers() {
			return false
		}
	case content.KindSponsor:
		if !s.sameTiers() {
			return false
		}
	}
	if timed {
		return true
	}
	for _, l := range s.listsOf(p) {
		if !sameOrder(l.pages, p, old, l.order) {
			return false
		}
	}
	if moved && !s.untiedByURL(p) {
		return false
	}
	if termed {
		return true
	}
	after := s.schedulesOf(p)
	if len(after) != len(h.schedules) {
		return false
	}
	for i := range after {
		if !sameShape(reflect.ValueOf(after[i]), reflect.ValueOf(h.schedules[i])) {
			return false
		}
	}
	return true
}

// sortedList is a list of pages the model sorts, with its order.
type sortedList struct {
	pages []*Page
	order func(a, b *Page) int
}

// listsOf returns the sorted lists of pages that may hold p, each with
// the order lists or people, events and terms sort it by.
func (s *Site) listsOf(p *Page) []sortedList {
	out := []sortedList{{s.Talks, byDate}, {s.Notes, newestFirst}, {s.Readings, byTitle}}
	for _, sp := range slices.Concat(p.Speakers, p.Authors) {
		out = append(out, sortedList{sp.Talks, byDate}, sortedList{sp.Notes, newestFirst})
	}
	if e := p.Event; e != nil {
		out = append(out, sortedList{e.Talks, e.byTime})
	}
	for _, t := range append(slices.Clip(p.Tags), p.Track, p.Format, p.Level) {
		if t != nil {
			out = append(out, sortedList{t.Pages, newestFirst})
		}
	}
	return out
}

// sameOrder reports whether p compares with every other page of list as
// old did. A sort's result depends on its input's order and on what its
// comparisons answer, so the list sorts p to the same place, ties
// included.
func sameOrder(list []*Page, p, old *Page, order func(a, b *Page) int) bool {
	if !slices.Contains(list, p) {
		return true
	}
	for _, q := range list {
		if q == p {
			continue
		}
		if cmp.Compare(order(p, q), 0) != cmp.Compare(order(old, q), 0) || cmp.Compare(order(q, p), 0) != cmp.Compare(order(q, old), 0) {
			return false
		}
	}
	return true
}

// sameTiers reports whether the sponsors grouped again give the site's
// tiers: the same names, the same sponsors in the same order.
func (s *Site) sameTiers() bool {
	var sponsors []*Page
	for _, p := range s.Pages {
		if p.Doc.Kind == content.KindSponsor && !p.Doc.Hidden {
			sponsors = append(sponsors, p)
		}
	}
	was := make([][]*SponsorTier, len(s.Events))
	for i, e := range s.Events {
		was[i] = e.Sponsors
	}
	again := s.sponsorTiers(sponsors)
	same := slices.EqualFunc(again, s.Sponsors, func(a, b *SponsorTier) bool {
		return a.Name == b.Name && a.Event == b.Event && slices.Equal(a.Sponsors, b.Sponsors)
	})
	// The events keep the tiers the site's list holds.
	for i, e := range s.Events {
		e.Sponsors = was[i]
	}
	return same
}

// schedulesOf lays out again the schedules that show p, as programme
// lays them out: its event's, or that of the talks of no event.
func (s *Site) schedulesOf(p *Page) []*Schedule {
	if p.Doc.Kind != content.KindTalk {
		return nil
	}
	if e := p.Event; e != nil {
		if !slices.Contains(e.Talks, p) {
			return nil
		}
		base := strings.TrimSuffix(e.URL, "/") + "/"
		return []*Schedule{newSchedule(e, e.Name, base, e.Location, e.Talks)}
	}
	var loose []*Page
	for _, t := range s.Talks {
		if t.Event == nil {
			loose = append(loose, t)
		}
	}
	if !slices.Contains(loose, p) {
		return nil
	}
	return []*Schedule{newSchedule(nil, s.Config.Title, "/", s.Config.Location, loose)}
}

// programmeWarnings are the warnings programme gives of the schedules
// that show p and of p's speakers.
func (s *Site) programmeWarnings(p *Page, schedules []*Schedule) diag.List {
	var diags diag.List
	for _, sc := range schedules {
		checkRooms(sc, &diags)
		checkDates(sc, &diags)
	}
	checkSpeakers(p.Speakers, &diags)
	return diags
}

var (
	dayType  = reflect.TypeFor[*Day]()
	slotType = reflect.TypeFor[*Slot]()
)

// sameShape is equal for two schedules laid out from the same pages:
// their days and slots are followed, every other pointer (pages, terms,
// events) must be the same.
func sameShape(a, b reflect.Value) bool {
	if a.Type() != b.Type() {
		return false
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		switch a.Type() {
		case dayType, slotType, reflect.TypeFor[*Schedule]():
			return sameShape(a.Elem(), b.Elem())
		}
		return a.Pointer() == b.Pointer()
	case reflect.Struct:
		if a.Type() == timeType {
			return equal(a, b)
		}
		for i := range a.NumField() {
			if !sameShape(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !sameShape(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	}
	return equal(a, b)
}
