package markdown

import (
	"regexp"

	"github.com/microcosm-cc/bluemonday"
)

// newSanitizer returns the policy of RawHTMLSanitize. It starts from
// bluemonday's policy for user content (no scripts, styles, event handlers,
// forms or unsafe URLs) and allows back what lectern's markdown itself
// writes, so that sanitizing never changes a body that has no raw HTML:
// chroma's classes, heading ids and anchors, footnote ids, roles and
// backlinks, task-list checkboxes, table alignment and lazy images. It
// also keeps <kbd>, <video> and <audio> with http(s) sources, and iframes of video and slide players (YouTube, Vimeo, Speaker
// Deck, SlideShare), since talk pages embed recordings and slides; any
// other iframe is removed.
func newSanitizer() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	// Links written in markdown are the author's; marking every one
	// nofollow would change them for no safety gain.
	p.RequireNoFollowOnLinks(false)

	// Heading ids keep letters of every script; footnote ids ("fn:1").
	p.AllowAttrs("id").Matching(regexp.MustCompile(`^[\p{L}\p{M}\p{N}_:.\-]+$`)).
		OnElements("h1", "h2", "h3", "h4", "h5", "h6", "li", "sup")
	p.AllowAttrs("class").Matching(regexp.MustCompile(`^[a-zA-Z0-9_\- ]+$`)).
		OnElements("a", "code", "div", "pre", "span")
	// bluemonday escapes attribute values; any label is harmless.
	p.AllowAttrs("aria-label").Matching(anyText).OnElements("a")
	p.AllowAttrs("role").Matching(regexp.MustCompile(`^doc-(noteref|backlink|endnotes)$`)).
		OnElements("a", "div")
	p.AllowAttrs("tabindex").Matching(regexp.MustCompile(`^0$`)).OnElements("pre")
	p.AllowAttrs("type").Matching(regexp.MustCompile(`^checkbox$`)).OnElements("input")
	p.AllowAttrs("checked", "disabled").Matching(regexp.MustCompile(`^(|checked|disabled)$`)).OnElements("input")
	p.AllowAttrs("aria-label").Matching(regexp.MustCompile(`^(Done|Not done)$`)).OnElements("input")
	p.AllowStyles("text-align").MatchingEnum("left", "right", "center").OnElements("th", "td")
	p.AllowAttrs("loading").Matching(regexp.MustCompile(`^(lazy|eager)$`)).OnElements("img")

	// Authors' harmless markup that bluemonday's policy leaves out.
	p.AllowElements("kbd", "picture")
	// Self-hosted recordings; their src is checked like every URL.
	p.AllowAttrs("src").OnElements("video", "audio", "source")
	p.AllowAttrs("type").Matching(regexp.MustCompile(`^[a-z]+/[a-z0-9.+\-]+$`)).OnElements("source")
	p.AllowAttrs("controls", "muted", "loop", "playsinline").Matching(regexp.MustCompile(`^(|controls|muted|loop|playsinline|true)$`)).
		OnElements("video", "audio")
	p.AllowAttrs("preload").Matching(regexp.MustCompile(`^(none|metadata|auto)$`)).OnElements("video", "audio")
	p.AllowAttrs("width", "height").Matching(bluemonday.NumberOrPercent).OnElements("video")

	// Player iframes are cross-origin, so they cannot reach the page;
	// sandboxing them would stop the players, which need scripts.
	p.AllowAttrs("src").Matching(playerURL).OnElements("iframe")
	p.AllowAttrs("width", "height").Matching(bluemonday.NumberOrPercent).OnElements("iframe")
	p.AllowAttrs("title").Matching(anyText).OnElements("iframe")
	p.AllowAttrs("allowfullscreen").Matching(regexp.MustCompile(`^(|allowfullscreen|true)$`)).OnElements("iframe")
	p.AllowAttrs("allow").Matching(regexp.MustCompile(`^[a-z\-; ]*$`)).OnElements("iframe")
	p.AllowAttrs("frameborder").Matching(bluemonday.Integer).OnElements("iframe")
	p.AllowAttrs("loading").Matching(regexp.MustCompile(`^(lazy|eager)$`)).OnElements("iframe")
	p.AllowAttrs("referrerpolicy").Matching(regexp.MustCompile(`^[a-z\-]+$`)).OnElements("iframe")
	return p
}

// anyText matches any attribute value without control characters.
var anyText = regexp.MustCompile(`^[^\x00-\x08\x0b-\x1f]*$`)

// playerURL matches the embed URLs of the video and slide players whose
// iframes RawHTMLSanitize keeps.
var playerURL = regexp.MustCompile(`^https://(` +
	`www\.youtube\.com/embed/|www\.youtube-nocookie\.com/embed/|` +
	`player\.vimeo\.com/video/|speakerdeck\.com/player/|player\.bilibili\.com/player\.html\?|` +
	`www\.slideshare\.net/slideshow/embed_code/)[^\s"'<>\\]*$`)
