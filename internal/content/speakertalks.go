package content

import (
	"path"
	"regexp"
	"strings"
)

// A conference site often writes its talks inside its speakers: a
// speaker's record or page lists the sessions they give whole
// ([[sessions]] tables, talks: [{title, abstract, time}]), describes
// its one talk as a mapping (talk: {title, abstract}), or in fields of
// its own (talk_title, talk_description, is_keynote). Each such talk is read as a record of the speaker's file,
// through the same aliases as any talk record, with the speaker joined;
// data.Combine makes them talks of the site. A list of names or slugs
// (talks: [intro-to-go]) names talks written elsewhere and is left alone.

// speakerTalkLists are the keys under which a speaker lists their talks.
var speakerTalkLists = []string{"talks", "sessions", "presentations"}

// speakerTalkKeys are the keys under which a speaker describes their one
// talk as a mapping of its own (talk: {title, abstract}), as the
// ServerlessDays sites' speakers.json does.
var speakerTalkKeys = []string{"talk", "session", "presentation"}

// ownTalkFields are the fields of a speaker that describe their talk,
// each with the talk's field it is.
var ownTalkFields = []struct{ speaker, talk string }{
	{"talk_title", "title"}, {"talk_description", "description"}, {"talk_abstract", "abstract"},
	{"talk_summary", "summary"}, {"talk_level", "level"}, {"talk_format", "format"},
	{"talk_slides", "slides"}, {"talk_video", "video"}, {"is_keynote", "keynote"},
}

// longBioKeys hold a speaker's long bio, written beside a short bio for
// lists (bio: "Creator of Ruby.", details: "Matz is …"): the speaker's
// page shows it as its text when the page has none of its own.
var longBioKeys = []string{"details", "long_bio", "full_bio", "bio_long"}

// speakerTalks sets doc.Talks from the talks a speaker's fields hold,
// and the page's text from its long bio. It runs after speakerPerson,
// whose person is each talk's speaker.
func (f *fields) speakerTalks() {
	doc := f.doc
	if doc.Kind != KindSpeaker || f.root == nil || len(doc.Speakers) == 0 {
		return
	}
	own := f.ownTalk()
	if a := own.get("abstract"); a != nil && doc.BodyLine == a.pos.Line {
		// The speaker's "abstract" is the text of their talk, which
		// shows it, not their own, nor their bio (speakerPerson).
		if p := &doc.Speakers[0]; p.Bio == strings.TrimSpace(string(doc.Body)) {
			p.Bio = ""
		}
		doc.Body, doc.BodyLine = nil, 0
	}
	f.longBio()
	owner := Person{Name: doc.Speakers[0].Name, Slug: doc.Speakers[0].Slug}
	var talks []*Document
	if own != nil {
		t := f.talk(own, owner)
		if p := &doc.Speakers[0]; p.Role != "" && sameTitle(p.Role, t.Title) {
			// The "title" beside the name was the talk's (title: "Offline
			// Maps", talk: "<p>…"), not the speaker's job title.
			p.Role = ""
		}
		talks = append(talks, t)
	}
	for _, it := range f.talkMappings(speakerTalkKeys) {
		talks = append(talks, f.talk(it, owner))
	}
	for _, it := range f.listedTalks(speakerTalkLists) {
		talks = append(talks, f.talk(it, owner))
	}
	doc.Talks = talks
}

// listedTalks returns the talks written whole (titledTalk) in the lists
// the page itself writes under keys, in the order written: a speaker's
// or an event's.
func (f *fields) listedTalks(keys []string) []*node {
	var out []*node
	for _, k := range keys {
		i, ok := f.index[k]
		if !ok || f.root.keys[i].inherited || f.root.keys[i].val.kind != listNode {
			continue
		}
		for _, it := range f.root.keys[i].val.items {
			if it.kind == mapNode && titledTalk(it) {
				out = append(out, it)
			}
		}
	}
	return out
}

// talkMappings returns the talks written whole (titledTalk) as the
// mapping the page itself writes under one of keys, in keys' order. A
// text there (talk: "Event Host", talk: intro-to-go) names a role or a
// talk written elsewhere, and makes none.
func (f *fields) talkMappings(keys []string) []*node {
	var out []*node
	for _, k := range keys {
		i, ok := f.index[k]
		if !ok || f.root.keys[i].inherited {
			continue
		}
		if n := f.root.keys[i].val; n.kind == mapNode && titledTalk(n) {
			out = append(out, n)
		}
	}
	return out
}

// titledTalk reports whether a speaker's list item is a talk written
// whole: a mapping with a title. A mapping naming a talk page by its
// path or slug alone is a reference, not a talk.
func titledTalk(n *node) bool {
	return mapText(n, "title", "name", "talk_title", "session_title") != ""
}

// ownTalk returns the talk a speaker's own fields describe, as a mapping
// of the talk's fields at the line of its title; nil without a title.
// Beside the talk's own fields (ownTalkFields, and the abstract that
// ownTalkTitle finds), the fields that can only be a talk's (its time,
// room, slides: speakerTalkFields) go with it, as a speakers list that
// is also the programme writes them on the speaker.
func (f *fields) ownTalk() *node {
	title, text := f.ownTalkTitle()
	if title == nil {
		return nil
	}
	n := &node{kind: mapNode, pos: title.pos, keys: []entry{{key: "title", pos: title.pos, val: title.val}}}
	if text != nil {
		n.keys = append(n.keys, entry{key: "abstract", pos: text.pos, val: text.val})
	}
	for _, tf := range ownTalkFields {
		if e := f.ownEntry(tf.speaker); e != nil && tf.talk != "title" {
			n.keys = append(n.keys, entry{key: tf.talk, pos: e.pos, val: e.val})
		}
	}
	for _, k := range speakerTalkFields {
		if e := f.ownEntry(k); e != nil {
			n.keys = append(n.keys, entry{key: k, pos: e.pos, val: e.val})
		}
	}
	return n
}

// speakerTalkFields are the fields of a speaker that writes its talk in
// its own fields which describe that talk, not the person: they go with
// the talk, read under their own names.
var speakerTalkFields = []string{"abstract", "time", "start_time", "end_time", "room", "track", "keynote", "slides", "video", "duration"}

// ownTalkTitle returns the entry titling the talk a speaker's own fields
// describe, and the entry holding its text where that is not a field of
// ownTalkFields: talk_title (talkTitle); else a text under "talk" beside
// the talk's abstract (talk: "Learning to see", abstract: "…"), as a
// speakers list keeps one talk a speaker; else "title" beside a "talk"
// holding the talk's text (title: "Empathetic Design", talk: "<p>…"),
// which lists write for a template printing {{ speaker.title }} over
// {{ speaker.talk }}. A short text under "talk" alone (talk: "Event
// Host", talk: intro-to-go) is a role or names a talk written elsewhere.
func (f *fields) ownTalkTitle() (title, text *entry) {
	if e := f.ownEntry("talk_title"); e != nil {
		return e, nil
	}
	talk := f.ownEntry("talk")
	if talk == nil || talk.val.kind != scalarNode {
		return nil, nil
	}
	for _, k := range []string{"abstract", "talk_abstract", "talk_description", "talk_summary"} {
		if e := f.ownEntry(k); e != nil && e.val.kind == scalarNode {
			return talk, nil
		}
	}
	if t := f.ownEntry("title"); t != nil && t.val.kind == scalarNode && talkText(talk.val.text, t.val.text) {
		return t, talk
	}
	return nil, nil
}

// talkText reports whether text, written under a speaker's "talk" beside
// their "title", is the talk's description rather than its title: it
// says in a dozen words or more at least twice what the title says.
func talkText(text, title string) bool {
	words := len(strings.Fields(htmlTag.ReplaceAllString(text, " ")))
	return words >= 12 && words > 2*len(strings.Fields(title))
}

// ownEntry returns the entry the page itself writes under key (by any of
// its spellings), a text that is not empty or a value that is no text;
// nil for none, for null, false, and an entry a folder's data gives.
func (f *fields) ownEntry(key string) *entry {
	i, ok := f.index[key]
	if !ok || f.root.keys[i].inherited {
		return nil
	}
	e := &f.root.keys[i]
	if v := e.val; v.isNull() || v.kind == scalarNode && (strings.TrimSpace(v.text) == "" || v.tag == tagBool && strings.EqualFold(v.text, "false")) {
		return nil
	}
	return e
}

// talk reads one talk of the speaker owner, written at n. Its slug is
// made from its title, as a record's is; owner is its first speaker
// unless it names them itself.
func (f *fields) talk(n *node, owner Person) *Document {
	title := mapText(n, "title", "name", "talk_title", "session_title")
	p := "talks/" + Slugify(title) + path.Ext(f.doc.File)
	t := Record(&Value{n}, RecordOptions{File: f.doc.File, Path: p, Kind: KindTalk, Location: f.loc, PermalinkOnly: f.permalinkOnly})
	t.Speakers = appendPeople([]Person{owner}, t.Speakers...)
	if !t.Fields.Has("speakers") {
		t.Fields.Set("speakers", n.pos)
	}
	return t
}

// htmlComment matches an HTML comment, which shows nothing.
var htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)

// longBio makes a speaker's long bio the text of a page that has none
// (a front matter only page, a record), so that the speaker's page
// shows it after the short bio.
func (f *fields) longBio() {
	doc := f.doc
	if !blankBody(doc.Body) {
		return
	}
	for _, k := range longBioKeys {
		i, ok := f.index[k]
		if !ok {
			continue
		}
		e := f.root.keys[i]
		if e.val.kind != scalarNode || e.val.isNull() || strings.TrimSpace(e.val.text) == "" {
			continue
		}
		// Not used: the field stays in Params for the site's templates.
		f.record("body", e)
		doc.Body = []byte(cleanText(e.val.text))
		doc.BodyLine = e.val.pos.Line
		if e.val.pos.Line == e.pos.Line && strings.HasSuffix(e.val.text, "\n") {
			// A block scalar ("details: |") starts on the next line.
			doc.BodyLine++
		}
		return
	}
}

// blankBody reports whether a body shows nothing: only spaces, HTML
// comments and the fences that hold an .html page's raw HTML.
func blankBody(b []byte) bool {
	for _, l := range strings.Split(htmlComment.ReplaceAllString(string(b), ""), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && strings.Trim(l, "~") != "" && strings.TrimLeft(l, "~") != rawHTMLInfo {
			return false
		}
	}
	return true
}

// formatWord reports whether a talk's kind field names its format
// (kind: keynote), as a collection of talks writes it, rather than the
// part a speaker plays in it (kind: moderator).
func formatWord(s string) bool {
	switch strings.ToLower(singular(strings.TrimSpace(s))) {
	case "keynote", "workshop", "tutorial", "lightning", "lightning talk", "panel", "plenary", "session", "demo", "masterclass":
		return true
	}
	return false
}
