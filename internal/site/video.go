package site

import (
	"net/url"
	"strings"
)

// VideoHost names the service a talk's video is on ("YouTube", "Vimeo"),
// or gives the host of its URL ("media.ccc.de"); "" without a video.
func (p *Page) VideoHost() string {
	u, err := url.Parse(p.Doc.Video)
	if p.Doc.Video == "" || err != nil {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	switch {
	case host == "youtu.be" || host == "youtube.com" || strings.HasSuffix(host, ".youtube.com") || host == "youtube-nocookie.com":
		return "YouTube"
	case host == "vimeo.com" || strings.HasSuffix(host, ".vimeo.com"):
		return "Vimeo"
	}
	return host
}

// VideoThumbnail is the image the author gave for the video with
// video_thumbnail (or thumbnail), or "". lectern never fetches one from
// the video's host by itself: that would make every reader's browser ask
// a third party for it.
func (p *Page) VideoThumbnail() string {
	for _, key := range []string{"video_thumbnail", "thumbnail"} {
		if s, ok := p.Doc.Params[key].(string); ok && strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}
