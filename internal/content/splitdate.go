package content

import (
	"strconv"
	"strings"
	"time"
)

// splitDate makes d, a talk's year read from "year", finer with the
// month and day its record writes in fields of their own ("year: 2022",
// "month: November" or "month: 11", "day: 16"), as research groups'
// and speakers' _data/presentations.yml write them for templates that
// print "{{ p.month }} {{ p.day }}, {{ p.year }}". A month that is no
// month leaves d as it is, and a day that is no day of that month (a
// range, "8-10") leaves the month's precision; the fields themselves
// stay in Params, as the site's templates read them.
func (f *fields) splitDate(d parsedDate) parsedDate {
	if d.precision != PrecisionYear {
		return d
	}
	m, ok := f.fieldMonth()
	if !ok {
		return d
	}
	year := d.t.Year()
	d.t = time.Date(year, m, 1, 0, 0, 0, 0, d.t.Location())
	d.precision = PrecisionMonth
	i, ok := f.index["day"]
	if !ok {
		return d
	}
	v := f.root.keys[i].val
	if v.kind != scalarNode {
		return d
	}
	day, err := strconv.Atoi(strings.TrimSpace(v.text))
	if err != nil || day < 1 || day > time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return d
	}
	d.t = d.t.AddDate(0, 0, day-1)
	d.precision = PrecisionDay
	return d
}

// fieldMonth reads a record's "month" field: a number from 1 to 12 or a
// month's name, whole or shortened ("Nov.").
func (f *fields) fieldMonth() (time.Month, bool) {
	i, ok := f.index["month"]
	if !ok {
		return 0, false
	}
	v := f.root.keys[i].val
	if v.kind != scalarNode {
		return 0, false
	}
	text := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(v.text), "."))
	if n, err := strconv.Atoi(text); err == nil {
		return time.Month(n), n >= 1 && n <= 12
	}
	return monthWord(text)
}
