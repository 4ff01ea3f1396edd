package render

import (
	"strconv"

	"lectern/internal/content"
)

// Kind is what a job makes: an HTML page of one of the theme's page
// templates (its name, with ".html", is the template's), or a file of
// one of lectern's own kinds. It is a small number rather than the name
// itself: every switch on it names a constant the compiler checks, and a
// large site's job list holds one byte where it held a string.
type Kind uint8

// The kinds of HTML pages, one per page template.
const (
	KindNone Kind = iota
	KindHome
	KindList
	KindTalk
	KindNote
	KindReading
	KindPage
	KindEvent
	KindEvents
	KindSpeaker
	KindSpeakers
	KindSponsor
	KindSponsors
	KindTaxonomy
	KindTerm
	KindReadingIndex
	KindSchedule
	// KindSearch is the search page and the search index it reads.
	KindSearch
	Kind404

	// The kinds of the other files.
	KindFeed
	KindCalendar
	KindScheduleFile
	KindReadingExport
	KindCard
	KindIcon
	KindManifest
	KindServiceWorker
	KindRobots
	KindSitemap
	KindRedirect
	KindStatic

	kinds // how many there are
)

// kindNames are the kinds' names: a page template's file name without
// ".html", what templates see as .Kind, and what diagnostics say.
var kindNames = [kinds]string{
	KindNone:          "",
	KindHome:          "home",
	KindList:          "list",
	KindTalk:          "talk",
	KindNote:          "note",
	KindReading:       "reading",
	KindPage:          "page",
	KindEvent:         "event",
	KindEvents:        "events",
	KindSpeaker:       "speaker",
	KindSpeakers:      "speakers",
	KindSponsor:       "sponsor",
	KindSponsors:      "sponsors",
	KindTaxonomy:      "taxonomy",
	KindTerm:          "term",
	KindReadingIndex:  "reading-index",
	KindSchedule:      "schedule",
	KindSearch:        "search",
	Kind404:           "404",
	KindFeed:          "feed",
	KindCalendar:      "calendar",
	KindScheduleFile:  "schedule-file",
	KindReadingExport: "reading-export",
	KindCard:          "card",
	KindIcon:          "icon",
	KindManifest:      "manifest",
	KindServiceWorker: "service-worker",
	KindRobots:        "robots",
	KindSitemap:       "sitemap",
	KindRedirect:      "redirect",
	KindStatic:        "static",
}

// String is the kind's name (see kindNames).
func (k Kind) String() string {
	if k < kinds {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Content reports whether k is the kind of a page an author wrote, as
// opposed to one lectern generates: a content page's job shows its body
// as its own.
func (k Kind) Content() bool {
	switch k {
	case KindTalk, KindNote, KindReading, KindPage, KindEvent, KindSpeaker:
		return true
	}
	return false
}

// kindOf is the kind of the page of a content document of kind k that
// no generated page owns: a talk's, note's, reading list's or event's own
// template's, else the plain page's.
func kindOf(k content.Kind) Kind {
	switch k {
	case content.KindTalk:
		return KindTalk
	case content.KindNote:
		return KindNote
	case content.KindReading:
		return KindReading
	case content.KindEvent:
		return KindEvent
	}
	return KindPage
}
