package content

import (
	"net/url"
	"path"
	"strconv"
	"strings"
)

// Audio is the recording a post is the page of: a podcast episode's
// file, as podcast themes and feeds name it in front matter. Its URL is
// an absolute http(s) address or a path from the site's root; Length is
// the file's size in bytes and Duration its running time as it is to be
// shown ("41:05", "1:08:22"), each empty or zero when not written.
type Audio struct {
	URL      string
	Length   int64
	Duration string
}

// audioKeys are the fields, in order, that name a post's recording:
// lectern's "audio" and the names podcast sites give it (mp3, enclosure,
// audio_url, audio_file), Jekyll-Podcast-Feed's podcast_link and
// podcast_url, Castanet's podcast_file (a name under the site's
// media_prefix: Options.MediaPrefix).
var audioKeys = []string{"audio", "audio_url", "audio_file", "mp3", "enclosure", "podcast_link", "podcast_url", "podcast_file", "podcast_audio"}

// audioLengthKeys give the recording's size in bytes, as a feed's
// enclosure needs it: Castanet's podcast_bytes, Jekyll-Podcast-Feed's
// podcast_length, and the plain length or size of a mapping or of a post
// whose audio is its link.
var audioLengthKeys = []string{"podcast_bytes", "podcast_length", "audio_length", "audio_size", "length", "size", "bytes"}

// audioDurationKeys give the recording's running time.
var audioDurationKeys = []string{"podcast_duration", "audio_duration", "itunes_duration", "duration"}

// audioTypes are the extensions of the files podcasts publish, with the
// media types a feed's enclosure names them by.
var audioTypes = map[string]string{".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".aac": "audio/aac", ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg", ".wav": "audio/wav", ".flac": "audio/flac"}

// Type returns the media type of the recording by its extension,
// "audio/mpeg" (what podcasts publish most) when it has none known.
func (a Audio) Type() string {
	u := a.URL
	if p, err := url.Parse(u); err == nil {
		u = p.Path
	}
	if t, ok := audioTypes[strings.ToLower(path.Ext(u))]; ok {
		return t
	}
	return "audio/mpeg"
}

// isAudioURL reports whether u names an audio file by its extension
// (the path of an address, its query aside).
func isAudioURL(u string) bool {
	if p, err := url.Parse(u); err == nil {
		u = p.Path
	}
	_, ok := audioTypes[strings.ToLower(path.Ext(u))]
	return ok
}

// audio reads a note's recording (Document.Audio): the first of
// audioKeys that names one, written as an address or a mapping
// ({url, length, duration}); else Eleventy's podcaster plugin's episode
// mapping ({filename, size, duration}); else a "link" that names an
// audio file, as simple Jekyll podcast sites write their episodes
// (link: https://…/ep1.mp3, length, duration), which is then no link
// post. The fields stay in Params, for templates that show them.
func (f *fields) audio() {
	if f.doc.Kind != KindNote {
		return
	}
	var a Audio
	var top bool // the fields beside the file are the post's own
	for _, k := range audioKeys {
		if a = f.audioAt(k); a.URL != "" {
			top = true
			break
		}
	}
	if a.URL == "" {
		a = f.audioAt("episode")
	}
	if a.URL == "" {
		if s := f.peek("link"); isExternal(s) && isAudioURL(s) {
			a.URL, top = s, true
		}
	}
	if a.URL == "" {
		return
	}
	if top {
		if a.Length == 0 {
			a.Length = f.audioLength(f.root)
		}
		if a.Duration == "" {
			a.Duration = audioDuration(f.root)
		}
	}
	f.doc.EditExtra().Audio = a
}

// audioAt reads the recording the field k names: an address, a path, a
// file name under the media prefix, or a mapping holding one of those.
func (f *fields) audioAt(k string) Audio {
	i, ok := f.index[k]
	if !ok {
		return Audio{}
	}
	v := f.root.keys[i].val
	switch v.kind {
	case scalarNode:
		return Audio{URL: f.audioURL(strings.TrimSpace(v.text), k != "episode")}
	case mapNode:
		u := f.audioURL(mapText(v, "url", "src", "href", "file", "filename", "mp3", "audio"), true)
		if u == "" {
			return Audio{}
		}
		return Audio{URL: u, Length: f.audioLength(v), Duration: audioDuration(v)}
	}
	return Audio{}
}

// audioURL resolves what a field names as a recording: an absolute
// http(s) address as it is (one that names no audio file only when the
// field is one of audioKeys, named); a path from the root
// ("/audio/ep1.mp3") of an audio file; a file name ("ep1.mp3", as
// Castanet and Eleventy's podcaster write it) under the site's media
// prefix, when it has one, else nothing: lectern cannot tell where it is
// published. Blanks in a path are escaped, as a file name may hold them.
func (f *fields) audioURL(s string, named bool) string {
	switch {
	case s == "":
		return ""
	case isExternal(s):
		if named || isAudioURL(s) {
			return s
		}
		return ""
	case !isAudioURL(s) || strings.Contains(s, "://") || strings.HasPrefix(s, "//"):
		return ""
	case strings.HasPrefix(s, "/"):
		return strings.ReplaceAll(s, " ", "%20")
	case f.mediaPrefix != "":
		return f.mediaPrefix + strings.ReplaceAll(strings.TrimPrefix(s, "./"), " ", "%20")
	}
	return ""
}

// audioLength reads the size in bytes the mapping m gives, 0 when it
// gives none a number (Jekyll-Podcast-Feed's podcast_file_size: 13.7 MB
// is for people, and is not read).
func (f *fields) audioLength(m *node) int64 {
	for _, k := range audioLengthKeys {
		v := m.get(k)
		if v == nil || v.kind != scalarNode {
			continue
		}
		if n, err := strconv.ParseInt(strings.TrimSpace(v.text), 10, 64); err == nil && n > 0 {
			return n
		}
	}
	return 0
}

// audioDuration reads the running time the mapping m gives, as a clock
// ("41:05", "1:08:22") or a number of seconds (3283, 3778.48), and
// returns it as a clock, "" for none.
func audioDuration(m *node) string {
	for _, k := range audioDurationKeys {
		v := m.get(k)
		if v == nil || v.kind != scalarNode {
			continue
		}
		if s := clockDuration(strings.TrimSpace(v.text)); s != "" {
			return s
		}
	}
	return ""
}

// clockDuration returns s as a clock: "1:08:22" and "41:05" as written
// (hours, minutes and seconds of two digits after the first), seconds
// ("3283", "3778.48") as "54:43"; "" for anything else ("1h", "long").
func clockDuration(s string) string {
	if secs, err := strconv.ParseFloat(s, 64); err == nil {
		if secs <= 0 || secs > 1e7 {
			return ""
		}
		n := int64(secs)
		h, m, sec := n/3600, n/60%60, n%60
		if h > 0 {
			return strconv.FormatInt(h, 10) + ":" + two(m) + ":" + two(sec)
		}
		return strconv.FormatInt(m, 10) + ":" + two(sec)
	}
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return ""
	}
	for i, p := range parts {
		if p == "" || len(p) > 2 && i > 0 || strings.Trim(p, "0123456789") != "" {
			return ""
		}
		if i > 0 && len(p) != 2 {
			return ""
		}
	}
	// "00:24:10" is shown as "24:10", as players show it.
	for len(parts) > 2 && strings.Trim(parts[0], "0") == "" {
		parts = parts[1:]
	}
	if len(parts[0]) > 1 && parts[0][0] == '0' {
		parts[0] = parts[0][1:]
	}
	return strings.Join(parts, ":")
}

func two(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}
