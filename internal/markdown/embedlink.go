package markdown

import (
	"cmp"
	"html"
	"path"
	"regexp"
	"strings"
)

// loomID is a Loom video's id: 32 hexadecimal digits.
var loomID = regexp.MustCompile(`^[0-9a-f]{32}$`)

// twitchName is a Twitch channel's name.
var twitchName = regexp.MustCompile(`^[A-Za-z0-9_]{3,25}$`)

// mediaLink returns what themes' loom, twitch, pdf and embed-pdf
// shortcodes stand for, as HTML and as markdown; both empty when the tag
// names nothing lectern can point at. Their players are iframes of hosts
// lectern does not trust (Loom, Twitch, a PDF viewer), so each is a link
// that takes the reader to the recording or document.
func mediaLink(t tag) (string, string) {
	var href, text string
	switch t.name {
	case "loom":
		// {{< loom ID >}}, {{< loom id="ID" >}}.
		id := strings.TrimPrefix(t.arg("id", 0), "https://www.loom.com/share/")
		if !loomID.MatchString(id) {
			return "", ""
		}
		href, text = "https://www.loom.com/share/"+id, cmp.Or(t.named["title"], "Video on Loom")
	case "twitch":
		// A video's number, or a channel's name (channel=, or the
		// first argument); Twitch's player needs the site's host name.
		id := strings.TrimPrefix(cmp.Or(t.named["video"], t.arg("id", 0)), "v")
		switch ch := cmp.Or(t.named["channel"], t.arg("id", 0)); {
		case statusID.MatchString(id):
			href, text = "https://www.twitch.tv/videos/"+id, "Video on Twitch"
		case twitchName.MatchString(ch):
			href, text = "https://www.twitch.tv/"+ch, "@"+ch+" on Twitch"
		default:
			return "", ""
		}
	case "pdf", "embed-pdf", "pdfjs":
		// {{< pdf "a.pdf" >}}, {{< pdf src="…" title="…" >}},
		// {{< embed-pdf url="…" >}}, {{< pdfjs file="…" >}}. A path is
		// the page's, as a link's: a markdown link, so that it is
		// resolved as any other.
		src := cmp.Or(t.named["src"], t.named["url"], t.named["file"], t.arg("", 0))
		if src == "" || unsafeURL(src) || strings.ContainsAny(src, "{}") {
			return "", ""
		}
		name := src
		if i := strings.IndexAny(name, "?#"); i >= 0 {
			name = name[:i]
		}
		text = cmp.Or(t.named["title"], "PDF: "+path.Base(name))
		md := "[" + mdText(text) + "](<" + strings.ReplaceAll(src, ">", "%3E") + ">)"
		return md, md
	}
	return `<p class="embed-link"><a href="` + html.EscapeString(href) + `">` + html.EscapeString(text) + `</a></p>`,
		"[" + mdText(text) + "](" + href + ")"
}

// hugoAudio is the audio shortcode of Hugo themes (Hugo Blox, PaperMod's
// and others'): {{< audio src="…" >}}, path= or mp3=, an HTML audio
// element with controls, its caption= below as inline markdown; both
// results are empty without a usable address.
func hugoAudio(t tag) (string, string) {
	src := cmp.Or(t.named["src"], t.named["path"], t.named["mp3"], t.arg("", 0))
	if src == "" || unsafeURL(src) || strings.ContainsAny(src, "{}") {
		return "", ""
	}
	h := `<audio controls preload="metadata" src="` + html.EscapeString(src) + `"></audio>`
	if c := t.named["caption"]; c != "" {
		h = "<figure>" + h + "<figcaption>" + captionHTML(c) + "</figcaption></figure>"
	}
	text := cmp.Or(t.named["title"], t.named["caption"], "Audio")
	return h, "[" + mdText(text) + "](<" + strings.ReplaceAll(src, ">", "%3E") + ">)"
}

// qrLink stands for Hugo's built-in {{< qr text="…" />}}, whose QR code
// lectern does not draw: a link to the address it encodes, as HTML and
// as markdown; both empty when the text is not an http(s) address.
func qrLink(text string) (string, string) {
	text = strings.TrimSpace(text)
	l := strings.ToLower(text)
	if !strings.HasPrefix(l, "https://") && !strings.HasPrefix(l, "http://") || unsafeURL(text) || strings.ContainsAny(text, " \t") {
		return "", ""
	}
	return `<p class="embed-link"><a href="` + html.EscapeString(text) + `">` + html.EscapeString(text) + `</a></p>`,
		"<" + text + ">"
}
