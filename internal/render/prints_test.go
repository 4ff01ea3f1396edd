package render

import (
	"context"
	"maps"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
	"lectern/internal/site"
)

// TestPrintsReuseOnlyWhatDidNotChange builds a site again and again, the
// talk's document the same each time, while what its page shows changes
// through other files and the configuration: a person's name, a term, an
// event's zone, a sponsor's logo (fields the model sets in a page's Doc). After each
// build the fingerprints of a Prints that remembers the last build must
// be those computed from nothing; a cache that kept the talk's entry or
// page fingerprint would fail.
func TestPrintsReuseOnlyWhatDidNotChange(t *testing.T) {
	talk := parseDoc("content/talks/a.md", "---\ntitle: A\nspeakers: [Ada Lovelace]\ntags: [go]\nevent: Conf\ndate: 2026-05-04T09:00:00Z\n---\nThe talk.\n")
	other := parseDoc("content/talks/b.md", "---\ntitle: B\nspeakers: [Ada Lovelace]\ntags: [go]\nevent: Conf\n---\nAnother.\n")
	sponsor := parseDoc("content/sponsors/acme/index.md", "---\ntitle: Acme\ntier: gold\nlogo: logo.png\n---\nAcme.\n")
	var assets []string
	speaker := parseDoc("content/speakers/ada-lovelace.md", "---\nname: Ada Lovelace\n---\nBio.\n")
	md := markdown.New(markdown.Options{})
	memo := site.NewMemo()
	prints := NewPrints()
	zone := "Europe/Berlin"
	var last map[Key]uint64
	for _, step := range []struct {
		name   string
		edit   func()
		change Key // a key that the step must change; the zero Key for none
	}{
		{"first build", func() {}, Key{}},
		{"nothing changed", func() {}, Key{}},
		{"the speaker's page gives their company", func() {
			speaker = parseDoc(speaker.File, "---\nname: Ada Lovelace\ncompany: Analytical Engines\n---\nBio.\n")
		}, fileEntryKey(talk.File)},
		{"another talk's tag is renamed", func() {
			other = parseDoc(other.File, "---\ntitle: B\nspeakers: [Ada Lovelace]\ntags: [Go, rust]\nevent: Conf\n---\nAnother.\n")
		}, Key{}},
		{"the event moves to another zone", func() { zone = "America/Chicago" }, filePageKey(talk.File)},
		// The model sets the sponsor's Doc.Logo from the files beside it.
		{"the sponsor's logo file appears", func() { assets = []string{"content/sponsors/acme/logo.png"} }, fileEntryKey(sponsor.File)},
	} {
		step.edit()
		cfg := config.Default()
		cfg.Events = []config.Event{{Name: "Conf", Timezone: zone}}
		set := content.Set{Docs: []*content.Document{speaker, sponsor, talk, other}, Assets: assets}
		s, diags := site.Build(context.Background(), cfg, set, md, site.Options{Memo: memo})
		if diags.HasErrors() {
			t.Fatalf("%s: %v", step.name, diags.Err())
		}
		got, want := prints.Fingerprints(s), Fingerprints(s)
		if !maps.Equal(got, want) {
			for k, v := range want {
				if got[k] != v {
					t.Errorf("%s: %s kept a stale fingerprint", step.name, k)
				}
			}
		}
		if step.change != (Key{}) && last[step.change] == got[step.change] {
			t.Errorf("%s: %s did not change: the step no longer tests the cache", step.name, step.change)
		}
		last = got
	}
}

// TestRecordsOfOneFileHaveKeysOfTheirOwn: the pages made of the records
// of one data file (Doc.Line > 0, a schedule's slots, say) share their
// file, and each must have keys of its own. When they shared the
// file's, the key held the fingerprint of the last record hashed, and
// an edit of another record (a slot's break retitled into a session,
// found by the randomized corpus test) left the lists showing it stale.
func TestRecordsOfOneFileHaveKeysOfTheirOwn(t *testing.T) {
	record := func(line int, slug, title string) *content.Document {
		d := parseDoc("data/schedule.yml", "---\ntitle: "+title+"\ndate: 2026-05-04T09:00:00Z\n---\n")
		d.Kind, d.Line, d.Path, d.Slug = content.KindTalk, line, "talks/"+slug+".yml", slug
		return d
	}
	md := markdown.New(markdown.Options{})
	build := func(first string) (*site.Site, map[Key]uint64) {
		set := content.Set{Docs: []*content.Document{record(3, "one", first), record(9, "two", "Talk two")}}
		s, diags := site.Build(context.Background(), config.Default(), set, md, site.Options{})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		return s, Fingerprints(s)
	}
	s, before := build("Lunch")
	_, after := build("A session after all")
	var keys []Key
	for _, p := range s.Pages {
		if p.Doc.File == "data/schedule.yml" {
			keys = append(keys, EntryKey(p), PageKey(p))
		}
	}
	if len(keys) != 4 || keys[0] == keys[2] || keys[1] == keys[3] {
		t.Fatalf("the records' keys are not their own: %q", keys)
	}
	for _, p := range s.Pages {
		if p.Doc.Slug == "one" {
			for _, k := range []Key{EntryKey(p), PageKey(p)} {
				if before[k] == after[k] {
					t.Errorf("the first record retitled, %s did not change", k)
				}
			}
		}
	}
}
