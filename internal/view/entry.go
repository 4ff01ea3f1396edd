package view

import (
	"html/template"
	"time"

	"lectern/internal/content"
)

// Entry is what a list shows of a page: everything of it but its body.
// Home, term, note, speaker, event and schedule lists show entries; a
// page's own output shows a Page. Field names are those of the model's
// page, so that templates written for it keep working.
type Entry struct {
	// Kind is the page's kind: "talk", "note", "reading", "event",
	// "speaker", "sponsor" or "page".
	Kind  string
	Title string
	Slug  string
	// URL is the page's root-relative, percent-encoded URL.
	URL string
	// Date and End are zero when absent, in the zone of the page's event
	// or the one they were written in; Updated is when the page was last
	// changed, zero when not written.
	Date    time.Time
	End     time.Time
	Updated time.Time
	// DatePrecision is how much of Date the page wrote: a day, or only a
	// month or a year, which templates show as written ("2019") with
	// the period and isoPeriod functions, never with a day or a time.
	DatePrecision content.Precision
	// TimeOfDay is the time of day an undated talk writes alone
	// (time: 9:15AM), as 15:04 ("09:15"): lists of talks not yet
	// scheduled show it, as they are in its order. "" for a dated page
	// or one that writes none.
	TimeOfDay string
	Room      string
	// AllRooms reports a room written as every room; Room is then "".
	AllRooms bool
	// Speakers give a talk; Authors wrote a note. Both are in the order
	// written.
	Speakers []*PersonRef
	Authors  []*PersonRef
	// Tags, Track, Format and Level are the page's terms; a missing one
	// is nil.
	Tags   []*TermRef
	Track  *TermRef
	Format *TermRef
	Level  *TermRef
	// Categories are the categories as Jekyll reads them (also tags).
	Categories []string
	// Event is the event the page belongs to, or nil.
	Event  *EventRef
	Slides string
	// Links are a talk's other materials (code, paper…), in order.
	Links []Link
	Video string
	// VideoHost names the video's service ("YouTube") or its host;
	// VideoThumbnail is the image given for it with video_thumbnail.
	VideoHost      string
	VideoThumbnail string
	// Image is the URL of the cover image shown above a note (see
	// site.Page.Image and content.Document.Cover); ImageAlt its text.
	Image, ImageAlt string
	// Summary is the summary field as written; SummaryHTML is it
	// rendered as markdown.
	Summary     string
	SummaryHTML template.HTML
	// Description is plain text: the summary, else the body's first
	// paragraph.
	Description string
	// Status is the talk's change of plan: "cancelled", "moved" or "".
	// MovedFrom is where and when it was before it moved, or nil.
	Status    string
	MovedFrom *Placement
	// CalendarURL is the talk's own .ics file, "" for a page that is not
	// a dated talk.
	CalendarURL string
	// Pageless reports a break without a page of its own: lists show its
	// title unlinked. Break reports a break (a pause in the programme).
	Pageless bool
	Break    bool
	// External is the absolute address a pageless entry is read at,
	// outside the site (an article written for a magazine, a talk's
	// conference page, a Hugo card for an outside page): lists link its
	// title there. "" for the rest.
	External string
	// LinkTo is the outside page a link post (a note with a page of its
	// own) is about, an absolute address: the page shows it, lists show
	// it beside the post's title. "" for the rest.
	LinkTo string
	// Episode is what a podcast episode's post adds (its recording,
	// its place in the show), nil for every other entry: held apart
	// so that the entries of a large site, few of them episodes, stay
	// in their allocator size class. Templates read it through Audio,
	// AudioDuration, EpisodeNumber and Season.
	Episode *Episode
	Draft   bool
	// Hidden pages are rendered but left out of lists; see the visible
	// template function.
	Hidden bool
	// Venue, Timezone and Rooms describe an event page; Venue is also
	// where a talk was given and where a note's work was published or
	// given (a journal, a university).
	Venue    string
	Timezone string
	Rooms    []string
	// Tier, Logo and Link describe a sponsor.
	Tier string
	Logo string
	Link string
	// FrontMatterItems are the reading items the page wrote in its front
	// matter, in order.
	FrontMatterItems []Item
	// Params are the front matter fields lectern does not know, by key as
	// written.
	Params map[string]any
	// uncached marks an entry made for a person's view alone (see
	// Builder.SparePeople, Uncached).
	uncached bool
}

// Placement is where and when a talk was before it moved.
type Placement struct {
	Start time.Time
	Room  string
}

// Item is one reading item as its page wrote it.
type Item struct {
	Title  string
	URL    string
	Author string
	// Note is the note's plain text; NoteHTML the note rendered when it
	// has markup (inline, or blocks when NoteBlocks), else empty.
	Note       string
	NoteHTML   template.HTML
	NoteBlocks bool
	// Status is "to-read", "reading", "read", "abandoned" or "".
	Status string
	// Rating is 1 to 5 (4.5 for four and a half stars), 0 when not rated;
	// Year is the year the work came out, 0 when unknown.
	Rating float64
	Year   int
	// Date is when it was read, Started when reading began; zero when
	// unknown.
	Date    time.Time
	Started time.Time
	// DateText is when it was read as written, when that names no day
	// (Date is then zero).
	DateText string
	ISBN     string
	// Cover is the address of a picture of the book's cover, as Item's.
	Cover string
	Tags  []string
	// Source says where the page wrote it: "front matter" or "line 12".
	Source string
	// Series is the series the book is a volume of, SeriesNumber its
	// place in it, SeriesURL the series' page; "" when none.
	Series, SeriesNumber, SeriesURL string
}

// ReadingEntry is one thing worth reading on the site-wide reading list,
// with the pages that mention it.
type ReadingEntry struct {
	Title  string
	URL    string
	Author string
	// Note, NoteHTML and NoteBlocks are Item's.
	Note       string
	NoteHTML   template.HTML
	NoteBlocks bool
	Status     string
	Rating     float64
	Year       int
	Date       time.Time
	Started    time.Time
	// DateText is Item's.
	DateText string
	ISBN     string
	// Cover is Item's.
	Cover string
	Tags  []string
	// Key is the normalized URL (or title) the entry is known by.
	Key string
	// Sources are the pages that list or mention it, sorted by URL.
	Sources []*Entry
	// Series, SeriesNumber and SeriesURL are as Item's.
	Series, SeriesNumber, SeriesURL string
}

// SponsorTier is the sponsors of one tier.
type SponsorTier struct {
	// Name is the tier ("Gold"), "" for sponsors without one.
	Name     string
	Sponsors []*Entry
	// Event is the event whose file lists these sponsors at this tier,
	// nil for sponsors grouped by their own tier.
	Event *EventRef
}

// Link is one of a talk's materials: a name to show and its address.
type Link struct {
	Name string
	URL  string
}

// Episode is a podcast episode's recording and place in its show.
type Episode struct {
	// Audio is the recording the post is the page of, an address or a
	// path from the root, and AudioDuration its running time as a clock
	// ("41:05"); "" for none.
	Audio, AudioDuration string
	// Number and Season place the episode in its show
	// (content.Episode): "12" and "2", "" for none.
	Number, Season string
}

// episodeOf is the Episode of an entry: nil when ep holds nothing.
func episodeOf(ep Episode) *Episode {
	if ep == (Episode{}) {
		return nil
	}
	return &ep
}

// Audio is the recording the entry's post is the page of (Episode), ""
// for none.
func (e *Entry) Audio() string {
	if e.Episode == nil {
		return ""
	}
	return e.Episode.Audio
}

// AudioDuration is the running time of the entry's recording, "" for
// none.
func (e *Entry) AudioDuration() string {
	if e.Episode == nil {
		return ""
	}
	return e.Episode.AudioDuration
}

// EpisodeNumber is the entry's episode number in its show, "" for none.
func (e *Entry) EpisodeNumber() string {
	if e.Episode == nil {
		return ""
	}
	return e.Episode.Number
}

// Season is the season of the entry's episode, "" for none.
func (e *Entry) Season() string {
	if e.Episode == nil {
		return ""
	}
	return e.Episode.Season
}
