package content

import (
	"bytes"
	"strings"
)

// heroLead puts the hero a page's front matter describes at the top of
// its body: Starlight's splash pages (its starter's home page among
// them) write hero: {tagline, actions: [{text, link}]}, which its theme
// draws above the text as a subtitle and buttons, so a page read without
// it loses the site's one-line pitch and its calls to action ("Get
// started"). The tagline becomes a paragraph and the actions a line of
// links, as markdown; the body's first line keeps its number (BodyLine
// moves up by the lines added). Only a hero mapping with a tagline or an
// action of text and link is read; hero.image and hero.title are the
// theme's.
func heroLead(doc *Document, root *node) {
	h := root.get("hero")
	if h == nil || h.kind != mapNode {
		return
	}
	tagline := mapText(h, "tagline")
	var links []string
	if a := h.get("actions"); a != nil && a.kind == listNode {
		for _, it := range a.items {
			text, link := mapText(it, "text"), mapText(it, "link")
			if text == "" || link == "" || strings.ContainsAny(link, "<> \t\n") {
				continue
			}
			links = append(links, "["+strings.NewReplacer("[", `\[`, "]", `\]`).Replace(text)+"]("+link+")")
		}
	}
	if tagline == "" && len(links) == 0 {
		return
	}
	var lead []byte
	if tagline != "" {
		lead = append(lead, tagline...)
		lead = append(lead, "\n\n"...)
	}
	if len(links) > 0 {
		lead = append(lead, strings.Join(links, " · ")...)
		lead = append(lead, "\n\n"...)
	}
	doc.Body = append(lead, doc.Body...)
	doc.BodyLine -= bytes.Count(lead, nl)
}
