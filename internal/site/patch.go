package site

import (
	"bytes"
	"html/template"
	"reflect"
	"slices"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// Patch is a page of a built site brought up to date with an edit of its
// file, made by Site.Patch: the page changed, and nothing that other
// pages derive from it.
type Patch struct {
	// Page is the page patched, in place.
	Page *Page
	// Old and New are the diagnostics of the page before and after the
	// edit, those of its body and summary and the programme's warnings
	// about it: the model's diagnostics lose the first and gain the
	// second.
	Old, New diag.List
	// Changed reports that the file says something else than before; an
	// edit that saved the same text changes no output.
	Changed bool
	// Front reports that the front matter changed, not the body alone:
	// what lists show of the page may have changed too.
	Front bool
	// Left are the people a talk moved in place (Site.Move) no longer
	// names: their pages no longer list it.
	Left []*Speaker
	// Merged are the people a talk names, or named, whom it merges
	// otherwise (a name, bio or company it writes first), or the person
	// of a speaker's page that declares them otherwise: every page
	// naming them shows them anew.
	Merged []*Speaker
	// Relocated are the other pages whose outputs the patch changed: the
	// pages of the event whose page it gave another venue or name, each
	// showing them, and the pages whose template tags (Liquid's
	// among them) read what it changed, their bodies rendered again (see
	// reshow).
	Relocated []*Page
	// Relisted reports that the site's reading list was made again
	// (Relist; Add, Remove or Move of a page with reading items): any
	// entry, and any page's items, may differ.
	Relisted bool
	// Rescheduled reports that a page added or removed gave an event
	// its first talk or took its last (Add, Remove): the event's
	// schedule was made or let go, and the site's may be another's.
	Rescheduled bool

	undo func()
}

// Undo puts the page back as it was before the patch.
func (p Patch) Undo() { p.undo() }

// Patch updates, in place, the page that doc's file made, when Build
// given doc instead of the page's document would change nothing but
// what that page shows, wherever it is shown. doc may differ from the
// page's document in its body and in the front matter fields that the
// model copies to what pages show (displayFields: title, summary,
// links, params, venue: an event's page gives its event its venue and,
// when no page finds the event by name, its name (see reown), and
// the pages of its talks show them, see Patch.Relocated); every other
// field, the diagnostics of reading the file and where each field was
// written must be the same. What those fields decide is then computed
// again, with the model's own code, and compared with what they
// decided before (see structureKept): the page's URL, whether it has a
// page and its status, the person or event a speaker's or event's page
// declares, its place in every list it is in, the schedules it is on
// and their warnings, its sponsor tier, the reading items of its
// prose. If all are the same, the page's Doc, Content, Description,
// SummaryHTML, Headings, WordCount, Lists and the lines of its prose
// reading items become the new ones. ok is false, and the site
// untouched, when the edit could change more than the page (or no page
// has doc's file, or the page shared its URL with others, which an
// edit can make copies of it or no longer): the caller must build the
// site again.
// md and memo must be those the site was built with.
func (s *Site) Patch(doc *content.Document, md *markdown.Renderer, memo *Memo) (patch Patch, ok bool) {
	return s.patch(doc, md, memo, nil, forShow)
}

// patchMode says which of the edits patch makes: Patch's, Move's or
// Relist's.
type patchMode int

const (
	forShow   patchMode = iota // Patch: what the page shows
	forMove                    // Move: its URL, time, terms or people
	forRelist                  // Relist: its reading items
)

// patch is Patch, Move or Relist, as mode says; last, the model's
// diagnostics, is nil for Patch.
func (s *Site) patch(doc *content.Document, md *markdown.Renderer, memo *Memo, last *diag.List, mode patchMode) (patch Patch, ok bool) {
	i := slices.IndexFunc(s.Pages, func(p *Page) bool { return p.Doc.File == doc.File })
	if i < 0 || doc.Diags.HasErrors() || s.Pages[i].clashed {
		return Patch{}, false
	}
	p := s.Pages[i]
	old := p.source
	// The diagnostics of reading the file are the load's, not the
	// model's: a patch leaves the session's as they were, so they must
	// be the same; a move or relist is loaded again with the new ones (a
	// line added above a warning moves it).
	if old == nil || old == doc || mode == forShow && !slices.Equal(old.Diags, doc.Diags) {
		return Patch{}, false
	}
	front := !sameButBody(old, doc)
	moving := mode == forMove
	switch {
	case mode == forShow && front && !displayOnly(old, doc):
		return Patch{}, false
	case mode == forRelist && !equalBut(old, doc, relistFields...):
		return Patch{}, false
	case moving && (!front || displayOnly(old, doc) && p.Doc.Kind != content.KindSpeaker || !s.movable(p, doc, memo)):
		return Patch{}, false
	}
	refs := s.refs
	if refs == nil {
		refs = newRefIndex(s)
	}
	// The page's template tags read it as it is: the old body is read
	// with the old page, the new with the new.
	tags := refs.tags(p)
	before := memo.result(md, old, tags)
	oldDiags := slices.Clone(before.Diags)
	oldDiags.Append(summaryDiags(md, memo, &p.Doc))
	var held heldStructure
	if front {
		held = s.holdStructure(p)
	}

	// A page moved in time or room (timed) is placed again in every
	// list ordering it (see retime), not checked to keep its place; one
	// given other tags (tagged) leaves and joins their lists (retag),
	// and one given another track, format or level (termed) those of
	// its terms, and its schedule is laid out again (reterm).
	timed := moving && !equalBut(old, doc, append(append(slices.Clip(movedFields), "Tags", "Speakers", "Authors"), termFields...)...)
	tagged := moving && !slices.Equal(old.Tags, doc.Tags)
	termed := moving && termsChanged(old, doc)
	// One given other speakers (peopled) leaves and joins their lists
	// of talks (repeople); a speaker's page declaring its person
	// otherwise merges them again (repage).
	peopled := moving && (speakersChanged(old, doc) || authorsChanged(old, doc) || p.Doc.Kind == content.KindSpeaker)
	if peopled && p.Doc.Kind == content.KindSpeaker && (timed || tagged || termed) {
		return Patch{}, false
	}
	var people repeopled
	// The warnings about the photos it writes, with its people's names
	// and photos as they are before the edit (a repage renames them).
	oldPhotos := s.photoWarnings(p)
	saved := *p
	undo := func() { *p = saved }
	if front {
		p.Doc = withModelFields(doc, &saved.Doc)
		// Slides and video are display fields a patch may change.
		p.Slides, p.Video, p.Links, _ = materials(s.photoFiles(), p, s.filesAt) // warned about by photoWarnings
		if timed {
			p.Doc.Date, p.Doc.End = doc.Date, doc.End
			if p.Event != nil {
				placeDates(&p.Doc, p.Event)
			}
		}
	} else {
		p.Doc.Body, p.Doc.Diags = doc.Body, doc.Diags
	}
	if moving {
		// The page takes its new URL before its body is read: a
		// template tag of its own may ask for it.
		back, ok := s.move(p, &saved)
		if !ok {
			undo()
			return Patch{}, false
		}
		undo = func() { back(); *p = saved }
		if tagged {
			again, ok := s.retag(p, &saved)
			if !ok {
				undo()
				return Patch{}, false
			}
			prev := undo
			undo = func() { again(); prev() }
		}
		if termed {
			again, ok := s.reterm(p, &saved)
			if !ok {
				undo()
				return Patch{}, false
			}
			prev := undo
			undo = func() { again(); prev() }
			if !timed {
				// retime lays it out as it places the page.
				again := s.relayout(p)
				prev := undo
				undo = func() { again(); prev() }
			}
		}
		if peopled {
			// Before retime, which places the page in the lists of the
			// people it names.
			var ok bool
			repeople := s.repeople
			switch p.Doc.Kind {
			case content.KindSpeaker:
				repeople = s.repage
			case content.KindNote:
				repeople = s.reauthor
			}
			if people, ok = repeople(p, &saved, md, memo); !ok {
				undo()
				return Patch{}, false
			}
			prev := undo
			undo = func() { people.undo(); prev() }
		}
		if timed {
			again, ok := s.retime(p, &saved)
			if !ok {
				undo()
				return Patch{}, false
			}
			prev := undo
			undo = func() { again(); prev() }
		}
	}
	// Liquid's variables are the model's before the edit: the page's own
	// Liquid reads its front matter as edited (page.backlink), and
	// another page's may show what the edit changed (site.talks, a home
	// page listing the posts' titles, or a document's content once one
	// has been shown): such a page is shown anew.
	bodyEdited := !bytes.Equal(old.Body, doc.Body)
	others := moving || front && refs.liquid != nil || bodyEdited && refs.liquid.showsBodies()
	if others {
		refs.liquid.forget()
		prev := undo
		undo = func() { prev(); refs.liquid.forget() }
	}
	after := md.ConvertPage(doc.File, doc.Body, doc.BodyLine, tags)
	newDiags := slices.Clone(after.Diags)
	description, summary := after.Excerpt, template.HTML("")
	if p.Doc.Summary != "" {
		text := memo.text(md, p.Doc.File, p.Doc.Summary, p.Doc.Pos("summary").Line)
		description, summary = text.Excerpt, template.HTML(text.HTML)
		if repeatsBody(text.Excerpt, after.Excerpt) {
			summary = ""
		}
		newDiags.Append(text.Diags)
	}
	if lead, ok, d := abstractHTML(md, memo, &p.Doc, after.Excerpt); ok {
		summary = lead
		newDiags.Append(d)
	}
	own := p.OwnItems
	switch {
	case after.Blank != p.Blank:
		undo() // the page takes or yields its URL (render's claims)
		return Patch{}, false
	case mode == forRelist:
		if sameLinks(before.Reading, after.Reading) && equal(reflect.ValueOf(old.Items), reflect.ValueOf(doc.Items)) && old.NoReading == doc.NoReading {
			undo()
			return Patch{}, false // no item changed: Patch's edit
		}
		oldDiags.Append(itemWarnings(&saved, before.Reading))
		own = ownItems(p, after.Reading, &newDiags, &noteReader{md: md, tags: tags})
	case !p.Doc.NoReading:
		if !sameLinks(before.Reading, after.Reading) || len(p.OwnItems) != len(p.Doc.Items)+len(after.Reading) {
			undo()
			return Patch{}, false
		}
		// Items in prose follow those of the front matter, in order; their
		// lines may have moved, and a moved page resolves their links anew.
		own = slices.Clone(p.OwnItems)
		for k, l := range after.Reading {
			it := &own[len(p.Doc.Items)+k]
			if it.Line = l.Line; pageRelative(p.URL, l.URL) != it.URL {
				it.URL, it.key = pageRelative(p.URL, l.URL), ""
			}
		}
	}
	var relocated []*Page
	if front {
		if !s.structureKept(p, &saved, held, moving && p.URL != saved.URL, timed, termed, peopled) {
			undo()
			return Patch{}, false
		}
		// The event of an event's page takes the venue and name it
		// writes, before the programme's warnings quote the name.
		shown, was, now, again := s.reown(p)
		relocated = shown
		prev := undo
		undo = func() { again(); prev() }
		oldDiags.Append(was)
		newDiags.Append(now)
		// The programme's warnings quote titles.
		oldDiags.Append(held.warnings)
		newDiags.Append(s.programmeWarnings(p, s.schedulesOf(p)))
		oldDiags.Append(people.old)
		newDiags.Append(people.new)
	}
	// Its people's photos that are no files of the site: their warnings
	// move with its lines (one that comes or goes with a person, or
	// that another file writes, is refused by repeople and remerge).
	oldDiags.Append(oldPhotos)
	newDiags.Append(s.photoWarnings(p))
	if last != nil && !covered(*last, oldDiags, p.Doc.File, saved.URL, p.URL) {
		undo()
		return Patch{}, false
	}
	if others {
		// Their bodies are rendered again; the patch stands when none
		// reads otherwise in more than what it shows.
		shown, again, ok := s.reshow(p, md, memo, refs)
		if !ok {
			undo()
			return Patch{}, false
		}
		relocated = append(relocated, shown...)
		prev := undo
		undo = func() { again(); prev() }
	}

	p.source = doc
	p.SetContent(template.HTML(after.HTML))
	p.Description, p.SummaryHTML = description, summary
	p.WordCount = after.WordCount
	p.Math = after.Math
	p.Headings = after.Headings
	p.Lists = after.Lists
	p.OwnItems = own
	relisted := mode == forRelist || moving && len(own) > 0 && p.URL != saved.URL
	if relisted {
		// Its items changed, or its URL, by which each entry lists its
		// pages (a move in time, terms or people leaves the entries as
		// they were: they show the page's title, which Moved computes).
		again := s.relist()
		prev := undo
		undo = func() { again(); prev() }
	}
	memo.replace(old, doc, after, p.body)
	changed := front || !bytes.Equal(old.Body, doc.Body)
	return Patch{Page: p, Old: oldDiags, New: newDiags, Changed: changed, Front: front, Left: people.left, Merged: people.merged, Relocated: relocated, Relisted: relisted, undo: undo}, true
}

// result returns d's body rendered by md, from the memo when it has it,
// without counting it as used by a build.
func (m *Memo) result(md *markdown.Renderer, d *content.Document, tags markdown.Tags) markdown.Result {
	if m != nil {
		m.mu.Lock()
		r, ok := m.bodies[d]
		m.mu.Unlock()
		if ok && r.res.Fresh(tags) {
			return r.res
		}
	}
	return md.ConvertPage(d.File, d.Body, d.BodyLine, tags)
}

// held returns the rendering of d's body the memo holds.
func (m *Memo) held(d *content.Document) (markdown.Result, bool) {
	if m == nil {
		return markdown.Result{}, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.bodies[d]
	return r.res, ok
}

// replace remembers r, and html its page body, as the rendering of next
// in place of that of prev, so that patches do not pile up documents no
// build uses.
func (m *Memo) replace(prev, next *content.Document, r markdown.Result, html *body) {
	if m == nil {
		return
	}
	r.HTML = nil // html holds it (see convert)
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.bodies, prev)
	m.bodies[next] = memoBody{r, html}
}

// eventOf returns the event page p declares, nil when it declares none
// (another page or config.toml declared its slug first).
func (s *Site) eventOf(p *Page) *Event {
	if p.Doc.Kind != content.KindEvent {
		return nil
	}
	for _, e := range s.Events {
		if e.Page == p {
			return e
		}
	}
	return nil
}
