package data

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestPresentationsFile reads a person's presentations files as their
// real repositories write them: a file whose every entry is a talk (a
// title or an event, with a date, a venue, slides or a video) holds
// talks, each unwrapped from its "presentation:" key where the file
// wraps them; a file of citations, of bare links with their dates, or
// of years grouping citations stays data only, with no warning. The
// files are named presentations, or end in _talks or _presentations.
func TestPresentationsFile(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string // "title @ date / event|venue / slides / video" of each talk
	}{
		{
			name: "flat talks", file: "data/presentations.yml",
			text: `- title: Gardening Your Build Graph
  date: 2021-10-08
  event: Widget Summit 2021
  description: How to keep a build graph small.
  showResources: true
  slides: https://speakerdeck.com/pat/gardening
- title: Robots in the Test Suite
  date: 2020-04-21
  event: Lakeside Mobile Days
  video: https://www.youtube.com/watch?v=abcdefghijk
`,
			want: []string{
				"Gardening Your Build Graph @ 2021-10-08 / Widget Summit 2021| / https://speakerdeck.com/pat/gardening / ",
				"Robots in the Test Suite @ 2020-04-21 / Lakeside Mobile Days| /  / https://www.youtube.com/watch?v=abcdefghijk",
			},
		},
		{
			name: "wrapped in presentation keys", file: "data/presentations.yml",
			text: `- presentation:
    title: Mapping Tools for Crops
    event: Plant Methods Symposium
    date: 2024-05-02
    slides: https://pat.example.org/mapping.pdf
- presentation:
    title: Reproducible Workflows
    event: Tools Workshop
    date: 2022-10-01
    recording: https://www.youtube.com/watch?v=abcdefghijk
`,
			want: []string{
				"Mapping Tools for Crops @ 2024-05-02 / Plant Methods Symposium| / https://pat.example.org/mapping.pdf / ",
				"Reproducible Workflows @ 2022-10-01 / Tools Workshop| /  / https://www.youtube.com/watch?v=abcdefghijk",
			},
		},
		{
			name: "invited talks by venue", file: "data/invited_talks.yml",
			text: `- title: Protein Design with Generative Models
  venue: Supercomputing Lakeside 2025
  location: Riverton
  date: 2025-03-11
`,
			want: []string{"Protein Design with Generative Models @ 2025-03-11 / Supercomputing Lakeside 2025|Riverton /  / "},
		},
		{
			name: "years of citations", file: "data/presentations.yml",
			text: `- year: 2025
  class: "2025"
  presentations:
  - citation: "Doe, Pat. 2025. Counting inferences. Talk given at Riverton University."
    links:
    - label: slides
      href: /presentations/slides/riverton.pptx
`,
		},
		{
			name: "a flat list of citations", file: "data/presentations.yml",
			text: `- title: Counting inferences
  citation: "Doe, Pat. 2025. Counting inferences. Talk given at Riverton University."
  year: 2025
`,
		},
		{
			name: "bare links with dates", file: "data/presentations.yml",
			text: `- link: https://indico.example.org/event/813497/
  date: 2019-07-31
- link: https://indico.example.org/event/841664/
  date: 2019-09-06
`,
		},
		{
			name: "one entry no talk decides the file", file: "data/presentations.yml",
			text: `- title: Gardening Your Build Graph
  date: 2021-10-08
  event: Widget Summit 2021
- link: https://indico.example.org/event/813497/
  date: 2019-07-31
`,
		},
		{
			name: "a name merely ending in talks' letters", file: "data/smalltalks.yml",
			text: `- title: Gardening Your Build Graph
  date: 2021-10-08
  event: Widget Summit 2021
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{tt.file: &fstest.MapFile{Data: []byte(tt.text)}}
			ds, diags := Load(fsys, Options{Dirs: []string{"data"}, Location: time.UTC})
			if got := diags.Strings(); len(got) != 0 {
				t.Errorf("diagnostics %q; want none", got)
			}
			var got []string
			for _, d := range ds.Docs {
				got = append(got, fmt.Sprintf("%s @ %s / %s / %s / %s", d.Title, d.Date.Format(time.DateOnly), d.Event+"|"+d.Venue, d.Slides, d.Video))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("talks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			key := strings.TrimSuffix(strings.TrimPrefix(tt.file, "data/"), ".yml")
			if _, ok := ds.Data[key]; !ok {
				t.Errorf("the file is no longer in .Site.Data under %q", key)
			}
		})
	}
}
