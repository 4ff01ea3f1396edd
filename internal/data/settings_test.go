package data

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"lectern/internal/config"
)

// hugoConferenceConfig is the shape of hugo-conference's config.yml:
// the programme, its speakers and talks, and the sponsors among the
// params, with settings that are no records beside them.
const hugoConferenceConfig = `baseurl: "https://lake.example.org/"
theme: "hugo-conference"
params:
  Sections:
    - speakers
    - schedule
  Sponsors:
    - name: "Paddle Co"
      logo: "/img/paddle.png"
      url: "https://paddle.example"
  Schedule:
    - name: "Check-in"
      time: "9h00"
    - name: "Ana Lind"
      bio: "Ana studies lake ice."
      company: "Ice Lab"
      presentation:
        title: "How Lakes Freeze"
        description: "From the edges inward."
        time: "10h00"
    - name: "Lunch"
      time: "12h00"
`

// TestSettingsRecords: the lists of records among a config's settings
// are read as data files of their keys' names, at their place in the
// config (Sponsors as sponsors), keys matched without regard to case;
// a programme listing speakers with their talks between breaks
// (hugo-conference's Schedule) is its speakers and their talks, the
// breaks left out, with no warning; a list whose name says no records
// (Sections) is left alone.
func TestSettingsRecords(t *testing.T) {
	tests := []struct {
		name     string
		fsys     fstest.MapFS
		settings []config.SettingsRecords
		docs     []string
	}{
		{"hugo-conference's params",
			fstest.MapFS{"config.yml": {Data: []byte(hugoConferenceConfig)}},
			[]config.SettingsRecords{
				{File: "config.yml", Path: []string{"params", "schedule"}},
				{File: "config.yml", Path: []string{"params", "sections"}},
				{File: "config.yml", Path: []string{"params", "sponsors"}},
			},
			[]string{"config.yml:8 sponsor Paddle Co", "config.yml:14 speaker Ana Lind", "config.yml:18 talk How Lakes Freeze"}},
		{"a timetable and workshops of names and times",
			fstest.MapFS{"config.yml": {Data: []byte(`params:
  Sponsors:
    - name: "Oar Works"
  Schedule:
    - name: "Check-in"
      time: "08:30"
      description: "Coffee and badges."
    - name: "Coffee Break"
      time: "10:30"
      description: "A pause."
  Workshops:
    - name: "Check-in"
      time: "08:30"
      description: "Badges."
`)}},
			[]config.SettingsRecords{
				{File: "config.yml", Path: []string{"params", "schedule"}},
				{File: "config.yml", Path: []string{"params", "sponsors"}},
				{File: "config.yml", Path: []string{"params", "workshops"}},
			},
			[]string{"config.yml:3 sponsor Oar Works"}},
		{"talks with titles",
			fstest.MapFS{"config.toml": {Data: []byte("[params]\n[[params.talks]]\ntitle = \"Ice\"\nspeakers = [\"Ana Lind\"]\n")}},
			[]config.SettingsRecords{{File: "config.toml", Path: []string{"params", "talks"}}},
			[]string{"config.toml:1 talk Ice"}}, // TOML's nested tables are placed at the file's start
		{"the same programme as a data file",
			fstest.MapFS{"data/schedule.yml": {Data: []byte(`- name: "Check-in"
  time: "9h00"
- name: "Ana Lind"
  presentation:
    title: "How Lakes Freeze"
`)}},
			nil,
			[]string{"data/schedule.yml:3 speaker Ana Lind", "data/schedule.yml:5 talk How Lakes Freeze"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, diags := Load(tt.fsys, Options{Settings: tt.settings})
			var got []string
			for _, d := range ds.Docs {
				got = append(got, fmt.Sprintf("%s:%d %s %s", d.File, d.Line, d.Kind, d.Title))
				for _, tk := range d.Talks {
					got = append(got, fmt.Sprintf("%s:%d %s %s", tk.File, tk.Line, tk.Kind, tk.Title))
				}
			}
			if !slices.Equal(got, tt.docs) {
				t.Errorf("records\n got %q\nwant %q", got, tt.docs)
			}
			if len(diags) > 0 {
				t.Errorf("diagnostics %q, want none", diags.Strings())
			}
			if len(ds.Files) > 0 || tt.settings != nil && len(ds.Data) > 0 {
				t.Errorf("the config is data: files %q, data %v", ds.Files, ds.Data)
			}
		})
	}
}
