package content

import "time"

// RecordOptions say how Record reads one record of a data file.
type RecordOptions struct {
	// File is the data file, slash-separated from the site root
	// ("data/Session/3EKYA9.yml"); the Document's File and its
	// diagnostics name it.
	File string
	// Path stands for the record among the pages, relative to the
	// content folder: its folder decides the default URL as a page's
	// would ("talks/keynote.yml" is served under the talks' permalink)
	// and its base name the default slug.
	Path string
	// Kind is the kind every record of its collection has; "" decides
	// it from the record's fields, as for a page's front matter. A
	// record's own kind field wins over either.
	Kind Kind
	// Location is the zone of dates written without a UTC offset; nil
	// means UTC.
	Location *time.Location
	// Fields are more names for lectern's fields, as Options.Fields:
	// the site's [fields] and its collection's own.
	Fields map[string][]string
	// PermalinkOnly is Options.PermalinkOnly: on a Jekyll or Eleventy
	// site a record's url is the author's data (a link, a slug their
	// templates use), not its address, as a page's is.
	PermalinkOnly bool
	// TextLanguages is Options.TextLanguages.
	TextLanguages []string
	// DaysFromZero reads a talk's day of its event written as a number
	// as an index from 0 ("day: 0" the first day, "day: 1" the second),
	// for the records of a file that count so (DaysFromZero).
	DaysFromZero bool
}

// bodyKeys are the fields whose text is a record's body, in the order
// chosen: a data record has no text after its fields, and its long
// text is what a page would write there.
var bodyKeys = []string{"body", "content", "abstract", "description"}

// Record reads one record of a data file, a mapping, into a Document
// through the same field aliases and kind rules as a page's front matter
// (see Parse): a record is a page whose front matter is the record. The
// first of body, content, abstract and description is its body, read as
// markdown; the Document's Line is the line the record starts on. A
// value that is not a mapping gives a Document with an error.
func Record(v *Value, o RecordOptions) *Document {
	if o.Location == nil {
		o.Location = time.UTC
	}
	doc := &Document{File: o.File, Path: o.Path, Line: v.n.pos.Line}
	if v.n.kind != mapNode {
		doc.Kind = o.Kind
		doc.Slug = defaultSlug(o.Path)
		doc.Diags.Errorf(v.n.pos, "a record should be a mapping of fields (title: …), not %s; it is ignored", v.n.shape())
		return doc
	}
	f := newFields(doc, v.n, o.Location, o.Fields, o.TextLanguages)
	f.forced = o.Kind
	f.permalinkOnly = o.PermalinkOnly
	f.daysFromZero = o.DaysFromZero
	if e, ok := f.lookup(bodyKeys...); ok && e.val.kind == scalarNode {
		f.record("body", e)
		doc.Body = []byte(cleanText(e.val.text))
		// A block scalar ("abstract: |") starts on the next line.
		doc.BodyLine = e.val.pos.Line
		if e.val.pos.Line == e.pos.Line && len(e.val.text) > 0 && e.val.text[len(e.val.text)-1] == '\n' {
			doc.BodyLine++
		}
	}
	fill(doc, f)
	return doc
}

// ReadingList reads a list of books or links, the whole of a data file
// or one key of it, into one reading-list Document whose Items are the
// list's entries, each read as an item of a page's reading list is.
func ReadingList(list *Value, o RecordOptions) *Document {
	if o.Location == nil {
		o.Location = time.UTC
	}
	pos := list.n.pos
	root := &node{kind: mapNode, pos: pos, keys: []entry{{key: "items", pos: pos, val: list.n}}}
	doc := &Document{File: o.File, Path: o.Path, Line: pos.Line}
	f := newFields(doc, root, o.Location, nil, o.TextLanguages)
	f.forced = KindReading
	fill(doc, f)
	return doc
}

// fill normalizes doc from its fields: the part of reading a page that
// front matter and data records share.
func fill(doc *Document, f *fields) {
	normalize(doc, f)
	switch {
	case f.fallbackTitle == nil:
	case doc.Title == "":
		f.fallbackTitle()
	case isHTML(doc.File):
		if !doc.Extras().Standalone {
			// A document's <h1> is its own: no theme shows a title above it.
			dropRepeatedHTMLTitle(doc, f)
		}
	default:
		dropRepeatedTitle(doc)
	}
	fallbackSlug(doc)
	if doc.Kind == KindSpeaker {
		f.speakerPerson()
		f.thumbnailPhoto()
		f.speakerTalks()
	}
	f.eventTalks()
	f.signup()
	f.venueLink()
	doc.Params = f.params()
	eventSubtitle(doc)
	if f.pandocFormat {
		pandocSubtitle(doc)
	}
	if f.keepFront {
		doc.Front = f.front()
	}
	// Held to the end of a build: no spare room.
	doc.Fields = doc.Fields.Clone()
}
