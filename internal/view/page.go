package view

import (
	"html/template"
	"time"

	"lectern/internal/content"
	"lectern/internal/markdown"
)

// Page is what a page's own output shows of it: every field of its
// Entry, its body rendered and what was found in it, and its source file.
// It is built for the job that renders it, never kept between builds,
// so that an edit of the body the preview patches in place shows.
type Page struct {
	// File is the page's path relative to the site source
	// ("content/talks/x.md"); Path is it relative to content/.
	File string
	Path string

	Kind           string
	Title          string
	Slug           string
	URL            string
	Date           time.Time
	End            time.Time
	Updated        time.Time
	DatePrecision  content.Precision
	Room           string
	AllRooms       bool
	Speakers       []*PersonRef
	Authors        []*PersonRef
	Tags           []*TermRef
	Track          *TermRef
	Format         *TermRef
	Level          *TermRef
	Categories     []string
	Event          *EventRef
	Slides         string
	Links          []Link
	Video          string
	VideoHost      string
	VideoThumbnail string
	// Image is the URL of the cover image shown above a note (see
	// site.Page.Image and content.Document.Cover); ImageAlt its text.
	Image       string
	ImageAlt    string
	Summary     string
	SummaryHTML template.HTML
	Description string
	Status      string
	MovedFrom   *Placement
	CalendarURL string
	Pageless    bool
	External    string // where a pageless entry is read, outside the site (Entry)
	LinkTo      string // the outside page a link post is about (Entry)
	// Audio and AudioDuration are the post's recording (Entry).
	Audio         string
	AudioDuration string
	// EpisodeNumber and Season are the episode's place in its show (Entry).
	EpisodeNumber string
	Season        string
	// Guests reports that Speakers are a podcast episode's guests
	// (content.Extras.Guests), whom the page names so.
	Guests   bool
	Break    bool
	Draft    bool
	Hidden   bool
	Venue    string
	Timezone string
	Rooms    []string
	Tier     string
	Logo     string
	Link     string
	// FrontMatterItems are the reading items written in front matter;
	// Items are every reading entry of the page (front matter, then the
	// lists of links in its prose), merged site-wide.
	FrontMatterItems []Item
	Items            []*ReadingEntry
	Params           map[string]any

	// AbstractHTML is SummaryHTML when the page writes an abstract apart
	// from its summary (site.Page.AbstractHTML), else empty: a note's page
	// shows it above the body, where its summary alone is not shown.
	AbstractHTML template.HTML

	// Content is the body rendered to HTML.
	Content   template.HTML
	Headings  []markdown.Heading
	WordCount int
	// Math reports TeX math in the body.
	Math bool
}
