package content

import "testing"

// TestAudio checks the recording a podcast episode's post names, as
// podcast themes write it: Castanet's podcast_file under the site's
// media prefix, Jekyll-Podcast-Feed's podcast_link, Eleventy's podcaster
// episode mapping, a plain audio or mp3 field, and a link to an audio
// file, which is then no link post; with its size and running time.
func TestAudio(t *testing.T) {
	const prefix = "https://media.example.net/show/"
	tests := []struct {
		name, path, fm string
		want           Audio
		linkTo         string
	}{
		{"Castanet's podcast_file under media_prefix", "posts/a.md", "podcast_file: ep-012.mp3\npodcast_duration: \"1:08:22\"\npodcast_bytes: \"39456123\"",
			Audio{URL: prefix + "ep-012.mp3", Length: 39456123, Duration: "1:08:22"}, ""},
		{"Jekyll-Podcast-Feed's podcast_link", "_posts/2020-05-01-a.md", "podcast_link: https://cdn.example.com/ep3.mp3\npodcast_file_size: 13.2 MB\npodcast_duration: \"24:10\"\npodcast_length: 13254375",
			Audio{URL: "https://cdn.example.com/ep3.mp3", Length: 13254375, Duration: "24:10"}, ""},
		{"Eleventy podcaster's episode mapping", "posts/b.md", "episode:\n  filename: S1E1, First Weave.mp3\n  episodeNumber: 1\n  size: 61231442\n  duration: 3283",
			Audio{URL: prefix + "S1E1,%20First%20Weave.mp3", Length: 61231442, Duration: "54:43"}, ""},
		{"audio, an address without an extension", "notes/a.md", "audio: https://anchor.example/s/1/episodes/abc",
			Audio{URL: "https://anchor.example/s/1/episodes/abc"}, ""},
		{"mp3, a path from the root", "notes/a.md", "mp3: /audio/ep1.mp3\nduration: \"00:41:05\"",
			Audio{URL: "/audio/ep1.mp3", Duration: "41:05"}, ""},
		{"enclosure as a mapping", "notes/a.md", "enclosure:\n  url: https://cdn.example.com/e.m4a\n  length: 100",
			Audio{URL: "https://cdn.example.com/e.m4a", Length: 100}, ""},
		{"a link to an audio file is the episode's", "_posts/2014-12-28-ep1.md", "link: https://dl.example.com/Ep%201.mp3?dl=1\nlength: 2668168\nduration: \"02:47\"",
			Audio{URL: "https://dl.example.com/Ep%201.mp3?dl=1", Length: 2668168, Duration: "2:47"}, ""},
		{"a link to a page stays a link post", "notes/a.md", "link: https://x.example/essay",
			Audio{}, "https://x.example/essay"},
		{"a flag names no file", "notes/a.md", "audio: true", Audio{}, ""},
		{"an episode number names no file", "notes/a.md", "episode: 12", Audio{}, ""},
		{"a page that is no audio file", "notes/a.md", "podcast_file: notes.html", Audio{}, ""},
		{"a talk's audio is not read", "talks/a.md", "audio: https://cdn.example.com/t.mp3", Audio{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/"+tt.path, []byte("---\ntitle: A\n"+tt.fm+"\n---\nBody.\n"), Options{MediaPrefix: prefix})
			if got := d.Extras().Audio; got != tt.want || d.Extras().LinkTo != tt.linkTo {
				t.Errorf("audio %+v, link to %q; want %+v %q", got, d.Extras().LinkTo, tt.want, tt.linkTo)
			}
		})
	}
	t.Run("a file name without a media prefix", func(t *testing.T) {
		d := Parse("content/posts/a.md", []byte("---\ntitle: A\npodcast_file: ep.mp3\n---\n"), Options{})
		if got := d.Extras().Audio; got != (Audio{}) {
			t.Errorf("audio %+v, want none: where the file is published is not known", got)
		}
	})
}

// TestAudioType checks the media type a feed's enclosure names.
func TestAudioType(t *testing.T) {
	for u, want := range map[string]string{
		"https://x.example/a.mp3":       "audio/mpeg",
		"https://x.example/a.M4A?x=1":   "audio/mp4",
		"/a.ogg":                        "audio/ogg",
		"https://x.example/episodes/ab": "audio/mpeg",
	} {
		if got := (Audio{URL: u}).Type(); got != want {
			t.Errorf("%s: %s, want %s", u, got, want)
		}
	}
}
