package content

import (
	"strings"
	"testing"
)

// TestSpeakerFlatTalk: a speaker record whose own fields are its one
// talk (talk: "Title" beside abstract; title beside a talk holding its
// text; talkTitle) gives that talk, with its text as the talk's body,
// not the speaker's text or bio, and a "title" that was the talk's is no job title.
// A short talk beside a job title is no talk.
func TestSpeakerFlatTalk(t *testing.T) {
	const long = "<p>Interfaces can be loud. This talk shows how to make them quiet without losing what they mean.</p>"
	tests := []struct {
		name, src            string
		talk, talkBody, role string
		speakerBody          string
	}{
		{"talk and abstract", `{"name": "Ada Brook", "talk": "Knitting with Loops", "abstract": "Stitches and loops."}`,
			"Knitting with Loops", "Stitches and loops.", "", ""},
		{"title and the talk's text", `{"name": "Cleo Dunn", "title": "Quiet Rooms", "talk": "` + long + `"}`,
			"Quiet Rooms", long, "", ""},
		{"talkTitle with time and room", `{"name": "Fay Gold", "talkTitle": "Testing", "talkAbstract": "Ways in.", "room": "Hall B"}`,
			"Testing", "Ways in.", "", ""},
		{"a job title and a role", `{"name": "Gil Hart", "title": "Staff Engineer", "talk": "Event Host"}`,
			"", "", "Staff Engineer", ""},
		{"a long bio stays the speaker's", `{"name": "Hal Ives", "talk": "Lists", "abstract": "On lists.", "details": "Hal writes."}`,
			"Lists", "On lists.", "", "Hal writes."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, diags := DecodeData("_data/speakers.json", []byte(tt.src), nil)
			if len(diags) > 0 {
				t.Fatal(diags)
			}
			d := Record(v, RecordOptions{File: "_data/speakers.json", Path: "speakers/speakers.json", Kind: KindSpeaker})
			wantDiags(t, d)
			if got := d.Speakers[0].Role; got != tt.role {
				t.Errorf("role %q, want %q", got, tt.role)
			}
			if got := d.Speakers[0].Bio; got != "" {
				t.Errorf("bio %q, want none", got)
			}
			if got := strings.TrimSpace(string(d.Body)); got != tt.speakerBody {
				t.Errorf("speaker's body %q, want %q", got, tt.speakerBody)
			}
			if tt.talk == "" {
				if len(d.Talks) != 0 {
					t.Fatalf("talks %v, want none", d.Talks)
				}
				return
			}
			if len(d.Talks) != 1 {
				t.Fatalf("%d talks, want 1", len(d.Talks))
			}
			tk := d.Talks[0]
			if tk.Title != tt.talk || strings.TrimSpace(string(tk.Body)) != tt.talkBody {
				t.Errorf("talk %q with %q, want %q with %q", tk.Title, tk.Body, tt.talk, tt.talkBody)
			}
		})
	}
}
