package site

import (
	"slices"
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// A track whose talks write a display name beside its slug is named by
// it, at the slug's URL; talks giving one slug different names are
// settled by the most common name, ties by file order, with a warning
// on each talk writing another.
func TestTrackNames(t *testing.T) {
	type talk struct{ file, track, name string }
	tests := []struct {
		name  string
		talks []talk
		terms []string // name URL, in the index's order
		warns []string
	}{
		{"a name beside the slug", []talk{{"a.md", "data-and-ai", "Data & AI"}, {"b.md", "data-and-ai", "Data & AI"}},
			[]string{"Data & AI /tracks/data-and-ai/"}, nil},
		{"a talk writing no name does not vote", []talk{{"a.md", "security", ""}, {"b.md", "security", "Security and Privacy"}},
			[]string{"Security and Privacy /tracks/security/"}, nil},
		{"no name: as before", []talk{{"a.md", "web", ""}, {"b.md", "Data", ""}},
			[]string{"Data /tracks/data/", "web /tracks/web/"}, nil},
		{"named terms sort by their names", []talk{{"a.md", "zz", "Alpha"}, {"b.md", "aa", "Zeta"}},
			[]string{"Alpha /tracks/zz/", "Zeta /tracks/aa/"}, nil},
		{"the most common name wins", []talk{{"a.md", "web", "Web"}, {"b.md", "web", "The Web"}, {"c.md", "web", "The Web"}},
			[]string{"The Web /tracks/web/"},
			[]string{`content/talks/a.md:3:1: warning: track "web" is named "Web" here, but "The Web" by most of its talks (or the first of them, content/talks/b.md); it is shown as "The Web"; give every talk of the track the same name to silence this`}},
		{"a tie goes to the first in file order", []talk{{"b.md", "web", "The Web"}, {"a.md", "web", "Web"}},
			[]string{"Web /tracks/web/"},
			[]string{`content/talks/b.md:3:1: warning: track "web" is named "The Web" here, but "Web" by most of its talks (or the first of them, content/talks/a.md); it is shown as "Web"; give every talk of the track the same name to silence this`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []*content.Document
			for _, tk := range tt.talks {
				docs = append(docs, doc("talks/"+tk.file, content.KindTalk, tk.file, func(d *content.Document) {
					d.Track, d.EditExtra().TrackName = tk.track, tk.name
					if tk.name != "" {
						d.Fields.Set("track_name", diag.Pos{File: d.File, Line: 3, Col: 1})
					}
				}))
			}
			s, diags := build(t, config.Default(), Options{}, docs...)
			var got []string
			for _, term := range s.Tracks.Terms {
				got = append(got, term.Name+" "+term.URL)
			}
			if !slices.Equal(got, tt.terms) {
				t.Errorf("tracks:\n got %q\nwant %q", got, tt.terms)
			}
			var warns []string
			for _, d := range diags {
				if strings.Contains(d, "track") {
					warns = append(warns, d)
				}
			}
			if !slices.Equal(warns, tt.warns) {
				t.Errorf("warnings:\n got %q\nwant %q", warns, tt.warns)
			}
		})
	}
}
