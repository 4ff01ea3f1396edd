package content

import "strings"

// A speaker's archive often writes a talk once with the list of times
// it was given: {title, description, events: [{name, date, url,
// slides_url}, …]} (a Hugo site's data/talks.yaml), {title, sessions:
// [{event, date, slides, video}, …]} (an Eleventy site's talks.json).
// lectern already reads a talk given at several events, written as one
// record each, as one talk per event (data-files.md, "Slugs"); such a
// list is read the same way: each delivery is a record of the talk, the
// talk's fields with the delivery's over them, at the delivery's line.

// deliveryLists are the keys under which a talk lists its deliveries,
// as BareKey writes them.
var deliveryLists = []string{"events", "sessions", "deliveries", "givenat"}

// deliveryEventKeys are the keys of an item of an events list that
// describe the event rather than the talk: they become the delivery's
// event mapping (see fields.eventMap).
var deliveryEventKeys = []string{"name", "title", "event_name", "url", "event_url", "conference_url", "link", "website", "homepage", "href",
	"place", "location", "city", "venue", "address"}

// deliveryTitleKeys name a talk; a delivery writes none (an events
// list's name is its event's).
var deliveryTitleKeys = []string{"title", "talk_title", "session_title"}

// Deliveries returns, for a talk record v that lists the events it was
// given at, one record per delivery, in the order written: v's fields
// but the list, with the delivery's fields over them. An item of an
// "events" list is an event: its name (or title), url and place are the
// delivery's event, its other fields (date, slides_url…) the talk's.
// The list qualifies when every item is a mapping that writes no title
// of its own (a slot's sessions and a speaker's talks each have one)
// and names an event or a date. It returns nil when v has no such list.
func Deliveries(v *Value) []*Value {
	if v == nil || v.n.kind != mapNode {
		return nil
	}
	for i, e := range v.n.keys {
		key := BareKey(e.key)
		if !inList(key, deliveryLists) || !deliveryItems(e.val, key == "events") {
			continue
		}
		out := make([]*Value, 0, len(e.val.items))
		for _, it := range e.val.items {
			out = append(out, &Value{delivery(v.n, i, it, key == "events")})
		}
		return out
	}
	return nil
}

// deliveryItems reports whether l is a non-empty list of deliveries.
func deliveryItems(l *node, events bool) bool {
	if l.kind != listNode || len(l.items) == 0 {
		return false
	}
	for _, it := range l.items {
		if it.kind != mapNode || mapText(it, deliveryTitleKeys...) != "" && !events {
			return false
		}
		named := mapText(it, "event", "conference", "event_name") != "" || events && mapText(it, "name", "title") != ""
		if !named && it.get("date") == nil {
			return false
		}
	}
	return true
}

// delivery merges the talk t, less its key at skip, with the delivery
// d, whose keys win; it stands at d's position.
func delivery(t *node, skip int, d *node, events bool) *node {
	own := d
	var event *node
	if events {
		own = &node{kind: mapNode, pos: d.pos}
		event = &node{kind: mapNode, pos: d.pos}
		for _, e := range d.keys {
			if inList(BareKey(e.key), bareKeys(deliveryEventKeys)) {
				event.keys = append(event.keys, e)
			} else {
				own.keys = append(own.keys, e)
			}
		}
		if mapText(event, eventNameKeys...) != "" {
			own.keys = append(own.keys, entry{key: "event", pos: event.keys[0].pos, val: event})
		} else {
			own.keys = append(own.keys, event.keys...)
		}
	}
	n := &node{kind: mapNode, pos: d.pos}
	for i, e := range t.keys {
		if i == skip || hasKey(own, e.key) {
			continue
		}
		n.keys = append(n.keys, e)
	}
	n.keys = append(n.keys, own.keys...)
	return n
}

// hasKey reports whether the mapping n writes key, case and separators
// ignored.
func hasKey(n *node, key string) bool {
	b := BareKey(key)
	for _, e := range n.keys {
		if BareKey(e.key) == b {
			return true
		}
	}
	return false
}

// bareKeys returns keys as BareKey writes them.
func bareKeys(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = BareKey(k)
	}
	return out
}

// inList reports whether s is one of list.
func inList(s string, list []string) bool {
	for _, x := range list {
		if strings.EqualFold(s, x) {
			return true
		}
	}
	return false
}
