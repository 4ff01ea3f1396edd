package data

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// place gives the talks the slots name their times and rooms, and adds
// the programme entries of slots that name no talk.
func (c *combiner) place(slots []Slot) {
	if len(slots) == 0 {
		return
	}
	slots = c.dated(slots)
	placed := map[int]int{}
	entries := map[string]int{} // title, day and start → entry in c.docs
	c.entryRooms = map[int][]string{}
	dayRooms := map[string]map[string]bool{} // the rooms of each day, by date
	for _, s := range slots {
		if day := s.Day.Format(time.DateOnly); s.Room != "" {
			if dayRooms[day] == nil {
				dayRooms[day] = map[string]bool{}
			}
			dayRooms[day][s.Room] = true
		}
	}
	unknown := map[string][]diag.Pos{}
	var order []string
	for _, s := range slots {
		ref := strings.TrimSpace(s.Ref)
		if ref == "" {
			continue
		}
		start := s.Day.Add(s.Start)
		end := time.Time{}
		if s.End >= 0 {
			end = s.Day.Add(s.End)
		}
		if i := c.findTalk(ref, s.Event); i >= 0 && !s.Entry {
			c.placeTalk(i, s, start, end, placed)
			continue
		}
		if looksLikeID(ref) && !s.Entry {
			key := s.Pos.File + "\x00" + ref
			if _, ok := unknown[key]; !ok {
				order = append(order, key)
			}
			unknown[key] = append(unknown[key], s.Pos)
			continue
		}
		c.entry(s, plainTitle(ref), start, end, entries)
	}
	// An entry written in every room of its day at once is plenary; one
	// in some rooms only stays in the first.
	for i, rooms := range c.entryRooms {
		d := c.docs[i]
		if len(rooms) > 1 && len(rooms) >= len(dayRooms[d.Date.Format(time.DateOnly)]) {
			d.Room, d.AllRooms = "", true
		}
	}
	for _, key := range order {
		ps := unknown[key]
		_, ref, _ := strings.Cut(key, "\x00")
		more := ""
		if len(ps) > 1 {
			more = fmt.Sprintf(" (and %d more times in this file)", len(ps)-1)
		}
		c.diags.Warnf(ps[0], "the schedule names %q%s, which is the id, slug or path of no talk; give the talk that id (id: %s in its front matter or record), or correct the schedule", ref, more, ref)
	}
}

// placeTalk gives docs[i] the slot's day, times and room. A talk in the
// room's next slot as well runs on to its end; one at the same time in
// another room is in both, shown as plenary when the slot is; one at
// another time (lunch, each day) is given again by a copy that stands
// at the slot's line of the schedule, as a record does, at a URL of its
// own.
//
// placed maps each talk placed so far to its latest placing, the talk
// or its latest copy: a talk that runs on again after a gap (a room's
// talk of the whole day, paused for lunch) runs on in the copy the gap
// made, not in a copy a slot.
func (c *combiner) placeTalk(i int, s Slot, start, end time.Time, placed map[int]int) {
	talk, d := i, c.docs[i]
	if at, ok := placed[i]; ok {
		last := c.docs[at]
		switch {
		case last.Room == s.Room && !end.IsZero() && (last.End.Equal(start) || last.Date.Equal(start)):
			c.own(at).End = maxTime(last.End, end)
			return
		case last.Date.Equal(start):
			if s.AllRooms {
				cp := c.own(at)
				cp.Room, cp.AllRooms = "", true
			}
			return
		}
		cp := *d
		cp.File, cp.Line = s.Pos.File, s.Pos.Line
		// The url and old URLs the author wrote are the talk's: its
		// copy takes the URL lectern derives from its slug.
		cp.URL, cp.Aliases = "", nil
		cp.Slug = d.Slug + "-" + start.Format("2006-01-02-1504")
		cp.Path = path.Join(path.Dir(d.Path), cp.Slug+pathExt(d.Path))
		c.docs = append(c.docs, &cp)
		i = len(c.docs) - 1
	}
	p := c.own(i)
	placed[talk] = i
	p.Date, p.End, p.Floating = start, end, s.Floating
	p.Room, p.AllRooms = s.Room, s.AllRooms
	if p.Event == "" {
		p.Event = s.Event
	}
	p.Fields.Set("date", s.Pos)
	p.Fields.Set("room", s.Pos)
	if p.Format == "" && s.Format != "" {
		p.Format = s.Format
		p.Fields.Set("format", s.Pos)
	}
}

// entry adds a programme entry: a break, a meal, registration. One
// written in several rooms at once is one entry in every room; one
// written in a room's consecutive slots is one entry that runs on.
func (c *combiner) entry(s Slot, title string, start, end time.Time, entries map[string]int) {
	if title == "" {
		return
	}
	at := strings.ToLower(title) + "\x00" + start.String()
	if i, ok := entries[at]; ok {
		if !slices.Contains(c.entryRooms[i], s.Room) {
			c.entryRooms[i] = append(c.entryRooms[i], s.Room)
		}
		return
	}
	run := strings.ToLower(title) + "\x00" + s.Room + "\x00" + start.String()
	if i, ok := entries[run]; ok {
		d := c.docs[i]
		d.End = end
		if !end.IsZero() {
			entries[strings.ToLower(title)+"\x00"+s.Room+"\x00"+end.String()] = i
		}
		return
	}
	slug := content.Slugify(title + " " + start.Format("2006-01-02 1504"))
	if slug == "" {
		slug = content.HashSlug("break", s.Pos.String())
	}
	d := &content.Document{
		File: s.Pos.File, Line: s.Pos.Line, Path: "talks/" + slug + pathExt(s.Pos.File),
		Kind: content.KindTalk, Title: title, Slug: slug, Format: "break",
		Date: start, End: end, Floating: s.Floating, Room: s.Room, AllRooms: s.AllRooms, Event: s.Event,
		Fields: content.PositionsAt(s.Pos, "title", "date", "room"),
	}
	c.docs = append(c.docs, d)
	if c.owned == nil {
		c.owned = map[*content.Document]bool{}
	}
	c.owned[d] = true
	i := len(c.docs) - 1
	entries[at] = i
	c.entryRooms[i] = []string{s.Room}
	if !end.IsZero() {
		entries[strings.ToLower(title)+"\x00"+s.Room+"\x00"+end.String()] = i
	}
}

func pathExt(p string) string {
	if i := strings.LastIndexByte(p, '.'); i > strings.LastIndexByte(p, '/') {
		return p[i:]
	}
	return ""
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// tags matches HTML tags, which a programme's cell may hold around its
// text (a link to another page).
var tags = regexp.MustCompile(`<[^>]*>`)

// plainTitle is a programme cell as a title: without HTML tags.
func plainTitle(s string) string {
	return strings.Join(strings.Fields(tags.ReplaceAllString(s, "")), " ")
}

// looksLikeID reports whether a slot's text is a reference rather than
// the name of an entry: one word holding a digit ("403", "XU7RQG"), a
// slash ("talks/my-talk") or, in lower case, a hyphen ("my-talk").
// "Lunch" and "Coffee break" are entries.
func looksLikeID(s string) bool {
	switch {
	case strings.ContainsAny(s, " <"):
		return false
	case strings.ContainsAny(s, "/0123456789"):
		return true
	}
	return strings.ContainsAny(s, "-_") && s == strings.ToLower(s)
}

// dated gives the slots of days written without their year and month
// ("Thursday 15th") their date: the nearest such day to the middle of
// the site's dated pages, with a warning for each such day. Slots of a
// day that cannot be placed so are left out.
func (c *combiner) dated(slots []Slot) []Slot {
	var dates []time.Time
	for _, d := range c.docs {
		if !d.Date.IsZero() {
			dates = append(dates, d.Date)
		}
	}
	slices.SortFunc(dates, func(a, b time.Time) int { return a.Compare(b) })
	out := slots[:0:0]
	told := map[string]time.Time{}
	for _, s := range slots {
		if s.DayName == "" {
			out = append(out, s)
			continue
		}
		day, ok := told[s.Pos.File+"\x00"+s.DayName]
		if !ok {
			day = c.nearestDay(s, dates)
			told[s.Pos.File+"\x00"+s.DayName] = day
		}
		if day.IsZero() {
			continue
		}
		s.Day, s.Floating = day, true
		out = append(out, s)
	}
	return out
}

// nearestDay finds the date of a day named by weekday and day of the
// month nearest to the middle of dates, and says which it chose.
func (c *combiner) nearestDay(s Slot, dates []time.Time) time.Time {
	wd, dom, _ := splitDayName(s.DayName)
	pos := diag.Pos{File: s.Pos.File, Line: max(s.Pos.Line, 1), Col: 1}
	if m, d, ok := content.MonthDay(s.DayName); ok {
		return c.nearestYear(s.DayName, m, d, pos, dates)
	}
	if len(dates) == 0 {
		c.diags.Warnf(pos, "the schedule's day %q has no year or month, and no page has a date to place it by; write the day as a date, like 2016-09-15", s.DayName)
		return time.Time{}
	}
	mid := dates[len(dates)/2]
	var best time.Time
	for m := -36; m <= 36; m++ {
		first := time.Date(mid.Year(), mid.Month()+time.Month(m), 1, 0, 0, 0, 0, c.loc)
		t := time.Date(first.Year(), first.Month(), dom, 0, 0, 0, 0, c.loc)
		if t.Month() != first.Month() || t.Weekday() != wd {
			continue
		}
		if best.IsZero() || absDur(t.Sub(mid)) < absDur(best.Sub(mid)) {
			best = t
		}
	}
	if best.IsZero() {
		c.diags.Warnf(pos, "the schedule's day %q matches no date near the site's pages; write the day as a date, like 2016-09-15", s.DayName)
		return best
	}
	c.diags.Warnf(pos, "the schedule's day %q has no year or month; it is read as %s, the nearest such day to the site's dated pages: write it as %s to say so", s.DayName, best.Format("Monday 2006-01-02"), best.Format(time.DateOnly))
	return best
}

// nearestYear dates a day written by month and day ("June 25") in the
// year that puts it nearest to the middle of dates, and says which.
func (c *combiner) nearestYear(name string, m time.Month, dom int, pos diag.Pos, dates []time.Time) time.Time {
	if len(dates) == 0 {
		c.diags.Warnf(pos, "the schedule's day %q has no year, and no page has a date to place it by; write the day as a date, like 2016-09-15", name)
		return time.Time{}
	}
	mid := dates[len(dates)/2]
	// A weekday written before the day ("Thursday 11 September") tells
	// the years apart: a year it falls on in is taken first.
	_, _, wd, hasWeekday, _ := content.WeekdayMonthDay(name)
	best := nearestOf(m, dom, mid, hasWeekday, wd, c.loc)
	if best.IsZero() {
		best = nearestOf(m, dom, mid, false, wd, c.loc)
	}
	c.diags.Warnf(pos, "the schedule's day %q has no year; it is read as %s, the nearest such day to the site's dated pages: write it as %s to say so", name, best.Format("Monday 2006-01-02"), best.Format(time.DateOnly))
	return best
}

// nearestOf is the day dom of month m in the year before mid's, its
// own or the next that is nearest to mid, on weekday wd when
// byWeekday; zero when none is.
func nearestOf(m time.Month, dom int, mid time.Time, byWeekday bool, wd time.Weekday, loc *time.Location) time.Time {
	var best time.Time
	for y := mid.Year() - 1; y <= mid.Year()+1; y++ {
		t := time.Date(y, m, dom, 0, 0, 0, 0, loc)
		if t.Day() != dom || byWeekday && t.Weekday() != wd {
			continue // 29 February of another year, or another weekday
		}
		if best.IsZero() || absDur(t.Sub(mid)) < absDur(best.Sub(mid)) {
			best = t
		}
	}
	return best
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// findTalk is the talk a slot of event's programme names by ref: one of
// that event (naming it, or in a folder named by its slug) before any
// other of the site, as a site of many editions keeps a talk of the same
// name in each year's folder (events/2018-x/program/a.md and
// events/2019-x/program/a.md), and the first in path order would be
// another year's.
func (c *combiner) findTalk(ref, event string) int {
	first := c.find(ref, content.KindTalk)
	if first < 0 || event == "" || ofEvent(c.docs[first], event) {
		return first
	}
	ref = strings.ToLower(strings.TrimSpace(ref))
	for _, key := range []string{idKey(ref), strings.Trim(ref, "/"), "title:" + ref} {
		for _, i := range c.byKey[key] {
			if d := c.docs[i]; d.Kind == content.KindTalk && ofEvent(d, event) {
				return i
			}
		}
	}
	return first
}

// ofEvent reports whether talk d belongs to the event of slug event: it
// names it, or a folder of its path is named by it.
func ofEvent(d *content.Document, event string) bool {
	if d.Event != "" {
		return strings.EqualFold(d.Event, event)
	}
	return slices.Contains(strings.Split(path.Dir(d.Path), "/"), event)
}
