package content

import (
	"strings"
	"time"
)

// The date fields of front matter and records: when a page was
// published, when a talk starts and ends.

// dateKeys are the names of the date field, lectern's own first: those of
// content.md's table, and those that Jekyll plugins, Hugo (publishDate),
// Astro (pubDate, and AstroPaper's pubDatetime), Next.js blogs
// (publishedAt) and exporters write, and last Franklin's rss_pubdate,
// the date its feed gives a post, which is often the only one a post of
// a Franklin blog has. Lower case, as lookup wants them.
var dateKeys = []string{"date", "start", "start_date", "startdate", "startsat", "starts_at", "startat", "start_at", "startedat", "started_at", "start_datetime", "datetime", "published_at",
	"publishedat", "published_on", "published_datetime", "date_published", "publishdate", "pubdate", "pubdatetime",
	"created", "created_at", "createdat", "date_created", "talk_date", "session_date", "presentation_date", "sort_date", "rss_pubdate"}

// endKeys are the names of the end field.
var endKeys = []string{"end", "end_date", "enddate", "endsat", "ends_at", "endat", "end_at", "endedat", "ended_at", "end_datetime", "date_end"}

// updatedKeys are the names of the date a page was last changed. It is
// never the page's date: a post edited in 2024 was still published when
// it says. last_modified_at is Jekyll's (jekyll-seo-tag, Minimal
// Mistakes and Chirpy read it for "Updated:" and dateModified), edited_at
// dev.to's, as posts synced from it beside created_at write it.
var updatedKeys = []string{"updated", "lastmod", "last_modified", "lastmodified", "modified", "updated_at", "updatedat",
	"date_modified", "updateddate", "moddatetime", "last_updated", "lastupdated", "last_modified_at", "lastmodifiedat", "edited_at"}

// fileDate reports whether v is one of the words Eleventy reads as the
// date of the page's file rather than a date: "Created", "Last Modified"
// and, from git, "git Created" and "git Last Modified".
func fileDate(v *node) bool {
	if v == nil || v.kind != scalarNode {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(v.text)) {
	case "created", "last modified", "git created", "git last modified":
		return true
	}
	return false
}

// dates reads the date and the end, or the date and a duration.
func (f *fields) dates() {
	doc := f.doc
	var changed entry // a date mapping's updated, if any
	if f.eventStart() || f.fullStart() || f.timed() && f.eventWhen() {
		// The start beats the page's date, which stays in Params.
	} else if e, ok := f.lookup(dateKeys...); ok && fileDate(e.val) {
		// Eleventy's "date: Last Modified" and the like: the file's own
		// date, which the site's history gives a note (site.dateNotes).
		f.record("date", e)
	} else if ok && f.dayStartClock(e) {
		// A time of day beside a day of the event: eventDay.
	} else if ok {
		e, changed = dateMapping(e)
		if alt, ok := f.datedElsewhere(e); ok {
			e = alt // e is the author's text, left in Params
		}
		if e.val != nil {
			if d, ok := f.date(e, true); ok {
				f.record("date", e)
				doc.Date, doc.Floating, doc.DatePrecision = d.t, d.floating, d.precision
				f.utcDay = e.val.kind == scalarNode && isUTCMidnight(e.val.text)
			}
		}
	}
	if doc.Date.IsZero() {
		f.dayDate()
	}
	f.clockTime()
	f.publishedDate()
	if e, ok := f.lookup(updatedKeys...); ok {
		if d, ok := f.date(e, false); ok {
			f.record("updated", e)
			doc.Updated = d.t
		}
	}
	if doc.Updated.IsZero() && !changed.val.isNull() {
		if d, ok := f.date(changed, false); ok {
			f.record("updated", changed)
			doc.Updated = d.t
		}
	}
	// The path's date (the file name's prefix or suffix, or a folder named by
	// a date) is the fallback: a date written in the
	// front matter is the author's correction of it.
	if doc.Date.IsZero() {
		if t, ok := pathDate(doc.Path, f.loc); ok {
			doc.Date, doc.Floating = t, true
		}
	}
	if !f.timed() {
		f.eventWhen() // a note's date said only by its event
	}
	f.talkYear()
	f.eventDay()
	if e, ok := f.timedEnd(); ok {
		f.end(e)
	} else if e, ok := f.lookup(endKeys...); ok {
		f.end(e)
	}
	f.endClock()
	f.fullEnd()
	if doc.End.IsZero() && !f.spanEnd.t.IsZero() {
		f.record("end", f.spanEndEntry)
		doc.End = f.spanEnd.t
	}
	if e, ok := f.lookup("duration"); ok && doc.End.IsZero() {
		if e.val.kind != scalarNode {
			f.warnf(e.pos, "%q should be a length of time like 45m, not %s; the field is ignored", e.key, e.val.shape())
		} else if d, ok := parseDuration(e.val.text); !ok {
			f.warnf(e.val.pos, "cannot read %q value %q as a length of time; %s", e.key, e.val.text, acceptedDurations)
		} else if doc.Date.IsZero() {
			// A data file may date the page yet (a schedule placing
			// the talk): the model counts from that date, and warns
			// only when none does (site.builder.duration).
			f.record("duration", e)
			doc.EditExtra().Duration = d
		} else {
			f.record("end", e)
			doc.End = doc.Date.Add(d)
		}
	}
}

// dateMapping reads the date mapping of Material for MkDocs' blog,
// "date: {created: 2023-01-31, updated: 2023-02-01}": its created
// stands for the date and its updated, returned apart, for when the page
// changed. Any other entry is returned as it is, with no updated.
func dateMapping(e entry) (date, updated entry) {
	if e.val.kind != mapNode {
		return e, entry{}
	}
	for _, k := range e.val.keys {
		switch strings.ToLower(k.key) {
		case "created":
			date = entry{key: e.key + "." + k.key, pos: k.pos, val: k.val}
		case "updated":
			updated = entry{key: e.key + "." + k.key, pos: k.pos, val: k.val}
		}
	}
	if date.val.isNull() {
		return e, entry{}
	}
	return date, updated
}

// talkYear reads "year: 2019" (or "year: May 2019") as the date of a
// talk that has no other:
// speakers' archives list old talks by the year they were given. Only
// on a talk, where a year can mean nothing else: on a note or a page
// it may be a book's or a film's, and it stays in Params.
func (f *fields) talkYear() {
	if f.doc.Kind != KindTalk || !f.doc.Date.IsZero() {
		return
	}
	i, ok := f.index["year"]
	if !ok || f.used[i] {
		return
	}
	e := f.root.keys[i]
	if e.val.kind != scalarNode {
		return
	}
	// A year, or a month of one ("year: Nov. 2025", as al-folio's
	// talks write it); anything else is left in Params as written.
	if d, named, ok := parsePartialDate(e.val.text, f.loc); ok && named {
		f.used[i] = true
		f.setDate(e, f.splitDate(d))
	}
}

// publishedDate reads "published: 2020-06-17": some exporters write the
// publication date where Jekyll has a boolean. A date there is the page's
// date (when no other field gave one), never a draft flag.
func (f *fields) publishedDate() {
	i, ok := f.index["published"]
	if !ok || f.used[i] {
		return
	}
	e := f.root.keys[i]
	if _, isBool := boolValue(e.val); isBool || e.val.kind != scalarNode || e.val.isNull() {
		return
	}
	d, err := parsedDate{t: e.val.time, floating: e.val.floating}, error(nil)
	if e.val.time.IsZero() {
		if d, err = readDate(e.val.text, f.loc, f.monthFirst); err != nil {
			return // flags warns that it is neither true, false nor a date
		}
	}
	f.used[i] = true
	if f.doc.Date.IsZero() {
		f.record("date", e)
		f.doc.Date, f.doc.Floating = d.t, d.floating
	}
}

// endClock reads "end_time" (or "time_end") written as a time of day
// ("10:20", as a programme writes it beside start_time), on the day of
// the date.
func (f *fields) endClock() {
	i, ok := -1, false
	for _, k := range endTimeKeys {
		if i, ok = f.index[k]; ok && !f.used[i] {
			break
		}
	}
	if ok && !f.used[i] && f.doc.Date.IsZero() && f.dayEndClock(f.root.keys[i]) {
		f.used[i] = true // the end on the event's day: eventDay
		return
	}
	if !ok || f.used[i] || !f.doc.End.IsZero() || f.doc.Date.IsZero() {
		return
	}
	e := f.root.keys[i]
	if e.val.kind != scalarNode {
		return
	}
	if to, ok := clockOf(e.val.text); ok {
		f.used[i] = true
		f.record("end", e)
		f.doc.End = to.on(f.doc.Date)
		f.checkEnd(e)
	}
}

// clockTime reads "time" (or "start_time"): a full date when no other field gave one, or a
// time of day that completes a date written without one ("14:30",
// "2:30 PM"), or a range of times that also gives the end ("10:00 -
// 10:45") when no end field does. Without any, a talk's "session" (or
// "slot", "timeslot") holding a time of day does the same
// (sessionClock). A date written as midnight UTC in JavaScript's form
// (isUTCMidnight) is completed too, as the day it names in the site's
// zone.
func (f *fields) clockTime() {
	i, ok := -1, false
	for _, k := range startTimeKeys {
		if i, ok = f.index[k]; ok && !f.used[i] {
			break
		}
	}
	if !ok || f.used[i] {
		i, ok = f.startClock()
	}
	if (!ok || f.used[i]) && f.timed() {
		i, _, ok = f.sessionClock()
	}
	if !ok || f.used[i] {
		return
	}
	e := f.root.keys[i]
	if e.val.kind != scalarNode || e.val.isNull() {
		return
	}
	doc := f.doc
	if doc.DatePrecision.Partial() && doc.Fields.Has("date") {
		// The author wrote a time the site cannot show: say so.
		f.used[i] = true
		f.warnf(e.val.pos, "%q value %q needs a day, and the date names only a month or a year; the time is ignored", e.key, e.val.text)
		return
	}
	// A time of day completes a day; a year or a month has no day to
	// put it on, so the time stays in Params.
	completes := doc.Fields.Has("date") && !doc.DatePrecision.Partial() && doc.Date.Hour() == 0 && doc.Date.Minute() == 0 && (doc.Floating || f.utcDay)
	text := e.val.text
	if c, digits, ok := hhmm(text); digits {
		// Four digits in a time field are a clock's, never a year:
		// without a date, the year-alone rule would date the talk 1300.
		if !ok {
			f.used[i] = true
			f.warnf(e.val.pos, "cannot read %q value %q as a time of day: four digits are hours and minutes (1330 is 13:30); write it like 14:30", e.key, text)
			return
		}
		text = c
	}
	from, ok := clockOf(text)
	to, hasEnd := dayClock{}, false
	if !ok {
		from, to, ok = readClockRange(text)
		hasEnd = ok
	}
	if ok {
		if completes {
			f.used[i] = true
			f.record("date", e)
			day := doc.Date
			if !doc.Floating {
				// Midnight UTC as a JavaScript tool writes a day
				// (f.utcDay): that day, in the site's zone.
				day = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, f.loc)
				doc.Floating = true
			}
			doc.Date = from.on(day)
			if hasEnd && !f.has(endKeys...) {
				f.record("end", e)
				doc.End = to.on(day)
				f.checkEnd(e)
			}
		} else if doc.Date.IsZero() && !doc.Fields.Has("date") {
			// A time of day alone has no day to go on: the field
			// stays in Params, and orders the undated talks.
			doc.TimeOfDay, doc.HasTimeOfDay = time.Duration(from.nanos()), true
			if hasEnd && !f.has(endKeys...) && f.writesEventDay() {
				f.setDayEnd(to) // on the event's day: eventDay
			}
		}
		return
	}
	if !doc.Date.IsZero() {
		if completes {
			f.used[i] = true
			f.warnf(e.val.pos, "cannot read %q value %q as a time of day; write it like 14:30, 2:30 PM or 14:30 - 15:15", e.key, e.val.text)
		}
		return
	}
	f.used[i] = true
	if d, ok := f.date(e, true); ok {
		f.record("date", e)
		doc.Date, doc.Floating, doc.DatePrecision = d.t, d.floating, d.precision
	}
}

// startClock finds "start" holding a time of day alone ("09:30", "9:30
// AM") that no date field has used, as programmes kept as data write a
// session's start beside the day they give it ({date, start, end}), the
// way "end" holds its end (endClock). A full date there is the date
// field's, read by dates.
func (f *fields) startClock() (int, bool) {
	i, ok := f.index["start"]
	if !ok || f.used[i] {
		return -1, false
	}
	v := f.root.keys[i].val
	if v.kind != scalarNode || v.isNull() || !v.time.IsZero() {
		return -1, false
	}
	if _, ok := clockOf(v.text); !ok {
		return -1, false
	}
	return i, true
}

// hhmm reads four digits ("1330", as JSON schedules write a time as a
// number) as hours and minutes on a 24-hour clock, "13:30"; digits is
// whether s is four digits at all, and ok whether they name a time of
// day (2575 does not).
func hhmm(s string) (clock string, digits, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) != 4 || strings.Trim(s, "0123456789") != "" {
		return "", false, false
	}
	if s[:2] > "23" || s[2:] > "59" {
		return "", true, false
	}
	return s[:2] + ":" + s[2:], true, true
}

// end reads an end date, or a time of day on the day of the date.
func (f *fields) end(e entry) {
	doc := f.doc
	if f.dayEndClock(e) {
		return // the end on the event's day: eventDay
	}
	if e.val.kind == scalarNode && !doc.Date.IsZero() {
		if h, m, s, ns, ok := readClock(e.val.text); ok {
			doc.End = time.Date(doc.Date.Year(), doc.Date.Month(), doc.Date.Day(), h, m, s, ns, doc.Date.Location())
			f.record("end", e)
			f.checkEnd(e)
			return
		}
	}
	d, ok := f.date(e, false)
	if !ok {
		return
	}
	end := d.t
	if d.floating && !doc.Date.IsZero() && !doc.Floating {
		// An end written without an offset is in the zone of its date.
		end = time.Date(end.Year(), end.Month(), end.Day(), end.Hour(), end.Minute(), end.Second(), end.Nanosecond(), doc.Date.Location())
	}
	doc.End = end
	if doc.Date.IsZero() {
		doc.Floating = d.floating
	}
	f.record("end", e)
	f.checkEnd(e)
}

func (f *fields) checkEnd(e entry) {
	doc := f.doc
	if !doc.Date.IsZero() && doc.End.Before(doc.Date) {
		// An end on the date's day of another year is a year copied
		// from an earlier edition's page: its day and time are meant.
		if y := doc.Date.Year() - doc.End.Year(); y > 0 && doc.End.Month() == doc.Date.Month() && doc.End.Day() == doc.Date.Day() {
			if moved := doc.End.AddDate(y, 0, 0); !moved.Before(doc.Date) {
				f.warnf(e.val.pos, "the end (%s) is before the date (%s), on its day of another year: it is read as %s; correct the end's year",
					formatTime(doc.End), formatTime(doc.Date), formatTime(moved))
				doc.End = moved
				return
			}
		}
		f.warnf(e.val.pos, "the end (%s) is before the date (%s); the end is ignored",
			formatTime(doc.End), formatTime(doc.Date))
		doc.End = time.Time{}
		doc.Fields.Delete("end")
	}
}

func formatTime(t time.Time) string {
	return t.Format("2006-01-02 15:04")
}

// datedElsewhere returns, when the date field e holds text that is no
// date ("talk_date: Oct. 2022 — RECSI 2022, Santander"), another date
// field that reads as one (al-folio's sort_date beside it), and gives e
// back to Params, where the site's templates show it as written. A
// talk's "year" is such a field too: talkYear reads it, and the entry
// returned is then empty. It reports
// false when e reads as a date, or when no other field does, so that e
// is read, and warned about, as before.
func (f *fields) datedElsewhere(e entry) (entry, bool) {
	if e.val.kind != scalarNode || !e.val.time.IsZero() || readsAsDate(e.val.text, f.loc, f.monthFirst) {
		return entry{}, false
	}
	var alt []int
	for _, k := range dateKeys {
		if i, ok := f.index[k]; ok && !f.used[i] {
			alt = append(alt, i)
		}
	}
	if i, ok := f.index["year"]; ok && f.doc.Kind == KindTalk && !f.used[i] {
		alt = append(alt, i)
	}
	for _, i := range alt {
		a := f.root.keys[i]
		if a.val.kind != scalarNode || a.val.isNull() || a.val.time.IsZero() && !readsAsDate(a.val.text, f.loc, f.monthFirst) {
			continue
		}
		for j, k := range f.root.keys {
			if k.pos == e.pos {
				f.used[j] = false
			}
		}
		if BareKey(a.key) == "year" {
			return entry{}, true // talkYear reads it: no entry to read here
		}
		f.used[i] = true
		return a, true
	}
	return entry{}, false
}

// readsAsDate reports whether text reads as a date, a year or a named
// month of one, without a warning.
func readsAsDate(text string, loc *time.Location, monthFirst bool) bool {
	if _, err := readDate(text, loc, monthFirst); err == nil {
		return true
	}
	_, named, ok := parsePartialDate(text, loc)
	return ok && named
}

// setDate makes d, read from the field e, the page's date: its time, its
// zone's kind and its precision, and e the field its position names.
func (f *fields) setDate(e entry, d parsedDate) {
	f.record("date", e)
	f.doc.Date, f.doc.Floating, f.doc.DatePrecision = d.t, d.floating, d.precision
}
