package content

import (
	"path"
	"regexp"
	"strings"
)

// A conference site may keep its programme in its speakers' folder:
// speaker/talk-title-two.md writes the talk's title, its speaker
// (speaker: Mary Jones) and its time (session: 9:30am), and the site's
// schedule lists it as a talk. The folder says person; the page names
// another person as its speaker, which a person's own page does not.
// Its breaks sit beside them (break-one.md: speaker: left empty,
// session: 11:30am): a slot of the programme that nobody gives.

// talkPlaceKeys are the fields that say when or where a talk is given:
// evidence that a page naming another speaker is the talk itself.
var talkPlaceKeys = []string{"time", "start", "start_time", "starttime", "end", "end_time", "session", "slot", "timeslot", "room"}

// nameSeparators split a speaker field written as text naming several
// people ("Ada Lovelace, Grace Hopper & Alan Turing").
var nameSeparators = regexp.MustCompile(`\s*(?:,|&|\band\b)\s*`)

// othersTalk reports whether the page names speakers, none of them the
// page itself (its title, its name, or its file's name as a slug), and
// says when or where it is given (talkPlaceKeys): in a people folder
// such a page is a talk given by those speakers, not a person. A
// speaker's page listing themselves, alone or with a co-speaker, stays
// that person's page. A page whose speaker field is written but empty
// and which says when it is (slotTimed) is a slot of the programme too,
// a talk nobody gives or a break: a person's page does not leave its
// speaker blank beside a time.
func (f *fields) othersTalk() bool {
	if f.root == nil || !f.has(talkPlaceKeys...) {
		return false
	}
	if f.blankSpeaker() && f.slotTimed() {
		return true
	}
	own := map[string]bool{}
	for _, s := range []string{f.peek("title"), f.peek("name"), f.peek("fullname"), strings.TrimSuffix(path.Base(f.doc.Path), path.Ext(f.doc.Path))} {
		if s := Slugify(s); s != "" {
			own[s] = true
		}
	}
	var names []string
	for _, k := range speakerKeys {
		if i, ok := f.index[k]; ok {
			names = append(names, personNames(f.root.keys[i].val)...)
		}
	}
	for _, n := range names {
		if own[Slugify(n)] {
			return false
		}
	}
	return len(names) > 0
}

// blankSpeaker reports whether a speaker field is written and every one
// written is empty ("speaker:", "speakers: []", or an empty text).
func (f *fields) blankSpeaker() bool {
	written := false
	for _, k := range speakerKeys {
		i, ok := f.index[k]
		if !ok {
			continue
		}
		if len(personNames(f.root.keys[i].val)) > 0 {
			return false
		}
		written = true
	}
	return written
}

// slotTimed reports whether the page says when it is given: a time
// field holding anything, or a session field (sessionClockKeys) holding
// a time of day; "session: Morning" or "slot: 3" says no time.
func (f *fields) slotTimed() bool {
	if f.has("time", "start", "start_time", "starttime", "end", "end_time") {
		return true
	}
	_, _, ok := f.sessionClock()
	return ok
}

// personNames are the names or slugs a speaker field gives: a text
// naming one or several, a list of them, or mappings with a name.
func personNames(n *node) []string {
	var out []string
	switch n.kind {
	case scalarNode:
		if n.tag == tagNull {
			return nil
		}
		for _, s := range nameSeparators.Split(n.text, -1) {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	case listNode:
		for _, it := range n.items {
			out = append(out, personNames(it)...)
		}
	case mapNode:
		if s := mapText(n, "name", "title", "slug", "id"); s != "" {
			out = append(out, s)
		}
	}
	return out
}
