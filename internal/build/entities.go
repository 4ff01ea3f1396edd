package build

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"lectern/internal/site"
)

// entities fingerprints what pages show of each person, event, term and
// reading entry, which are merged from many files: a speaker's name, photo
// and company come from every talk naming them and from their own page, a
// tag's spelling from the first page using it, so removing one talk can
// change how the person or tag is shown on every other. The preview's planner
// compares these fingerprints between builds and renders again whatever
// shows a person or event whose fingerprint changed.
type entities struct {
	// keys maps "speaker:<slug>", "event:<slug>", "term:<taxonomy>:<slug>"
	// and "reading:<key>" to a fingerprint of every field a template can
	// show of them.
	keys map[string]string
	// files maps the same keys to the content files of the pages that
	// show the entity: its own page, its talks and notes.
	files map[string][]string
}

func entityKeys(m *site.Site) entities {
	e := entities{keys: make(map[string]string, len(m.Speakers)+len(m.Events)), files: make(map[string][]string, len(m.Speakers)+len(m.Events))}
	var b strings.Builder
	field := func(vs ...string) {
		for _, v := range vs {
			b.WriteString(v)
			b.WriteByte(0)
		}
	}
	// pages records the files of the pages showing the entity; listed
	// also makes who the entity lists part of its fingerprint, for
	// people and events, whose own pages and schedules list their talks.
	// A tag's or a reading entry's list is shown only by list pages,
	// which are planned from what they list (Job.Listed).
	pages := func(key string, listed bool, own *site.Page, lists ...[]*site.Page) {
		var files []string
		if own != nil {
			files = append(files, own.File)
			field("page", own.File, own.URL, own.Title)
		}
		for _, l := range lists {
			b.WriteByte(1)
			for _, p := range l {
				files = append(files, p.File)
				if listed {
					field(p.File, p.URL)
				}
			}
		}
		e.keys[key] = b.String()
		e.files[key] = files
	}
	// A person is shown by every page naming them, as speaker or author,
	// whether or not they have a page of their own (an author of notes
	// only may have none); m.Speakers holds those who do.
	people := make(map[string]*site.Speaker)
	named := make(map[string][]*site.Page)
	for _, p := range m.Pages {
		for _, list := range [][]*site.Speaker{p.Speakers, p.Authors} {
			for _, sp := range list {
				people[sp.Slug] = sp
				named[sp.Slug] = append(named[sp.Slug], p)
			}
		}
	}
	for _, sp := range m.Speakers {
		people[sp.Slug] = sp
	}
	for _, slug := range slices.Sorted(maps.Keys(people)) {
		sp := people[slug]
		b.Reset()
		p := sp.Person
		field(p.Name, p.Slug, p.Bio, p.Company, p.Twitter, p.Github, p.Mastodon, p.URL, p.Photo, p.Pronouns, p.Role, sp.URL, string(sp.BioHTML))
		pages("speaker:"+slug, true, sp.Page, sp.Talks, sp.Notes, named[slug])
	}
	// Every page of an event shows it, dated or not; Event.Talks holds
	// only those on the programme.
	joined := make(map[*site.Event][]*site.Page)
	for _, p := range m.Pages {
		if p.Event != nil {
			joined[p.Event] = append(joined[p.Event], p)
		}
	}
	for _, ev := range m.Events {
		b.Reset()
		field(ev.Name, ev.Slug, ev.URL, ev.Venue, ev.Timezone, ev.Start.Format(time.RFC3339Nano), ev.End.Format(time.RFC3339Nano), string(ev.Description))
		field(ev.Rooms...)
		if ev.Schedule != nil {
			field("schedule", ev.Schedule.URL)
		}
		pages("event:"+ev.Slug, true, ev.Page, ev.Talks, joined[ev])
	}
	for _, tx := range []*site.Taxonomy{m.Tags, m.Tracks, m.Formats, m.Levels} {
		if tx == nil {
			continue
		}
		for _, term := range tx.Terms {
			b.Reset()
			field(term.Name, term.URL)
			pages("term:"+tx.Name+":"+term.Slug, false, nil, term.Pages)
		}
	}
	for _, r := range m.Reading {
		b.Reset()
		it := r.Item
		field(it.Title, it.URL, it.Author, it.Note, it.Status, fmt.Sprint(it.Rating), it.Date.Format(time.RFC3339Nano))
		field(it.Tags...)
		pages("reading:"+r.Key, false, nil, r.Sources)
	}
	return e
}

// changedFiles returns the files of the pages that show an entity whose
// fingerprint differs between old and next, in either build.
func changedFiles(old, next entities) map[string]bool {
	files := make(map[string]bool)
	mark := func(k string) {
		for _, f := range old.files[k] {
			files[f] = true
		}
		for _, f := range next.files[k] {
			files[f] = true
		}
	}
	for k, v := range next.keys {
		if ov, ok := old.keys[k]; !ok || ov != v {
			mark(k)
		}
	}
	for k := range old.keys {
		if _, ok := next.keys[k]; !ok {
			mark(k)
		}
	}
	return files
}

// equalEntities reports whether two builds show every entity alike.
func equalEntities(a, b entities) bool { return maps.Equal(a.keys, b.keys) }

// joined returns the union of two sets; either may be nil.
func joined(a, b map[string]bool) map[string]bool {
	if len(b) == 0 {
		return a
	}
	u := make(map[string]bool, len(a)+len(b))
	for f := range a {
		u[f] = true
	}
	for f := range b {
		u[f] = true
	}
	return u
}
