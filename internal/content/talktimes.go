package content

// Start and end times written in full where a time of day is expected.
// Old Hugo Academic talks (its archetypes before v4) date the page by
// when it was published, "date", and the talk itself by time_start and
// time_end, each a whole timestamp (time_start = 2017-03-01T13:00:00).

// startTimeKeys are the fields holding a talk's start time: a time of
// day completing the date (clockTime) or, written with a day, the start.
var startTimeKeys = []string{"time", "start_time", "time_start"}

// endTimeKeys are the fields holding a talk's end time: a time of day on
// the date's day (endClock) or, written with a day, the end.
var endTimeKeys = []string{"end_time", "time_end"}

// eventStartKeys and eventEndKeys name, on a talk or an event, when it
// happens, apart from the page's own date: a Hugo event theme's session
// writes "date:" as when its page was made and "eventDate:" as when the
// session is (lower case, as lookup wants them).
var (
	eventStartKeys = []string{"eventdate", "event_date", "eventstart", "event_start", "eventstartdate", "event_start_date", "event_datetime"}
	eventEndKeys   = []string{"eventend", "event_end", "eventenddate", "event_end_date"}
)

// talkDayKeys name, on a talk only, the day the talk was given: a
// speaker's archive imported in bulk writes "date:" as the day of the
// import and "presentation_date:" as the day of the talk, so these come
// after eventStartKeys and before the page's date. On other kinds they
// are only dates among dateKeys.
var talkDayKeys = []string{"talk_date", "session_date", "presentation_date"}

// eventStart reads the start of a talk or event from a field that names
// it as the event's time (eventStartKeys): it beats the date, which
// stays in Params. It reports whether it set the date.
func (f *fields) eventStart() bool {
	if !f.timed() {
		return false
	}
	e, ok := f.lookup(eventStartKeys...)
	if !ok && f.doc.Kind == KindTalk {
		e, ok = f.talkDay()
	}
	if !ok {
		return false
	}
	d, ok := f.date(e, true)
	if !ok {
		return false
	}
	f.setDate(e, d)
	return true
}

// talkDay finds the first of talkDayKeys that reads as a date, and uses
// it. Text that is no date ("talk_date: Oct. 2022 — RECSI 2022") is left
// to dates and datedElsewhere, which keep it in Params beside a date
// written elsewhere.
func (f *fields) talkDay() (entry, bool) {
	for _, k := range talkDayKeys {
		i, ok := f.index[k]
		if !ok || f.used[i] {
			continue
		}
		e := f.root.keys[i]
		if e.val.kind != scalarNode || e.val.isNull() || e.val.time.IsZero() && !readsAsDate(e.val.text, f.loc, f.monthFirst) {
			continue
		}
		f.used[i] = true
		return e, true
	}
	return entry{}, false
}

// timedEnd finds the end of a talk or event written in a field that
// names it as the event's end (eventEndKeys).
func (f *fields) timedEnd() (entry, bool) {
	if !f.timed() {
		return entry{}, false
	}
	return f.lookup(eventEndKeys...)
}

// timed reports whether the document's date is when something happens,
// a talk's or an event's start, rather than when the page was written.
func (f *fields) timed() bool {
	return f.doc.Kind == KindTalk || f.doc.Kind == KindEvent
}

// fullStart reads the start of a talk or event written in full, a day
// and a time of day, in a start-time field: that is when it happens, and
// it is the document's date; "date" beside it is when the page was
// published, and stays in Params. It reports whether it set the date.
func (f *fields) fullStart() bool {
	if !f.timed() {
		return false
	}
	e, d, ok := f.fullTime(startTimeKeys)
	if !ok {
		return false
	}
	f.setDate(e, d)
	return true
}

// fullEnd reads the end of a talk or event written in full in an
// end-time field, when no end field gave one.
func (f *fields) fullEnd() {
	if !f.timed() || !f.doc.End.IsZero() {
		return
	}
	if e, _, ok := f.fullTime(endTimeKeys); ok {
		f.end(e)
	}
}

// fullTime finds the first of keys, not yet used, holding a day and a
// time of day, and uses it. A time of day alone is left to clockTime and
// endClock, and text that is no date to them, which warn about it.
func (f *fields) fullTime(keys []string) (entry, parsedDate, bool) {
	for _, k := range keys {
		i, ok := f.index[k]
		if !ok || f.used[i] {
			continue
		}
		e := f.root.keys[i]
		if e.val.kind != scalarNode || e.val.isNull() {
			continue
		}
		d := parsedDate{t: e.val.time, floating: e.val.floating, hasClock: true}
		if e.val.time.IsZero() {
			var err error
			if d, err = parseDate(e.val.text, f.loc); err != nil || !d.hasClock {
				continue
			}
		}
		f.used[i] = true
		return e, d, true
	}
	return entry{}, parsedDate{}, false
}
