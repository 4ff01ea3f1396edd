package render

import (
	"context"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
	"lectern/internal/site"
	"lectern/internal/view"
)

// TestRefSumsHoldEveryRefPagesName builds a site whose pages name
// speakers, authors, tags, a track, a format, a level and an event, and
// checks that the sums made before the pages are fingerprinted hold
// every one of them, equal to its view's own fingerprint: one the
// pre-pass missed would be hashed again by every page naming it.
func TestRefSumsHoldEveryRefPagesName(t *testing.T) {
	docs := []*content.Document{
		parseDoc("content/talks/a.md", "---\ntitle: A\nspeakers: [Ada Lovelace, Grace Hopper]\ntags: [go, rust]\ntrack: Web\nformat: Talk\nlevel: Beginner\nevent: Conf\ndate: 2026-05-04T09:00:00Z\n---\nThe talk.\n"),
		parseDoc("content/notes/n.md", "---\ntitle: N\nauthors: [Alan Turing]\ntags: [notes]\ndate: 2026-05-01\n---\nA note.\n"),
		parseDoc("content/speakers/ada-lovelace.md", "---\nname: Ada Lovelace\n---\nBio.\n"),
	}
	s, diags := site.Build(context.Background(), config.Default(), content.Set{Docs: docs}, markdown.New(markdown.Options{}), site.Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	sums := newRefSums(new(view.Builder), s)
	fresh := new(view.Builder)
	named := 0
	for _, p := range s.Pages {
		for _, sp := range append(append([]*site.Speaker{}, p.Speakers...), p.Authors...) {
			named++
			if sum, ok := sums.people[sp]; !ok || sum != fresh.PersonRef(sp).Fingerprint() {
				t.Errorf("%s: person %s: kept %v, sum %x", p.Doc.File, sp.Slug, ok, sum)
			}
		}
		for _, term := range append(append([]*site.Term{}, p.Tags...), p.Track, p.Format, p.Level) {
			if term == nil {
				continue
			}
			named++
			if sum, ok := sums.terms[term]; !ok || sum != fresh.TermRef(term).Fingerprint() {
				t.Errorf("%s: term %s: kept %v, sum %x", p.Doc.File, term.URL, ok, sum)
			}
		}
		if e := p.Event; e != nil {
			named++
			if sum, ok := sums.events[e]; !ok || sum != fresh.EventRef(e).Fingerprint() {
				t.Errorf("%s: event %s: kept %v, sum %x", p.Doc.File, e.Slug, ok, sum)
			}
		}
	}
	// Four people (the speaker page names its own), three tags, a track,
	// a format, a level, an event.
	if named != 11 {
		t.Errorf("the pages name %d refs, want 11: the site is not the one this test was written for", named)
	}
}
