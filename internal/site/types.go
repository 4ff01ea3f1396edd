package site

import (
	"html/template"
	"slices"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// Site is the whole website as data.
type Site struct {
	Config config.Config
	// sources records the pages whose markdown, let go once written,
	// could not be read again the same (see SourceErrors); nil when no
	// markdown is let go.
	sources *sources

	// Pages are all pages built from content files, sorted by URL.
	Pages []*Page
	// Talks are sorted by date (undated last), then title.
	Talks []*Page
	// Notes are sorted newest first.
	Notes []*Page
	// Readings are the reading-list pages, sorted by title; the pages of
	// single books (Document.Book) are entries of Reading instead.
	Readings []*Page
	// Other are the pages of kind page, sorted by URL.
	Other []*Page
	// Sponsors are the visible sponsor pages grouped by tier, in the
	// order of content.TierRank; nil for a site without sponsors.
	Sponsors []*SponsorTier

	// Speakers are every person who gives a talk or has a speaker page,
	// merged by slug and sorted by name.
	Speakers []*Speaker
	// Events are sorted by start date.
	Events []*Event
	// Schedule is the programme published at /schedule/: the only or
	// newest event's, else that of the talks of no event; nil for a site
	// without talks.
	Schedule *Schedule

	// Tags, Tracks, Formats and Levels index the pages by term.
	Tags    *Taxonomy
	Tracks  *Taxonomy
	Formats *Taxonomy
	Levels  *Taxonomy

	// Reading is the site-wide reading list: every item of every reading
	// page and every list of links in prose, deduplicated by normalized URL.
	Reading []*ReadingEntry

	// LayoutPages are the pages their layouts make, left out (see
	// LayoutPage), in file order.
	LayoutPages []LayoutPage
	// Assets are the non-page files to copy, with their output paths.
	Assets []Asset

	// Programme is where each dated talk is, for the next build to tell
	// what moved (see Changes).
	Programme *Programme

	// NamedBy is the file of the home page that gave the site its title,
	// Config.Title, when nothing else named it (see nameSite); "" when
	// the config or the README did.
	NamedBy string

	// Updated is the newest date of any page, the feed's updated time; it
	// comes from content, not the clock, so output is reproducible.
	Updated time.Time

	// Data is the site's data files as templates read them
	// (.Site.Data.schedule, .Site.Data.events.2019.london): folders and
	// file base names as keys, values as the files wrote them. The build
	// sets it; see docs/data-files.md.
	Data map[string]any

	speakersBySlug map[string]*Speaker
	// speakerAliases maps a speaker page's own slug to its person, as
	// people resolved speaker_slugs naming the page: Move resolves a
	// talk's new speakers with it as Build does (see repeople).
	speakerAliases map[string]*Speaker
	eventsBySlug   map[string]*Event
	// editioned reports that a person has pages per event (see
	// editions): Move leaves a change of people to a build then.
	editioned bool
	// refs answers the pages' template tags. Build makes it once and
	// Patch reuses it: a patch changes a body only, never what the index
	// holds (files, paths, the pages themselves), and making it anew cost
	// a preview edit milliseconds per ten thousand pages.
	refs *refIndex
	// includes are the files of a Jekyll site's _includes folder, by
	// their path in it: non-nil when page bodies are Liquid (see
	// Options.Includes).
	includes map[string][]byte
	// repository is Options.Repository, else Options.Folder: the
	// repository whose files the
	// site is, for links written as its addresses on a code host
	// (markdown.Tags.Repository).
	repository string
	// shortcodes are Options.Shortcodes.
	shortcodes map[string]markdown.ShortcodeTemplate
	// bibs is Options.Bibliographies.
	bibs map[string][]content.BibEntry
	// readFile is Options.ReadFile.
	readFile func(name string) ([]byte, error)
	// eleventy is Options.Eleventy.
	eleventy bool
	// static is Options.Static: in-place edits choose a person's local
	// photo as Build does (photoIn), from photos, where the site's
	// files are published, made at the first edit that asks and kept:
	// an edit in place changes no asset.
	static      func(output string) bool
	staticNamed func(name string) []string
	photos      *photoFiles
	// filesAt is Options.FilesAt, its default applied.
	filesAt string
	// back is the document of the page Remove takes out while
	// RemoveReturning runs: the page comes back made of it at once.
	back *content.Document
	// previous reports that the build knew an earlier programme
	// (Changes.Previous): a talk moved in time may then be shown as
	// moved, which Move leaves to a build.
	previous bool
}

// Page is one content page: its document, with dates moved to the zone of
// its event, plus what the model resolved. Fields of Page shadow the
// document's fields of the same name (Speakers, Tags, Track, Format, Level,
// Event, Items) with their resolved form.
type Page struct {
	// Doc is the document the page was made from, as loaded. The page
	// keeps it as a named field, not embedded: where the model decides a
	// value of its own (Title, Speakers, Track…) the two are told apart
	// by name, never by which one a promotion picks.
	Doc content.Document

	// URL is the page's path from the site root, starting and ending with a
	// slash unless the author's permalink names a file ("/about.html"),
	// percent-encoded (EscapePath): every output may write it as it is.
	URL string
	// Output is the file the page is written to, relative to the output
	// folder ("talks/x/index.html"): OutputPath(URL).
	Output string
	// Aliases are the page's old URLs (see builder.aliases), at each of
	// which a redirect to URL is written.
	Aliases []string

	// body is the body rendered to HTML: see Content.
	body *body
	// SummaryHTML is the summary field rendered as markdown.
	SummaryHTML template.HTML
	// Description is plain text for meta tags and feeds: the summary, else
	// the body's first paragraph.
	Description string
	Headings    []markdown.Heading
	WordCount   int
	// Image is the URL of a note's picture (Doc.Image), its cover or its
	// link previews' alone (Doc.Cover): root-relative for a file of the
	// site, as written for a web address, "" for none or for a file the
	// site does not have (a warning: see cover).
	Image string
	// Slides, Video and Links are a talk's materials (Doc.Slides,
	// Doc.Video, Doc.Links) as pages link them: as written, but for a
	// relative path that names no published file and whose path ends
	// the one published file's, which becomes that file's root-relative
	// URL (see materials).
	Slides, Video string
	Links         []content.Link

	Speakers []*Speaker
	Authors  []*Speaker
	Tags     []*Term
	Track    *Term
	Format   *Term
	Level    *Term
	Event    *Event
	// Items are the page's reading-list entries: front matter items first,
	// then the lists of links found in its prose. They are the site-wide
	// entries, merged with what other pages wrote about the same URL.
	Items []*ReadingEntry
	// OwnItems are the reading items exactly as this page wrote them, in
	// the same order, each with where it was written and the entry it
	// joined: a reading-list page shows these, so that its statuses and
	// notes are its own.
	OwnItems []PageItem
	// Lists describe the lists of the body that have an item starting with
	// a link, taken as reading lists or not (see markdown.LinkList). On a
	// page with "reading: false" none is taken, whatever Taken says.
	Lists []markdown.LinkList

	// Status is the talk's change of plan: "cancelled", "moved" or "".
	Status string
	// MovedFrom is where and when the talk was at the last build of the
	// same output folder, when it has moved since (see Programme); nil
	// otherwise.
	MovedFrom *Placement

	// source is the loaded document the page was made from, by identity,
	// for the Memo.
	source *content.Document

	// The flags come last, together: between wider fields each took a
	// word of padding (docs/memory.md, "Fields packed").

	// Blank reports that the body shows nothing of its own
	// (markdown.Result.Blank): where lectern writes a page of its own at
	// the page's URL, lectern's is written (docs/urls.md).
	Blank bool
	// Math is set when the body holds TeX math, so that a theme can load
	// KaTeX or MathJax on those pages only (docs/template-tags.md).
	Math bool
	// Pageless reports a break (see IsBreak) that gets no page of its
	// own, as its author did not ask for one with "page: true": it shows
	// on the schedule and in its exports, and nothing links to it. Its
	// URL is still set, as an identifier.
	Pageless bool
	// clashed reports that the page claimed a URL with others (see
	// resolveClashes): whether they are copies depends on its body, so
	// Patch leaves an edit of it to a full build.
	clashed bool
	// datedByEvent reports that the talk wrote no date and took its
	// one-day event's (dateByOneDayEvent): an edit of it or of its event
	// is left to a full build (DatedByEvent).
	datedByEvent bool
}

// DatedByEvent reports that the page is a talk that writes no date of
// its own and is dated on the day of its one-day event. The model dates
// it as it joins talks to events, which no patch in place does again:
// the preview builds the model again for an edit of such a talk or of
// an event while one is held.
func (p *Page) DatedByEvent() bool { return p.datedByEvent }

// Speaker is a person, merged from every file that names them.
type Speaker struct {
	content.Person
	URL string
	// BioHTML is Bio rendered as markdown.
	BioHTML template.HTML
	// Page is the person's own page under content/speakers/, or nil. Its
	// Content is the long biography.
	Page *Page
	// Talks are sorted by date, then title.
	Talks []*Page
	// Notes are the notes they wrote, newest first.
	Notes []*Page
	// Event is the event whose folder holds Page when the person has a
	// speaker page in each of several events' folders (see editions);
	// nil otherwise.
	Event *Event
	// Editions are, for such a person, their pages of the other events,
	// each a Speaker of its own (its bio, URL and that event's talks),
	// oldest event first. Only the person in Site.Speakers has them.
	Editions []*Speaker
}

// Taxonomy is one way of grouping pages: tags, tracks, formats or levels.
type Taxonomy struct {
	// Name is the plural key ("tags"); Singular is "tag".
	Name     string
	Singular string
	// Title is the heading of the index page ("Tags").
	Title string
	// URL is the index page's path ("/tags/").
	URL string
	// Terms are sorted by name, case-insensitively.
	Terms []*Term
}

// Term is one tag, track, format or level with its pages.
type Term struct {
	Name string
	Slug string
	URL  string
	// Pages are sorted newest first, undated last.
	Pages []*Page
}

// Event is a conference or meetup that talks belong to.
type Event struct {
	Name  string
	Slug  string
	URL   string
	Venue string
	// Timezone is the IANA name as configured; Location is it resolved
	// (the site's zone when none is set).
	Timezone string
	Location *time.Location
	// zoned reports that Timezone named a zone that was found: only then
	// are its talks' dates shown in it (see joinEvent).
	zoned bool
	// named reports that the event was made by its talks naming it,
	// with no page, record or config.toml declaring it (see Archive).
	named bool
	// derived reports that Start and End were filled from the event's
	// talks (finishEvents): a talk moved in time may move them.
	derived bool
	// partial reports that the event's page dates it by a month or a
	// year alone (content.Document.DatePrecision): no day its talks
	// could take (dateByOneDayEvent).
	partial bool
	Start   time.Time
	End     time.Time
	Rooms   []string
	// Description is the description of an event declared in
	// config.toml, rendered; an event page's body is its Page's Content.
	Description template.HTML
	// Page is the event's content page, or nil when declared in config.
	Page *Page
	// file is the path of the page that declares the event, "" for
	// none: references to it by its entry's id (eventOfRef) find it
	// before the pages are joined to their events.
	file string
	// datesPos is where the site's settings date the event when they do
	// (siteProgramme), for warnings about its dates; zero otherwise.
	datesPos diag.Pos
	// Talks are sorted by start time, then room order, then title.
	Talks []*Page
	// Sponsors are the sponsors the event's own file lists, by tier (see
	// eventTiers); nil for none.
	Sponsors []*SponsorTier
	// Schedule is the event's programme laid out by day and room; nil
	// for an event without talks.
	Schedule *Schedule
}

// Listed reports whether the event is listed with the others (the
// events index, the home page): it has a URL, and its page, if any, is
// not hidden.
func (e *Event) Listed() bool {
	return e.URL != "" && (e.Page == nil || !e.Page.Doc.Hidden)
}

// Timed reports whether the event's own page or config.toml dates it to
// a time of day on one day, as a meetup's evening is (17:30, or 17:30 to
// 18:30): its pages then show the hours, and its calendars put its talks
// that have no time of their own in them. An evening that runs into the
// small hours of the next day (a hack night from 20:00 to 00:00 or
// 02:00, eveningEnd) is one too: it is shown by its hours, not as two
// days. An event dated by days alone, over several days, or by its
// talks (whose times its programme shows) is not.
func (e *Event) Timed() bool {
	if e.derived || !HasTime(e.Start) {
		return false
	}
	end := e.End.In(e.Start.Location())
	if !e.End.After(e.Start) || end.Year() == e.Start.Year() && end.YearDay() == e.Start.YearDay() {
		return true
	}
	next := e.Start.AddDate(0, 0, 1)
	return end.Year() == next.Year() && end.YearDay() == next.YearDay() && end.Hour() < eveningEnd && end.Sub(e.Start) < 12*time.Hour
}

// eveningEnd is the hour of the next day before which an event that
// starts on one day is still that day's evening (Event.Timed).
const eveningEnd = 6

// ReadingEntry is one thing worth reading, with every page that mentions it.
type ReadingEntry struct {
	content.Item
	// Key is the normalized URL that deduplicates entries (or the
	// normalized title when there is no URL).
	Key string
	// Sources are the pages that list or mention the item, sorted by URL.
	Sources []*Page
}

// Asset is a file copied to the output as is.
type Asset struct {
	// Source is the path in the site's source fs.FS ("content/talks/a.png").
	Source string
	// Output is the path under the output folder ("talks/a/a.png").
	Output string
}

// Loaded returns the loaded document the page was made from, by
// identity: the loading stage hands back the same *content.Document for
// a file it did not read again, and Patch puts the edited one in its
// place. Doc is a copy of it, equal to it but in ModelFields. A build
// that releases bodies (Options.ReleaseBodies) lets it go once the model
// is made: Loaded is then nil.
func (p *Page) Loaded() *content.Document { return p.source }

// BodyEdit reports whether doc, the page's file read again, differs from
// the document the page was made from in its body alone: a patch then
// keeps every field the model set on the page (Patch), its dates among
// them.
func (p *Page) BodyEdit(doc *content.Document) bool {
	return p.source != nil && doc != nil && sameButBody(p.source, doc)
}

// ModelFields name the fields of Page.Doc that the model may set
// otherwise than the loaded document has them: dates moved into the zone
// of their event, a date taken from the site's history, a sponsor's logo
// found among the static files. A cache keyed by Page.Loaded (the
// preview's fingerprints) reads these from Doc and the rest from the
// document; a field the model starts to set must be added here, or such
// a cache goes stale (TestDocDiffersFromSourceInModelFieldsOnly). A
// talk's Room and Venue are among them: its location read as where it
// was given (Site.Placeless) rather than as a room. So is Floating: a
// talk dated by its event (dateByEventDay, dateByOneDayEvent) is on the
// wall clock of the event's zone.
var ModelFields = slices.Concat(keptFields, []string{"Room", "Venue", "Floating"})

// keptFields are the ModelFields a patched page keeps from the page it
// was (withModelFields): a patch reads Room and Venue from the edited
// document, as the model never sets them on a page a patch may edit
// (Site.Relocates builds such a site again), and Floating, which it
// sets only on talks dated by their event, whose edits build the model
// again but for their bodies' (see Page.BodyEdit).
var keptFields = []string{"Date", "End", "Updated", "Logo"}
