package content

import (
	"path"
	"time"
)

// A user group's or conference's page of one event often lists the
// talks given there whole in its front matter (talks: [{speaker, title,
// slides}], sessions: […]), with no page of their own. Each is read as
// a record of the event's file, through the same aliases as any talk
// record, as a talk of that event; data.Combine makes them talks of the
// site, as it does the talks a speaker lists (speakerTalks). A list of
// names or slugs (talks: [intro-to-go]) names talks written elsewhere
// and is left alone. An event record of a data file has its talks read
// by the data package itself.

// eventTalkLists are the keys under which an event lists its talks.
var eventTalkLists = []string{"talks", "sessions"}

// eventTalks sets doc.Talks from the talks an event page's fields hold.
// It runs after fallbackSlug: the event's slug names it in each talk.
func (f *fields) eventTalks() {
	doc := f.doc
	if doc.Kind != KindEvent || doc.FromRecord() || f.root == nil {
		return
	}
	var talks []*Document
	for _, it := range f.listedTalks(eventTalkLists) {
		talks = append(talks, f.eventTalk(it))
	}
	doc.Talks = talks
}

// eventTalk reads one talk of the event, written at n. A talk without a
// date of its own is on its event's day; when in the evening the event
// does not say, so the day has no time. Its slug is its title and day,
// as meetups of a series give their talks the same titles ("Lightning
// talks").
func (f *fields) eventTalk(n *node) *Document {
	doc := f.doc
	title := mapText(n, "title", "name", "talk_title", "session_title")
	t := Record(&Value{n}, RecordOptions{File: doc.File, Path: "talks/" + Slugify(title) + path.Ext(doc.File), Kind: KindTalk, Location: f.loc, PermalinkOnly: f.permalinkOnly})
	if t.Event == "" {
		t.Event = doc.Slug
		t.Fields.Set("event", n.pos)
	}
	if t.Date.IsZero() && !doc.Date.IsZero() {
		e := doc.Date
		t.Date, t.End, t.Floating = time.Date(e.Year(), e.Month(), e.Day(), 0, 0, 0, 0, e.Location()), time.Time{}, doc.Floating
		t.Fields.Set("date", doc.Pos("date"))
	}
	if !t.Fields.Has("slug") && !t.Date.IsZero() {
		if s := Slugify(title + " " + t.Date.Format(time.DateOnly)); s != "" {
			t.Slug = s
			t.Path = "talks/" + s + path.Ext(doc.File)
		}
	}
	return t
}
