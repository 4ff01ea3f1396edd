package content

import (
	"fmt"
	"strings"
)

// A meetup series names every event alike ("name: Brněnské Pyvo") and
// tells them apart by a topic and a running number (topic: Grilovací I,
// number: 50), as pyvo-style meetup data does; its own site titles an
// event "Pražské PyVo #50 anniversary". The name stays the event's title,
// and so its slug and URL; the number and topic become its subtitle,
// which the theme shows under the title. An event that writes a
// subtitle of its own keeps it.

// eventSubtitle sets an event's Params "subtitle" from its "number" and
// "topic": "#50 anniversary", "#50", or the topic alone.
func eventSubtitle(doc *Document) {
	if doc.Kind != KindEvent || doc.Params == nil {
		return
	}
	if _, own := doc.Params["subtitle"]; own {
		return
	}
	var parts []string
	switch n := doc.Params["number"].(type) {
	case int, int64, uint64:
		parts = append(parts, fmt.Sprintf("#%d", n))
	case float64:
		if n == float64(int64(n)) {
			parts = append(parts, fmt.Sprintf("#%d", int64(n)))
		}
	}
	if t, ok := doc.Params["topic"].(string); ok && strings.TrimSpace(t) != "" {
		parts = append(parts, strings.TrimSpace(t))
	}
	if len(parts) > 0 {
		doc.Params["subtitle"] = strings.Join(parts, " ")
	}
}
