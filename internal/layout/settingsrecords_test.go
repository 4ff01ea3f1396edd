package layout

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"
)

// TestHugoSettingsRecords: the lists of mappings among a Hugo config
// file's params (hugo-conference's Schedule and Sponsors, in TOML as
// in YAML) are named for the data stage, in the order of their keys;
// a list of words (Sections) and a mapping (Titles) are settings.
func TestHugoSettingsRecords(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want []string
	}{
		{"config.yml", fstest.MapFS{"config.yml": file(`baseurl: "https://lake.example.org/"
theme: "hugo-conference"
params:
  Sections: [about, schedule]
  Titles:
    schedule: Schedule
  Sponsors:
    - name: Paddle Co
  Schedule:
    - name: Check-in
      time: "9h00"
`)}, []string{"config.yml [params schedule]", "config.yml [params sponsors]"}},
		{"config.toml", fstest.MapFS{"config.toml": file(`baseURL = "https://lake.example.org/"
[params]
[[params.speakers]]
name = "Ana Lind"
`)}, []string{"config.toml [params speakers]"}},
		{"no lists", fstest.MapFS{"config.toml": file("baseURL = \"https://lake.example.org/\"\n[params]\ntitle = \"x\"\n")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := Detect(tt.fsys).Config(tt.fsys)
			var got []string
			for _, sr := range c.SettingsRecords {
				got = append(got, fmt.Sprintf("%s %v", sr.File, sr.Path))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("settings records %q, want %q", got, tt.want)
			}
		})
	}
}
