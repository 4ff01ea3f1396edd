package content

import "strings"

// publishing reads what other tools write about where a page is
// published, beside draft and hidden (see flags):
//
//   - sitemap: false (jekyll-sitemap, Eleventy) and Hugo's sitemap:
//     {disable: true} leave the page out of sitemap.xml;
//   - Hugo's build (or _build) options: list: never leaves the page out
//     of every list, as hidden does; render: never gives it no page of
//     its own, as permalink: false does;
//   - Hugo's headless: true, a bundle with no page of its own.
//
// A value of another shape is left to Params with a warning, as for any
// flag.
func (f *fields) publishing() {
	if e, ok := f.lookup("sitemap"); ok {
		switch v, isBool := boolValue(e.val); {
		case isBool:
			f.doc.NoSitemap = !v
		case e.val.kind == mapNode:
			if d, isBool := boolValue(e.val.get("disable")); isBool {
				f.doc.NoSitemap = d
			}
		default:
			f.warnf(e.pos, "%q should be true or false, not %s; the field is ignored", e.key, describe(e.val))
		}
	}
	if v, ok := f.flag("headless", "headless"); ok && v {
		f.doc.NoPage = true
	}
	if e, ok := f.lookup("build", "_build"); ok {
		if e.val.kind != mapNode {
			f.unuse(e) // the author's own data, not Hugo's options
			return
		}
		if never(e.val.get("list")) {
			f.doc.Hidden = true
		}
		if never(e.val.get("render")) {
			f.doc.NoPage = true
		}
	}
}

// never reports whether a Hugo build option says never (or false).
func never(n *node) bool {
	if n == nil || n.kind != scalarNode {
		return false
	}
	v, isBool := boolValue(n)
	return isBool && !v || strings.EqualFold(strings.TrimSpace(n.text), "never")
}

// NoPageDefault is a Default giving every page below dir, a folder of the
// content folder, no page of its own, as Hugo's headless: true does (a
// page that says otherwise wins): for a collection the site lists and no
// route publishes (layout's Astro routes, config.Permalinks.Unrouted).
func NoPageDefault(dir string) Default {
	return BoolDefault(dir, "headless", true)
}

// ListDefault is a Default giving every page below dir, a folder of the
// content folder, the list of texts items as field unless it writes its
// own: a schema's default (AstroPaper's tags:
// z.array(z.string()).default(["others"]), config.FieldDefaults).
func ListDefault(dir, field string, items []string) Default {
	val := &node{kind: listNode}
	for _, it := range items {
		val.items = append(val.items, &node{kind: scalarNode, tag: tagString, text: it})
	}
	return Default{scope: dir, values: &node{kind: mapNode, keys: []entry{{key: field, val: val}}}}
}

// BoolDefault is a Default giving every page below dir, a folder of the
// content folder, the yes-or-no value v of field unless it writes its
// own: a schema's default (an Astro collection's published:
// z.boolean().default(false), config.FieldDefaults).
func BoolDefault(dir, field string, v bool) Default {
	text := "false"
	if v {
		text = "true"
	}
	val := &node{kind: scalarNode, tag: tagBool, text: text}
	return Default{scope: dir, values: &node{kind: mapNode, keys: []entry{{key: field, val: val}}}}
}
