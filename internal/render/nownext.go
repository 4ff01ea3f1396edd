package render

import (
	"encoding/json"
	"html/template"
	"strings"

	"lectern/internal/config"
	"lectern/internal/view"
)

// nowNextSession is one timed session as the home page's "On now / Up
// next" script reads it: what a card shows, and when.
type nowNextSession struct {
	Title    string `json:"title"`
	URL      string `json:"url,omitempty"`
	Start    string `json:"start"`
	End      string `json:"end,omitempty"`
	Room     string `json:"room,omitempty"`
	Speakers string `json:"speakers,omitempty"`
	Break    bool   `json:"break,omitempty"`
}

// sessionsJSON returns the zone and the timed sessions of a schedule, in
// time order, as JSON for a <script type="application/json"> block: the browser decides
// what is on now and next from the reader's clock, so the page stays
// static and is right at any moment. A break has no link. It is "" for
// no schedule, one without a page or one without timed sessions.
func sessionsJSON(u urls, sc *view.Schedule) template.JS {
	// A schedule without a page (an archive's, site.Site.Archive) is
	// no programme to be on now in.
	if sc == nil || sc.URL == "" {
		return ""
	}
	var out []nowNextSession
	for _, d := range sc.Days {
		for _, sl := range d.Slots {
			p := sl.Talk
			s := nowNextSession{Title: p.Title, Start: isoTime(sl.Start), Room: p.Room, Break: sl.Break}
			if !sl.End.IsZero() {
				s.End = isoTime(sl.End)
			}
			if !sl.Break && p.URL != "" {
				s.URL = u.rel(p.URL)
			}
			var names []string
			for _, sp := range p.Speakers {
				names = append(names, sp.Name)
			}
			s.Speakers = strings.Join(names, ", ")
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return ""
	}
	// The zone is the event's IANA name, for the cards' clock; a zone
	// without one ("Local", a fixed offset) is left out and the script
	// uses the reader's, as it does for a site that names none
	// (config.Floating), whose times are the reader's local ones.
	var zone string
	if sc.Location != nil && sc.Location != config.Floating && (strings.Contains(sc.Location.String(), "/") || sc.Location.String() == "UTC") {
		zone = sc.Location.String()
	}
	// encoding/json escapes <, > and &, so the text cannot end the
	// script element.
	b, err := json.Marshal(struct {
		Zone     string           `json:"zone,omitempty"`
		Sessions []nowNextSession `json:"sessions"`
	}{zone, out})
	if err != nil {
		return ""
	}
	return template.JS(b)
}
