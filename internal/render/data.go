package render

import (
	"html/template"
	"time"

	"lectern/internal/content"
	"lectern/internal/view"
)

// Data is what every HTML template receives as dot. Which fields are set
// depends on Kind; the others are nil or empty. Templates must treat every
// string as text: html/template escapes it.
type Data struct {
	// Site is what pages read of the site as a whole: configuration,
	// navigation, counts and lists.
	Site *view.Site
	// Kind names the template being run: "home", "talk", "note",
	// "reading", "page", "event", "speaker", "speakers", "taxonomy",
	// "term", "list" (the index of a kind of page: the talks, the
	// notes), "reading-index", "schedule" or "404".
	Kind string

	// Page is the content page shown: set for talk, note, reading, page
	// and event, and for speaker and event when they have their own file.
	Page *view.Page
	// Speaker is set for speaker.
	Speaker *view.Person
	// Event is set for event, and for a talk or schedule of an event.
	Event *view.Event
	// Schedule is set for schedule: the programme laid out by day and
	// room; and on the first page of home, the site's programme (for
	// what is on now), nil when it has none.
	Schedule *view.Schedule
	// Taxonomy is set for taxonomy and term; Term for term.
	Taxonomy *view.Taxonomy
	Term     *view.Term

	// Intro is the author's _index.md introducing this index, Hugo's
	// convention for a list page's own text: set on the first page of
	// home, list and speakers when the site has one at its URL (see
	// docs/themes.md). Its title is the heading of list and speakers;
	// home keeps the site's title. Templates show .Intro.Content above
	// the list.
	Intro *view.Page

	// Section is set on list and speakers: which kind of page the index
	// lists and the words for it.
	Section *view.Section

	// Pager is set on paginated lists: home, speakers, term and list.
	Pager *Pager
	// Pages are the pages listed on this page: the talks of home (this
	// page of them), the pages of a term, the talks or notes of list,
	// the talks of an event. Hidden
	// pages are left out.
	Pages []*view.Entry
	// Events are this page of the events index (newest first), and on
	// the first page of home the events it names: every event, by start
	// date, or the newest six of more (.Site.EventsURL then lists them
	// all).
	Events []*view.Event
	// Speakers are this page of the speakers index.
	Speakers []*view.Person
	// Notes are the latest notes, on the first page of home, and on an
	// event's page the notes naming the event.
	Notes []*view.Entry
	// Contents are, on the first page of home of a folder of markdown
	// (config's folder_home), its top folders and pages that the intro
	// does not link, folders first, as a code host lists them below a
	// README (see docs/themes.md).
	Contents []Link
	// Sponsors are the site's sponsors grouped by tier, for sponsors.
	Sponsors []*view.SponsorTier
	// Reading is the site's reading list grouped by status, for
	// reading-index; on a tag's page of the list, the entries with the tag.
	Reading []ReadingGroup
	// ReadingTags are every tag of the reading list's entries, for
	// reading-index; ReadingTag is the tag whose page this is, nil on the
	// list itself. ReadingTagURLs maps each tag as written to its page.
	ReadingTags    []*ReadingTag
	ReadingTag     *ReadingTag
	ReadingTagURLs map[string]string
	// Taxonomies are the site's taxonomies that have terms, in the order
	// tags, tracks, formats, levels.
	Taxonomies []*view.Taxonomy
	// Menu is the site navigation: config's menu, or one made from the
	// indexes the site has.
	Menu []MenuLink

	// Title is the document title ("Talk · Site"); Heading is the page's
	// own title for its h1.
	Title   string
	Heading string
	// Description is plain text for the meta description.
	Description string
	// URL is this output's root-relative URL; Canonical is it made
	// absolute on base_url (root-relative when base_url is empty).
	URL       string
	Canonical string
	// OGType is the Open Graph type ("website", "article", "profile").
	// Image is an absolute image URL for og:image, or "": the page's share
	// preview card when the site has a base URL. ImageAlt describes it;
	// ImageWidth and ImageHeight are its size in pixels, 0 when unknown.
	OGType      string
	Image       string
	ImageAlt    string
	ImageWidth  int
	ImageHeight int
	// SiteURL is the absolute base URL, "" when base_url is not set: then
	// og:url, og:image and the sitemap are left out, as they must be
	// absolute.
	SiteURL string
	// Feeds are the Atom feeds to announce with <link rel=alternate>.
	Feeds []Link
	// JSONLD is the page's schema.org data, marshalled by encoding/json
	// (which escapes <, > and &), for a <script type="application/ld+json">.
	JSONLD template.JS
	// Style is CSS for a <style> element in the page's head: on schedule,
	// the rules of its track and level filters.
	Style template.CSS
	// NoIndex asks search engines not to index the page (404).
	NoIndex bool
	// Scripts are root-relative URLs of scripts to load at the end of the
	// body: the local-time script and the dev server's live reload.
	Scripts []string
}

// Link is a titled URL.
type Link struct {
	Title string
	URL   string
}

// MenuLink is one link of the navigation; see view.MenuLink.
type MenuLink = view.MenuLink

// ReadingGroup is the entries of the reading list that share a status.
type ReadingGroup struct {
	// Status is the item status ("reading", "to-read", "read",
	// "abandoned", or "" for none); Title is its heading.
	Status  string
	Title   string
	Entries []*view.ReadingEntry
}

// DayGroup is the pages of one calendar day, in the day's own zone, or
// of one month or year for pages dated by it alone (Precision).
type DayGroup struct {
	// Date is the first page's date; zero for the undated pages.
	Date      time.Time
	Precision content.Precision
	Pages     []*view.Entry
}
