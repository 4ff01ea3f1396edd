package render

import (
	"bytes"
	"encoding/xml"
	"strconv"

	"lectern/internal/site"
)

// writeFrabXML writes schedule.xml to buf.
func (b *jobs) writeFrabXML(buf *bytes.Buffer, sc *site.Schedule) {
	fp := b.programme(sc)
	type person struct {
		Name string `xml:",chardata"`
	}
	type link struct {
		Href  string `xml:"href,attr"`
		Title string `xml:",chardata"`
	}
	type event struct {
		ID          int      `xml:"id,attr"`
		GUID        string   `xml:"guid,attr"`
		Date        string   `xml:"date"`
		Start       string   `xml:"start"`
		Duration    string   `xml:"duration"`
		Room        string   `xml:"room"`
		Slug        string   `xml:"slug"`
		Title       string   `xml:"title"`
		Subtitle    string   `xml:"subtitle"`
		Track       string   `xml:"track"`
		Type        string   `xml:"type"`
		Language    string   `xml:"language"`
		Abstract    string   `xml:"abstract"`
		Description string   `xml:"description"`
		Persons     []person `xml:"persons>person"`
		Links       []link   `xml:"links>link"`
	}
	type conference struct {
		Title    string `xml:"title"`
		Acronym  string `xml:"acronym"`
		Start    string `xml:"start,omitempty"`
		End      string `xml:"end,omitempty"`
		Days     int    `xml:"days"`
		Timeslot string `xml:"timeslot_duration"`
	}
	// The document is written element by element, each talk as it is
	// described (see frabProgramme); the encoder indents tokens and
	// elements alike, so the bytes are those of marshalling it whole.
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(buf)
	enc.Indent("", "  ")
	open := func(name string, attrs ...string) {
		start := xml.StartElement{Name: xml.Name{Local: name}}
		for i := 0; i+1 < len(attrs); i += 2 {
			start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
		must(enc.EncodeToken(start))
	}
	end := func(name string) { must(enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: name}})) }
	element := func(name string, v any) { must(enc.EncodeElement(v, xml.StartElement{Name: xml.Name{Local: name}})) }
	open("schedule")
	element("version", fp.Version)
	element("conference", conference{Title: fp.Title, Acronym: fp.Acronym, Start: fp.Start, End: fp.End, Days: len(fp.Days), Timeslot: fp.Timeslot})
	for _, d := range fp.Days {
		open("day", "index", strconv.Itoa(d.Index), "date", d.Date, "start", d.DayStart, "end", d.DayEnd)
		for _, r := range d.Rooms {
			open("room", "name", r.Name)
			for _, s := range r.Talks {
				t := b.frabTalk(s, r.Name, fp.Acronym)
				e := event{
					ID: t.ID, GUID: t.GUID, Date: t.Date, Start: t.Start, Duration: t.Duration, Room: t.Room, Slug: t.Slug,
					Title: t.Title, Subtitle: t.Subtitle, Track: t.Track, Type: t.Type, Language: t.Language,
					Abstract: t.Abstract, Description: t.Description,
				}
				for _, p := range t.Persons {
					e.Persons = append(e.Persons, person{p.Name})
				}
				if t.URL != "" {
					e.Links = append(e.Links, link{Href: t.URL, Title: "Talk page"})
				}
				for _, l := range t.Links {
					e.Links = append(e.Links, link{Href: l.URL, Title: l.Title})
				}
				element("event", e)
			}
			end("room")
		}
		end("day")
	}
	end("schedule")
	must(enc.Flush())
	buf.WriteByte('\n')
}

// must panics on err: the frab writers encode only strings, numbers and
// structs of them, which always encode.
func must(err error) {
	if err != nil {
		panic(err)
	}
}
