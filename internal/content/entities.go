package content

import (
	"html"
	"regexp"
	"strings"
)

// plainText decodes the HTML character references in a text field shown
// as plain text (a title, a person's name): exporters and Jekyll sites
// write "Q&amp;A" or "Django&#58; the parts", which templates would
// escape again and show as written. It decodes once, so "&amp;lt;" reads
// "&lt;", as a browser would show it. Summaries and bios are markdown,
// whose renderer decodes references itself, so they are left alone.
func plainText(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return html.UnescapeString(s)
}

// inlineTag matches a tag of HTML's inline phrase elements (<code>,
// <em>, </strong>, <br/>…): a title written "<code>rv</code>: a ruby
// manager" is shown by the site's templates as text, which would show
// the tags, and slugged, which would make words of their names. Only
// these elements are matched, so a title that writes angle brackets as
// text ("Generics <T> in Java", "a < b") keeps them.
var inlineTag = regexp.MustCompile(`(?i)</?(?:code|em|strong|b|i|u|s|del|ins|mark|small|sub|sup|kbd|samp|var|tt|abbr|cite|q|span)(?:\s[^<>]*)?/?>`)

// inlineClose matches the closing tag of an inline phrase element: a
// title holding one is written in HTML.
var inlineClose = regexp.MustCompile(`(?i)</(?:code|em|strong|b|i|u|s|del|ins|mark|small|sub|sup|kbd|samp|var|tt|abbr|cite|q|span)\s*>`)

// titleText is a title as text: its inline HTML tags left out (their
// text kept) when it closes one, as markup does ("<code>rv</code>"), so
// that a tag named as text and never closed ("Bold <b> or italic <i>?")
// stays; then its character references decoded.
func titleText(s string) string {
	if strings.IndexByte(s, '<') >= 0 && inlineClose.MatchString(s) {
		s = strings.TrimSpace(inlineTag.ReplaceAllString(s, ""))
	}
	return plainText(s)
}
