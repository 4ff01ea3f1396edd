package markdown

import (
	"html"
	"regexp"
	"strings"
)

// Quarto's shortcodes that print a value: {{< meta key >}}, a value of
// the page's metadata (its front matter, with what its folder's
// _metadata.yml and _quarto.yml give it), and {{< var key >}}, a value
// of the project's _variables.yml. A dotted key names a value inside a
// mapping (course.number). The model answers both through Tags.Value,
// meta as Hugo's param is ("param.key") and var as "var.key", so a
// page whose value changed is rendered again (Result.Fresh).

// quarto resolves the Quarto shortcode src[off:off+n], meta, var, fa or
// pagebreak, and returns where scanning goes on.
func (e *expander) quarto(off, n int, t tag) int {
	switch t.name {
	case "meta":
		return e.meta(off, n, t)
	case "var":
		return e.quartoVar(off, n, t)
	case "fa":
		return e.faIcon(off, n, t)
	}
	return e.pagebreak(off, n, t)
}

// meta replaces Quarto's {{< meta key >}} with the page's value of key.
func (e *expander) meta(off, n int, t tag) int {
	return e.valueTag(off, n, t, "param.", "names no metadata: the page's front matter, its folders' _metadata.yml and _quarto.yml have no %q; the tag is shown as written")
}

// quartoVar replaces Quarto's {{< var key >}} with the value of key in
// the project's _variables.yml.
func (e *expander) quartoVar(off, n int, t tag) int {
	return e.valueTag(off, n, t, "var.", "names no variable: _variables.yml has no %q that holds one text, number or boolean; add it there, or write the value in its place; the tag is shown as written")
}

// faGroups are the icon groups of Quarto's fontawesome extension, written
// before the icon's name ({{< fa brands github >}}).
var faGroups = map[string]bool{"solid": true, "regular": true, "brands": true, "light": true, "thin": true, "duotone": true}

// faIcon is the fontawesome extension's {{< fa name >}} (Quarto sites
// put it in links and tables: [{{< fa github >}}](url)): the element the
// extension writes, <i class="fa-solid fa-name">, named for screen
// readers by its title= or its icon. lectern's theme carries no icon
// font, so it shows as an empty icon does ([]{.fa .fa-twitter}, span.go)
// rather than as the tag's text; a page that omits raw HTML drops it.
func (e *expander) faIcon(off, n int, t tag) int {
	args := t.args
	group := "solid"
	if len(args) == 2 && faGroups[strings.ToLower(args[0])] {
		group, args = strings.ToLower(args[0]), args[1:]
	}
	if len(args) != 1 || !faName.MatchString(args[0]) {
		return off + n
	}
	name := strings.TrimPrefix(strings.ToLower(args[0]), "fa-")
	label := t.named["title"]
	if label == "" {
		label = strings.ReplaceAll(name, "-", " ")
	}
	with := ""
	if !e.omit {
		with = `<i class="fa-` + group + ` fa-` + name + `" role="img" aria-label="` + html.EscapeString(label) + `"></i>`
	}
	e.replace(off, off+n, with)
	return off + n
}

// faName is an icon's name as the extension takes it: letters, digits
// and hyphens.
var faName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9-]*$`)

// pagebreak drops Quarto's {{< pagebreak >}}: a break between printed
// pages, which Quarto's HTML shows as nothing.
func (e *expander) pagebreak(off, n int, t tag) int {
	if len(t.args) != 0 {
		return off + n
	}
	e.replace(off, off+n, "")
	return off + n
}
