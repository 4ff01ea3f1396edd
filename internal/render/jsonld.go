package render

import (
	"encoding/json"
	"html/template"
	"time"

	"lectern/internal/content"
	"lectern/internal/site"
)

// The schema.org types render describes pages with. Fields are in the
// order they are marshalled; empty ones are left out.

type ldThing struct {
	Context string `json:"@context,omitempty"`
	Type    string `json:"@type"`
}

type ldPerson struct {
	ldThing
	Name     string   `json:"name"`
	URL      string   `json:"url,omitempty"`
	Image    string   `json:"image,omitempty"`
	WorksFor *ldOrg   `json:"worksFor,omitempty"`
	SameAs   []string `json:"sameAs,omitempty"`
	Desc     string   `json:"description,omitempty"`
}

type ldOrg struct {
	ldThing
	Name string `json:"name"`
}

type ldPlace struct {
	ldThing
	Name    string `json:"name,omitempty"`
	Address string `json:"address,omitempty"`
}

type ldEvent struct {
	ldThing
	Name       string      `json:"name"`
	StartDate  string      `json:"startDate,omitempty"`
	EndDate    string      `json:"endDate,omitempty"`
	Location   *ldPlace    `json:"location,omitempty"`
	Performer  []ldPerson  `json:"performer,omitempty"`
	Desc       string      `json:"description,omitempty"`
	URL        string      `json:"url,omitempty"`
	SuperEvent *ldEventRef `json:"superEvent,omitempty"`
}

type ldEventRef struct {
	ldThing
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type ldPosting struct {
	ldThing
	Headline      string     `json:"headline"`
	DatePublished string     `json:"datePublished,omitempty"`
	DateModified  string     `json:"dateModified,omitempty"`
	Author        []ldPerson `json:"author,omitempty"`
	Desc          string     `json:"description,omitempty"`
	Keywords      []string   `json:"keywords,omitempty"`
	URL           string     `json:"url,omitempty"`
}

type ldItemList struct {
	ldThing
	Name  string       `json:"name,omitempty"`
	URL   string       `json:"url,omitempty"`
	Items []ldListItem `json:"itemListElement"`
}

type ldListItem struct {
	ldThing
	Position int    `json:"position"`
	Name     string `json:"name"`
	URL      string `json:"url,omitempty"`
}

type ldWebSite struct {
	ldThing
	Name string `json:"name"`
	Desc string `json:"description,omitempty"`
	URL  string `json:"url,omitempty"`
}

const schemaOrg = "https://schema.org"

func top(typ string) ldThing    { return ldThing{Context: schemaOrg, Type: typ} }
func nested(typ string) ldThing { return ldThing{Type: typ} }

// marshalLD marshals v for a script element. encoding/json escapes <, >
// and & as \u003c…, so text such as "</script>" cannot end the element,
// and the result is safe to trust as template.JS.
func marshalLD(v any) template.JS {
	b, err := json.Marshal(v)
	if err != nil {
		// The ld types hold only strings, ints and slices of them.
		return ""
	}
	return template.JS(b)
}

// ldStart is a page's date for schema.org: as ISO 8601 writes a month
// or a year ("2019-05", "2019") when that is all the page wrote, as
// RFC 3339 otherwise.
func ldStart(d *content.Document) string {
	if d.DatePrecision.Partial() {
		return d.DatePrecision.ISO(d.Date)
	}
	return ldTime(d.Date)
}

func ldTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return shownTime(t)
}

func (b *jobs) ldPeople(people []*site.Speaker) []ldPerson {
	out := make([]ldPerson, 0, len(people))
	for _, sp := range people {
		out = append(out, ldPerson{ldThing: nested("Person"), Name: sp.Name, URL: b.urls.abs(sp.URL)})
	}
	return out
}

func (b *jobs) talkLD(p *site.Page) template.JS {
	ev := ldEvent{
		ldThing:   top("Event"),
		Name:      p.Doc.Title,
		StartDate: ldStart(&p.Doc),
		EndDate:   ldTime(p.Doc.End),
		Performer: b.ldPeople(p.Speakers),
		Desc:      p.Description,
		URL:       b.urls.abs(p.URL),
	}
	place := &ldPlace{ldThing: nested("Place"), Name: p.Doc.Room, Address: talkVenue(p)}
	if p.Event != nil {
		ev.SuperEvent = &ldEventRef{ldThing: nested("Event"), Name: p.Event.Name, URL: b.urls.abs(p.Event.URL)}
	}
	if place.Name == "" {
		place.Name, place.Address = place.Address, ""
	}
	if place.Name != "" {
		ev.Location = place
	}
	return marshalLD(ev)
}

func (b *jobs) eventLD(e *site.Event) template.JS {
	ev := ldEvent{
		ldThing:   top("Event"),
		Name:      e.Name,
		StartDate: ldTime(e.Start),
		EndDate:   ldTime(e.End),
		URL:       b.urls.abs(e.URL),
	}
	if e.Venue != "" {
		ev.Location = &ldPlace{ldThing: nested("Place"), Name: e.Venue}
	}
	if e.Page != nil {
		ev.Desc = e.Page.Description
	}
	return marshalLD(ev)
}

func (b *jobs) speakerLD(sp *site.Speaker) template.JS {
	p := ldPerson{ldThing: top("Person"), Name: sp.Name, URL: b.urls.abs(sp.URL)}
	if photo := photoURL(sp.Person); photo != "" {
		p.Image = b.urls.abs(photo)
	}
	if sp.Company != "" {
		p.WorksFor = &ldOrg{ldThing: nested("Organization"), Name: sp.Company}
	}
	for _, l := range personLinks(sp.Person) {
		p.SameAs = append(p.SameAs, l.URL)
	}
	if sp.Page != nil {
		p.Desc = sp.Page.Description
	}
	return marshalLD(p)
}

func (b *jobs) noteLD(p *site.Page) template.JS {
	return marshalLD(ldPosting{
		ldThing:       top("BlogPosting"),
		Headline:      p.Doc.Title,
		DatePublished: ldTime(p.Doc.Date),
		DateModified:  ldTime(p.Doc.Updated),
		Author:        b.ldPeople(p.Authors),
		Desc:          p.Description,
		Keywords:      termNames(p.Tags),
		URL:           b.urls.abs(p.URL),
	})
}

func (b *jobs) readingLD(name, link string, entries []*site.ReadingEntry) template.JS {
	list := ldItemList{ldThing: top("ItemList"), Name: name, URL: b.urls.abs(link), Items: []ldListItem{}}
	for i, e := range entries {
		list.Items = append(list.Items, ldListItem{ldThing: nested("ListItem"), Position: i + 1, Name: e.Title, URL: e.URL})
	}
	return marshalLD(list)
}

func (b *jobs) siteLD(s *site.Site) template.JS {
	return marshalLD(ldWebSite{ldThing: top("WebSite"), Name: s.Config.Title, Desc: s.Config.Description, URL: b.urls.abs("/")})
}

func termNames(terms []*site.Term) []string {
	var out []string
	for _, t := range terms {
		out = append(out, t.Name)
	}
	return out
}
