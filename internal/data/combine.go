package data

import (
	"maps"
	"path"
	"slices"
	"strings"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// Combine joins the pages of the content folders with the records and
// schedules of s and returns every document, sorted by File and Line, and
// the diagnostics of joining. It never modifies a document it is given:
// one it changes is a copy.
//
//   - A page and a record of the same kind that share an id or slug are
//     one page: the page's fields and body, and the record's fields that
//     the page does not set (see merge).
//   - A talk's speakers and event that name a record by id, code or slug
//     become that record's person and event.
//   - An event whose venue is the id of a place (Set.Places) shows the
//     place's name and address.
//   - A document's author who names a person of the authors files
//     (Set.Authors) by id is that person.
//   - Each slot of a schedule gives the talk it names its day, times and
//     room; a slot naming no talk is a programme entry (format break); a
//     slot naming an id that matches nothing is a warning.
func Combine(pages []*content.Document, s Set, loc *time.Location) ([]*content.Document, diag.List) {
	if loc == nil {
		loc = time.UTC
	}
	if !Joins(pages, s) {
		// Nothing to join: only records are joined with (a talk names a
		// record's person or event), and there are none. The preview
		// comes here at every edit of a site without data files.
		docs := slices.Clone(pages)
		slices.SortStableFunc(docs, byFileLine)
		return docs, nil
	}
	c := combiner{loc: loc}
	c.docs = slices.Clone(pages)
	// The talks speakers write whole are records like any other: a
	// talk page of their slug takes their fields.
	records, nested := withSpeakerTalks(pages, s.Docs)
	c.nested = nested
	c.eventHomes(records)
	rest := c.merge(c.docs, records)
	c.untitled(rest)
	c.docs = append(c.docs, rest...)
	c.distinctPeople()
	c.references()
	c.venues(s.Places)
	c.eventNames()
	c.authors(s.Authors)
	c.labels(s.Labels)
	c.place(s.Slots)
	slices.SortStableFunc(c.docs, byFileLine)
	return c.docs, c.diags
}

// untitled warns of each record that has a page of its own but no
// title, at the record's line: its page would open with an empty
// heading. A page file without a title takes one from its first heading
// or its file name, with a warning (content's fallbackTitle); a record
// has neither, so the warning says which field to add. Records a page
// adds to are not asked: the page has the title.
func (c *combiner) untitled(records []*content.Document) {
	for _, d := range records {
		if d.Title != "" || d.NoPage || d.Extras().RedirectTo != "" || d.Kind == content.KindReading {
			continue
		}
		field := "title"
		if d.Kind == content.KindSpeaker || d.Kind == content.KindSponsor || d.Kind == content.KindEvent {
			field = "name"
		}
		c.diags.Warnf(d.Pos(""), "no title, so this %s's page has no heading; add \"%s: …\" to the record", d.Kind, field)
	}
}

// Joins reports whether Combine changes anything of pages joined with s:
// only records are joined with (a talk names a record's person or
// event), schedules place talks, places name venues and authors files
// name authors. When it does
// not, Combine returns pages as they are, sorted.
func Joins(pages []*content.Document, s Set) bool {
	return len(s.Docs) > 0 || len(s.Slots) > 0 || len(s.Places) > 0 || len(s.Authors) > 0 || len(s.Labels.Formats) > 0 || len(s.Labels.Tags) > 0 || slices.ContainsFunc(pages, (*content.Document).FromRecord) ||
		slices.ContainsFunc(pages, func(d *content.Document) bool { return len(d.Talks) > 0 })
}

// venues replaces each event's venue that is the id of a place with the
// place's text. Only the whole venue, case ignored, is an id: a venue
// written out ("Raven Pub, Plzeň") is kept as written.
func (c *combiner) venues(places map[string]Place) {
	if len(places) == 0 {
		return
	}
	for i, d := range c.docs {
		if d.Kind != content.KindEvent || d.Venue == "" {
			continue
		}
		if p, ok := places[strings.ToLower(strings.TrimSpace(d.Venue))]; ok {
			c.own(i).Venue = p.Text()
		}
	}
}

func byFileLine(a, b *content.Document) int {
	if x := strings.Compare(a.File, b.File); x != 0 {
		return x
	}
	return a.Line - b.Line
}

type combiner struct {
	loc   *time.Location
	docs  []*content.Document
	owned map[*content.Document]bool // copies made here, free to change
	byKey map[string][]int           // lower-cased id, slug, title or path → docs
	diags diag.List
	// nested are the talks speakers write whole, by recordKey: not
	// counted among their file's records (recordsPerFile).
	nested map[string]bool
	// entryRooms are the rooms each programme entry is written in.
	entryRooms map[int][]string
}

// own returns a copy of docs[i] that may be changed, made once.
func (c *combiner) own(i int) *content.Document {
	d := c.docs[i]
	if c.owned[d] {
		return d
	}
	cp := *d
	cp.OwnExtra()
	cp.Fields = d.Fields.Clone()
	cp.Params = maps.Clone(d.Params)
	cp.Speakers = slices.Clone(d.Speakers)
	cp.Authors = slices.Clone(d.Authors)
	cp.Tags = slices.Clone(d.Tags)
	if c.owned == nil {
		c.owned = map[*content.Document]bool{}
	}
	c.owned[&cp] = true
	c.docs[i] = &cp
	return &cp
}

// keys are the names a document answers to: its ids, its slug and, for
// a file that is one record, the file's base name.
func keys(d *content.Document, perFile bool) []string {
	return recordIDs(d, perFile || !d.FromRecord())
}

// merge returns the records that no page adds to; a record a page adds
// to is merged into a copy of the page in c.docs.
func (c *combiner) merge(pages, records []*content.Document) []*content.Document {
	if len(pages) == 0 || len(records) == 0 {
		return records
	}
	type kk struct {
		kind content.Kind
		key  string
	}
	// Only pages of a kind some record has can take one.
	kinds := map[content.Kind]bool{}
	for _, r := range records {
		kinds[r.Kind] = true
	}
	byKey := make(map[kk]int, 2*len(pages))
	for i, p := range pages {
		if !kinds[p.Kind] {
			continue
		}
		for _, k := range append(keys(p, true), personKey(p)) {
			if _, ok := byKey[kk{p.Kind, k}]; !ok && k != "" {
				byKey[kk{p.Kind, k}] = i
			}
		}
	}
	perFile := recordsPerFile(records, c.nested)
	var rest []*content.Document
	for _, r := range records {
		i, found := -1, false
		for _, k := range append(recordIDs(r, perFile[r.File] == 1), personKey(r)) {
			if i, found = byKey[kk{r.Kind, k}]; found {
				break
			}
		}
		if !found {
			rest = append(rest, r)
			continue
		}
		mergeInto(c.own(i), r)
	}
	return rest
}

// personKey is the key of the person a speaker's page or record is
// about ("person:" and their slug), "" for other kinds: a record of the
// person a page is about is that page's, though the page's slug comes
// from its file (_speakers/matz.html) and the record's from the name,
// as the site model merges them into one person anyway; kept apart,
// the record was a second page of that person, at another URL.
func personKey(d *content.Document) string {
	if d.Kind != content.KindSpeaker || len(d.Speakers) == 0 || d.Speakers[0].Slug == "" {
		return ""
	}
	return "person:" + d.Speakers[0].Slug
}

// mergeInto gives the page p the fields of the record r that it does
// not set itself, and r's body when p has none. A title the page did
// not write (taken from its first line) gives way to the record's.
func mergeInto(p, r *content.Document) {
	text := func(dst *string, src, field string) {
		if *dst == "" && src != "" {
			*dst = src
			p.Fields.Set(field, r.Pos(field))
		}
	}
	if !p.Fields.Has("title") && r.Title != "" {
		// The page's title came from its file name or first line.
		p.Title = ""
	}
	text(&p.Title, r.Title, "title")
	text(&p.Track, r.Track, "track")
	text(&p.Format, r.Format, "format")
	text(&p.Level, r.Level, "level")
	text(&p.Event, r.Event, "event")
	text(&p.Slides, r.Slides, "slides")
	text(&p.Video, r.Video, "video")
	text(&p.Summary, r.Summary, "summary")
	// An event's: a page of it that says nothing of where and when
	// keeps what its record says.
	text(&p.Venue, r.Venue, "venue")
	if zone := p.Extras().Timezone; zone == "" && r.Extras().Timezone != "" {
		p.EditExtra().Timezone = r.Extras().Timezone
		p.Fields.Set("timezone", r.Pos("timezone"))
	}
	if len(p.Extras().Rooms) == 0 {
		p.EditExtra().Rooms = r.Extras().Rooms
	}
	if p.Room == "" && !p.AllRooms {
		p.Room, p.AllRooms = r.Room, r.AllRooms
	}
	if p.Date.IsZero() {
		p.Date, p.End, p.Floating = r.Date, r.End, r.Floating
		p.Fields.Set("date", r.Pos("date"))
	}
	if len(p.Speakers) == 0 {
		p.Speakers = r.Speakers
	} else if p.Kind == content.KindSpeaker && len(r.Speakers) > 0 {
		fillPerson(&p.Speakers[0], r.Speakers[0])
	}
	p.Tags = appendNew(p.Tags, r.Tags)
	if len(strings.TrimSpace(string(p.Body))) == 0 && len(r.Body) > 0 {
		p.Body, p.BodyLine = r.Body, r.BodyLine
	}
	for k, v := range r.Params {
		if _, ok := p.Params[k]; !ok {
			if p.Params == nil {
				p.Params = map[string]any{}
			}
			p.Params[k] = v
		}
	}
}

// fillPerson gives the person of a speaker's page what the record of
// that person says and the page does not (a company, an account), as
// the site model merges a person's files. Not the photo: a record writes
// it relative to its own file, and the site model finds it from there
// only for the record's own page.
func fillPerson(dst *content.Person, src content.Person) {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&dst.Bio, src.Bio}, {&dst.Company, src.Company}, {&dst.Twitter, src.Twitter},
		{&dst.Github, src.Github}, {&dst.Mastodon, src.Mastodon}, {&dst.LinkedIn, src.LinkedIn}, {&dst.URL, src.URL},
		{&dst.Pronouns, src.Pronouns}, {&dst.Role, src.Role},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
}

// appendNew appends the words of b not in a, case ignored.
func appendNew(a, b []string) []string {
	for _, w := range b {
		if !slices.ContainsFunc(a, func(x string) bool { return strings.EqualFold(x, w) }) {
			a = append(a, w)
		}
	}
	return a
}

// index lists every document by the names references use. find makes
// it when first asked: a site whose records name nothing (a reading list)
// never needs it.
func (c *combiner) index() {
	perFile := recordsPerFile(c.docs, c.nested)
	// Sized for the four or five names of each document: grown as it
	// fills, the map was most of the preview's join of a large site.
	c.byKey = make(map[string][]int, 5*len(c.docs))
	add := func(k string, i int) {
		if k != "" && !slices.Contains(c.byKey[k], i) {
			c.byKey[k] = append(c.byKey[k], i)
		}
	}
	for i, d := range c.docs {
		for _, k := range keys(d, perFile[d.File] == 1) {
			add(k, i)
		}
		if !d.FromRecord() {
			// A page is also named by its path: "talks/a-talk", as a
			// programme written beside the folders of pages names it.
			p := strings.ToLower(strings.TrimSuffix(d.Path, path.Ext(d.Path)))
			add(p, i)
			if j := strings.LastIndexByte(p, '/'); j >= 0 {
				if k := strings.LastIndexByte(p[:j], '/'); k >= 0 {
					add(p[k+1:], i)
				}
			}
		}
		add("title:"+strings.ToLower(d.Title), i)
	}
}

// find returns the document of kind k named ref, or -1.
func (c *combiner) find(ref string, k content.Kind) int {
	if c.byKey == nil {
		c.index()
	}
	ref = strings.ToLower(strings.TrimSpace(ref))
	for _, key := range []string{idKey(ref), strings.Trim(ref, "/"), "title:" + ref} {
		for _, i := range c.byKey[key] {
			if c.docs[i].Kind == k {
				return i
			}
		}
	}
	return -1
}

// references resolves the speakers and events that talks name by a
// record's id, code or slug. Pages are left to the site model, which
// merges people and events by name and slug: a page that names no record
// is never copied.
func (c *combiner) references() {
	named := func(d *content.Document) bool {
		return d.FromRecord() && (d.Kind == content.KindSpeaker || d.Kind == content.KindEvent)
	}
	refers := func(d *content.Document) bool {
		return slices.ContainsFunc(d.Speakers, func(p content.Person) bool { return p.Ref })
	}
	if !slices.ContainsFunc(c.docs, named) && !slices.ContainsFunc(c.docs, refers) {
		// No record a talk could name: nothing to resolve.
		return
	}
	for i := range c.docs {
		d := c.docs[i]
		if d.Kind != content.KindTalk {
			continue
		}
		for j, sp := range d.Speakers {
			k := c.find(sp.Name, content.KindSpeaker)
			if k < 0 && sp.Slug != "" {
				// A reference written as a slug (bill-kennedy) or a
				// path (_speakers/bill-kennedy.md) was made a readable
				// name (Bill Kennedy) the record answers not to; its
				// slug is the record's file name or id.
				k = c.find(sp.Slug, content.KindSpeaker)
			}
			if k < 0 || !c.docs[k].FromRecord() || len(c.docs[k].Speakers) == 0 {
				continue
			}
			// The talk names the record's person; the record's page
			// holds the rest (bio, photo…), merged by the site model
			// as a speaker page's, and warned about there alone.
			rec := c.docs[k].Speakers[0]
			c.own(i).Speakers[j] = content.Person{Name: rec.Name, Slug: rec.Slug}
			d = c.docs[i]
		}
		if refers(d) {
			c.unresolved(i)
			d = c.docs[i]
		}
		if d.Event != "" {
			if k := c.find(d.Event, content.KindEvent); k >= 0 && c.docs[k].FromRecord() && c.docs[k].Slug != d.Event {
				c.own(i).Event = c.docs[k].Slug
			}
		}
	}
}

// unresolved leaves out of talk i the speakers it names by an id that
// no speaker record answers to, with a warning each: an id shown as a
// name would be a speaker nobody is.
func (c *combiner) unresolved(i int) {
	d := c.own(i)
	kept := d.Speakers[:0]
	for _, p := range d.Speakers {
		if !p.Ref {
			kept = append(kept, p)
			continue
		}
		c.diags.Warnf(d.Pos("speakers"), "talk %q names speaker %s by id, and no speaker record of the site has that id; the talk is read without this speaker; keep the export of the speakers (pretalx's /speakers/) in the data folder beside the talks', or export the talks with their speakers expanded", d.Title, p.Name)
	}
	d.Speakers = kept
}
