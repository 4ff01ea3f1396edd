package data

import (
	"fmt"
	"slices"

	"lectern/internal/content"
)

// withSpeakerTalks returns records with the talks that the speaker
// pages and records write whole (content.Document.Talks) joined, and
// those talks' recordKeys. One talk written in several places is one
// talk: under each of its speakers (a panel listed by its moderator and
// by each panelist, a speaker's page and their record in a data file),
// or as a talk record of its own (a workshop's file, which its
// instructor's record lists too). Talks of one slug whose days do not
// differ are merged, the talk record first, then in file and line
// order: the first keeps its fields and takes the others' speakers and
// the fields it lacks (a time, from a speaker's list of sessions).
// Talks of one slug on different days stay apart, as any records of one
// URL do. records is not changed; a record merged into is a copy.
func withSpeakerTalks(pages, records []*content.Document) ([]*content.Document, map[string]bool) {
	var talks []*content.Document
	for _, ds := range [][]*content.Document{pages, records} {
		for _, d := range ds {
			talks = append(talks, d.Talks...)
		}
	}
	if len(talks) == 0 {
		return records, nil
	}
	slices.SortStableFunc(talks, byFileLine)
	out := slices.Clone(records)
	bySlug := map[string][]int{}
	for i, r := range out {
		if r.Kind == content.KindTalk {
			bySlug[r.Slug] = append(bySlug[r.Slug], i)
		}
	}
	owned := map[int]bool{}
	nested := map[string]bool{}
next:
	for _, t := range talks {
		for _, i := range bySlug[t.Slug] {
			first := out[i]
			if !first.Date.IsZero() && !t.Date.IsZero() && !sameDay(first, t) {
				continue
			}
			if !owned[i] {
				first = copyDoc(first)
				out[i], owned[i] = first, true
			}
			for _, p := range t.Speakers {
				if !slices.ContainsFunc(first.Speakers, func(q content.Person) bool { return q.Slug == p.Slug }) {
					first.Speakers = append(first.Speakers, p)
				}
			}
			mergeInto(first, t)
			continue next
		}
		bySlug[t.Slug] = append(bySlug[t.Slug], len(out))
		nested[recordKey(t)] = true
		out = append(out, t)
	}
	return out, nested
}

// sameDay reports whether two dated talks are on one day.
func sameDay(a, b *content.Document) bool {
	y1, m1, d1 := a.Date.Date()
	y2, m2, d2 := b.Date.Date()
	return y1 == y2 && m1 == m2 && d1 == d2
}

// copyDoc returns a copy of d that may be changed without changing d.
func copyDoc(d *content.Document) *content.Document {
	cp := *d
	cp.OwnExtra()
	cp.Fields = d.Fields.Clone()
	cp.Params = make(map[string]any, len(d.Params))
	for k, v := range d.Params {
		cp.Params[k] = v
	}
	cp.Speakers = slices.Clone(d.Speakers)
	return &cp
}

// recordKey names a record by its kind, file and line, which a talk a
// speaker writes whole shares with no other record of its kind.
func recordKey(d *content.Document) string {
	return fmt.Sprintf("%s %s:%d", d.Kind, d.File, d.Line)
}

// recordsPerFile counts the records of each file among docs, leaving
// out the talks speakers write (nested, by recordKey): a speaker's file
// that is one record stays named by its base name, whatever talks it
// lists.
func recordsPerFile(docs []*content.Document, nested map[string]bool) map[string]int {
	n := map[string]int{}
	for _, d := range docs {
		if d.FromRecord() && !nested[recordKey(d)] {
			n[d.File]++
		}
	}
	return n
}
