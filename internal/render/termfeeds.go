package render

import (
	"cmp"

	"lectern/internal/site"
)

// termFeed is the URL of the Atom feed of the tag at termURL: in the
// tag's folder, under the name the site's config gives
// (config.Config.TermFeed, Hugo's index.xml for a Hugo site), or
// lectern's feed.xml.
func termFeed(s *site.Site, termURL string) string {
	return termURL + cmp.Or(s.Config.TermFeed, "feed.xml")
}
