package content

import "testing"

// TestTalkTitleNames: a talk that writes no title names it under what a
// programme's records call it (sessionName, talk_title, session_title),
// as Eleventy conference sites' _data/schedule.json does; "title" and
// "name" still win, and other kinds read only those.
func TestTalkTitleNames(t *testing.T) {
	tests := []struct {
		name, src string
		kind      Kind
		want      string
	}{
		{"sessionName", `{"startTime": "10:00", "speaker": "Ann Grove", "speakerURL": "/speakers/ann/", "sessionName": "Welcome and intro"}`, KindTalk, "Welcome and intro"},
		{"talk_title", `{"time": "10:00", "speaker": "Ann Grove", "talk_title": "Edge functions"}`, KindTalk, "Edge functions"},
		{"session_title", `{"speaker": "Ann Grove", "session_title": "Edge functions"}`, KindTalk, "Edge functions"},
		{"talkName", `{"speaker": "Ann Grove", "talkName": "Edge functions"}`, KindTalk, "Edge functions"},
		{"title wins", `{"title": "Keynote", "sessionName": "Morning block"}`, KindTalk, "Keynote"},
		{"name wins", `{"name": "Keynote", "talk_title": "Other"}`, KindTalk, "Keynote"},
		{"an event is named by its title only", `{"date": "2021-05-04", "session_name": "Spring"}`, KindEvent, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, diags := DecodeData("_data/schedule.json", []byte(tt.src), nil)
			if len(diags) > 0 {
				t.Fatal(diags)
			}
			d := Record(v, RecordOptions{File: "_data/schedule.json", Path: "schedule/schedule.json", Kind: tt.kind})
			if d.Title != tt.want {
				t.Errorf("title %q, want %q", d.Title, tt.want)
			}
			if tt.want != "" {
				wantDiags(t, d)
			}
		})
	}
}

// TestTalkPageTitleNames: a talk page's talk_title names it before its
// body's heading or file name.
func TestTalkPageTitleNames(t *testing.T) {
	d := Parse("content/talks/a.md", []byte("---\ntalk_title: Edge functions\nspeaker: Ann Grove\n---\n\nIts text.\n"), Options{})
	if d.Kind != KindTalk || d.Title != "Edge functions" {
		t.Errorf("kind %q title %q, want talk \"Edge functions\"", d.Kind, d.Title)
	}
	wantDiags(t, d)
}
