package content

import "testing"

func TestKindOf(t *testing.T) {
	tests := []struct {
		name string
		path string
		h    KindHints
		want Kind
	}{
		{"explicit kind wins over folder", "talks/a.md", KindHints{Kind: "reading"}, KindReading},
		{"explicit kind ignores case", "a.md", KindHints{Kind: " Event "}, KindEvent},
		{"explicit page", "notes/a.md", KindHints{Kind: "page"}, KindPage},
		{"unknown explicit kind falls through", "talks/a.md", KindHints{Kind: "lecture"}, KindTalk},
		{"talks/", "talks/a.md", KindHints{}, KindTalk},
		{"_talks/", "_talks/a.md", KindHints{}, KindTalk},
		{"sessions/", "sessions/a.md", KindHints{}, KindTalk},
		{"schedule/", "schedule/day1/a.md", KindHints{}, KindTalk},
		{"notes/", "notes/a.md", KindHints{}, KindNote},
		{"posts/", "posts/a.md", KindHints{}, KindNote},
		{"_posts/", "_posts/2020-01-01-a.md", KindHints{}, KindNote},
		{"blog/", "blog/a.md", KindHints{}, KindNote},
		{"reading/", "reading/a.md", KindHints{}, KindReading},
		{"books/", "books/a.md", KindHints{}, KindReading},
		{"speakers/", "speakers/a.md", KindHints{}, KindSpeaker},
		{"presenters/", "presenters/a.md", KindHints{}, KindSpeaker},
		{"_presenters/", "_presenters/a.md", KindHints{}, KindSpeaker},
		{"events/", "events/a.md", KindHints{}, KindEvent},
		{"nearest folder decides", "events/pycon/talks/a.md", KindHints{}, KindTalk},
		{"folder wins over layout", "notes/a.md", KindHints{Layout: "talk"}, KindNote},
		{"folder wins over speakers", "notes/a.md", KindHints{HasSpeakers: true}, KindNote},
		{"layout talk", "a.md", KindHints{Layout: "talk"}, KindTalk},
		{"layout session", "a.md", KindHints{Layout: "session"}, KindTalk},
		{"layout session-details", "x/a.md", KindHints{Layout: "session-details"}, KindTalk},
		{"layout keynote", "a.md", KindHints{Layout: "keynote"}, KindTalk},
		{"layout tutorial", "a.md", KindHints{Layout: "tutorial"}, KindTalk},
		{"layout post", "a.md", KindHints{Layout: "post", HasSpeakers: true}, KindNote},
		{"type talk", "a.md", KindHints{Type: "talk"}, KindTalk},
		{"type post", "a.md", KindHints{Type: "post"}, KindNote},
		{"layout before type", "a.md", KindHints{Layout: "post", Type: "talk"}, KindNote},
		{"unknown layout falls through", "a.md", KindHints{Layout: "default", HasSpeakers: true}, KindTalk},
		{"speakers make a talk", "a.md", KindHints{HasSpeakers: true}, KindTalk},
		{"else a note", "misc/a.md", KindHints{}, KindNote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := KindOf(tt.path, tt.h); got != tt.want {
				t.Errorf("KindOf(%q, %+v) = %q, want %q", tt.path, tt.h, got, tt.want)
			}
		})
	}
}

func TestParseKinds(t *testing.T) {
	tests := []struct {
		name, path, fm string
		want           Kind
	}{
		{"kind field", "talks/a.md", "kind: note", KindNote},
		{"presenters field", "a.md", "presenters: [Ada]", KindTalk},
		{"speaker_slugs field", "a.md", "speaker_slugs: [ada]", KindTalk},
		{"empty speakers do not count", "a.md", "speakers:", KindNote},
		{"layout field", "a.md", "layout: session-details", KindTalk},
		{"type field", "a.md", "type: post\nspeakers: [Ada]", KindNote},
		{"no front matter", "speakers/a.md", "", KindSpeaker},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseYAML(tt.path, "title: x\n"+tt.fm).Kind; got != tt.want {
				t.Errorf("kind %q, want %q", got, tt.want)
			}
		})
	}
}
