package exports

import (
	"reflect"
	"testing"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// TestBibEntries checks the entries a bibliography shows: TeX decoded in
// text fields, link fields verbatim, authors given name first, broken
// entries left out with their position.
func TestBibEntries(t *testing.T) {
	tests := []struct {
		name, src string
		want      []content.BibEntry
		diags     []string
	}{
		{
			"talk with links",
			"@misc{a:2021,\n  title = {Caf{\\'e} -- Talk},\n  author = {Lovelace, Ada and Alan Turing},\n  slides = {talk_a_b.pdf},\n  month = jul, year = 2021}\n",
			[]content.BibEntry{{Type: "misc", Key: "a:2021", Authors: []string{"Ada Lovelace", "Alan Turing"},
				Fields: map[string]string{"title": "Café – Talk", "author": "Lovelace, Ada and Alan Turing", "slides": "talk_a_b.pdf", "month": "July", "year": "2021"},
				Pos:    diag.Pos{File: "_bibliography/t.bib", Line: 1, Col: 1}}},
			nil,
		},
		{
			"broken entry skipped",
			"@misc{x,\n title {Open}}\n@misc{y,\n title = \"Fine\"}\n",
			[]content.BibEntry{{Type: "misc", Key: "y", Fields: map[string]string{"title": "Fine"}, Pos: diag.Pos{File: "_bibliography/t.bib", Line: 3, Col: 1}}},
			[]string{`_bibliography/t.bib:2:8: @misc{x (line 1): field title has no "="; write it as title = {value}; the entry is left out`},
		},
		{
			"strings and comments are no entries",
			"@string{me = \"Ada\"}\n@comment{x}\n@book{b, author = me}\n",
			[]content.BibEntry{{Type: "book", Key: "b", Authors: []string{"Ada"}, Fields: map[string]string{"author": "Ada"}, Pos: diag.Pos{File: "_bibliography/t.bib", Line: 3, Col: 1}}},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, diags := BibEntries("_bibliography/t.bib", []byte(tt.src))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("entries:\n got %#v\nwant %#v", got, tt.want)
			}
			if got := diags.Strings(); len(got)+len(tt.diags) > 0 && !reflect.DeepEqual(got, tt.diags) {
				t.Errorf("diags:\n got %q\nwant %q", diags.Strings(), tt.diags)
			}
		})
	}
}
