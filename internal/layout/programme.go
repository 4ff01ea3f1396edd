package layout

import (
	"cmp"
	"strings"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
)

// A conference site written for another tool often dates the conference
// once, in its settings, and its talks by the day of it they fall on
// ("day: 2" beside "startTime: 10:30"): Jekyll's _config.yml
// (conference: {start_date: …} or conference: {dates: {start: …}}),
// Hugo's params (startdate, conference_start), an Eleventy site's global
// data (_data/site.json dates: {start: …}). programme reads those
// dates into config.Programme, which the model counts such days from.

// programmeStarts are the keys, in lower case, of a settings table that
// date the conference by themselves; programmeEnds end it.
var (
	programmeStarts = []string{"startdate", "start_date", "conference_start", "conferencestart", "conference_start_date", "conferencestartdate", "event_start", "eventstart", "eventdate", "event_date", "conference_date", "conferencedate"}
	programmeEnds   = []string{"enddate", "end_date", "conference_end", "conferenceend", "conference_end_date", "conferenceenddate", "event_end", "eventend"}
)

// programmeTables are the keys, in lower case, of a table describing
// the conference, whose start is in nestedStarts (or a dates table).
var (
	programmeTables = []string{"conference", "event", "conf"}
	nestedStarts    = append([]string{"start", "date", "from"}, programmeStarts...)
	nestedEnds      = append([]string{"end", "until", "to"}, programmeEnds...)
)

// programme sets the site's programme from the settings m when no
// settings read before did: the first of its conference tables that
// gives a start date (with the conference's name, venue and zone), else
// m itself (the conference is then the site, named by its title).
func (f *foreign) programme(m map[string]any) {
	if !f.c.Programme.Start.IsZero() || len(m) == 0 {
		return
	}
	m = lower(m)
	for _, k := range programmeTables {
		if t, ok := m[k].(map[string]any); ok {
			if p, key, ok := programmeOf(t, nestedStarts, nestedEnds); ok {
				programmeDetails(&p, t)
				f.c.Programme, f.c.ProgrammePos = p, f.pos(key)
				return
			}
		}
	}
	if p, key, ok := programmeOf(m, programmeStarts, programmeEnds); ok {
		f.c.Programme, f.c.ProgrammePos = p, f.pos(key)
	}
}

// programmeOf reads the conference of table t: its start under one of
// starts or in its dates (a table of start and end, or a list of the
// first and last day), its end likewise, its name, venue and zone. key
// is the key its start is written under.
func programmeOf(t map[string]any, starts, ends []string) (p config.Event, key string, ok bool) {
	for _, k := range starts {
		if p.Start, p.End, ok = daySpan(t[k]); ok {
			key = k
			break
		}
	}
	if !ok {
		switch d := t["dates"].(type) {
		case map[string]any:
			for _, k := range nestedStarts {
				if p.Start, ok = dateSetting(d[k]); ok {
					key = k
					break
				}
			}
			ends = nestedEnds
			t = d
		case []any:
			if len(d) > 0 {
				p.Start, ok = dateSetting(d[0])
				key = "dates"
				if last, ok := dateSetting(d[len(d)-1]); ok && len(d) > 1 {
					p.End = last
				}
			}
		}
		if !ok {
			return config.Event{}, "", false
		}
	}
	for _, k := range ends {
		if end, ok := dateSetting(t[k]); ok {
			p.End = end
			break
		}
	}
	return p, key, true
}

// programmeDetails fills the name, venue and zone of p from table t.
func programmeDetails(p *config.Event, t map[string]any) {
	p.Name = cmp.Or(p.Name, strings.TrimSpace(cmp.Or(str(t["name"]), str(t["title"]))))
	p.Venue = cmp.Or(p.Venue, strings.TrimSpace(cmp.Or(str(t["venue"]), str(t["location"]))))
	p.Timezone = cmp.Or(p.Timezone, strings.TrimSpace(cmp.Or(str(t["timezone"]), str(t["time_zone"]))))
}

// dateSetting is v as a date: a date the decoder read (YAML's and
// TOML's dates) or a text a page's date field could hold. A date written
// without an offset (TOML's local dates) is returned in UTC, floating.
func dateSetting(v any) (time.Time, bool) {
	switch v := v.(type) {
	case time.Time:
		if v.IsZero() {
			return time.Time{}, false
		}
		if v.Location() == time.Local || strings.HasPrefix(v.Location().String(), "toml.") {
			// A local date or date-time: the wall clock written.
			return time.Date(v.Year(), v.Month(), v.Day(), v.Hour(), v.Minute(), v.Second(), 0, time.UTC), true
		}
		return v, true
	case string:
		t, _, ok := content.ParseDate(v)
		return t, ok
	}
	return time.Time{}, false
}

// daySpan is v as the conference's dates: a date (dateSetting), or the
// days of a conference written as one text ("21 - 24 May 2025",
// content.ParseDaySpan), its first day and its last (end, zero for a
// single date).
func daySpan(v any) (start, end time.Time, ok bool) {
	if start, ok = dateSetting(v); ok {
		return start, time.Time{}, true
	}
	s, _ := v.(string)
	return content.ParseDaySpan(s)
}
