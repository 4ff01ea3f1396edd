package content

import "testing"

// TestEpisodeNumber: a podcast episode's number and season as podcast
// sites write them (Castanet's episode, episodeNumber, Eleventy's
// podcaster's episode mapping, itunes_episode), and what is not one.
func TestEpisodeNumber(t *testing.T) {
	get := func(d *Document) any { e := d.Extras().Episode; return e.Number + "|" + e.Season }
	runFieldCases(t, []fieldCase{
		{"Castanet's episode, a string", "posts/a.md", "title: x\nepisode: '12'", get, "12|"},
		{"with its season", "posts/a.md", "title: x\nepisode: 12\nseason: 2", get, "12|2"},
		{"episodeNumber and seasonNumber", "posts/a.md", "title: x\nepisodeNumber: 7\nseasonNumber: 3", get, "7|3"},
		{"episode_number with leading zeros", "posts/a.md", "title: x\nepisode_number: '012'", get, "12|"},
		{"itunes_episode and itunes_season", "posts/a.md", "title: x\nitunes_episode: 4\nitunes_season: 1", get, "4|1"},
		{"episode 0, a pilot", "posts/a.md", "title: x\nepisode: 0", get, "0|"},
		{"Eleventy's podcaster's episode mapping", "posts/a.md", "title: x\nepisode:\n  filename: a.mp3\n  seasonNumber: 1\n  episodeNumber: 5", get, "5|1"},
		{"an episode that is no number", "posts/a.md", "title: x\nepisode: pilot\nseason: 1", get, "|"},
		{"a season alone places nothing", "posts/a.md", "title: x\nseason: 2", get, "|"},
		{"a page's episode is a note's only", "about.md", "title: x\nepisode: 3", get, "|"},
	})
}
