package site

import (
	"strings"

	"lectern/internal/content"
)

// nameTracks names each track that its talks give a display name
// beside its slug (Document.TrackName): the track keeps the slug's URL
// and shows the name. Talks giving one slug different names are
// settled deterministically: the name most of them write wins, ties
// going to the first in file order; each talk writing another is
// warned about, as the author should make them agree. Talks writing no
// name do not vote. The terms are sorted again, by their new names.
func (b *builder) nameTracks(tax *Taxonomy) {
	type vote struct {
		count, first int
	}
	votes := map[*Term]map[string]*vote{}
	for i, p := range b.site.Pages {
		t, name := p.Track, p.Doc.Extras().TrackName
		if t == nil || name == "" {
			continue
		}
		m := votes[t]
		if m == nil {
			m = map[string]*vote{}
			votes[t] = m
		}
		if v := m[name]; v != nil {
			v.count++
		} else {
			m[name] = &vote{count: 1, first: i}
		}
	}
	if len(votes) == 0 {
		return
	}
	won := make(map[*Term]string, len(votes))
	for t, m := range votes {
		var best string
		var bv *vote
		for name, v := range m {
			if bv == nil || v.count > bv.count || v.count == bv.count && v.first < bv.first {
				best, bv = name, v
			}
		}
		won[t] = best
		t.Name = best
	}
	for _, p := range b.site.Pages {
		t, name := p.Track, p.Doc.Extras().TrackName
		if t == nil || name == "" || name == won[t] {
			continue
		}
		b.diags.Warnf(p.Doc.Pos("track_name"), "track %q is named %q here, but %q by most of its talks (or the first of them, %s); it is shown as %q; give every talk of the track the same name to silence this",
			t.Slug, name, won[t], b.site.Pages[votes[t][won[t]].first].Doc.File, won[t])
	}
	sortFolded(tax.Terms, func(t *Term) string { return t.Name }, func(a, b *Term) int { return strings.Compare(a.Slug, b.Slug) })
}

// trackNamed reports whether document d names its track for display,
// which the edits that move one page between terms do not follow (see
// reterm): the name of a track is decided by all its talks.
func trackNamed(d *content.Document) bool { return d.Extras().TrackName != "" }
