package content

import (
	"strings"
	"time"
)

// normalize fills doc from its front matter (root, which may be nil),
// reading every alias of content.md's table.
func normalize(doc *Document, f *fields) {
	root := f.root
	if root != nil {
		doc.Kind = f.kind()
	} else {
		// Without front matter the path's date is the page's: it
		// makes the page a note, which a date it did not give would
		// leave undated, out of the feeds and last in its lists.
		t, dated := pathDate(doc.Path, f.loc)
		doc.Kind = KindOf(doc.Path, KindHints{HasDate: dated})
		if dated {
			doc.Date, doc.Floating = t, true
		}
	}
	doc.Slug = defaultSlug(doc.Path)
	if root == nil {
		return
	}
	if c := f.categories(); c != nil || doc.Extra != nil {
		doc.Categories = c
	}
	if doc.Kind == KindSpeaker {
		// A person's name is their name: beside it, "title" is their
		// job title (djangocon's "title: Django Fellow"), read as their
		// role by speakerPerson. A display name beside "name" is the one
		// to show: "name" is then a handle (DevOpsDays' speaker records).
		if s, e, ok := f.text("title", nameKeys...); ok {
			doc.Title = s
			if BareKey(e.key) == "name" {
				// name: Martin beside surname: Splitt; a handle beside
				// first_name and last_name names them (nameHandle).
				doc.Title = withFamily(s, f.root)
				if nameHandle(f.root) != "" {
					doc.Title = partsName(f.root)
				}
			}
		}
		if doc.Title == "" {
			// Sessionize's and address books' firstName, lastName.
			doc.Title = plainText(partsName(f.root))
		}
		if doc.Title == "" {
			// Eleventy's speaker pages keep the person under
			// "speaker:", with a "page:" mapping of their own beside
			// it: the person's name is the page's title, never a
			// heading of the body.
			if f.own = f.ownPerson(); f.own != nil {
				doc.Title = f.own.Name
			}
		}
		if doc.Title == "" {
			f.setText(&doc.Title, "title", "title")
		}
	} else if f.personPage() {
		f.setText(&doc.Title, "title", "name")
	} else if doc.Kind == KindTalk {
		// Programmes kept as data name a talk by what it is
		// (sessionName, talk_title) beside a speaker's name and time,
		// as Eleventy conference sites' _data/schedule.json do.
		f.setText(&doc.Title, "title", talkTitleKeys...)
	} else if doc.Kind == KindEvent {
		// An events collection may name each event as its talks name
		// it (event_name: Kyoto Frontend Night 7), an Astro schema's
		// event_name beside start_datetime: the event's own name.
		f.setText(&doc.Title, "title", "title", "name", "event_name")
	} else {
		f.setText(&doc.Title, "title", "title", "name")
	}
	doc.Title = titleText(doc.Title)
	if f.pandocFormat {
		pandocTitle(doc)
	}
	f.summary()
	f.book()          // before people: a book's author wrote the book, not the page
	f.episodePeople() // before people: a show's hosts come before author
	f.people()
	f.dates()
	f.sponsor()
	f.place()
	f.track()
	if doc.Kind == KindTalk {
		f.format()
		f.setText(&doc.Level, "level", "level", "difficulty", "audience_level", "audience", "complexity")
		if isBreakName(doc.Format) || len(doc.Speakers) == 0 && isBreakName(doc.Title) {
			doc.Format = "break"
		}
		f.ownerSpeaker() // after the format, which tells a break
	}
	f.cover()
	f.tags()
	f.slides()
	f.video()
	f.materials()
	f.event()
	f.url()
	f.aliases()
	f.redirectTo()
	f.slug()
	f.flags()
	f.external()
	f.reading()
	f.blockTalks()
	if doc.Kind == KindEvent {
		if s, _, ok := f.text("timezone", "timezone"); ok {
			doc.EditExtra().Timezone = s
		}
		f.rooms()
	}
}

// kind decides the document's kind and uses the kind field.
func (f *fields) kind() Kind {
	h := KindHints{
		Layout:      f.peek("layout"),
		Type:        f.peek("type"),
		HasSpeakers: f.has(speakerKeys...),
		HasDate:     f.hasDate() && !f.topPage(),
		NamesEvent:  f.namesEvent(),
		Recorded:    f.recorded(),
		HasAuthors:  f.has("authors", "author"),
		Sponsor:     f.sponsorShaped(),
		OthersTalk:  f.othersTalk(),
	}
	if f.forced != "" {
		h.Kind = string(f.forced)
	}
	if f.forced == KindEvent && h.NamesEvent && (h.HasSpeakers || h.HasAuthors) {
		// An event names no event of its own: a record of an events
		// collection naming its event and its people is a talk given
		// there, as a page of an events folder is (KindOf), an Astro
		// site keeping its talks in src/content/events/*.json.
		h.Kind = string(KindTalk)
	}
	if s, e, ok := f.text("kind", "kind"); ok {
		if _, known := ParseKind(s); known {
			h.Kind = s
		} else if f.forced == KindTalk {
			// A talk of a collection of talks (a speaker's sessions):
			// its kind is its own word, a format (keynote, workshop)
			// read by format, or the speaker's part in it (moderator),
			// kept in Params.
			f.unuse(e)
		} else {
			f.warnf(e.val.pos, "unknown kind %q; use one of %s", s, kindList())
		}
	}
	return KindOf(f.doc.Path, h)
}

// topPage reports whether, under Options.SectionPosts, the document is
// a page at the top of the content folder (cfp.md, about/index.md) whose
// file name does not start with a date: its date is when it was written,
// not a post's.
func (f *fields) topPage() bool {
	if !f.sectionPosts {
		return false
	}
	p := f.doc.Path
	if dir, file, nested := strings.Cut(p, "/"); nested {
		if strings.Contains(file, "/") || !strings.HasPrefix(file, "index.") || datedName(dir) {
			return false
		}
	}
	return !datedName(baseName(p))
}

// datedName reports whether a file or folder name starts with a date.
func datedName(name string) bool {
	_, _, ok := datePrefix(name, time.UTC)
	return ok
}

// hasDate reports whether the front matter or the file name gives a
// date, without using any field: a page without one is a page, not a note.
func (f *fields) hasDate() bool {
	if f.has(dateKeys...) || f.has("time") {
		return true
	}
	if i, ok := f.index["published"]; ok {
		if _, isBool := boolValue(f.root.keys[i].val); !isBool && !f.root.keys[i].val.isNull() {
			return true
		}
	}
	_, ok := pathDate(f.doc.Path, time.UTC)
	return ok
}

func kindList() string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// format reads a talk's format from format, category, or a type that is
// not a kind word, folded to the singular so that "Talks" and "talk" are
// one format. Only talks have a format and a level: a blog's "category:
// musings" is a tag (see tags) and a sponsor's "level: Gold" stays in
// Params for the theme. In Quarto and R Markdown, "format" is Pandoc's
// output format and stays in Params.
func (f *fields) format() {
	// A subtype (subtype: panel) refines the type, so it says the
	// format more precisely than a type beside it.
	// service: true is how the GDG DevFest themes (and PyCon AU's) mark
	// registration, meals and opening words: drawn as slots of the
	// programme, not as sessions with a page, whatever else the record
	// says; only one that writes a link is drawn linked to its page.
	if i, ok := f.index["service"]; ok && !f.used[i] && f.peek("link") == "" {
		if v, isBool := boolValue(f.root.keys[i].val); isBool && v {
			f.used[i] = true
			f.record("format", f.root.keys[i])
			f.doc.Format = "break"
			return
		}
	}
	names := []string{"format", "category", "subtype"}
	if f.pandocFormat {
		names = names[1:]
	}
	// academicpages' talk_type says the format where its older talks
	// write type.
	names = append(names, "talk_type")
	if t := f.peek("type"); t != "" && !isKindWord(t) {
		names = append(names, "type")
	}
	if k := f.peek("kind"); f.forced == KindTalk && formatWord(k) {
		names = append(names, "kind")
	}
	f.setText(&f.doc.Format, "format", names...)
	f.doc.Format = singular(f.doc.Format)
	if f.doc.Format != "" {
		return
	}
	// A flag naming the format (keynote: true, workshop: true), as
	// pretalx's and other exporters write each format as a boolean.
	for _, flag := range []struct{ name, format string }{
		{"keynote", "Keynote"}, {"workshop", "Workshop"}, {"tutorial", "Tutorial"}, {"lightning", "Lightning talk"}, {"panel", "Panel"},
	} {
		i, ok := f.index[flag.name]
		if !ok || f.used[i] {
			continue
		}
		if v, isBool := boolValue(f.root.keys[i].val); isBool {
			f.used[i] = true
			if v && f.doc.Format == "" {
				f.record("format", f.root.keys[i])
				f.doc.Format = flag.format
			}
		}
	}
	if f.doc.Format == "" {
		// A talk of a folder of workshops is a workshop.
		f.doc.Format = FolderFormat(f.doc.Path)
	}
}

// singular turns the last word of a format written in the plural
// ("Talks", "Lightning talks", "Tutorials", "Plenaries") into the
// singular, keeping its case. Words whose plural is not made with an s
// ("ss", "us", "is" endings, words of three letters or fewer) are kept.
func singular(s string) string {
	i := strings.LastIndexAny(s, " -_") + 1
	w := s[i:]
	lw := strings.ToLower(w)
	switch {
	case len(lw) <= 3 || !strings.HasSuffix(lw, "s"):
		return s
	case strings.HasSuffix(lw, "ies"):
		return s[:len(s)-3] + matchCase(w, "y")
	case strings.HasSuffix(lw, "sses"), strings.HasSuffix(lw, "ches"), strings.HasSuffix(lw, "shes"):
		return s[:len(s)-2]
	case strings.HasSuffix(lw, "ss"), strings.HasSuffix(lw, "us"), strings.HasSuffix(lw, "is"):
		return s
	}
	return s[:len(s)-1]
}

// matchCase returns suffix in upper case when word is all upper case.
func matchCase(word, suffix string) string {
	if word == strings.ToUpper(word) {
		return strings.ToUpper(suffix)
	}
	return suffix
}

// plenaryRooms are the words a schedule writes for a talk in every room.
var plenaryRooms = map[string]bool{
	"full": true, "all": true, "all rooms": true, "all tracks": true, "plenary": true,
	"everyone": true, "everybody": true, "everywhere": true, "*": true,
}

// isPlenaryRoom reports whether a room value means all rooms, case and
// surrounding punctuation ignored ("All rooms", "(plenary)").
func isPlenaryRoom(s string) bool {
	s = strings.ToLower(strings.Trim(s, " \t.()[]-"))
	return plenaryRooms[s]
}

// track reads the track, unless the value is a schedule grid's column id:
// one character ("a", "1"), digits only, or one letter then digits ("t0",
// "T12"). Such tokens say where the talk sits in a grid, not what it is
// about, and as tracks they would make index pages named "t0". Two-letter
// words like "UX" or "Go" are real tracks and are kept. A column id stays
// in Params for themes.
func (f *fields) track() {
	defer f.trackName()
	i, ok := f.index["track"]
	if !ok {
		f.tracks()
		return
	}
	if v := f.root.keys[i].val; v.kind == scalarNode && isColumnID(strings.TrimSpace(v.text)) {
		return
	}
	f.setText(&f.doc.Track, "track", "track")
}

// tracks reads a list of tracks, as Hugo sites write a "tracks"
// taxonomy: a talk is in one track, the first; the others are tags,
// with a warning, so that they still list the talk.
func (f *fields) tracks() {
	e, ok := f.lookup("tracks")
	if !ok {
		return
	}
	words := f.words(e, "a track")
	if len(words) == 0 {
		return
	}
	f.record("track", e)
	f.doc.Track = words[0]
	if len(words) > 1 {
		f.doc.Tags = dedupeWords(f.doc.Tags, words[1:])
		f.warnf(e.pos, "%q names %d tracks, and a talk is in one: %q is its track, and the others are its tags; give the talk one track to silence this",
			e.key, len(words), words[0])
	}
}

func isColumnID(s string) bool {
	if s == "" {
		return false
	}
	if len(s) == 1 {
		return true
	}
	start := 0
	if c := s[0]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		start = 1
	}
	for _, c := range []byte(s[start:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// place reads where a talk happens, or where an event is.
func (f *fields) place() {
	switch f.doc.Kind {
	case KindEvent:
		f.venueMap()
		// "place" names where an event is as an event mapping does
		// (eventPlaceKeys), as meetup pages write it at the top; no
		// other kind reads the word, so it means nothing else here.
		f.setText(&f.doc.Venue, "venue", "venue", "location", "place")
		f.withAddress()
		f.addressText()
		f.setText(&f.doc.Room, "room", "room")
	case KindTalk:
		f.talkPlace()
	case KindNote:
		f.noteVenue()
		// On a note "location" is a city, not a room.
		f.setText(&f.doc.Room, "room", "room")
	default:
		// On a speaker page "location" is a city, not a room.
		f.setText(&f.doc.Room, "room", "room")
	}
}

// linkText is text for a field holding an address, which may also be
// written as a mapping giving it ({src: …, width: …}, as a video is for
// an embed; {url: …}).
func (f *fields) linkText(field string, names ...string) (string, entry, bool) {
	e, ok := f.lookup(names...)
	if !ok {
		return "", e, false
	}
	if e.val.kind == mapNode {
		for _, k := range []string{"url", "src", "href", "link"} {
			if v := e.val.get(k); v != nil && v.kind == scalarNode && v.tag != tagNull && cleanText(v.text) != "" {
				f.record(field, e)
				return cleanText(v.text), entry{key: e.key, pos: e.pos, val: v}, true
			}
		}
	}
	return f.entryText(field, e)
}

// unuse returns a key to Params.
func (f *fields) unuse(e entry) {
	if i, ok := f.index[strings.ToLower(e.key)]; ok {
		f.used[i] = false
	}
}

// slug reads an explicit slug: kept as written when it can be a URL part,
// else made into one; on a Hugo site made one as Hugo's urlize makes it
// (HugoNames), as Hugo publishes it without a word.
func (f *fields) slug() {
	s, e, ok := f.text("slug", "slug")
	if !ok {
		return
	}
	f.recordValue("slug", e)
	if hugo := f.doc.Names == HugoNames || f.doc.Names == HugoUndatedNames; hugo && !strings.ContainsAny(s, "/?#%\\") {
		// Hugo makes a slug a URL part with urlize, without a word:
		// "Mi Primera Entrada Ñu" is at mi-primera-entrada-ñu.
		if h := HugoNames.Part(s); h != "" {
			s = h
		}
	} else if strings.ContainsAny(s, "/ \t\n?#%\\") {
		clean := Slugify(s)
		f.warnf(e.val.pos, "slug %q cannot be part of a URL; using %q", s, clean)
		s = clean
	}
	if s != "" {
		f.doc.Slug = s
	}
}

// flags reads draft (also "published: false", "accepted: false" and
// "status: draft") and hidden (also "unlisted" and "status: hidden"). A page in a drafts folder (InDrafts) is a
// draft unless its front matter says whether it is.
func (f *fields) flags() {
	said := false
	if v, ok := f.flag("draft", "draft"); ok {
		f.doc.Draft, said = v, true
	}
	if e, ok := f.lookup("published"); ok {
		if v, isBool := boolValue(e.val); isBool {
			f.record("draft", e)
			f.doc.Draft = f.doc.Draft || !v
			said = true
		} else {
			f.warnf(e.pos, "%q should be true or false, not %s; the field is ignored", e.key, describe(e.val))
		}
	}
	if v, ok := f.flag("draft", "accepted"); ok && !v {
		f.doc.Draft = true
	}
	// Pelican's "Status: draft" and "Status: hidden"; any other status
	// (a talk's "accepted", a book's "read") is not about publishing and
	// is left to whoever reads it.
	switch st := strings.ToLower(f.peek("status")); st {
	case "draft", "hidden":
		f.record(st, f.root.keys[f.index["status"]])
		if st == "draft" {
			f.doc.Draft, said = true, true
		} else {
			f.doc.Hidden = true
		}
	}
	if !said && InDrafts(f.doc.Path) {
		f.doc.Draft = true
	}
	for _, name := range []string{"hidden", "unlisted", "eleventyexcludefromcollections"} {
		if v, ok := f.flag("hidden", name); ok && v {
			f.doc.Hidden = true
		}
	}
	f.publishing()
}

// baseName returns the last part of a slash-separated path.
func baseName(p string) string {
	return p[strings.LastIndexByte(p, '/')+1:]
}

// talkTitleKeys name a talk's title, lectern's own name first. A
// programme's records often write the title under the name of what
// they hold (talk_title, sessionName), when "title" would be the
// speaker's job title or is not written at all.
var talkTitleKeys = []string{"title", "name", "talk_title", "session_title", "session_name", "talk_name"}
