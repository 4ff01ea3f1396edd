package view

import "lectern/internal/content"

// Section is what the index of one kind of page says of itself: the
// kind it lists and the words for it, so that one template serves the
// index of every kind ("12 talks", "3 notes") without testing names.
// It is made from the kind and config.toml's permalinks alone, which a
// build renders everything again for when they change, so it needs no
// Fingerprint.
type Section struct {
	// Kind is the kind of the pages listed: "talk", "note", "speaker" or
	// "event", or "page" for a folder's pages of several kinds.
	Kind string
	// Title is the index's heading ("Talks"); Singular and Plural name
	// one and several of what it lists ("talk", "talks").
	Title    string
	Singular string
	Plural   string
	// URL is the root-relative URL of the index's first page.
	URL string
	// Programme reports a list in programme order, by day and time, as
	// the home page and the schedule show talks, rather than newest
	// first.
	Programme bool
}

// sectionWords are each listed kind's Title, Singular and Plural.
var sectionWords = map[content.Kind][3]string{
	content.KindTalk:    {"Talks", "talk", "talks"},
	content.KindNote:    {"Notes", "note", "notes"},
	content.KindSpeaker: {"Speakers", "speaker", "speakers"},
	content.KindEvent:   {"Events", "event", "events"},
	// A folder's list of pages of several kinds (see render's folder
	// lists).
	content.KindPage: {"Pages", "page", "pages"},
}

// SectionOf returns the section of the index of kind at url, or nil for
// a kind that has no index of its own.
func SectionOf(kind content.Kind, url string) *Section {
	w, ok := sectionWords[kind]
	if !ok {
		return nil
	}
	return &Section{Kind: string(kind), Title: w[0], Singular: w[1], Plural: w[2], URL: url, Programme: kind == content.KindTalk}
}
