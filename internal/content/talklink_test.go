package content

import (
	"fmt"
	"testing"
)

// TestTalkLink checks a talk's address on the web, as talk portfolios
// and Astro talk schemas write it (link, url): a recording is the talk's
// video when it names none, any other address a link named by its host;
// a path, an address already shown, a pageless talk, another kind, and
// url where it is the page's own path add nothing.
func TestTalkLink(t *testing.T) {
	tests := []struct {
		name, path, fm string
		permalinkOnly  bool
		video, links   string
	}{
		{"a talk portfolio's link", "talks/a.md", "link: https://conf.example.org/2023/talks/async", false, "", "[{conf.example.org https://conf.example.org/2023/talks/async}]"},
		{"an Astro schema's url", "talks/a.md", "url: https://www.conf.example.org/s/1", true, "", "[{conf.example.org https://www.conf.example.org/s/1}]"},
		{"url is the page's path on lectern's own site", "talks/a.md", "url: /talks/here/", false, "", "[]"},
		{"a recording", "talks/a.md", "link: https://www.youtube.com/watch?v=aaaaaaaaaaa", false, "https://www.youtube.com/watch?v=aaaaaaaaaaa", "[]"},
		{"a Vimeo recording", "talks/a.md", "url: https://vimeo.com/123456", true, "https://vimeo.com/123456", "[]"},
		{"a recording beside a video", "talks/a.md", "vod: https://vimeo.com/1\nlink: https://youtu.be/bbbbbbbbbbb", false, "https://vimeo.com/1", "[{youtu.be https://youtu.be/bbbbbbbbbbb}]"},
		{"the video again", "talks/a.md", "video: https://vimeo.com/1\nlink: https://vimeo.com/1", false, "https://vimeo.com/1", "[]"},
		{"link before url", "talks/a.md", "url: https://b.example.org/\nlink: https://a.example.org/", true, "", "[{a.example.org https://a.example.org/}]"},
		{"a path", "talks/a.md", "link: /elsewhere/", false, "", "[]"},
		{"a pageless talk", "talks/a.md", "permalink: false\nlink: https://conf.example.org/t", false, "", "[]"},
		{"a note", "notes/a.md", "url: https://conf.example.org/t", true, "", "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/"+tt.path, []byte("---\ntitle: A\ndate: 2024-05-02\n"+tt.fm+"\n---\nBody.\n"), Options{PermalinkOnly: tt.permalinkOnly})
			if links := fmt.Sprint(d.Links); d.Video != tt.video || links != tt.links {
				t.Errorf("video %q, links %s; want %q, %s", d.Video, links, tt.video, tt.links)
			}
		})
	}
}
