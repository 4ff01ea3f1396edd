package content

import (
	"regexp"
	"slices"
	"strings"
)

// slideKeys and videoKeys are the fields naming a talk's slides and its
// recording, in order of preference. slide_deck is an Astro schema's
// slideDeck, folded; slidesurl is academicpages' (its talks and
// publications write it in one word). The last two are read only when
// they hold a link (see slides).
var (
	slideKeys = []string{"slides", "slides_url", "url_slides", "slide_url", "slides_href", "slides_link", "slide_deck", "slidesurl", "presentation", "presentation_url"}
	videoKeys = []string{"video", "video_url", "url_video", "video_href", "video_link", "recording", "recording_url", "youtube", "youtube_url", "youtube_id", "youtube_slug", "video_id", "vod"}
)

// recorded reports whether the page links to slides (an address: see
// isDeckLink) or names a recording: with an event named beside them, the
// materials of a talk given there (see KindHints.Recorded).
func (f *fields) recorded() bool {
	for _, k := range slideKeys {
		if isDeckLink(f.peek(k)) {
			return true
		}
	}
	for _, k := range videoKeys {
		if f.peek(k) != "" {
			return true
		}
	}
	return false
}

// slides reads the address of a talk's slides.
func (f *fields) slides() {
	names := slices.Clone(slideKeys[:len(slideKeys)-2])
	if w := f.peek("slides"); w != "" && !strings.ContainsAny(w, "/.:") {
		// A word alone is no file and no address: Hugo Academic's
		// slides: example names its slides page, kept in Params.
		names = names[1:]
	}
	if isDeckLink(f.peek("presentation")) {
		// A talk record's presentation: https://speakerdeck.com/… is its
		// slides. Only a link: the word names a talk's format or its
		// slot elsewhere, and stays in Params.
		names = append(names, "presentation")
	}
	if isDeckLink(f.peek("presentation_url")) {
		// A meetup post's presentation_url: /assets/talk.pdf, its deck.
		names = append(names, "presentation_url")
	}
	if s, e, ok := f.linkText("slides", names...); ok {
		f.doc.Slides = f.link(e.val.pos, e.key, s)
	}
}

// isDeckLink reports whether s is plainly the address of a deck: a web
// address (with its scheme or without, as links are written: see
// WithScheme), or a path of the site to a file (/files/deck.pdf).
func isDeckLink(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t\n") {
		return false
	}
	switch scheme, _ := schemeOf(WithScheme(s)); scheme {
	case "http", "https":
		return true
	}
	return strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//") && strings.Contains(s[strings.LastIndexByte(s, '/'):], ".")
}

// video reads a recording's URL; a bare YouTube id (youtube, youtube_id,
// youtube_slug as PyCon AU's session records write it, or a video_id of
// a YouTube id's shape) becomes a URL. On a speaker's
// page, youtube names the person's channel (YouTube: CloudWithChris,
// beside their Twitter and GitHub), not a recording: it is a video only
// when it links to one, and stays in Params otherwise.
func (f *fields) video() {
	names := slices.Clone(videoKeys)
	if f.doc.Kind == KindSpeaker {
		names = slices.DeleteFunc(names, func(k string) bool {
			return (k == "youtube" || k == "youtube_url") && !isVideoLink(f.peek(k))
		})
	}
	s, e, ok := f.linkText("video", names...)
	if !ok {
		return
	}
	switch key := BareKey(e.key); {
	case strings.Contains(s, "/"):
	case key == "youtube" || key == "youtubeid" || key == "youtubeslug" || key == "videoid":
		if u, ok := youtubeWatch(s); ok {
			s = u
		} else if key == "videoid" {
			// An id of another service: which one, nothing says.
			f.unuse(e)
			return
		} else {
			s = "https://www.youtube.com/watch?v=" + s
		}
	}
	f.doc.Video = f.link(e.val.pos, e.key, s)
}

// isVideoLink reports whether s links to one YouTube video (a watch,
// embed, live or shorts page, or youtu.be), rather than to a channel.
func isVideoLink(s string) bool {
	s = strings.ToLower(s)
	for _, p := range []string{"youtu.be/", "/watch?", "/embed/", "/live/", "/shorts/"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// youtubeAt matches a YouTube video id, alone or followed by the second
// to start at, as themes append it to the id to start a recording at a
// talk: GZCr-Dbi0YM?start=814, ?t=814, &t=814s.
var youtubeAt = regexp.MustCompile(`^([A-Za-z0-9_-]{11})(?:[?&](?:start|t)=([0-9]{1,6})s?)?$`)

// youtubeWatch returns the watch page of a bare YouTube id (see
// youtubeAt), starting at its offset (&t=814s), and whether s is one.
func youtubeWatch(s string) (string, bool) {
	m := youtubeAt.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	u := "https://www.youtube.com/watch?v=" + m[1]
	if strings.TrimLeft(m[2], "0") != "" {
		u += "&t=" + strings.TrimLeft(m[2], "0") + "s"
	}
	return u, true
}
