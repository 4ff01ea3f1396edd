package markdown

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// This file tells a list of recordings (someone's talks on YouTube, the
// webinars they gave) from a reading list: its items start with links
// and name a title, as reading items do, but they are things to watch.

// watchHosts are the hosts of video sites, without "www." and "m.".
var watchHosts = map[string]bool{
	"youtube.com": true, "youtu.be": true, "vimeo.com": true,
	"player.vimeo.com": true, "dailymotion.com": true, "twitch.tv": true,
}

// watchHeadingWords in a heading name recordings or the author's talks:
// "Videos", "Virtual appearances", "Talks", "Webinars", "Vidéos",
// "Vorträge". Singular and plural both.
var watchHeadingWords = map[string]bool{
	"video": true, "videos": true, "vidéo": true, "vidéos": true, "vídeo": true, "vídeos": true,
	"recording": true, "recordings": true, "recorded": true,
	"talk": true, "talks": true, "presentation": true, "presentations": true,
	"appearance": true, "appearances": true, "webinar": true, "webinars": true,
	"screencast": true, "screencasts": true, "speaking": true, "livestream": true,
	"livestreams": true, "streams": true, "vortrag": true, "vorträge": true,
	"charla": true, "charlas": true, "conférence": true, "conférences": true,
	"palestra": true, "palestras": true,
}

// watchLink reports whether dest is a recording: a page of a video site,
// or a webinar's page (a path with a "webinar" or "webinars" segment).
func watchLink(dest string) bool {
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(strings.TrimPrefix(host, "www."), "m.")
	if watchHosts[host] {
		return true
	}
	for _, seg := range strings.Split(strings.ToLower(u.Path), "/") {
		if seg == "webinar" || seg == "webinars" {
			return true
		}
	}
	return false
}

// watchList says why a list of links is a list of recordings, or ""
// when it is not: half of its entries at least are recordings
// (watchLink), and the heading it sits under names videos or talks
// (watchHeadingWords). Both are needed: a reading list may link a talk
// or two, and a "Talks" heading may head the papers behind them.
func watchList(list *ast.List, links []Link, src []byte) string {
	n := 0
	for _, l := range links {
		if watchLink(l.URL) {
			n++
		}
	}
	if n == 0 || 2*n < len(links) {
		return ""
	}
	heading := headingAbove(list, src)
	if namesTalks(heading) {
		return fmt.Sprintf("it is a list of recordings: %d of %d links go to a video site or a webinar, under the heading %q; things to watch, not to read", n, len(links), heading)
	}
	return ""
}

// headingWords are the lower-cased words of a heading.
func headingWords(heading string) []string {
	return strings.FieldsFunc(strings.ToLower(heading), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
}

// headingAbove is the plain text of the last heading before the
// top-level block that holds n, "" when none comes before it.
func headingAbove(n ast.Node, src []byte) string {
	for n.Parent() != nil && n.Parent().Kind() != ast.KindDocument {
		n = n.Parent()
	}
	for b := n.PreviousSibling(); b != nil; b = b.PreviousSibling() {
		if h, ok := b.(*ast.Heading); ok {
			return collapse(appendInline(nil, h, src))
		}
	}
	return ""
}
