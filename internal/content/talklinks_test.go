package content

import (
	"fmt"
	"testing"
)

// TestTalkLinkShapes: a talk's slides, video and other materials are read
// however talk archives write them: camelCase and hyphenated names, a
// YouTube id, an embed's mapping, and a mapping of named links.
func TestTalkLinkShapes(t *testing.T) {
	const head = "---\ntitle: Fast sites\nevent: Conf 2024\ndate: 2024-10-15\n"
	for _, tc := range []struct {
		name, front        string
		slides, video, got string
	}{
		{"camelCase", "slideUrl: https://speakerdeck.com/x\nvideoUrl: https://www.youtube.com/watch?v=x\npdfUrl: https://x.org/a.pdf\neventUrl: https://conf.example\n",
			"https://speakerdeck.com/x", "https://www.youtube.com/watch?v=x", "[{PDF https://x.org/a.pdf} {Event https://conf.example}]"},
		{"href and youtube id", "slidesHref: https://noti.st/x\nyoutubeId: dQw4w9WgXcQ\n",
			"https://noti.st/x", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "[]"},
		{"hyphenated", "slides-url: https://x.org/s\nvideo-url: https://x.org/v\n", "https://x.org/s", "https://x.org/v", "[]"},
		{"video id of a YouTube id's shape", "videoId: dQw4w9WgXcQ\n", "", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "[]"},
		{"video id with a start", "videoId: GZCr-Dbi0YM?start=814\n", "", "https://www.youtube.com/watch?v=GZCr-Dbi0YM&t=814s", "[]"},
		{"video id with t", "video_id: GZCr-Dbi0YM?t=90s\n", "", "https://www.youtube.com/watch?v=GZCr-Dbi0YM&t=90s", "[]"},
		{"youtube id with &t", "youtube_id: GZCr-Dbi0YM&t=5\n", "", "https://www.youtube.com/watch?v=GZCr-Dbi0YM&t=5s", "[]"},
		{"youtube slug", "youtube_slug: nWHX3_1_xOg\n", "", "https://www.youtube.com/watch?v=nWHX3_1_xOg", "[]"},
		{"empty youtube slug", "youtube_slug:\n", "", "", "[]"},
		{"video id with a start of 0", "videoId: GZCr-Dbi0YM?start=0\n", "", "https://www.youtube.com/watch?v=GZCr-Dbi0YM", "[]"},
		{"video id with another query", "videoId: GZCr-Dbi0YM?list=x\n", "", "", "[]"},
		{"video on demand", "vod: https://youtu.be/uxoQfRDxN80\n", "", "https://youtu.be/uxoQfRDxN80", "[]"},
		{"video id of another service", "video_id: 76979871\n", "", "", "[]"},
		{"embed mapping", "video:\n  src: https://www.youtube.com/embed/x\n  width: 560\n", "", "https://www.youtube.com/embed/x", "[]"},
		{"links mapping", "links:\n  slides: https://x.org/s\n  video: https://x.org/v\n  code: https://github.com/x/y\n",
			"https://x.org/s", "https://x.org/v", "[{Code https://github.com/x/y}]"},
		{"own name first", "slides: https://a.org/s\nslideUrl: https://b.org/s\n", "https://a.org/s", "", "[]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Parse("content/talks/a.md", []byte(head+tc.front+"---\nBody.\n"), Options{})
			if d.Kind != KindTalk {
				t.Fatalf("kind %s", d.Kind)
			}
			got := fmt.Sprint(d.Links)
			if d.Slides != tc.slides || d.Video != tc.video || got != tc.got || len(d.Diags) > 0 {
				t.Errorf("slides %q, video %q, links %s, diags %q", d.Slides, d.Video, got, d.Diags.Strings())
			}
		})
	}
}

// TestSnakeKey: the snake_case a key written otherwise answers to.
func TestSnakeKey(t *testing.T) {
	for in, want := range map[string]string{
		"slideUrl": "slide_url", "video-url": "video_url", "youtubeID": "youtube_id", "URLSlides": "", "videoURL": "video_url",
		"slides_url": "", "date": "", "start time": "start_time",
	} {
		if got := snakeKey(in); got != want {
			t.Errorf("snakeKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBareKey: the one name a key written several ways folds to; a
// leading underscore (a key switched off) is kept.
func TestBareKey(t *testing.T) {
	for in, want := range map[string]string{
		"YouTube_ID": "youtubeid", "youtubeId": "youtubeid", "start time": "starttime", "Start-Time": "starttime",
		"_sponsors": "_sponsors", "_Speaker_List": "_speakerlist", "sponsors_": "sponsors",
	} {
		if got := BareKey(in); got != want {
			t.Errorf("BareKey(%q) = %q, want %q", in, got, want)
		}
	}
}
