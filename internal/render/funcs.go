package render

import (
	"html/template"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/internal/view"
)

// funcs returns the functions templates may call. Times are formatted in
// their own zone, the zone they were written in or the event's: never the
// machine's.
func funcs(u urls) template.FuncMap {
	return template.FuncMap{
		"relURL":       u.rel,
		"absURL":       u.abs,
		"date":         formatIn("2 January 2006"),
		"shortDate":    formatIn("2 Jan 2006"),
		"day":          formatIn("Monday 2 January 2006"),
		"clock":        formatIn("15:04"),
		"datetime":     datetime,
		"isoDate":      formatIn("2006-01-02"),
		"zone":         zone,
		"hasTime":      hasTime,
		"timeRange":    timeRange,
		"dateRange":    dateRange,
		"stars":        stars,
		"visible":      visibleEntries,
		"byDay":        byDay,
		"manyEvents":   manyEvents,
		"period":       period,
		"isoPeriod":    isoPeriod,
		"personLinks":  personLinks,
		"photoURL":     photoURL,
		"status":       statusTitle,
		"initial":      initials,
		"webcal":       u.webcal,
		"sameDay":      sameDay,
		"speakersURL":  func(s *view.Site) string { return s.SpeakersURL },
		"readingURL":   func(s *view.Site) string { return s.ReadingURL },
		"notesURL":     func(s *view.Site) string { return s.NotesURL },
		"join":         strings.Join,
		"add":          func(a, b int) int { return a + b },
		"plural":       plural,
		"sessionsJSON": func(sc *view.Schedule) template.JS { return sessionsJSON(u, sc) },
		"allLevels":    func(t *view.TermRef) bool { return t != nil && t.AllLevels },
		"gridRows":     gridRows,
		"isBreak":      func(e *view.Entry) bool { return e != nil && e.Break },
		"duration":     duration,
		"toc":          toc,
		"host":         hostName,
		// partial runs a shared template like {{template}}, returning
		// its output; see partials. Bound to the site in bind.
		"partial": (*partials)(nil).render,
	}
}

func formatIn(layout string) func(time.Time) string {
	return func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(layout)
	}
}

// period writes a date dated by a month or a year as written ("May
// 2019", "2019"), and a day in the layout of the date function.
func period(p content.Precision, t time.Time) string {
	return p.Format(t, "2 January 2006")
}

// isoPeriod writes a date for <time datetime>: "2019", "2019-05" or
// "2019-05-14" as the page wrote it.
func isoPeriod(p content.Precision, t time.Time) string { return p.ISO(t) }

// hasTime reports whether t has a time of day; a date written without one
// is midnight, which is shown as the date alone.
func hasTime(t time.Time) bool {
	return !t.IsZero() && (t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0)
}

// datetime writes t for a <time datetime>: RFC 3339, without an offset
// for a floating time of day (shownTime); "" for no time.
func datetime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return shownTime(t)
}

// zone names t's zone: its abbreviation when it has a real one ("CEST"),
// else its offset ("UTC−05:00"), "UTC" for UTC; "" for a floating local
// time, which is in no zone the site names (config.IsFloating).
func zone(t time.Time) string {
	if config.IsFloating(t) {
		return ""
	}
	name, off := t.Zone()
	if off == 0 && (name == "UTC" || name == "") {
		return "UTC"
	}
	if name != "" && name[0] != '+' && name[0] != '-' {
		return name
	}
	return "UTC" + strings.Replace(t.Format("-07:00"), "-", "−", 1)
}

// timeRange formats the times of a talk: "11:30–12:15", "11:30" without
// an end, and with the end's date when it ends on another day.
func timeRange(start, end time.Time) string {
	if start.IsZero() {
		return ""
	}
	s := start.Format("15:04")
	switch {
	case end.IsZero() || end.Equal(start):
		return s
	case sameDay(start, end):
		return s + "–" + end.Format("15:04")
	}
	return s + " – " + end.Format("2 Jan 15:04")
}

// dateRange formats the days of an event: "16–18 August 2017",
// "30 August – 1 September 2017", or one date.
func dateRange(start, end time.Time) string {
	if start.IsZero() {
		return ""
	}
	end = end.In(start.Location())
	switch {
	case end.IsZero() || sameDay(start, end) || end.Before(start):
		return start.Format("2 January 2006")
	case start.Year() != end.Year():
		return start.Format("2 January 2006") + " – " + end.Format("2 January 2006")
	case start.Month() != end.Month():
		return start.Format("2 January") + " – " + end.Format("2 January 2006")
	}
	return start.Format("2") + "–" + end.Format("2 January 2006")
}

func sameDay(a, b time.Time) bool {
	b = b.In(a.Location())
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// stars draws a rating of 1 to 5 as "★★★☆☆", a half as "★★★½☆";
// 0 is "". Other decimals (4.3) are drawn to the nearest half: the
// number itself is in the label beside (see the reading templates).
func stars(r float64) string {
	if r <= 0 {
		return ""
	}
	halves := min(int(math.Round(r*2)), 10)
	full, half := halves/2, halves%2
	return strings.Repeat("★", full) + strings.Repeat("½", half) + strings.Repeat("☆", 5-full-half)
}

// visible returns the pages that are not hidden, in order.
func visible(pages []*site.Page) []*site.Page {
	out := make([]*site.Page, 0, len(pages))
	for _, p := range pages {
		if !p.Doc.Hidden {
			out = append(out, p)
		}
	}
	return out
}

// visibleEntries is visible for the entries templates see: the template
// function visible.
func visibleEntries(entries []*view.Entry) []*view.Entry {
	out := make([]*view.Entry, 0, len(entries))
	for _, e := range entries {
		if !e.Hidden {
			out = append(out, e)
		}
	}
	return out
}

// byDay groups dated pages by calendar day in each page's own zone, and
// those dated by a month or a year by it, keeping their order; undated
// pages form a last group with a zero Date.
// manyEvents reports whether pages belong to more than one event: a
// list of a speaker's archive or of a meetup series then names each
// talk's event, which an event's own programme, all of one event, need
// not repeat.
func manyEvents(pages []*view.Entry) bool {
	var first *view.EventRef
	for _, p := range pages {
		if p.Event == nil {
			continue
		}
		if first == nil {
			first = p.Event
		} else if p.Event.URL != first.URL || p.Event.Name != first.Name {
			return true
		}
	}
	return false
}

func byDay(pages []*view.Entry) []DayGroup {
	var out []DayGroup
	var undated []*view.Entry
	for _, p := range pages {
		if p.Date.IsZero() {
			undated = append(undated, p)
			continue
		}
		// A month or a year is a group of its own, even beside a talk
		// on its first day: it names no day to share.
		if n := len(out); n > 0 && out[n-1].Precision == p.DatePrecision && sameDay(out[n-1].Date, p.Date) {
			out[n-1].Pages = append(out[n-1].Pages, p)
			continue
		}
		out = append(out, DayGroup{Date: p.Date, Precision: p.DatePrecision, Pages: []*view.Entry{p}})
	}
	if len(undated) > 0 {
		out = append(out, DayGroup{Pages: undated})
	}
	return out
}

// personLinks returns a person's profiles as links, in a fixed order:
// website, Mastodon, GitHub, Twitter, LinkedIn. Handles become profile
// URLs.
func personLinks(p content.Person) []Link {
	var out []Link
	if p.URL != "" {
		out = append(out, Link{Title: "Website", URL: p.URL})
	}
	if p.Mastodon != "" {
		out = append(out, Link{Title: "Mastodon", URL: mastodonURL(p.Mastodon)})
	}
	if p.Github != "" {
		out = append(out, Link{Title: "GitHub", URL: handleURL("https://github.com/", p.Github)})
	}
	if p.Twitter != "" {
		out = append(out, Link{Title: "Twitter", URL: handleURL("https://twitter.com/", p.Twitter)})
	}
	if p.LinkedIn != "" {
		out = append(out, Link{Title: "LinkedIn", URL: handleURL("https://www.linkedin.com/in/", p.LinkedIn)})
	}
	return out
}

func handleURL(site, handle string) string {
	if strings.Contains(handle, "/") {
		if isAbsolute(handle) {
			return handle
		}
		return "https://" + strings.TrimPrefix(handle, "//")
	}
	return site + strings.TrimPrefix(handle, "@")
}

// mastodonURL turns "@user@host" into "https://host/@user".
func mastodonURL(handle string) string {
	if strings.Contains(handle, "/") {
		return handleURL("", handle)
	}
	user, host, ok := strings.Cut(strings.TrimPrefix(handle, "@"), "@")
	if !ok {
		return "https://mastodon.social/@" + user
	}
	return "https://" + host + "/@" + user
}

// photoURL returns a person's photo as written when it is absolute or
// root-relative, and root-relative otherwise.
func photoURL(p content.Person) string {
	if p.Photo == "" || isAbsolute(p.Photo) || strings.HasPrefix(p.Photo, "/") {
		return p.Photo
	}
	return "/" + p.Photo
}

var statusTitles = map[string]string{
	"reading":   "Reading now",
	"to-read":   "To read",
	"read":      "Read",
	"abandoned": "Abandoned",
	"":          "Mentioned",
}

// statusTitle is the heading of a reading status.
func statusTitle(status string) string {
	if t, ok := statusTitles[status]; ok {
		return t
	}
	return status
}

// initials are what an avatar shows for a person without a photo: the
// first letters of the first and last parts of their name ("Ada
// Lovelace" → "AL", "José María García-López" → "JG"), or the first
// letter of a name in one part ("Ada" → "A"), upper-cased. Parts without a
// letter ("(she/her)", "—") are skipped; a name without any letter is "?".
// Every avatar of the theme uses it, so a person looks the same on every
// page.
func initials(name string) string {
	var firsts []rune
	for _, part := range strings.Fields(name) {
		for _, r := range part {
			if unicode.IsLetter(r) {
				firsts = append(firsts, unicode.ToUpper(r))
				break
			}
		}
	}
	switch len(firsts) {
	case 0:
		return "?"
	case 1:
		return string(firsts[0])
	}
	return string(firsts[0]) + string(firsts[len(firsts)-1])
}

// plural returns "1 talk" or "3 talks".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// hostName is the host a web address names, without "www.", as a link
// post shows where it points (daringfireball.net); the address itself
// when it names none.
func hostName(addr string) string {
	u, err := url.Parse(addr)
	if err != nil || u.Hostname() == "" {
		return addr
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
