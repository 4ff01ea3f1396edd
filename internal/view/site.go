package view

import "time"

// Site is what templates read of the site as a whole: its configuration,
// navigation, counts and lists. It is the same value on every page of a
// build.
type Site struct {
	Config Config
	// Data is the site's data files as templates read them
	// (.Site.Data.schedule); see docs/data-files.md.
	Data map[string]any
	// Menu is the navigation, no link current (Data.Menu marks the
	// page's section).
	Menu []MenuLink
	// Taxonomies are those with terms, in the order tags, tracks,
	// formats, levels; Tags, Tracks, Formats and Levels are each of them
	// or nil.
	Taxonomies []*Taxonomy
	Tags       *Taxonomy
	Tracks     *Taxonomy
	Formats    *Taxonomy
	Levels     *Taxonomy
	// Pages are every page, sorted by URL; Talks by date, undated last;
	// Notes newest first; Readings (reading-list pages) by title; Other
	// (pages of kind page) by URL. Hidden pages are included.
	Pages    []*Entry
	Talks    []*Entry
	Notes    []*Entry
	Readings []*Entry
	Other    []*Entry
	// Speakers are every person who gives a talk or has a speaker page,
	// by name; Events by start date.
	Speakers []*Person
	Events   []*Event
	// Schedule is the programme published at /schedule/, or nil.
	Schedule *Schedule
	// Reading is the site-wide reading list.
	Reading  []*ReadingEntry
	Sponsors []*SponsorTier
	// Updated is the newest date of any page.
	Updated time.Time
	// SpeakersURL, NotesURL and ReadingURL are the indexes' URLs;
	// TalksURL is the talks index's, "" when the talks' permalink has no
	// folder to put one in.
	SpeakersURL string
	NotesURL    string
	ReadingURL  string
	TalksURL    string
	// EventsURL is the events index's, "" when the site has fewer than
	// two events to list (one event is the site itself).
	EventsURL string
	// NoteCount is the number of notes that are not hidden; TalkCount
	// the talks that are neither hidden nor breaks without a page (those
	// the talks index lists, site.Page.Listed); SpeakerCount the number of speakers;
	// ReadingCount the entries of the reading list; EventCount the
	// events listed (site.Event.Listed).
	NoteCount    int
	TalkCount    int
	SpeakerCount int
	ReadingCount int
	EventCount   int
}

// Config is what templates read of config.toml.
type Config struct {
	Title       string
	Description string
	Author      string
	// Language is the site's language tag ("en"), "" when not set.
	Language string
	// BaseURL is the absolute URL the site is published at, "" when not
	// set; Timezone is the site's IANA zone as written.
	BaseURL  string
	Timezone string
	// Feed is the URL of the site's Atom feed ("/feed.xml", or where a
	// Jekyll site's feed.path put it).
	Feed string
	// TermFeed is the name of a tag's feed in the tag's folder
	// ("feed.xml", or "index.xml" where a Hugo site's readers found it):
	// a tag's feed is at its URL followed by TermFeed.
	TermFeed string
	// Params are the config's own fields lectern does not know.
	Params map[string]string
}

// MenuLink is one link of the navigation. Current is set on the link of
// the section the page is in, for aria-current.
type MenuLink struct {
	Name    string
	URL     string
	Current bool
}

// Links are what the Site view takes from the renderer rather than the
// model: the navigation and the indexes' URLs, which depend on the theme's
// rules for them.
type Links struct {
	Menu        []MenuLink
	SpeakersURL string
	NotesURL    string
	ReadingURL  string
	TalksURL    string
	EventsURL   string
}
