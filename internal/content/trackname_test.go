package content

import "testing"

// A track's display name written beside its slug, as pretalx's exports
// write it, is Document.TrackName; the slug stays the Track. Written
// alone, the name is the track; the key stays in Params for the site's
// templates.
func TestTrackName(t *testing.T) {
	track := func(d *Document) any { return d.Track + "|" + d.Extras().TrackName }
	runFieldCases(t, []fieldCase{
		{"trackName", "talks/a.md", "title: x\ntrack: data-and-ai\ntrackName: Data & AI", track, "data-and-ai|Data & AI"},
		{"track_name", "talks/a.md", "title: x\ntrack: web\ntrack_name: The Web", track, "web|The Web"},
		{"track-name", "talks/a.md", "title: x\ntrack: web\ntrack-name: The Web", track, "web|The Web"},
		{"trackTitle", "talks/a.md", "title: x\ntrack: web\ntrackTitle: The Web", track, "web|The Web"},
		{"nicetrack", "talks/a.md", "title: x\ntrack: security\nnicetrack: \"Security and Privacy\"", track, "security|Security and Privacy"},
		{"niceTrack", "talks/a.md", "title: x\ntrack: security\nniceTrack: Security", track, "security|Security"},
		{"a name equal to the slug names nothing", "talks/a.md", "title: x\ntrack: Web\ntrack_name: Web", track, "Web|"},
		{"a name alone is the track", "talks/a.md", "title: x\ntrack:\ntrackName: Main Conference", track, "Main Conference|"},
		{"a name beside a column id is the track", "talks/a.md", "title: x\ntrack: t1\ntrackName: Web", track, "Web|"},
		{"no name: as before", "talks/a.md", "title: x\ntrack: data-and-ai", track, "data-and-ai|"},
		{"an empty name: as before", "talks/a.md", "title: x\ntrack: web\ntrackName: ''", track, "web|"},
		{"the name stays in Params", "talks/a.md", "title: x\ntrack: web\ntrackName: The Web", func(d *Document) any { return d.Params["trackName"] }, "The Web"},
	})
}
