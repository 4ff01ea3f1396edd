package render

import (
	"bytes"
	"cmp"
	"html"
	"html/template"
	"strconv"
	"strings"
	"time"
	"unicode"
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

// Kinds of search entries, their index in searchKinds.
const (
	searchTalk = iota
	searchSpeaker
	searchNote
	searchReading
)

// searchKinds name the kinds of entries, for the reader to show.
var searchKinds = []string{"Talks", "Speakers", "Notes", "Reading"}

// searchIndexJSON writes search.json. It is built to be small: every
// entry is an array without keys, trailing empty fields dropped; tags and
// rooms, repeated across thousands of talks, are numbers into one list
// each; URLs are relative to the site's root.
//
//	{"v":1, "kinds":[…], "tags":[…], "rooms":[…],
//	 "e":[[kind, title, url, names, [tag…], room+1, when, text], …]}
//
// names are the speakers of a talk, the authors of a note or a reading
// entry, a speaker's role; when is the day and time ("Wed 16 Aug 2017
// 11:30"); text is plain text cut at a word. The preview keeps each
// entry's JSON for the next build (see searchMemo): the values an entry
// is made of are listed for it to be reused, those its fields are made
// of below them.
func (b *jobs) searchIndexJSON(buf *bytes.Buffer) {
	if b.r.search == nil {
		b.streamSearchIndex(buf)
		return
	}
	w := newSearchWriter(b.r.search)
	b.searchEntries(w.add)
	w.write(buf)
}

// searchAdd adds one entry of the search index: id names it, in and
// date are what it is made of (the memo compares them), fields makes
// its fields.
type searchAdd func(id searchID, in []string, date time.Time, fields func() searchFields)

// searchEntries calls add with every entry of the search index, in the
// index's order: the talks, the speakers, the notes, the reading list.
func (b *jobs) searchEntries(add searchAdd) {
	s := b.s
	// in is scratch space for the values an entry is made of, which add
	// must not keep.
	var in []string
	for _, p := range s.Talks {
		if p.Doc.Hidden || p.Pageless {
			// A break has no page to link to; it is on the schedule.
			continue
		}
		// Whether the talk is Clocked decides the time of day when shows.
		in = append(in[:0], p.Doc.Title, p.URL, p.Doc.Room, p.Description, strconv.Itoa(len(p.Speakers)), strconv.FormatBool(p.Clocked()))
		for _, sp := range p.Speakers {
			in = append(in, sp.Name)
		}
		in = tagNames(in, p.Tags, p.Track)
		add(searchID{searchTalk, p.Doc.File}, in, p.Doc.Date, func() searchFields {
			return searchFields{kind: searchTalk, title: p.Doc.Title, link: p.URL, names: names(p.Speakers),
				tags: tagNames(nil, p.Tags, p.Track), room: p.Doc.Room, when: when(p), text: p.Description}
		})
	}
	for _, sp := range s.Speakers {
		desc := ""
		if sp.Page != nil {
			desc = sp.Page.Description
		}
		in = append(in[:0], sp.Name, sp.URL, sp.Role, sp.Company, string(sp.BioHTML), desc)
		for _, p := range sp.Talks {
			in = append(in, p.Doc.Title)
		}
		add(searchID{searchSpeaker, sp.Slug}, in, time.Time{}, func() searchFields {
			text := cmp.Or(desc, plainText(sp.BioHTML))
			var talks []string
			for _, p := range sp.Talks {
				talks = append(talks, p.Doc.Title)
			}
			// A speaker is found by the titles of their talks too, after
			// the bio, so that the text shown is about them.
			role := strings.Join(nonEmpty(sp.Role, sp.Company), ", ")
			return searchFields{kind: searchSpeaker, title: sp.Name, link: sp.URL, names: role,
				text: strings.TrimSpace(clip(text, searchTextRunes) + " " + strings.Join(talks, " · "))}
		})
	}
	for _, p := range s.Notes {
		if p.Doc.Hidden || p.Pageless {
			// A break has no page to link to; it is on the schedule.
			continue
		}
		in = append(in[:0], p.Doc.Title, p.URL, p.Description, strconv.Itoa(len(p.Authors)))
		for _, sp := range p.Authors {
			in = append(in, sp.Name)
		}
		in = tagNames(in, p.Tags, nil)
		add(searchID{searchNote, p.Doc.File}, in, p.Doc.Date, func() searchFields {
			day := ""
			if !p.Doc.Date.IsZero() {
				day = p.Doc.DatePrecision.Format(p.Doc.Date, "2 Jan 2006")
			}
			return searchFields{kind: searchNote, title: p.Doc.Title, link: p.URL, names: names(p.Authors),
				tags: tagNames(nil, p.Tags, nil), when: day, text: p.Description}
		})
	}
	for _, e := range s.Reading {
		link := e.URL
		if link == "" && len(e.Sources) > 0 {
			link = e.Sources[0].URL
		}
		in = append(in[:0], entryTitle(e), link, e.Author, e.Note)
		in = append(in, e.Tags...)
		add(searchID{searchReading, e.Key}, in, time.Time{}, func() searchFields {
			return searchFields{kind: searchReading, title: entryTitle(e), link: link, names: e.Author, tags: e.Tags, text: e.Note}
		})
	}
}

// tagNames appends to dst the names of a page's tags, then of its track
// when it has one: the tags the index gives it.
func tagNames(dst []string, tags []*site.Term, track *site.Term) []string {
	for _, t := range tags {
		dst = append(dst, t.Name)
	}
	if track != nil {
		dst = append(dst, track.Name)
	}
	return dst
}

// when is a talk's day and start time for a search result: its day
// alone where lists show no time of day (site.Page.Clocked).
func when(p *site.Page) string {
	if p.Doc.Date.IsZero() {
		return ""
	}
	if prec := p.Doc.DatePrecision; prec.Partial() {
		return prec.Format(p.Doc.Date, "")
	}
	if hasTime(p.Doc.Date) && p.Clocked() {
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

// clip returns s with its spaces folded, cut to at most n runes at a word
// boundary, with "…" when cut. It reads no further into s than the n
// runes it keeps, and a text already folded and short enough is returned
// as it is: the search index clips a text of every page, speaker and
// note, whole bios among them, and folding each whole with
// strings.Fields was most of what the index allocated.
func clip(s string, n int) string {
	if isFolded(s) {
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
		return clipAt(s, cut)
	}
	var b strings.Builder
	b.Grow(min(len(s), 4*n))
	count, more := 0, false
words:
	for w := range strings.FieldsSeq(s) {
		if count > 0 {
			if count == n {
				more = true
				break
			}
			b.WriteByte(' ')
			count++
		}
		for i := 0; i < len(w); {
			if count == n {
				more = true
				break words
			}
			// The bytes as written, an invalid one among them, one rune
			// as range and utf8.RuneCountInString count them.
			_, size := utf8.DecodeRuneInString(w[i:])
			b.WriteString(w[i : i+size])
			i += size
			count++
		}
	}
	if !more {
		return b.String()
	}
	return clipAt(b.String(), b.Len())
}

// isFolded reports whether s is as strings.Join(strings.Fields(s), " ")
// makes it: no space but single ' ' between words.
func isFolded(s string) bool {
	prev := true // a space at the start is not folded
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (prev || r != ' ') {
			return false
		}
		prev = space
	}
	return !prev || s == ""
}

// clipAt is s, folded and longer than wanted, cut at byte cut or at the
// last space before it in its second half, with "…".
func clipAt(s string, cut int) string {
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
	b.file(KindSearch, searchIndexPath, "application/json", []Key{SiteKey}, b.searchIndexJSON)
	if _, ok := b.sets["search.html"]; !ok {
		return
	}
	n := len(b.list)
	b.page(KindSearch, searchPageURL, "the search page", "", nil, false, func() *Data {
		d := b.base(KindSearch, searchPageURL).titled("Search")
		d.NoIndex = true
		return d
	})
	b.setReads(n, []Key{ChromeKey})
}
