package data

import (
	"strings"

	"lectern/internal/content"
)

// eventTitled reports whether doc is a talk that writes no title but
// names its event as a name, not an id: a speaker's list of
// appearances (an academic's _data/talks.yml of {date, event, venue,
// type, slides}, a blog's data/talks.yaml of {date, event, place,
// kind, link}) leaves the title out where the talk was a seminar or a
// keynote the event names, its templates heading each entry with the
// event. Such a talk is titled by its event, and its slug made of the
// event and its day, as an event's of a series is, since a seminar
// series is named again each time.
func eventTitled(doc *content.Document) bool {
	e := strings.TrimSpace(doc.Event)
	return doc.Kind == content.KindTalk && e != "" && content.Slugify(e) != e
}
