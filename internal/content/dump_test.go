package content

import (
	"encoding/json"
	"maps"
	"time"

	"lectern/internal/diag"
)

// dumpDoc is a Document as the golden files show it: times in RFC 3339,
// the body as text, empty fields left out.
type dumpDoc struct {
	File      string              `json:"file"`
	Path      string              `json:"path"`
	Kind      Kind                `json:"kind"`
	Title     string              `json:"title"`
	Slug      string              `json:"slug"`
	URL       string              `json:"url,omitempty"`
	Date      string              `json:"date,omitempty"`
	End       string              `json:"end,omitempty"`
	Floating  bool                `json:"floating,omitempty"`
	Updated   string              `json:"updated,omitempty"`
	Speakers  []Person            `json:"speakers,omitempty"`
	Authors   []Person            `json:"authors,omitempty"`
	Tags      []string            `json:"tags,omitempty"`
	Track     string              `json:"track,omitempty"`
	Format    string              `json:"format,omitempty"`
	Level     string              `json:"level,omitempty"`
	Room      string              `json:"room,omitempty"`
	Event     string              `json:"event,omitempty"`
	Slides    string              `json:"slides,omitempty"`
	Video     string              `json:"video,omitempty"`
	Summary   string              `json:"summary,omitempty"`
	Venue     string              `json:"venue,omitempty"`
	Timezone  string              `json:"timezone,omitempty"`
	Rooms     []string            `json:"rooms,omitempty"`
	Draft     bool                `json:"draft,omitempty"`
	Hidden    bool                `json:"hidden,omitempty"`
	NoReading bool                `json:"noReading,omitempty"`
	Items     []Item              `json:"items,omitempty"`
	Params    map[string]any      `json:"params,omitempty"`
	Fields    map[string]diag.Pos `json:"fields,omitempty"`
	BodyLine  int                 `json:"bodyLine"`
	Body      string              `json:"body"`
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func dump(d *Document) dumpDoc {
	return dumpDoc{
		File: d.File, Path: d.Path, Kind: d.Kind, Title: d.Title, Slug: d.Slug, URL: d.URL,
		Date: rfc3339(d.Date), End: rfc3339(d.End), Floating: d.Floating, Updated: rfc3339(d.Updated),
		Speakers: d.Speakers, Authors: d.Authors, Tags: d.Tags, Track: d.Track,
		Format: d.Format, Level: d.Level, Room: d.Room, Event: d.Event,
		Slides: d.Slides, Video: d.Video, Summary: d.Summary, Venue: d.Venue,
		Timezone: d.Extras().Timezone, Rooms: d.Extras().Rooms, Draft: d.Draft, Hidden: d.Hidden,
		NoReading: d.NoReading, Items: d.Items, Params: d.Params, Fields: maps.Collect(d.Fields.All()),
		BodyLine: d.BodyLine, Body: string(d.Body),
	}
}

// dumpSet renders a loaded site as indented JSON followed by its
// diagnostics, one per line.
func dumpSet(set Set, diags diag.List) string {
	docs := make([]dumpDoc, len(set.Docs))
	for i, d := range set.Docs {
		docs[i] = dump(d)
	}
	out, err := json.MarshalIndent(struct {
		Docs   []dumpDoc `json:"docs"`
		Assets []string  `json:"assets,omitempty"`
	}{docs, set.Assets}, "", "  ")
	if err != nil {
		panic(err)
	}
	s := string(out) + "\n"
	for _, line := range diags.Strings() {
		s += line + "\n"
	}
	return s
}
