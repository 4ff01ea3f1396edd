package layout

import "testing"

// TestMediaPrefix checks where a podcast site's episode files are:
// Castanet's media_prefix as written, Eleventy podcaster's
// episodeUrlBase up to its last slash (as a URL resolves a file name
// against it), else its default under siteUrl; other values name none.
func TestMediaPrefix(t *testing.T) {
	for _, tc := range []struct {
		name   string
		params map[string]string
		want   string
	}{
		{"Castanet's media_prefix", map[string]string{"media_prefix": "https://media.example.net/show/"}, "https://media.example.net/show/"},
		{"a path from the root", map[string]string{"media_prefix": "/audio/"}, "/audio/"},
		{"a relative prefix", map[string]string{"media_prefix": "audio/"}, ""},
		{"episodeUrlBase", map[string]string{"podcast.episodeUrlBase": "https://cdn.example.org/loom/"}, "https://cdn.example.org/loom/"},
		{"episodeUrlBase without its slash", map[string]string{"podcast.episodeUrlBase": "https://cdn.example.org/loom"}, "https://cdn.example.org/"},
		{"episodeUrlBase, a host alone", map[string]string{"podcast.episodeUrlBase": "https://cdn.example.org"}, "https://cdn.example.org/"},
		{"siteUrl's episodes/", map[string]string{"podcast.siteUrl": "https://loom.example.org"}, "https://loom.example.org/episodes/"},
		{"none", map[string]string{"title": "x"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := MediaPrefix(tc.params); got != tc.want {
				t.Errorf("MediaPrefix = %q, want %q", got, tc.want)
			}
		})
	}
}
