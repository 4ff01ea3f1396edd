package render

import (
	"bytes"
	"cmp"
	"encoding/json"
	"html"
	"html/template"
	"slices"
	"strings"
	"unicode/utf8"

	"lectern/internal/site"
)

// The search index and page: where they are written.
const (
	searchIndexPath = "search.json"
	searchPageURL   = "/search/"
)

// searchTextRunes is how much of a page's summary the index keeps: enough
// to find a talk by a word of its abstract's opening, and to show a line
// under a result, while the index of 10,000 talks stays a few megabytes.
const searchTextRunes = 160

// Kinds of search entries, their index in searchIndex.Kinds.
const (
	searchTalk = iota
	searchSpeaker
	searchNote
	searchReading
)

// searchIndex is search.json. It is built to be small: every entry is an
// array without keys, trailing empty fields dropped; tags and rooms,
// repeated across thousands of talks, are numbers into one list each;
// URLs are relative to the site's root.
//
//	{"v":1, "kinds":[…], "tags":[…], "rooms":[…],
//	 "e":[[kind, title, url, names, [tag…], room+1, when, text], …]}
//
// names are the speakers of a talk, the authors of a note or a reading
// entry, a speaker's role; when is the day and time ("Wed 16 Aug 2017
// 11:30"); text is plain text cut at a word.
type searchIndex struct {
	Version int      `json:"v"`
	Kinds   []string `json:"kinds"`
	Tags    []string `json:"tags"`
	Rooms   []string `json:"rooms"`
	Entries [][]any  `json:"e"`
}

// searchIndexJSON writes the site's search index.
func (b *jobs) searchIndexJSON(buf *bytes.Buffer) {
	s := b.s
	x := searchIndex{Version: 1, Kinds: []string{"Talks", "Speakers", "Notes", "Reading"}, Tags: []string{}, Rooms: []string{}}
	tags, rooms := map[string]int{}, map[string]int{}
	tagRefs := func(names []string) []int {
		out := []int{}
		for _, n := range names {
			i, ok := tags[n]
			if !ok {
				i = len(x.Tags)
				tags[n] = i
				x.Tags = append(x.Tags, n)
			}
			if !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
		return out
	}
	roomRef := func(r string) int {
		if r == "" {
			return 0
		}
		i, ok := rooms[r]
		if !ok {
			i = len(x.Rooms)
			rooms[r] = i
			x.Rooms = append(x.Rooms, r)
		}
		return i + 1
	}
	add := func(kind int, title, link, names string, tagNames []string, room, when, text string) {
		e := []any{kind, title, strings.TrimPrefix(link, "/"), names, tagRefs(tagNames), roomRef(room), when, clip(text, searchTextRunes)}
		// Trailing empty fields are left out: the reader takes a missing
		// field for an empty one.
		for len(e) > 3 && empty(e[len(e)-1]) {
			e = e[:len(e)-1]
		}
		x.Entries = append(x.Entries, e)
	}
	for _, p := range visible(s.Talks) {
		var tagNames []string
		for _, t := range p.Tags {
			tagNames = append(tagNames, t.Name)
		}
		if p.Track != nil {
			tagNames = append(tagNames, p.Track.Name)
		}
		add(searchTalk, p.Doc.Title, p.URL, names(p.Speakers), tagNames, p.Doc.Room, when(p), p.Description)
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
		// A speaker is found by the titles of their talks too, after
		// the bio, so that the text shown is about them.
		role := strings.Join(nonEmpty(sp.Role, sp.Company), ", ")
		add(searchSpeaker, sp.Name, sp.URL, role, nil, "", "", strings.TrimSpace(clip(text, searchTextRunes)+" "+strings.Join(talks, " · ")))
	}
	for _, p := range visible(s.Notes) {
		var tagNames []string
		for _, t := range p.Tags {
			tagNames = append(tagNames, t.Name)
		}
		day := ""
		if !p.Doc.Date.IsZero() {
			day = p.Doc.Date.Format("2 Jan 2006")
		}
		add(searchNote, p.Doc.Title, p.URL, names(p.Authors), tagNames, "", day, p.Description)
	}
	for _, e := range s.Reading {
		link := e.URL
		if link == "" && len(e.Sources) > 0 {
			link = e.Sources[0].URL
		}
		add(searchReading, entryTitle(e), link, e.Author, e.Tags, "", "", e.Note)
	}
	enc := json.NewEncoder(buf)
	if err := enc.Encode(x); err != nil {
		// Encode fails only on types it cannot marshal; ours hold strings
		// and numbers.
		panic(err)
	}
}

// when is a talk's day and start time for a search result.
func when(p *site.Page) string {
	if p.Doc.Date.IsZero() {
		return ""
	}
	if hasTime(p.Doc.Date) {
		return p.Doc.Date.Format("Mon 2 Jan 2006 15:04")
	}
	return p.Doc.Date.Format("Mon 2 Jan 2006")
}

func names(people []*site.Speaker) string {
	var out []string
	for _, sp := range people {
		out = append(out, sp.Name)
	}
	return strings.Join(out, ", ")
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
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

// clip returns s with its spaces folded, cut to at most n runes at a word
// boundary, with "…" when cut.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, count := len(s), 0
	for i := range s {
		if count == n {
			cut = i
			break
		}
		count++
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:.") + "…"
}

// plainText is the text of an HTML fragment: its tags dropped, its
// character references decoded.
func plainText(h template.HTML) string {
	var b strings.Builder
	in := false
	for _, r := range string(h) {
		switch {
		case r == '<':
			in = true
			b.WriteByte(' ')
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
}

// search adds the search index and the search page, which without
// JavaScript says what to do instead. A theme without search.html has no
// page, only the index.
func (b *jobs) search() {
	b.file("search", searchIndexPath, "application/json", []Key{SiteKey}, b.searchIndexJSON)
	if _, ok := b.sets["search.html"]; !ok {
		return
	}
	n := len(b.list)
	b.page("search", searchPageURL, "the search page", "", nil, false, func() *Data {
		d := b.base("search", searchPageURL).titled("Search")
		d.NoIndex = true
		return d
	})
	b.setReads(n, []Key{ChromeKey})
}
