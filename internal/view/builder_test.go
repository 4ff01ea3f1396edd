package view

import (
	"fmt"
	"sync"
	"testing"

	"lectern/internal/content"
	"lectern/internal/site"
)

// TestBuilderMakesEachViewOnce checks that asking again, from many
// goroutines, gives the same pointer: the partial function's cache and
// template comparisons of views rely on it.
func TestBuilderMakesEachViewOnce(t *testing.T) {
	p, sp := talk()
	b := new(Builder)
	first := b.Entry(p)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if b.Entry(p) != first {
				t.Error("Entry made a second view of the same page")
			}
			if b.PersonRef(sp) != first.Speakers[0] {
				t.Error("PersonRef made a second view of the speaker an entry holds")
			}
		})
	}
	wg.Wait()
	if b.PageOf(p) == b.PageOf(p) {
		t.Error("PageOf returned a kept view; it must be made anew, as the preview patches bodies in place")
	}
}

// TestPageShowsBodyPatchedInPlace patches the model's page as the
// preview does and checks that the views a page's own output uses show
// the new body, while its entry is kept.
func TestPageShowsBodyPatchedInPlace(t *testing.T) {
	p, sp := talk()
	sp.Page = p
	b := new(Builder)
	entry := b.Entry(p)
	if got := b.PersonPage(sp).Page.Content; got != p.Content() {
		t.Fatalf("PersonPage's Page.Content = %q", got)
	}
	p.SetContent("<p>Patched.</p>")
	if got := b.PageOf(p).Content; got != "<p>Patched.</p>" {
		t.Errorf("PageOf after a patch shows %q", got)
	}
	if got := b.PersonPage(sp).Page.Content; got != "<p>Patched.</p>" {
		t.Errorf("PersonPage after a patch shows %q", got)
	}
	if b.Person(sp).Page != nil {
		t.Error("PersonPage set Page on the kept Person, which the speakers index shows")
	}
	if b.Entry(p) != entry {
		t.Error("the entry was made again")
	}
}

// TestPersonProfile checks that .Person gives the profile as written,
// its URL the person's website rather than their page on the site.
func TestPersonProfile(t *testing.T) {
	sp := &site.Speaker{Person: content.Person{Name: "Ada", Slug: "ada", URL: "https://ada.example", Github: "ada"}, URL: "/speakers/ada/"}
	b := new(Builder)
	for name, got := range map[string]content.Person{"PersonRef": b.PersonRef(sp).Person(), "Person": b.Person(sp).Person()} {
		if got != sp.Person {
			t.Errorf("%s.Person() = %+v, want %+v", name, got, sp.Person)
		}
	}
	if got := b.PersonRef(sp).URL; got != "/speakers/ada/" {
		t.Errorf("PersonRef.URL = %q, want the person's page", got)
	}
}

// TestSiteCounts checks the counts the default theme shows instead of
// measuring lists.
func TestSiteCounts(t *testing.T) {
	p, sp := talk()
	hidden := &site.Page{Doc: content.Document{Kind: content.KindNote, Title: "Hidden", Hidden: true}}
	note := &site.Page{Doc: content.Document{Kind: content.KindNote, Title: "Shown"}}
	s := &site.Site{Talks: []*site.Page{p}, Notes: []*site.Page{note, hidden}, Speakers: []*site.Speaker{sp}, Reading: []*site.ReadingEntry{{}}}
	v := new(Builder).Site(s, Links{SpeakersURL: "/people/"})
	if v.NoteCount != 1 || v.SpeakerCount != 1 || v.ReadingCount != 1 || v.SpeakersURL != "/people/" {
		t.Errorf("counts %d notes, %d speakers, %d reading, speakers at %q; want 1, 1, 1, /people/", v.NoteCount, v.SpeakerCount, v.ReadingCount, v.SpeakersURL)
	}
	if v.Talks[0] != v.Speakers[0].Talks[0] {
		t.Error("the site's talk and the speaker's talk are two views of one page")
	}
}

// TestSiteViewMadeOnEveryCore: the site's view makes its pages' entries
// on every core first (Warm); each page must still have one
// entry, the one Entry gives, each speaker one ref, and the entries be
// those made one by one. Run with -race, it also checks that the
// model's pages are only read.
func TestSiteViewMadeOnEveryCore(t *testing.T) {
	sp := &site.Speaker{Person: content.Person{Name: "Ada Lovelace", Slug: "ada-lovelace"}, URL: "/speakers/ada-lovelace/"}
	s := &site.Site{}
	for i := range 2000 {
		p, _ := talk()
		p.Doc.Title = fmt.Sprintf("Talk %d", i)
		p.URL = fmt.Sprintf("/talks/%d/", i)
		p.Speakers = []*site.Speaker{sp}
		s.Pages = append(s.Pages, p)
	}
	s.Talks = s.Pages
	b := new(Builder)
	v := b.Site(s, Links{})
	one := new(Builder)
	for i, p := range s.Pages {
		if v.Pages[i] != b.Entry(p) || v.Talks[i] != v.Pages[i] {
			t.Fatalf("page %d has two entries", i)
		}
		if v.Pages[i].Speakers[0] != b.PersonRef(sp) {
			t.Fatalf("page %d's speaker is another ref than the builder's", i)
		}
		if got, want := v.Pages[i].Fingerprint(), one.Entry(p).Fingerprint(); got != want {
			t.Fatalf("page %d's entry differs from one made alone", i)
		}
	}
}
