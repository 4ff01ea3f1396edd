package site

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestDocDiffersFromSourceInModelFieldsOnly builds a site where the model
// sets every one of ModelFields (an event's zone, a date from history, a
// sponsor's logo) and checks that each page's Doc equals its Source in
// every other field: a cache keyed by Source would go stale otherwise.
func TestDocDiffersFromSourceInModelFieldsOnly(t *testing.T) {
	cfg := config.Default()
	cfg.Events = []config.Event{{Name: "Conf", Timezone: "Europe/Berlin"}, {Name: "Meetup", Start: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)}}
	talk := doc("talks/t.md", content.KindTalk, "T", func(d *content.Document) {
		d.Event = "Conf"
		d.Date = time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
		d.End = d.Date.Add(time.Hour)
	})
	// A second talk on another day makes the site's talks an archive,
	// whose locations are where they were given (placeLocations).
	given := doc("talks/u.md", content.KindTalk, "U", func(d *content.Document) {
		d.Event = "Conf"
		d.Date = time.Date(2026, 5, 6, 9, 0, 0, 0, time.UTC)
		d.Room, d.RoomIsLocation = "Atlanta, Georgia", true
	})
	// A talk that writes no date takes its one-day event's
	// (dateByOneDayEvent).
	dated := doc("talks/m.md", content.KindTalk, "M", func(d *content.Document) { d.Event = "Meetup" })
	note := doc("notes/n.md", content.KindNote, "N", nil)
	sponsor := doc("sponsors/acme/index.md", content.KindSponsor, "Acme", func(d *content.Document) { d.Logo = "logo.png" })
	set := content.Set{Docs: []*content.Document{talk, given, dated, note, sponsor}, Assets: []string{"content/sponsors/acme/logo.png"}}
	hist := History{Changed: map[string]time.Time{note.File: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}}
	s, diags := Build(context.Background(), cfg, set, markdown.New(markdown.Options{}), Options{History: hist})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	differ := map[string]bool{}
	typ := reflect.TypeFor[content.Document]()
	for _, p := range s.Pages {
		if p.Loaded() == nil {
			t.Fatalf("%s has no source", p.Doc.File)
		}
		a, b := reflect.ValueOf(p.Doc), reflect.ValueOf(*p.Loaded())
		for i := range typ.NumField() {
			name := typ.Field(i).Name
			if reflect.DeepEqual(a.Field(i).Interface(), b.Field(i).Interface()) {
				continue
			}
			if !slices.Contains(ModelFields, name) {
				t.Errorf("%s: the model set Doc.%s, which is not in ModelFields", p.Doc.File, name)
			}
			differ[name] = true
		}
	}
	// Each of ModelFields must be set by this site, or the test would
	// not see another field the model sets alongside it.
	for _, name := range ModelFields {
		if !differ[name] {
			t.Errorf("the model set no page's Doc.%s: the test site no longer covers it", name)
		}
	}
}
