package content

import (
	"html"
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
