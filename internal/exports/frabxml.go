package exports

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html/charset"
)

// isFrabXML reports whether src's root element is a frab <schedule>.
func isFrabXML(src []byte) bool {
	dec := xml.NewDecoder(bytes.NewReader(src))
	dec.CharsetReader = charset.NewReaderLabel
	for {
		tok, err := dec.RawToken()
		if err != nil {
			return false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return t.Name.Local == "schedule"
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return false
			}
		}
	}
}

type xmlConference struct {
	Title    string `xml:"title"`
	Acronym  string `xml:"acronym"`
	Start    string `xml:"start"`
	End      string `xml:"end"`
	Zone     string `xml:"time_zone_name"`
	RoomList []struct {
		Name string `xml:"name,attr"`
		Text string `xml:",chardata"`
	} `xml:"rooms>room"`
}

type xmlEvent struct {
	ID          string `xml:"id,attr"`
	GUID        string `xml:"guid,attr"`
	Date        string `xml:"date"`
	Start       string `xml:"start"`
	Duration    string `xml:"duration"`
	Room        string `xml:"room"`
	Slug        string `xml:"slug"`
	URL         string `xml:"url"`
	Title       string `xml:"title"`
	Subtitle    string `xml:"subtitle"`
	Track       string `xml:"track"`
	Type        string `xml:"type"`
	Language    string `xml:"language"`
	Abstract    string `xml:"abstract"`
	Description string `xml:"description"`
	Persons     []struct {
		Name string `xml:",chardata"`
	} `xml:"persons>person"`
	Links []struct {
		Href  string `xml:"href,attr"`
		Title string `xml:",chardata"`
	} `xml:"links>link"`
}

// frabXML reads a frab schedule.xml: <schedule> holds a <conference> and
// <day date=…> elements, which hold <room name=…> elements, which hold the
// talks as <event> elements. It is read as a stream, so that each talk's
// position is known; the conference comes before the days.
func (r *reader) frabXML(src []byte) {
	dec := xml.NewDecoder(bytes.NewReader(src))
	// Exports written by hand or by older tools use HTML's named
	// characters (&nbsp;) and legacy encodings (ISO-8859-1); both are
	// read rather than refused.
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = charset.NewReaderLabel
	var (
		seen    bool // a <conference> was read
		conf    frabConference
		dayDate string
		room    string
		rooms   []string
		talks   []frabTalk
	)
	for {
		off := int(dec.InputOffset())
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			r.xmlError(dec, err)
			break
		}
		st, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch st.Name.Local {
		case "conference":
			var c xmlConference
			if err := dec.DecodeElement(&c, &st); err != nil {
				r.xmlError(dec, err)
				return
			}
			conf = frabConference{title: strings.TrimSpace(c.Title), acronym: strings.TrimSpace(c.Acronym), start: c.Start, end: c.End, zone: strings.TrimSpace(c.Zone), pos: r.lines.pos(off)}
			for _, rm := range c.RoomList {
				conf.rooms = append(conf.rooms, strings.TrimSpace(rm.Name+rm.Text))
			}
			seen = true
		case "day":
			dayDate = attr(st, "date")
		case "room":
			room = attr(st, "name")
			if !slices.Contains(rooms, room) {
				rooms = append(rooms, room)
			}
		case "event":
			var e xmlEvent
			if err := dec.DecodeElement(&e, &st); err != nil {
				r.xmlError(dec, err)
				return
			}
			t := xmlTalk(e)
			t.pos = r.lines.pos(off)
			if t.room == "" {
				t.room = room
			}
			// The day's date is read once the zone is known, below.
			t.start = dayDate + " " + t.start
			talks = append(talks, t)
		}
	}
	if !seen {
		conf.pos = r.lines.pos(0)
	}
	sc := r.frabEvent(conf, rooms)
	for _, t := range talks {
		date, clock, _ := strings.Cut(t.start, " ")
		t.start = clock
		day, _ := parseDay(date, sc.zone)
		r.frabTalkDoc(t, day, sc)
	}
}

func xmlTalk(e xmlEvent) frabTalk {
	t := frabTalk{
		id: e.ID, guid: e.GUID, date: e.Date, start: strings.TrimSpace(e.Start), duration: strings.TrimSpace(e.Duration),
		room: strings.TrimSpace(e.Room), slug: strings.TrimSpace(e.Slug), url: strings.TrimSpace(e.URL),
		title: strings.TrimSpace(e.Title), subtitle: strings.TrimSpace(e.Subtitle), track: strings.TrimSpace(e.Track),
		typ: strings.TrimSpace(e.Type), language: strings.TrimSpace(e.Language),
		abstract: strings.TrimSpace(e.Abstract), description: e.Description,
	}
	for _, p := range e.Persons {
		t.persons = append(t.persons, frabPerson{name: strings.TrimSpace(p.Name)})
	}
	for _, l := range e.Links {
		title, href := strings.TrimSpace(l.Title), strings.TrimSpace(l.Href)
		// lectern, and frab itself, link the talk's own page first.
		if t.url == "" && strings.EqualFold(title, "Talk page") {
			t.url = href
			continue
		}
		t.links = append(t.links, frabLink{title: title, url: href})
	}
	return t
}

// xmlError reports a schedule.xml that is not well-formed at the decoder's
// position.
func (r *reader) xmlError(dec *xml.Decoder, err error) {
	line, col := dec.InputPos()
	var se *xml.SyntaxError
	msg := err.Error()
	if errors.As(err, &se) {
		msg, line = se.Msg, se.Line
		col = 0
	}
	r.diags.Errorf(posAt(r.file, line, col), "schedule.xml is not well-formed XML: %s; the talks after this point are not read; export the schedule again or fix the markup here", msg)
}

func attr(st xml.StartElement, name string) string {
	for _, a := range st.Attr {
		if a.Name.Local == name {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}
