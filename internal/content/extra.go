package content

import "time"

// Extra holds the fields of a document that few pages write: a URL
// pattern or redirect, a sponsor's tier, an HTML page's code, a list
// page's settings, a link post's address, a canonical link, a cover's
// alternative text, Quarto's execute options, an abstract beside a
// summary, a track's name beside its slug, an event's zone and rooms, a
// duration with no date to count from, the day of its event a talk
// names instead of a date. A document that writes none of them has
// none (Document.Extra is nil): a page holds a copy of its document,
// and these fields, inline, took every page of a 10,000-talk site into
// a larger size class (docs/memory.md, "Fields packed").
//
// Read them with Document.Extras, write them with Document.EditExtra.
type Extra struct {
	// URLPattern is a url or permalink written as a pattern
	// ("/blog/:year/:title/"), in the language of config.toml's
	// [permalinks] with Jekyll's tokens read as JekyllPattern reads them;
	// the site model fills it with the page's values. URL is empty then.
	URLPattern string
	// RedirectTo is set by redirect_to: the page's URL sends browsers on
	// to this address or path, and the page shows nothing of its own.
	RedirectTo string
	// EventCollection is the collection (the folder) of the entry that
	// the event field references, as Astro's reference() writes it
	// (event: {collection: meetups, id: night}); Event is then that
	// entry's id or slug. It is "" for an event named otherwise.
	EventCollection string
	// Tier is a sponsor's tier as written ("Gold"); its logo and its
	// website are the document's Logo and Link.
	Tier string
	// Code is, for an .html page, the first loop of template code in its
	// body ("{% for t in site.talks %}"), "" for a body of HTML, values,
	// tests and includes. Its Liquid runs as a markdown page's does; at
	// an address where lectern writes a page of its own, such a list
	// gives way to lectern's (render's claims).
	Code string
	// ListOf is the list of lectern's that the page's layout or Hugo
	// type names, with or without a body: "schedule" (for program,
	// programme, agenda too), "speakers", "sponsors", "talks" (and
	// sessions), or another of the layouts of lectern's lists (tags,
	// search…); "" for none. A page in an event's folder that names the
	// schedule stands for that event's (devopsdays'
	// events/2019-chicago/program.md, Type = "program").
	ListOf string
	// ListDirs are the folders, relative to the content folder, whose
	// pages an intro lists where it is not at the URL of one of lectern's
	// own indexes (a Quarto listing's contents; see listing). Nil lists
	// the intro's own folder.
	ListDirs []string
	// ListSort is the order of the pages an intro lists where its tool
	// says one (a Quarto listing's sort, newest first when it says
	// none), the first key deciding; nil leaves lectern's own order.
	ListSort []SortKey
	// External is where an entry with no page of its own (NoPage) is
	// read, an absolute http(s) address its front matter gives (see
	// external): lists link its title there instead of leaving it bare.
	External string
	// LinkTo is the outside page a link post is about: a note with a
	// page of its own that writes "link" or "link_url" (Minimal Mistakes'
	// and Daring Fireball's link posts), an absolute http(s) address.
	// The page shows it, lists show it beside the post's title, and the
	// feed's entry points there (see linkTo).
	LinkTo string
	// Canonical is where the page's text was first published, when that
	// is elsewhere: a post cross-posted from dev.to or Medium, or a talk
	// write-up first written for an employer's blog, writes it as
	// canonical_url (jekyll-seo-tag, dev.to, Ghost), canonicalURL
	// (PaperMod, Astro's blog starter) or canonical; an absolute http(s)
	// address. The page's canonical link and og:url name it, so search
	// engines credit the original, as those tools do (see canonical).
	Canonical string
	// Audio is the recording a note is the page of, a podcast episode's
	// file (see audio): the page plays it and the feed's entry carries it
	// as an enclosure. Its URL is "" for none.
	Audio Audio
	// Episode is a podcast episode's number and season (see episode),
	// its Number "" for a post that writes none.
	Episode Episode
	// Guests reports that a note's Speakers are a podcast episode's
	// guests (see episodePeople), whom its page names so, not speakers.
	Guests bool
	// ImageAlt is the cover's text for readers who cannot see it, from
	// a cover written as a mapping (cover: {url, alt}).
	ImageAlt string
	// Series are the series a post or talk is part of (see seriesTags),
	// in the order written. They are tags as well; a Hugo blog published
	// them at its series' URLs (/series/<name>/), which lead to the tags.
	Series []string
	// Execute is Quarto's "execute:" as the page reads it, merged from
	// _quarto.yml, the _metadata.yml of its folders and its own front
	// matter (see execute): what its executable cells show by default.
	Execute Execute
	// Standalone marks an .html page whose body is a whole HTML
	// document (<!doctype html> or <html> first, after comments), as a
	// Jekyll landing page or testing harness without a layout is
	// written: it is published as that document once its template tags
	// run, not inside the theme, where its <head> and its styles would
	// land in the middle of another page.
	Standalone bool
	// ListIntro marks a page with a body of its own whose layout is one
	// of the lists lectern makes itself (layout: talks, speakers,
	// schedule…): at the URL where lectern makes that list, the page
	// introduces it, its text above the list, as the layout shows the
	// page's text above the list it makes (a personal site's talks.md
	// over data/talks.yaml); elsewhere it is a page like any other.
	ListIntro bool
	// Abstract is the abstract of a page that also writes a shorter
	// description (summary, description or excerpt, which is then
	// Summary), as Hugo Academic's talks and publications do: Summary
	// describes the page in lists and link previews, Abstract is shown on
	// the page before its body. It is empty whenever Summary is: an
	// abstract written alone is the Summary.
	Abstract string
	// TrackName is the name to show for Track when the document writes
	// one beside it (track_name, trackName, track_title, nicetrack), as
	// pretalx's exports do: Track is then the slug its URL is made of.
	// It is empty when no name is written or the name is Track itself.
	TrackName string
	// Timezone and Rooms describe an event page: its IANA zone as
	// written, and its rooms in display order.
	Timezone string
	Rooms    []string
	// Duration is a "duration:" that had no date to count from when
	// the file was read (zero otherwise: End holds it). A data file may
	// date the page later, a schedule placing the talk; the site model
	// then counts End from that date, and warns only when nothing gave
	// the page a date.
	Duration time.Duration
	// EventDay is the day of its event that a talk no field dates
	// names instead ("day: 2", "day: Day 1", "day: Saturday"), zero
	// for none; the field stays in Params. The site model dates the
	// talk on that day of its event, at TimeOfDay, in the event's zone,
	// when the event has a start date, and warns when it has none.
	EventDay EventDay
	// Includes are the files whose text Quarto's include shortcode put
	// in the page (quartoIncludes), from the site's folder: the preview
	// reads the page again when one of them changes.
	Includes []string
}

// Extras returns the document's rarely written fields, the zero Extra
// when it writes none. It is a copy: write through EditExtra.
func (d *Document) Extras() Extra {
	if d.Extra == nil {
		return Extra{}
	}
	return *d.Extra
}

// EditExtra returns the document's rarely written fields to be written,
// made when it has none. Only the stage making a document writes them in
// place; a later stage holding a copy of a document gives it its own
// first (OwnExtra), as a copy shares them with the document copied.
func (d *Document) EditExtra() *Extra {
	if d.Extra == nil {
		d.Extra = new(Extra)
	}
	return d.Extra
}

// OwnExtra gives a copy of a document its own rarely written fields,
// so that writing them (EditExtra) leaves the document it was copied
// from as it was: a copy of a Document shares them. A document that
// writes none has none still.
func (d *Document) OwnExtra() {
	if d.Extra != nil {
		e := *d.Extra
		d.Extra = &e
	}
}
