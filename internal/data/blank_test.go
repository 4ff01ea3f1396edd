package data

import (
	"testing"
	"testing/fstest"
)

// TestBlankRecords: the empty entry a template leaves in a talks file
// for the next talk (title: "", date:, links whose url is empty) makes no
// talk; a record with a title, or with only an address, is kept, links
// to nowhere and all.
func TestBlankRecords(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"a template's blank entry", "- title: \"\"\n  date:\n  description: >-\n    \n  location:\n  links:\n  - name: Slides\n    url:\n    icon: fa-solid fa-chalkboard-user\n", nil},
		{"a blank entry after a talk", "- title: Rivers\n  date: 2024-05-02\n- title:\n  links: []\n", []string{"Rivers"}},
		{"a talk whose links lead nowhere yet", "- title: Draft\n  links:\n  - name: Slides\n    url:\n", []string{"Draft"}},
		{"a record with an address alone", "- url: https://talk.example/\n  title: \"\"\n", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, _ := Load(fstest.MapFS{"data/talks.yml": {Data: []byte(tt.src)}}, Options{})
			var got []string
			for _, d := range ds.Docs {
				got = append(got, d.Title)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("titles %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("titles %q, want %q", got, tt.want)
				}
			}
		})
	}
}
