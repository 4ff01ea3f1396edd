package view

import (
	"reflect"
	"testing"
	"time"

	"lectern/internal/content"
	"lectern/internal/site"
)

// zoneA and zoneB are two zones a filled time may be in.
var (
	zoneA = time.FixedZone("AAA", 3600)
	zoneB = time.FixedZone("BBB", 7200)
)

// fill sets every field under v (addressable) to a value that is not
// zero, so that each can then be changed and the change seen.
func fill(v reflect.Value) {
	switch v.Type() {
	case reflect.TypeFor[time.Time]():
		v.Set(reflect.ValueOf(time.Date(2026, 6, 11, 9, 30, 0, 0, zoneA)))
		return
	case reflect.TypeFor[*time.Location]():
		v.Set(reflect.ValueOf(zoneA))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("text")
	case reflect.Int:
		v.SetInt(3)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Struct:
		for i := range v.NumField() {
			// Templates see exported fields only.
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i))
			}
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		elem := reflect.New(v.Type().Elem()).Elem()
		if elem.Kind() == reflect.Interface {
			elem.Set(reflect.ValueOf("value"))
		} else {
			fill(elem)
		}
		m.SetMapIndex(reflect.ValueOf("key"), elem)
		v.Set(m)
	}
}

// changes returns changed copies of the value of v's type: each differs
// from what fill made in a way a template could show.
func changes(v reflect.Value) []reflect.Value {
	one := func(x any) []reflect.Value { return []reflect.Value{reflect.ValueOf(x).Convert(v.Type())} }
	switch v.Type() {
	case reflect.TypeFor[time.Time]():
		t := v.Interface().(time.Time)
		// The same instant in another zone shows another clock.
		return []reflect.Value{reflect.ValueOf(t.Add(time.Hour)), reflect.ValueOf(t.In(zoneB)), reflect.ValueOf(time.Time{})}
	case reflect.TypeFor[*time.Location]():
		return []reflect.Value{reflect.ValueOf(zoneB), reflect.Zero(v.Type())}
	}
	switch v.Kind() {
	case reflect.String:
		return one(v.String() + "x")
	case reflect.Int:
		return one(int(v.Int()) + 1)
	case reflect.Bool:
		return one(!v.Bool())
	case reflect.Pointer, reflect.Map:
		out := []reflect.Value{reflect.Zero(v.Type())}
		if v.Kind() == reflect.Map {
			m := reflect.MakeMap(v.Type())
			for _, k := range v.MapKeys() {
				m.SetMapIndex(k, v.MapIndex(k))
			}
			m.SetMapIndex(reflect.ValueOf("other"), v.MapIndex(reflect.ValueOf("key")))
			out = append(out, m)
		}
		return out
	case reflect.Slice:
		longer := reflect.Append(v, v.Index(0))
		return []reflect.Value{reflect.Zero(v.Type()), longer}
	}
	return nil
}

// checkEveryField changes each field under v, one at a time, and fails
// when the fingerprint of root stays the same; the field is put back
// after each change.
func checkEveryField(t *testing.T, path string, root func() uint64, v reflect.Value) {
	t.Helper()
	if v.Kind() == reflect.Struct && v.Type() != reflect.TypeFor[time.Time]() {
		for i := range v.NumField() {
			// Templates see exported fields only.
			if v.Type().Field(i).IsExported() {
				checkEveryField(t, path+"."+v.Type().Field(i).Name, root, v.Field(i))
			}
		}
		return
	}
	if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Struct && v.Type().Elem() != reflect.TypeFor[time.Time]() {
		// Values held in place: each of their fields must count too.
		checkEveryField(t, path+"[0]", root, v.Index(0))
	}
	before := root()
	saved := reflect.New(v.Type()).Elem()
	saved.Set(v)
	for _, c := range changes(v) {
		v.Set(c)
		if root() == before {
			t.Errorf("changing %s to %v leaves the fingerprint as it was", path, c)
		}
		v.Set(saved)
	}
	if root() != before {
		t.Fatalf("putting %s back changed the fingerprint: the hash is not a function of the fields", path)
	}
}

// TestFingerprintsCoverEveryField fills every view and checks that a
// change to any of its fields changes its fingerprint: a field added to
// a view and forgotten in its Fingerprint fails here.
func TestFingerprintsCoverEveryField(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    fingerprinter
	}{
		{"Entry", new(Entry)}, {"Page", new(Page)}, {"Placement", new(Placement)},
		{"ReadingEntry", new(ReadingEntry)}, {"SponsorTier", new(SponsorTier)},
		{"PersonRef", new(PersonRef)}, {"Person", new(Person)},
		{"EventRef", new(EventRef)}, {"ScheduleRef", new(ScheduleRef)}, {"Event", new(Event)}, {"Schedule", new(Schedule)},
		{"TermRef", new(TermRef)}, {"Term", new(Term)}, {"Taxonomy", new(Taxonomy)},
		{"Site", new(Site)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := reflect.ValueOf(tc.v).Elem()
			fill(v)
			checkEveryField(t, tc.name, tc.v.Fingerprint, v)
		})
	}
	t.Run("Item", func(t *testing.T) {
		var it Item
		v := reflect.ValueOf(&it).Elem()
		fill(v)
		checkEveryField(t, "Item", func() uint64 { return it.Fingerprint() }, v)
	})
}

// TestChromeCoversChromeFields checks Site.Chrome against the fields it
// promises, and that it leaves the lists out.
func TestChromeCoversChromeFields(t *testing.T) {
	var s Site
	v := reflect.ValueOf(&s).Elem()
	fill(v)
	for _, f := range []string{"Config", "Menu", "SpeakersURL", "NotesURL", "ReadingURL", "NoteCount", "SpeakerCount", "ReadingCount"} {
		checkEveryField(t, "Site."+f, s.Chrome, v.FieldByName(f))
	}
	before := s.Chrome()
	s.Talks = append(s.Talks, &Entry{Title: "another"})
	s.Speakers, s.Data, s.Updated = nil, nil, time.Time{}
	s.Taxonomies[0].Terms[0].Name = "renamed"
	if s.Chrome() != before {
		t.Error("Chrome changed with the lists, Data, Updated or a term's name, which it leaves out")
	}
	s.Taxonomies[0].Terms = append(s.Taxonomies[0].Terms, &Term{})
	if s.Chrome() == before {
		t.Error("Chrome did not change with a taxonomy's number of terms")
	}
}

// talk is a page of the model with everything a list shows of it set.
func talk() (*site.Page, *site.Speaker) {
	sp := &site.Speaker{Person: content.Person{Name: "Ada Lovelace", Slug: "ada-lovelace"}, URL: "/speakers/ada-lovelace/"}
	p := &site.Page{
		Doc: content.Document{
			File: "content/talks/engines.md", Kind: content.KindTalk, Title: "Engines", Slug: "engines",
			Date: time.Date(2026, 6, 11, 9, 30, 0, 0, zoneA), Room: "Hall A", Body: []byte("The body.\n"),
		},
		URL: "/talks/engines/", WordCount: 2,
		Description: "Engines that think.", Speakers: []*site.Speaker{sp},
	}
	p.SetContent("<p>The body.</p>")
	sp.Talks = []*site.Page{p}
	return p, sp
}

// TestFingerprintsLeaveOutWhatIsNotShown changes what a view does not
// show and checks that its fingerprint stays.
func TestFingerprintsLeaveOutWhatIsNotShown(t *testing.T) {
	p, sp := talk()
	entry := EntryOf(p).Fingerprint()
	ref := PersonRefOf(sp).Fingerprint()
	page := PageOf(p).Fingerprint()

	p.Doc.Body, p.WordCount = []byte("Another body.\n"), 2
	p.SetContent("<p>Another body.</p>")
	sp.Talks = nil
	if got := new(Builder).Entry(p).Fingerprint(); got != entry {
		t.Error("an entry's fingerprint changed with the page's body, which lists do not show")
	}
	if got := new(Builder).PersonRef(sp).Fingerprint(); got != ref {
		t.Error("a person's fingerprint as others show them changed with their talks")
	}
	if got := new(Builder).PageOf(p).Fingerprint(); got == page {
		t.Error("a page's fingerprint did not change with its body's HTML")
	}

	sp.Company = "Analytical Engines"
	if got := new(Builder).Entry(p).Fingerprint(); got == entry {
		t.Error("an entry's fingerprint did not change with its speaker's company, which it holds")
	}
}

// TestRefsLeaveOutTheirLists checks that what other pages show of an
// event or a term does not change with the event's talks or description
// or the term's pages, which only their own pages show.
func TestRefsLeaveOutTheirLists(t *testing.T) {
	p, _ := talk()
	e := &site.Event{Name: "Conf", Slug: "conf", URL: "/events/conf/", Talks: []*site.Page{p}}
	term := &site.Term{Name: "Go", Slug: "go", URL: "/tags/go/", Pages: []*site.Page{p}}
	event, tag := EventRefOf(e).Fingerprint(), TermRefOf(term).Fingerprint()
	whole, pages := EventOf(e).Fingerprint(), TermOf(term).Fingerprint()
	e.Talks, e.Description, term.Pages = nil, "<p>New.</p>", nil
	if EventRefOf(e).Fingerprint() != event || TermRefOf(term).Fingerprint() != tag {
		t.Error("an EventRef or TermRef fingerprint changed with the event's talks and description or the term's pages")
	}
	if EventOf(e).Fingerprint() == whole || TermOf(term).Fingerprint() == pages {
		t.Error("an Event or Term fingerprint did not change with its talks or pages")
	}
	e.Venue, term.Name = "Hall", "Golang"
	if EventRefOf(e).Fingerprint() == event || TermRefOf(term).Fingerprint() == tag {
		t.Error("an EventRef or TermRef fingerprint did not change with the venue or the name")
	}
}
