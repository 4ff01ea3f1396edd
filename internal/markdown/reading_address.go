package markdown

import (
	"net/url"
	"path"
	"strings"
)

// A link's address can say what its text does not: a list of people
// linking each name to a LinkedIn or GitHub profile, or of restaurants
// and venues each linking to a map, is no reading list, however its
// links are named.

// profileAddress reports whether dest is a person's or an organisation's
// profile on a social service, rather than something they wrote:
// linkedin.com/in/ada, github.com/ada (a repository, github.com/ada/x,
// is a work), twitter.com/ada, a Mastodon or Threads "/@ada", a
// YouTube channel, a Meetup group's page.
func profileAddress(dest string) bool {
	host, segs, ok := addressParts(dest)
	if !ok || len(segs) == 0 {
		return false
	}
	if len(segs) == 1 && strings.HasPrefix(segs[0], "@") && len(segs[0]) > 1 {
		return true // Mastodon, Threads, Medium, YouTube, TikTok handles
	}
	switch host {
	case "linkedin.com":
		return segs[0] == "in" || segs[0] == "company" || segs[0] == "school"
	case "github.com", "gitlab.com", "twitter.com", "x.com", "instagram.com", "facebook.com", "bsky.app", "keybase.io", "dev.to":
		return len(segs) == 1 || host == "bsky.app" && segs[0] == "profile" || host == "facebook.com"
	case "youtube.com":
		return len(segs) <= 2 && (segs[0] == "c" || segs[0] == "channel" || segs[0] == "user")
	case "meetup.com":
		return len(segs) == 1 || len(segs) == 2 && segs[1] == "events"
	}
	return false
}

// mapAddress reports whether dest is a place on a map or directions
// there: a venue, a hotel, a walk from the station.
func mapAddress(dest string) bool {
	host, segs, ok := addressParts(dest)
	if !ok {
		return false
	}
	switch {
	case strings.HasPrefix(host, "maps.") || host == "goo.gl" && len(segs) > 0 && segs[0] == "maps":
		return true // maps.google.com, maps.app.goo.gl, maps.apple.com
	case host == "openstreetmap.org" || host == "osm.org" || host == "mapy.cz" || host == "waze.com":
		return true
	case (strings.HasPrefix(host, "google.") || host == "bing.com") && len(segs) > 0 && segs[0] == "maps":
		return true
	}
	return false
}

// addressParts splits a web address into its host, lower case without
// "www.", and its path's non-empty segments; ok is false for anything
// but an http or https address.
func addressParts(dest string) (host string, segs []string, ok bool) {
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", nil, false
	}
	host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	host = strings.TrimPrefix(host, "m.")
	for _, s := range strings.Split(path.Clean("/"+u.Path), "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	return host, segs, true
}
