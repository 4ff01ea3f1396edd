package content

import "slices"

// personLinks reports whether a person's links list is one of named
// links, as jekyll-theme-conference writes a speaker's
// ([{name: Website, absolute_url: https://…}]): the same shape as a
// talk's buttons (see buttons). A list of bare addresses, or of books
// with their authors, stays a reading list.
func personLinks(list *node) bool {
	return list.kind == listNode && buttons(list)
}

// themeButtonKeys are the fields of a link that
// jekyll-theme-conference's link lists write and a reading list's
// entries never do: where the link leads within the site or outside it,
// whether it is shown yet, and the dropdown it opens.
var themeButtonKeys = []string{"absolute_url", "relative_url", "disabled", "live", "menu", "name_inactive", "pwa_hide"}

// themeButtons reports whether list is a list of the buttons
// jekyll-theme-conference's landing page shows (links: [{name: Program,
// relative_url: /program/}, {name: Tickets, disabled: true}]): every
// entry a mapping writing a link of the theme's (themeButtonKeys, or
// file: and video:, which it reads as a document and a recording), one
// at least writing a field of themeButtonKeys. Such a list is no
// reading list.
func themeButtons(list *node) bool {
	if list.kind != listNode || len(list.items) == 0 {
		return false
	}
	themed := false
	for _, it := range list.items {
		if it.kind != mapNode {
			return false
		}
		own := slices.ContainsFunc(themeButtonKeys, func(k string) bool { return it.get(k) != nil })
		if !own && it.get("file") == nil && it.get("video") == nil {
			return false
		}
		themed = themed || own
	}
	return themed
}

// oneLink returns a person's one link written as a mapping of its
// address and text (link: {href, text}, or url for href), nil when
// link is anything else: a link given as text is read where it is
// (a speaker's {name, link} in a talk's list).
func oneLink(m *node) *node {
	v := m.get("link")
	if v == nil || v.kind != mapNode || mapText(v, "href", "url") == "" {
		return nil
	}
	return v
}
