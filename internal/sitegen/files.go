package sitegen

import (
	"fmt"
	"strings"
	"time"
)

// fixedFile is a file whose bytes do not depend on the site's size.
type fixedFile struct {
	name string
	data []byte
}

// Len returns the number of files of the site.
func (s *Site) Len() int {
	return len(s.fixed) + len(s.events) + s.speakerPages + len(s.talks) + s.notes + s.readings
}

// Talks returns the number of talk pages.
func (s *Site) Talks() int { return len(s.talks) }

// Speakers returns the number of distinct speakers named by talks.
func (s *Site) Speakers() int { return len(s.speakers) }

// Events returns the number of events.
func (s *Site) Events() int { return len(s.events) }

// Notes returns the number of notes.
func (s *Site) Notes() int { return s.notes }

// File returns the slash-separated path, relative to the site's folder,
// and the bytes of the i-th file, 0 ≤ i < Len(). The same Options and i
// always give the same file.
func (s *Site) File(i int) (name string, data []byte) {
	if i < len(s.fixed) {
		return s.fixed[i].name, s.fixed[i].data
	}
	i -= len(s.fixed)
	if i < len(s.events) {
		return s.eventFile(i)
	}
	i -= len(s.events)
	if i < s.speakerPages {
		return s.speakerFile(i * 10)
	}
	i -= s.speakerPages
	if i < len(s.talks) {
		return s.talkFile(i)
	}
	i -= len(s.talks)
	if i < s.notes {
		return s.noteFile(i)
	}
	i -= s.notes
	if i < s.readings {
		return s.readingFile(i)
	}
	panic(fmt.Sprintf("sitegen: file %d of %d", i, s.Len()))
}

// fixedFiles are the configuration and, for Hugo, the theme.
func (s *Site) fixedFiles() []fixedFile {
	if s.opts.Dialect == Hugo {
		return hugoFixed()
	}
	return []fixedFile{{"config.toml", []byte(lecternConfig)}}
}

const lecternConfig = `# A generated conference archive (lectern/internal/sitegen).
title = "Generated Conference Archive"
description = "Talks, speakers and notes from many years of conferences."
base_url = "https://archive.example.org/"
timezone = "UTC"
author = "The archive team"
`

// q quotes s as a YAML double-quoted scalar, which is also a TOML basic
// string.
func q(s string) string {
	if !strings.ContainsAny(s, "\"\\") {
		return `"` + s + `"`
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// list quotes items as a flow sequence, which is also a TOML array.
func list(items []string) string {
	qs := make([]string, len(items))
	for i, it := range items {
		qs[i] = q(it)
	}
	return "[" + strings.Join(qs, ", ") + "]"
}

func (s *Site) tagNames(t talk) []string {
	names := make([]string, len(t.tags))
	for i, k := range t.tags {
		names[i] = s.tags[k]
	}
	return names
}

func (s *Site) speakerNames(t talk) []string {
	names := make([]string, len(t.speakers))
	for i, k := range t.speakers {
		names[i] = s.speakers[k].name
	}
	return names
}

func (s *Site) eventFile(e int) (string, []byte) {
	ev := s.events[e]
	r := s.rand(streamEvent, e)
	var b strings.Builder
	end := ev.start.AddDate(0, 0, DaysPerEvent-1).Add(17 * time.Hour)
	if s.opts.Dialect == Hugo {
		fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\nvenue: %s\n---\n", q(ev.name), ev.start.Add(9*time.Hour).Format(time.RFC3339), q(ev.city+" Convention Centre"))
	} else {
		fmt.Fprintf(&b, "---\nkind: event\nname: %s\nstart: %s\nend: %s\nvenue: %s\ntimezone: %s\nrooms:\n",
			q(ev.name), ev.start.Add(9*time.Hour).Format("2006-01-02 15:04"), end.Format("2006-01-02 15:04"), q(ev.city+" Convention Centre"), ev.zone)
		for _, room := range roomNames {
			fmt.Fprintf(&b, "  - %s\n", room)
		}
		b.WriteString("---\n")
	}
	b.Write(paragraph(nil, r))
	return "content/events/" + ev.slug + ".md", []byte(b.String())
}

func (s *Site) speakerFile(j int) (string, []byte) {
	sp := s.speakers[j]
	r := s.rand(streamSpeaker, j+1<<30)
	var b strings.Builder
	if s.opts.Dialect == Hugo {
		fmt.Fprintf(&b, "---\ntitle: %s\ncompany: %s\nphoto: %s\ngithub: %s\n---\n%s\n\n", q(sp.name), q(sp.company), q(sp.photo), q(sp.github), sp.bio)
		b.Write(paragraph(nil, r))
		return "content/speakers/" + hugoURLize(sp.name) + "/_index.md", []byte(b.String())
	}
	fmt.Fprintf(&b, "---\nname: %s\ncompany: %s\nphoto: %s\ngithub: %s\nbio: %s\n---\n", q(sp.name), q(sp.company), q(sp.photo), q(sp.github), q(sp.bio))
	b.Write(paragraph(nil, r))
	return "content/speakers/" + sp.slug + ".md", []byte(b.String())
}

func (s *Site) noteFile(n int) (string, []byte) {
	r := s.rand(streamNote, n)
	ti := min(n*10+3, len(s.talks)-1)
	t := s.talks[ti]
	_, start, _ := s.talkTime(ti)
	date := start.AddDate(0, 0, 3+r.IntN(30))
	author := firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
	tags := s.tagNames(t)
	if len(tags) > 2 {
		tags = tags[:2]
	}
	slug := date.Format("2006-01-02") + "-notes-on-" + t.slug
	var b strings.Builder
	fmt.Fprintf(&b, "---\nlayout: post\ntitle: %s\nauthor: %s\ndate: %s\ntags: %s\nsummary: %s\n---\n",
		q("Notes: "+t.title), q(author), date.Format("2006-01-02"), list(tags), q(sentences(r, 1)))
	fmt.Fprintf(&b, "My notes from %s's talk.\n\n", s.speakers[t.speakers[0]].name)
	text := body(r, 1500+r.IntN(2000), r.IntN(6) == 0)
	b.Write(text)
	b.Write(readingList(nil, r))
	b.Write(paragraph(nil, r))
	return "content/notes/" + slug + ".md", []byte(b.String())
}

var statuses = []string{"read", "reading", "to-read", "abandoned", "read", "to-read"}

func (s *Site) readingFile(n int) (string, []byte) {
	r := s.rand(streamReading, n)
	var b strings.Builder
	title := fmt.Sprintf("Reading List %d", 2000+n)
	fmt.Fprintf(&b, "---\ntitle: %s\nsummary: %s\nbooks:\n", q(title), q(sentences(r, 1)))
	for range 10 + r.IntN(20) {
		fmt.Fprintf(&b, "  - title: %s\n    author: %s\n    url: %s\n    status: %s\n    rating: %d\n    date: %d-%02d-%02d\n    tags: %s\n    note: %s\n",
			q(capitalize(words[r.IntN(40)])+" and "+capitalize(words[r.IntN(40)])+"s"),
			q(firstNames[r.IntN(len(firstNames))]+" "+lastNames[r.IntN(len(lastNames))]),
			link(nil, r), statuses[r.IntN(len(statuses))], 1+r.IntN(5),
			2000+n, 1+r.IntN(12), 1+r.IntN(28), list([]string{s.tags[r.IntN(TagCount)]}), q(sentences(r, 1)))
	}
	b.WriteString("---\n")
	b.Write(paragraph(nil, r))
	return "content/reading/" + slugify(title) + ".md", []byte(b.String())
}
