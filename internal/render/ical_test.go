package render

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"golang.org/x/tools/txtar"
)

// parseICS reads an iCalendar file with an independent parser, used only
// in tests, and returns its events.
func parseICS(t *testing.T, body []byte) []*ics.VEvent {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("the calendar does not parse: %v\n%s", err, body)
	}
	return cal.Events()
}

func prop(ev *ics.VEvent, p ics.ComponentProperty) string {
	if v := ev.GetProperty(p); v != nil {
		return v.Value
	}
	return ""
}

// checkLines checks the framing of RFC 5545: CRLF after every line, at
// most 75 octets per line, no line split inside a UTF-8 sequence.
func checkLines(t *testing.T, body []byte) {
	t.Helper()
	if !bytes.HasSuffix(body, []byte("\r\n")) {
		t.Errorf("the calendar does not end with CRLF")
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(body), "\r\n"), "\r\n") {
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, line)
		}
		if len(line) > 75 {
			t.Errorf("line %d is %d octets long: %q", i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, line)
		}
	}
}

// TestSeed001 is the scenario: a DjangoCon talk written with an
// offset shows at 11:30 on 16 August 2017, and the calendar has it at
// 16:30 UTC in its room.
func TestSeed001(t *testing.T) {
	a, err := txtar.ParseFile("testdata/schedule/seed001.txtar")
	if err != nil {
		t.Fatal(err)
	}
	outs := renderSite(t, archiveFiles(a))
	page := string(outs["schedule/index.html"].Body)
	for _, want := range []string{
		`<time datetime="2017-08-16" data-day>Wednesday 16 August 2017</time>`,
		`<time datetime="2017-08-16T11:30:00-05:00" data-clock>11:30</time>`,
		`<a href="/talks/taking-django-distributed/">Taking Django Distributed</a>`,
		`Ballrooms B and C`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("schedule/index.html lacks %s", want)
		}
	}
	cal := outs["schedule.ics"].Body
	checkLines(t, cal)
	for _, want := range []string{"\r\nDTSTART:20170816T163000Z\r\n", "\r\nSUMMARY:Taking Django Distributed\r\n", "\r\nLOCATION:Ballrooms B and C\r\n"} {
		if !bytes.Contains(cal, []byte(want)) {
			t.Errorf("schedule.ics lacks %q:\n%s", want, cal)
		}
	}
	if got := outs["schedule.ics"].MediaType; got != "text/calendar" {
		t.Errorf("schedule.ics has media type %q", got)
	}
	evs := parseICS(t, cal)
	if len(evs) != 3 {
		t.Fatalf("%d events, want 3", len(evs))
	}
	start, err := evs[0].GetStartAt()
	if err != nil || !start.Equal(time.Date(2017, 8, 16, 16, 30, 0, 0, time.UTC)) {
		t.Errorf("DTSTART = %v (%v)", start, err)
	}
	for p, want := range map[ics.ComponentProperty]string{
		ics.ComponentPropertySummary:     "Taking Django Distributed",
		ics.ComponentPropertyLocation:    "Ballrooms B and C",
		ics.ComponentPropertyUniqueId:    "talks/taking-django-distributed@2017.djangocon.us",
		ics.ComponentPropertyUrl:         "https://2017.djangocon.us/talks/taking-django-distributed/",
		ics.ComponentPropertyDescription: "With Andrew Godwin\n\nLearn how Django and app code are best used across multiple servers.",
	} {
		if got := prop(evs[0], p); got != want {
			t.Errorf("%s = %q, want %q", p, got, want)
		}
	}
	own, ok := outs["talks/taking-django-distributed/taking-django-distributed.ics"]
	if !ok {
		t.Fatal("the talk has no .ics of its own")
	}
	if !bytes.Contains(own.Body, []byte("\r\nDTSTART:20170816T163000Z\r\n")) {
		t.Errorf("the talk's own .ics lacks its DTSTART:\n%s", own.Body)
	}
	talk := string(outs["talks/taking-django-distributed/index.html"].Body)
	if !strings.Contains(talk, `href="/talks/taking-django-distributed/taking-django-distributed.ics" download>Add to calendar</a>`) {
		t.Errorf("the talk page does not link its .ics")
	}
}

// TestICalText checks escaping and folding with long and hostile text:
// every line stays within 75 octets without splitting a character, and
// an independent parser reads back exactly what was written.
func TestICalText(t *testing.T) {
	tests := []struct{ name, text string }{
		{"plain", "Taking Django Distributed"},
		{"specials", `a\b;c,d` + "\ne\r\nf"},
		{"long ASCII", strings.Repeat("abcdefghij", 30)},
		{"long multibyte", strings.Repeat("日本語のタイトル ", 20)},
		{"emoji at the fold", strings.Repeat("x", 66) + strings.Repeat("🎤", 30)},
		{"escape at the fold", strings.Repeat("x", 65) + strings.Repeat(`\;,`, 40)},
		{"markup", `<script>alert("x")</script> & "quotes"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := icalWriter{buf: new(bytes.Buffer)}
			w.line("BEGIN", "VCALENDAR")
			w.line("VERSION", "2.0")
			w.line("PRODID", "-//test//EN")
			w.line("BEGIN", "VEVENT")
			w.line("UID", "x@test")
			w.line("DTSTAMP", "20240101T000000Z")
			w.line("DTSTART", "20240101T100000Z")
			w.line("SUMMARY", icalText(tt.text))
			w.line("DESCRIPTION", icalText(tt.text+" — "+tt.text))
			w.line("END", "VEVENT")
			w.line("END", "VCALENDAR")
			body := w.buf.Bytes()
			checkLines(t, body)
			evs := parseICS(t, body)
			want := strings.ReplaceAll(tt.text, "\r\n", "\n")
			if got := prop(evs[0], ics.ComponentPropertySummary); got != want {
				t.Errorf("SUMMARY reads back as %q, want %q", got, want)
			}
			if got := prop(evs[0], ics.ComponentPropertyDescription); got != want+" — "+want {
				t.Errorf("DESCRIPTION reads back as %q", got)
			}
		})
	}
}

// TestICalTextEscapes asserts the escaped form verbatim.
func TestICalTextEscapes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`Room 1, Floor 2; East`, `Room 1\, Floor 2\; East`},
		{`C:\path`, `C:\\path`},
		{"two\r\nlines\nthree", `two\nlines\nthree`},
		{"bell\x07 and tab\t", "bell and tab\t"},
	}
	for _, tt := range tests {
		if got := icalText(tt.in); got != tt.want {
			t.Errorf("icalText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestICalFold asserts folding verbatim: 75 octets, then a space and 74.
func TestICalFold(t *testing.T) {
	w := icalWriter{buf: new(bytes.Buffer)}
	w.line("SUMMARY", strings.Repeat("a", 67)+"é"+strings.Repeat("b", 80))
	want := "SUMMARY:" + strings.Repeat("a", 67) + "\r\n é" + strings.Repeat("b", 72) + "\r\n " + strings.Repeat("b", 8) + "\r\n"
	if got := w.buf.String(); got != want {
		t.Errorf("folded as\n%q\nwant\n%q", got, want)
	}
}

// TestCalendarDates covers a talk without a time of day (an all-day
// event) and one without an end (no DTEND), on a site that names no zone,
// so its time is floating (no Z: TestFloatingTimes).
func TestCalendarDates(t *testing.T) {
	s, _ := siteFrom(t, map[string]string{
		"content/talks/a.md": "---\ntitle: All day\ndate: 2024-05-01\n---\n",
		"content/talks/b.md": "---\ntitle: Open end\ndate: 2024-05-02 10:00\nroom: R\n---\n",
	}, false)
	b := &jobs{s: s, urls: newURLs("")}
	var out bytes.Buffer
	b.writeCalendar(&out, "x", s.Talks, s.Updated)
	cal := out.String()
	for _, want := range []string{"\r\nDTSTART;VALUE=DATE:20240501\r\n", "\r\nDTSTART:20240502T100000\r\nSUMMARY:Open end\r\nLOCATION:R\r\n", "\r\nUID:talks/a@lectern.invalid\r\n"} {
		if !strings.Contains(cal, want) {
			t.Errorf("calendar lacks %q:\n%s", want, cal)
		}
	}
	if strings.Contains(cal, "DTEND") || strings.Contains(cal, "URL:") {
		t.Errorf("calendar has a DTEND or URL it should not:\n%s", cal)
	}
	parseICS(t, []byte(cal))
}
