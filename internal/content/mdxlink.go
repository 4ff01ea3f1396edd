package content

import (
	"regexp"
	"strings"
)

// The shapes jsxLink reads: an element with children (<ButtonLink
// href="…">Text</ButtonLink>, over one line or several) and a
// self-closing one naming its text in an attribute (<LinkCard
// title="…" href="…" />). An attribute holding ">" or a nested element
// matches neither, and the element is left out as before.
var (
	jsxLinkChildren = regexp.MustCompile(`(?s)^<([A-Z][\w.]*)(\s[^<>{}]*)?>([^<>{}]*)</([A-Z][\w.]*)\s*>$`)
	jsxLinkClosed   = regexp.MustCompile(`(?s)^<([A-Z][\w.]*)(\s[^<>{}]*)/>$`)
	jsxHref         = regexp.MustCompile(`(?:^|\s)href=(?:"([^"]*)"|'([^']*)')`)
	jsxLinkText     = regexp.MustCompile(`(?:^|\s)(?:title|label|text)=(?:"([^"]*)"|'([^']*)')`)
)

// jsxLink returns the markdown link that a link component el stands
// for, "" for none: a component given a plain href (also url or link)
// and text (its children, else a title, label or text attribute) is a
// link or button to that address, as Astro sites write calls to action
// (<ButtonLink href="https://tickets.example.org">Get a ticket</ButtonLink>,
// Starlight's <LinkButton> and <LinkCard>). Without an address or text
// (href="") it shows nothing lectern can write.
func jsxLink(el string) string {
	var attrs, text string
	if m := jsxLinkChildren.FindStringSubmatch(el); m != nil && m[1] == m[4] {
		attrs, text = m[2], m[3]
	} else if m := jsxLinkClosed.FindStringSubmatch(el); m != nil {
		attrs = m[2]
		if t := jsxLinkText.FindStringSubmatch(attrs); t != nil {
			text = t[1] + t[2]
		}
	} else {
		return ""
	}
	h := jsxHref.FindStringSubmatch(attrs)
	if h == nil {
		return ""
	}
	href := strings.TrimSpace(h[1] + h[2])
	text = strings.Join(strings.Fields(text), " ")
	if href == "" || text == "" || strings.ContainsAny(href, "<> \t\n") {
		return ""
	}
	return "[" + strings.NewReplacer("[", `\[`, "]", `\]`).Replace(text) + "](" + href + ")"
}
