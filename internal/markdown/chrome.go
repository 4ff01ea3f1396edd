package markdown

import (
	"bytes"
	"path"
	"regexp"
	"strings"
)

// An HTML page of a Jekyll site often opens with the site's own title
// bar, included by its body ({% include titlebar.html %}: a <nav> of the
// logo and the site's menu), which lectern's theme already shows as its
// header: the page would show two. dropOpeningNav removes it.

// navTag matches a <nav> start or end tag.
var navTag = regexp.MustCompile(`(?i)<(/?)nav\b[^>]*>`)

// dropOpeningNav returns out, what the Liquid of the HTML page file
// wrote, without the <nav> element it opens with, when nothing but
// markup comes before it and it links out of the page (a menu, not
// the page's own contents); its lines are kept as blank lines so that
// positions after it hold. Any other page's text is out itself.
func dropOpeningNav(file string, out []byte) []byte {
	switch strings.ToLower(path.Ext(file)) {
	case ".html", ".htm":
	default:
		return out
	}
	first := navTag.FindSubmatchIndex(out)
	if first == nil || first[3] > first[2] {
		return out // no <nav>, or a closing tag first
	}
	if len(bytes.TrimSpace(markupTag.ReplaceAll(out[:first[0]], nil))) > 0 {
		return out // the page's text comes first: its own nav
	}
	depth, end := 0, -1
	for _, m := range navTag.FindAllSubmatchIndex(out[first[0]:], -1) {
		if m[3] > m[2] {
			depth--
		} else {
			depth++
		}
		if depth == 0 {
			end = first[0] + m[1]
			break
		}
	}
	if end < 0 {
		return out
	}
	nav := out[first[0]:end]
	if !siteLink.Match(nav) {
		return out // links within the page only: its own contents
	}
	rest := make([]byte, 0, len(out))
	rest = append(rest, out[:first[0]]...)
	rest = append(rest, bytes.Repeat([]byte("\n"), bytes.Count(nav, []byte("\n")))...)
	return append(rest, out[end:]...)
}

// siteLink matches a link out of the page, which a site's navigation
// holds and a page's table of contents does not.
var siteLink = regexp.MustCompile(`(?i)href\s*=\s*["']?[^"'#\s>]`)

// markupTag matches an HTML tag or comment, and the marks Liquid's run
// leaves (\x00 raw marks, \x01 lines of tags), none of which is text.
var markupTag = regexp.MustCompile(`(?s)<!--.*?-->|<[^>]*>|[\x00\x01]|~~~+\{=html\}`)
