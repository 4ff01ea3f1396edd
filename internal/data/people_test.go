package data

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestDistinctPeople pins that speaker records carrying different ids
// are different people even when their names make one slug, while
// records of one id, or without ids, are one person merged by name.
func TestDistinctPeople(t *testing.T) {
	tests := []struct {
		name     string
		speakers string
		want     []string
	}{
		{"different ids are two people",
			"- {id: 1, name: John Smith}\n- {id: 2, name: John Smith}\n",
			[]string{
				`data/speakers.yml:1 speaker "John Smith" slug=john-smith`,
				`data/speakers.yml:2 speaker "John Smith" slug=john-smith-2`,
				"data/talks.yml:1 talk \"One\" slug=one path=talks/one.yml\n  speaker John Smith (john-smith)\n",
				"data/talks.yml:2 talk \"Two\" slug=two path=talks/two.yml\n  speaker John Smith (john-smith-2)\n",
			}},
		{"text ids are two people",
			"- {id: JS-A, name: John Smith}\n- {id: JS-B, name: John Smith}\n",
			[]string{
				`data/speakers.yml:2 speaker "John Smith" slug=john-smith-js-b`,
				"speaker John Smith (john-smith-js-b)",
			}},
		{"a written slug is kept",
			"- {id: 1, name: John Smith}\n- {id: 2, name: John Smith, slug: jsmith}\n",
			[]string{
				`data/speakers.yml:2 speaker "John Smith" slug=jsmith`,
				"speaker John Smith (john-smith-2)",
			}},
		{"one id twice is one person",
			"- {id: 1, name: John Smith}\n- {id: 1, name: John Smith}\n",
			[]string{
				`data/speakers.yml:2 speaker "John Smith" slug=john-smith path`,
			}},
		{"records without ids are merged by name",
			"- {name: John Smith}\n- {name: John Smith}\n",
			[]string{
				`data/speakers.yml:2 speaker "John Smith" slug=john-smith path`,
			}},
	}
	talks := "- {title: One, speakers: [1]}\n- {title: Two, speakers: [2]}\n"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"data/speakers.yml": {Data: []byte(tt.speakers)},
				"data/talks.yml":    {Data: []byte(talks)},
			}
			got := runSite(fsys, goldenOptions())
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("want %q in\n%s", w, got)
				}
			}
		})
	}
}

// TestSpeakerIDs pins that a talk record naming its speakers by the ids
// of speaker records (speaker_id, speaker_ids, speakerId) gets those
// records' people, whatever their names, and that its extract is its
// summary.
func TestSpeakerIDs(t *testing.T) {
	// talk is the talk's line in runSite's description; its people
	// follow it.
	const talk = "data/talks.yml:1 talk \"One\" slug=one path=talks/one.yml\n"
	speakers := "- {id: Marco-Cedaro, name: Marco Cedaro}\n- {id: Davide-Dipumpo, name: Davide Di Pumpo}\n- {id: 7, name: Ada Lovelace}\n"
	tests := []struct {
		name, talk string
		want       []string
	}{
		{"speaker_id as text", "speaker_id: Davide-Dipumpo", []string{talk + "  speaker Davide Di Pumpo (davide-di-pumpo)\n"}},
		{"speaker_id as a list", "speaker_id: [Marco-Cedaro, Davide-Dipumpo]",
			[]string{talk + "  speaker Marco Cedaro (marco-cedaro)\n  speaker Davide Di Pumpo (davide-di-pumpo)\n"}},
		{"speaker_ids of numbers", "speaker_ids: [7]", []string{talk + "  speaker Ada Lovelace (ada-lovelace)\n"}},
		{"speakerId", "speakerId: 7", []string{talk + "  speaker Ada Lovelace (ada-lovelace)\n"}},
		{"extract is the summary", "speaker_id: 7\n  extract: What it is about.", []string{talk + "  summary What it is about.\n  speaker Ada Lovelace (ada-lovelace)\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"data/speakers.yml": {Data: []byte(speakers)},
				"data/talks.yml":    {Data: []byte("- title: One\n  " + tt.talk + "\n")},
			}
			got := runSite(fsys, goldenOptions())
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("want %q in\n%s", w, got)
				}
			}
		})
	}
}

// TestSpeakerByFileName pins that a talk naming a speaker record by the
// base name of its file (a file of one record), written as a slug or as
// the file's path, gets that record's person, whatever the record's name:
// the slug is not taken for a name of its own.
func TestSpeakerByFileName(t *testing.T) {
	const talk = "data/talks.yml:1 talk \"One\" slug=one path=talks/one.yml\n"
	tests := []struct {
		name, speakers, want string
	}{
		{"a hyphenated file name", "[bill-kennedy]", talk + "  speaker William Kennedy (william-kennedy)\n"},
		{"a file name in one word", "[sago35]", talk + "  speaker Masaaki Takasago (masaaki-takasago)\n"},
		{"the file's path", "[speakers/bill-kennedy.toml]", talk + "  speaker William Kennedy (william-kennedy)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"data/speakers/bill-kennedy.toml": {Data: []byte("name = \"William Kennedy\"\n")},
				"data/speakers/sago35.toml":       {Data: []byte("name = \"Masaaki Takasago\"\n")},
				"data/talks.yml":                  {Data: []byte("- title: One\n  speakers: " + tt.speakers + "\n")},
			}
			if got := runSite(fsys, goldenOptions()); !strings.Contains(got, tt.want) {
				t.Errorf("want %q in\n%s", tt.want, got)
			}
		})
	}
}
