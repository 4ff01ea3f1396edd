package markdown

import (
	"html"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
)

// asset resolves jekyll-assets' {% asset name %}: the URL of the file
// that name stands for (see RefAsset), written as the plugin writes it —
// an <img> for an image, a stylesheet <link> for CSS, a <script> for
// JavaScript, the URL for anything else or with @path — with the tag's
// key="value" pairs as attributes. A name no file has leaves the tag as
// written, as for post_url, with one warning per file, at the first.
func (e *expander) asset(off, n int, t tag) int {
	if len(t.args) == 0 || t.args[0] == "" || strings.Contains(t.args[0], "{{") || e.tags.URL == nil {
		return off + n
	}
	ref := Ref{Kind: RefAsset, Target: t.args[0]}
	u, ok := e.tags.URL(ref)
	e.x.lookups = append(e.x.lookups, Lookup{Ref: &ref, Text: u, OK: ok})
	if !ok {
		// One warning per file: a site whose assets are kept elsewhere
		// would otherwise get one per image.
		if e.missing == 0 {
			e.missingWarn = len(e.x.warns)
			e.warn(off, "template tag %q names no asset: there is no %s; the tag is shown as written", quoteTag(e.src[off:off+n]), refWhat(ref))
		}
		e.missing++
		e.literal(off, off+n)
		return off + n
	}
	htm, md := assetHTML(u, t)
	with := htm
	if e.omit {
		with = md
	}
	if _, end, ok := isBlockTag(e.src, off, n); ok && !e.omit && htm != u {
		if rest := e.src[end:]; len(rest) > 0 && !blankLine(rest) {
			with += "\n"
		}
	}
	e.replace(off, off+n, with)
	return off + n
}

// attrName is an HTML attribute name an asset tag may set; event
// handlers (on…) are never written.
var attrName = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_:-]*$`)

// assetHTML is what an asset tag with URL u writes, as HTML and as
// markdown for sites whose raw HTML is omitted.
func assetHTML(u string, t tag) (string, string) {
	if slices.Contains(t.args[1:], "@path") {
		return u, u
	}
	attrs := ""
	for _, k := range slices.Sorted(maps.Keys(t.named)) {
		if !attrName.MatchString(k) || strings.HasPrefix(strings.ToLower(k), "on") {
			continue
		}
		attrs += " " + k + `="` + html.EscapeString(t.named[k]) + `"`
	}
	src := html.EscapeString(u)
	switch strings.ToLower(path.Ext(strings.SplitN(u, "?", 2)[0])) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".ico", ".bmp":
		if _, ok := t.named["alt"]; !ok {
			attrs = ` alt=""` + attrs
		}
		return `<img src="` + src + `"` + attrs + `>`, "![" + mdText(t.named["alt"]) + "](<" + strings.ReplaceAll(u, ">", "%3E") + ">)"
	case ".css":
		return `<link rel="stylesheet" href="` + src + `"` + attrs + `>`, ""
	case ".js", ".mjs":
		return `<script src="` + src + `"` + attrs + `></script>`, ""
	}
	return u, u
}

// param resolves Hugo's {{< param "key" >}}: the page's front matter
// value of that key, else the site's parameter, as Hugo's Page.Param
// looks them up; a dotted key ("social.github") reaches into a map. A
// key neither has is a warning and the tag stays as written.
func (e *expander) param(off, n int, t tag) int {
	return e.valueTag(off, n, t, "param.", "names no parameter: neither the page's front matter nor the site's params have %q; the tag is shown as written")
}

// valueTag replaces the tag src[off:off+n], whose one argument is a key,
// with the value the page's Value lookup gives under prefix+key; a key
// it has not is a warning, missing (a format taking the key) after the
// tag, and the tag stays as written. A tag without its key is left to
// the caller's default (off+n, nothing said).
func (e *expander) valueTag(off, n int, t tag, prefix, missing string) int {
	if len(t.args) != 1 || t.args[0] == "" || e.tags.Value == nil {
		return off + n
	}
	key := t.args[0]
	v, ok := e.lookup(prefix + key)
	if !ok {
		e.warn(off, "template tag %q "+missing, quoteTag(e.src[off:off+n]), key)
		e.literal(off, off+n)
		return off + n
	}
	e.replace(off, off+n, v.Text)
	return off + n
}
