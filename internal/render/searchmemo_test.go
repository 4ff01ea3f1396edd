package render

import (
	"bytes"
	"cmp"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"lectern/internal/site"
	"lectern/themes"
)

// referenceIndex is search.json as encoding/json writes the struct
// below, every entry encoded on every build: the index searchWriter
// must give byte for byte, from entries kept or not.
func referenceIndex(s *site.Site) []byte {
	x := struct {
		Version int      `json:"v"`
		Kinds   []string `json:"kinds"`
		Tags    []string `json:"tags"`
		Rooms   []string `json:"rooms"`
		Entries [][]any  `json:"e"`
	}{Version: 1, Kinds: searchKinds, Tags: []string{}, Rooms: []string{}}
	number := func(list *[]string, name string) int {
		if i := slices.Index(*list, name); i >= 0 {
			return i
		}
		*list = append(*list, name)
		return len(*list) - 1
	}
	add := func(kind int, title, link, names string, tags []string, room, when, text string) {
		refs := []int{}
		for _, n := range tags {
			if i := number(&x.Tags, n); !slices.Contains(refs, i) {
				refs = append(refs, i)
			}
		}
		r := 0
		if room != "" {
			r = number(&x.Rooms, room) + 1
		}
		e := []any{kind, title, strings.TrimPrefix(link, "/"), names, refs, r, when, clip(text, searchTextRunes)}
		for len(e) > 3 && empty(e[len(e)-1]) {
			e = e[:len(e)-1]
		}
		x.Entries = append(x.Entries, e)
	}
	for _, p := range withPages(s.Talks) {
		add(searchTalk, p.Doc.Title, p.URL, names(p.Speakers), tagNames(nil, p.Tags, p.Track), p.Doc.Room, when(p), p.Description)
	}
	for _, sp := range s.Speakers {
		text := plainText(sp.BioHTML)
		if sp.Page != nil {
			text = cmp.Or(sp.Page.Description, text)
		}
		var talks []string
		for _, p := range sp.Talks {
			talks = append(talks, p.Doc.Title)
		}
		add(searchSpeaker, sp.Name, sp.URL, strings.Join(nonEmpty(sp.Role, sp.Company), ", "), nil, "", "", strings.TrimSpace(clip(text, searchTextRunes)+" "+strings.Join(talks, " · ")))
	}
	for _, p := range withPages(s.Notes) {
		day := ""
		if !p.Doc.Date.IsZero() {
			day = p.Doc.Date.Format("2 Jan 2006")
		}
		add(searchNote, p.Doc.Title, p.URL, names(p.Authors), tagNames(nil, p.Tags, nil), "", day, p.Description)
	}
	for _, e := range s.Reading {
		link := e.URL
		if link == "" && len(e.Sources) > 0 {
			link = e.Sources[0].URL
		}
		add(searchReading, entryTitle(e), link, e.Author, e.Tags, "", "", e.Note)
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(x); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// withPages is pages without those hidden or without a page of their
// own (a break): the index links to every entry.
func withPages(pages []*site.Page) []*site.Page {
	var out []*site.Page
	for _, p := range pages {
		if !p.Doc.Hidden && !p.Pageless {
			out = append(out, p)
		}
	}
	return out
}

// searchJSON renders s's search index with r.
func searchJSON(t *testing.T, r *Renderer, s *site.Site) []byte {
	t.Helper()
	jobs, _ := r.Jobs(s)
	for _, j := range jobs {
		if j.Path == searchIndexPath {
			out, diags := j.Render()
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			return out.Body
		}
	}
	t.Fatal("no search index")
	return nil
}

// TestSearchIndexFromKeptEntries edits a site step by step, each edit
// after the last, and checks that the preview's index, made of the
// entries it kept where their values did not change, and a build's,
// which keeps none, are byte for byte the index encoding/json gives of
// every entry.
func TestSearchIndexFromKeptEntries(t *testing.T) {
	s := fixture()
	talk, other, note := s.Talks[1], s.Talks[2], s.Notes[1]
	preview, _ := New(themes.Default(), Options{Preview: true})
	build, _ := New(themes.Default(), Options{})
	for _, step := range []struct {
		name string
		edit func()
	}{
		{"first build", func() {}},
		{"nothing changed", func() {}},
		{"a title changes", func() { talk.Doc.Title = "Taking Django <Distributed> & \"more\"" }},
		{"a speaker is renamed", func() { talk.Speakers[0].Name = "Andrew G." }},
		{"a speaker leaves a talk", func() { other.Speakers = other.Speakers[:1] }},
		{"a tag is renamed", func() { talk.Tags[0].Name = "Django 2" }},
		{"a tag becomes the track", func() { talk.Tags, talk.Track = nil, talk.Tags[0] }},
		{"a talk loses its tags, track and room", func() { other.Tags, other.Track, other.Doc.Room = nil, nil, "" }},
		{"a room is renamed", func() { talk.Doc.Room = "Hall ☃" }},
		{"the same moment at another offset", func() { talk.Doc.Date = talk.Doc.Date.In(time.FixedZone("", 2*3600)) }},
		{"a talk's time moves", func() { talk.Doc.Date = talk.Doc.Date.Add(time.Hour) }},
		{"a long description with invalid UTF-8", func() {
			talk.Description = strings.Repeat("word \xff ", 60)
		}},
		{"a talk becomes a break with no page", func() { other.Pageless = true }},
		{"it gets its page back", func() { other.Pageless = false }},
		{"a talk is hidden", func() { other.Doc.Hidden = true }},
		{"a speaker's bio changes", func() { s.Speakers[1].BioHTML = "<p>New &amp; improved.</p>" }},
		{"a note's date and authors change", func() {
			note.Doc.Date = note.Doc.Date.AddDate(0, 0, 1)
			note.Authors = append(note.Authors, s.Speakers[0])
		}},
		{"a reading entry changes", func() { s.Reading[0].Note = "Read again." }},
		{"everything is hidden or gone", func() {
			for _, p := range s.Talks {
				p.Doc.Hidden = true
			}
			note.Doc.Hidden = true
			s.Speakers, s.Reading = nil, nil
		}},
	} {
		step.edit()
		want := referenceIndex(s)
		if got := searchJSON(t, preview, s); !bytes.Equal(got, want) {
			t.Errorf("%s: the preview's index\n%s\nwant\n%s", step.name, got, want)
		}
		if got := searchJSON(t, build, s); !bytes.Equal(got, want) {
			t.Errorf("%s: the build's index\n%s\nwant\n%s", step.name, got, want)
		}
	}
}

func empty(v any) bool {
	switch v := v.(type) {
	case string:
		return v == ""
	case int:
		return v == 0
	case []int:
		return len(v) == 0
	}
	return false
}
