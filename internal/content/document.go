package content

import (
	"html/template"
	"time"

	"lectern/internal/diag"
)

// Kind is what a page is. It decides the page's default URL, its template
// and the indexes it joins.
type Kind string

// The kinds of page lectern knows. See KindOf for how a file's kind is decided.
const (
	KindTalk    Kind = "talk"
	KindNote    Kind = "note"
	KindReading Kind = "reading"
	KindSpeaker Kind = "speaker"
	KindEvent   Kind = "event"
	KindPage    Kind = "page"
	// KindSponsor is a sponsor's card: shown on the sponsors page by
	// tier, never dated, never in a feed.
	KindSponsor Kind = "sponsor"
)

// Document is one page as lectern understood it: front matter normalized
// through the field aliases, the body as repaired markdown, and the
// diagnostics found while reading it. A Document is never modified after
// Load returns it, so later stages may share it between goroutines.
type Document struct {
	// File is the page's path relative to the site source, slash-separated,
	// for example "content/talks/keynote.md". Diagnostics name it.
	File string
	// Path is File relative to the content folder ("talks/keynote.md").
	Path string
	Kind Kind

	Title string
	// Slug is the last part of the page's URL: the front matter's slug, or
	// the file name without extension and without a YYYY-MM-DD- prefix.
	Slug string
	// URL is the output path the author asked for with url or permalink,
	// as written; empty means the site's permalink rules decide. The site
	// model percent-encodes it and refuses one that cannot be published.
	URL string
	// Aliases are the page's old URLs (aliases, redirect_from), as
	// written: a path from the site's root, or one relative to the
	// page's folder. The site model resolves them; a redirect to the
	// page is written at each.
	Aliases []string

	// Date and End are zero when absent. Both keep the UTC offset they were
	// written with; a date written without one is in the configured zone.
	Date time.Time
	End  time.Time
	// TimeOfDay is the time since midnight that a page with no date
	// writes in its "time" (or "start_time", "time_start") field alone
	// (time: 9:15AM): no day to go on, so Date stays zero and the field
	// stays in Params, but a programme keeps its undated talks in that
	// order and shows the time beside them. HasTimeOfDay reports it was
	// written (midnight is a time too).
	TimeOfDay time.Duration
	// Updated is when the page was last changed (updated, lastmod…), zero
	// when not written. It never stands in for Date.
	Updated time.Time

	// Speakers are the people giving a talk (or, on a speaker page, the
	// person the page is about); Authors are the writers of a note.
	Speakers []Person
	Authors  []Person

	Tags []string
	// Categories are the categories as Jekyll reads them, for URL patterns
	// that hold them (:categories): the list or the space-separated words
	// of "categories", then the value of "category", each once, in the
	// order written. They are tags as well (see Tags).
	Categories []string
	Track      string
	Format     string
	Level      string
	Room       string
	// Event is the name or slug of the event a talk belongs to, as written.
	Event  string
	Slides string
	// Links are a talk's other materials, in the order written (see
	// materials): its code, paper, poster…
	Links []Link
	Video string
	// Summary is long text (abstract, description); it may hold markdown and
	// HTML as exporters wrote it.
	Summary string
	// Image is a note's picture as written, a path or a web address:
	// its cover (cover, heroImage, featured_image…), which the blog shows
	// above the post (Cover is set), else the picture it gives link
	// previews alone (image, as jekyll-seo-tag reads it, or the first of
	// Hugo's images).
	Image string

	// Venue is where an event page's event is (its zone and rooms are
	// Extra's Timezone and Rooms).
	Venue string

	// Logo and Link describe a sponsor: its logo's address and its
	// website (its tier is Extra's).
	Logo string
	Link string

	// Talks are the talks a speaker's page or record, or an event's
	// page, writes whole: each titled mapping of its talks or sessions
	// list, and the talk a speaker's own fields describe (talk_title,
	// talk_description, is_keynote), each read as a record of File at
	// its line with the speaker joined (see speakerTalks), or as a talk
	// of the event (see eventTalks). data.Combine makes them the site's.
	Talks []*Document

	// Items are the reading-list entries written in front matter.
	Items []Item

	// Params holds the front matter fields lectern does not know, by their
	// key as written, decoded into plain Go values (string, bool, int64,
	// float64, time.Time, []any, map[string]any). Templates reach them.
	Params map[string]any
	// Front is the whole front matter as written, as plain values, for a
	// page read with Options.KeepFront (a Jekyll site's, whose Liquid
	// reads fields by the keys and in the shapes they were written);
	// nil otherwise.
	Front map[string]any

	// Body is the repaired markdown after the front matter, adapted from
	// the page's format: in .mdx what markdown cannot show is left out,
	// and raw HTML (Franklin's "~~~" blocks, the body of an .html page)
	// is fenced as "~~~{=html}" (see docs/formats.md). Lines never move.
	Body []byte
	// BodyLine is the 1-based line of the file on which Body starts, so that
	// positions found in the body can be reported as lines of the file.
	BodyLine int
	// Line is the line of File on which a record of a data file starts
	// (see Record); 0 for a page, which is the whole of its file. Many
	// records may share one File.
	Line int

	// Fields records where each known field was written, by lectern's own
	// field name ("date", "speakers"…), so that later stages can point at the
	// line of a value they find wrong (a double-booked room, say).
	Fields Positions

	// Extra holds the fields few documents write, nil when none is
	// (see Extra).
	Extra *Extra

	// Diags are the warnings and errors found in this file. A document with
	// an error is still returned, for inspect, but is not built.
	Diags diag.List

	// The flags and one-byte fields come last, together: between wider
	// fields each took a word of padding, and a page holds a copy of its
	// document (docs/memory.md, "Fields packed").

	// Names is the rule by which the names of Path's folders and file
	// become the parts of the page's URL when it is published at its
	// path, that of the tool the site is written for (Options.Names);
	// the zero value is lectern's. Slug stays lectern's slug whatever the
	// rule: people and events are matched by it.
	Names PathNames
	// HasTimeOfDay reports that TimeOfDay was written.
	HasTimeOfDay bool
	// Floating reports that Date (and End) were written without a UTC
	// offset and were placed in Options.Location; the site model moves them
	// to the zone of the talk's event when it has one.
	Floating bool
	// DatePrecision is how much of Date was written: a day (the zero
	// value), or only a month or a year ("date: 2019", "date: May 2019",
	// a talk's "year: 2019"). A partial date is the first instant of its
	// period in the configured zone (Floating), so it sorts at the start
	// of its month or year; it has no time of day, and a schedule shows
	// it beside the days rather than in them.
	DatePrecision Precision
	// RoomIsLocation reports that Room was read from "location" on a
	// talk that names no event: a conference's room ("location: Room
	// 101") or, as talk archives write it, where the talk was given
	// ("location: Atlanta, Georgia"). The model decides which, from the
	// site's other talks (site.Site.Placeless).
	RoomIsLocation bool
	// AllRooms reports that the room was written as a word meaning every
	// room ("full", "All rooms", "plenary"); Room is then empty.
	AllRooms bool
	// Cover reports that Image is a cover, shown above the post.
	Cover bool
	// Draft and Hidden are the page's draft and hidden (unlisted) flags.
	Draft  bool
	Hidden bool
	// Intro marks the page that introduces the index lectern makes at its
	// URL rather than taking its place, as Hugo's _index.md does: the
	// README at the top of a folder of markdown no generator builds, as
	// a code host shows it above the files (Options.ReadmeHome).
	Intro bool
	// NoPage is set by "permalink: false", as Eleventy reads it: the
	// page has no output of its own, and shows where a break does (the
	// schedule, the lists of the site's data) without a link.
	NoPage bool
	// NoSitemap is set by "sitemap: false" (jekyll-sitemap, Eleventy) or
	// Hugo's "sitemap: {disable: true}": the page is published and listed,
	// but left out of sitemap.xml.
	NoSitemap bool
	// NoReading is set by "reading: false": the page opts out of having the
	// lists in its prose taken as reading lists.
	NoReading bool
	// UsesPage is set, with NoReading, on a "uses" page that does not
	// write reading: true (a file named uses, a page titled Uses or What
	// I use): its lists are the tools and gear its author works with,
	// not things to read.
	UsesPage bool
	// Book reports a file that is one book of a one-book-per-file
	// collection: Items holds that book, and the page is not a list.
	Book bool
}

// FromRecord reports whether the document is a record of a data file
// (Line > 0) rather than a page, which is the whole of its file.
func (d *Document) FromRecord() bool { return d.Line > 0 }

// Pos returns the position of field in the file, or the file's first line
// when the field was not written.
func (d *Document) Pos(field string) diag.Pos {
	if p, ok := d.Fields.Get(field); ok {
		return p
	}
	// A record is where it starts in its data file; a page, its first line.
	return diag.Pos{File: d.File, Line: max(d.Line, 1), Col: 1}
}

// Person is a speaker or author. Every field but Name and Slug may be empty.
type Person struct {
	Name string
	// Slug identifies the person across files: names that differ only in
	// case, spacing or accents share a slug. See Slugify.
	Slug     string
	Bio      string
	Company  string
	Twitter  string
	Github   string
	Mastodon string
	// LinkedIn is the address of the person's LinkedIn profile, made
	// whole from a handle ("ada" is https://www.linkedin.com/in/ada).
	LinkedIn string
	URL      string
	Photo    string
	// Pronouns ("he/him") and Role ("Keynote speaker") are what a name
	// carried in parentheses, kept apart so that "Ryan Cheley (he/him)"
	// and "Ryan Cheley" are one person. Themes may show them.
	Pronouns string
	Role     string
	// Term is, for a note's author whom an authors file gave (authors:
	// [ada] for Ada Lovelace), the slug of the name the page wrote:
	// Hugo's authors taxonomy names the author's page by it
	// (/authors/ada/). Empty when the page wrote the person as they are.
	Term string
	// Ref is set when Name is not a name but the id or code of a speaker
	// record, as an export's talk names its speakers when another file
	// of the export holds them: the data stage makes it that record's
	// person, and leaves it out, with a warning, when no record answers
	// to it.
	Ref bool `json:",omitempty"`
}

// Item is one entry of a reading list.
type Item struct {
	Title  string
	URL    string
	Author string
	// Note is the note as written; the model reads it as markdown and
	// then holds its plain text here (see NoteHTML).
	Note string
	// NoteHTML is the note rendered, set by the model for a note with
	// markup (a link, emphasis, raw HTML, paragraphs): the inline content
	// of a paragraph, or blocks when NoteBlocks. Empty for a plain note,
	// which is shown as Note. Neither is part of the document as loaded
	// (lectern inspect --json shows the note as written).
	NoteHTML   template.HTML `json:"-"`
	NoteBlocks bool          `json:"-"`
	// Status is one of "to-read", "reading", "read", "abandoned" or empty.
	Status string
	// Rating is 1 to 5, halves (4.5) and other decimals as written, or 0
	// when not rated.
	Rating float64
	// Year is the year the work came out, 0 when unknown; Date is when it
	// was read (finished), Started when reading began; zero when unknown.
	Year    int
	Date    time.Time
	Started time.Time
	// DateText is when it was read as written, when that names no day
	// ("February 2018 - September 2018", "March 2019"): Date is then
	// zero, and the text is shown as it is.
	DateText string
	// ISBN is a book's ISBN, digits only (see NormalizeISBN).
	ISBN string
	// Cover is the address of a picture of the book's cover: a web
	// address or a path from the site's root, as written (see
	// itemCover); "" when none.
	Cover string
	Tags  []string
	// Series is the series the book is a volume of, SeriesNumber its
	// place in it as written ("3", "2.5"), SeriesURL the series' page
	// elsewhere; all empty for a book of no series (see series.go).
	Series, SeriesNumber, SeriesURL string
}

// SortKey is one key of a list's order: a field of the listed pages
// ("date", "title", "author", "file", or a front matter field) and its
// direction.
type SortKey struct {
	Field string
	Desc  bool
}
