package content

import "strings"

// Episode is a podcast episode's place in its show, as podcast sites
// number their episodes in front matter: Number is the episode's number
// and Season its season's, each as written but for leading zeros ("12",
// "2"), "" when not written. A season without an episode number is not
// kept: it places nothing.
type Episode struct {
	Number string
	Season string
}

// episodeNumberKeys are the fields that number an episode: Castanet's
// episode, episode_number (episodeNumber, as Eleventy's podcaster and
// Astro podcast starters write it), and the iTunes tag's name that feed
// generators take (itunes_episode). seasonKeys are their seasons'.
var (
	episodeNumberKeys = []string{"episode", "episode_number", "episode_num", "itunes_episode"}
	seasonKeys        = []string{"season", "season_number", "itunes_season"}
)

// episode reads a note's Episode: the first of episodeNumberKeys that
// holds a number, else the episodeNumber of Eleventy's podcaster's
// episode mapping, with the season written beside it. A field that is
// no number (an episode's title, "episode: pilot") is not one. The
// fields stay in Params, for templates that show them.
func (f *fields) episode() {
	if f.doc.Kind != KindNote {
		return
	}
	var e Episode
	for _, k := range episodeNumberKeys {
		if e.Number = episodeCount(f.peek(k)); e.Number != "" {
			for _, k := range seasonKeys {
				if e.Season = episodeCount(f.peek(k)); e.Season != "" {
					break
				}
			}
			break
		}
	}
	if i, ok := f.index["episode"]; ok && e.Number == "" {
		if m := f.root.keys[i].val; m.kind == mapNode {
			e.Number = episodeCount(mapText(m, "episode_number", "episode"))
			e.Season = episodeCount(mapText(m, "season_number", "season"))
		}
	}
	if e.Number == "" {
		return
	}
	f.doc.EditExtra().Episode = e
}

// episodeCount returns s, a whole number of one to five digits, without
// its leading zeros ("012" is "12", "00" is "0"), and "" for anything
// else.
func episodeCount(s string) string {
	if s == "" || len(s) > 5 || strings.Trim(s, "0123456789") != "" {
		return ""
	}
	if t := strings.TrimLeft(s, "0"); t != "" {
		return t
	}
	return "0" // a show's episode 0, its pilot, as some number it.
}
