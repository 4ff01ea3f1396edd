package markdown

import (
	"bytes"
	"regexp"
)

// Jekyll runs Liquid in its lax mode by default (liquid: error_mode:
// warn), whose tag parser reads an output written inside a tag as the
// variable it names: {% if {{paper.slides}} %} is {% if paper.slides %},
// and where:"session",{{session.name}} filters by session.name. Sites
// write so, and Jekyll builds them; osteele/liquid, strict, cannot parse
// such a tag, and the whole page would be shown as written. laxTags
// rewrites such outputs to the variables they name before the engine
// reads the text, as Ruby's lax parser does.

// tagMarkup is a tag's markup, {% … %}, on one line or several, and
// its name.
var tagMarkup = regexp.MustCompile(`(?s)\{%-?\s*(\w+).*?-?%\}`)

// laxNames are the tags whose markup the engine parses as expressions.
// Others take their markup as text, and an include expands the outputs
// in it itself ({% include {{ page.card }} title="{{ t.title }}" %}).
var laxNames = map[string]bool{"if": true, "elsif": true, "unless": true, "case": true, "when": true,
	"assign": true, "for": true, "tablerow": true, "cycle": true}

// quoted is a string literal of a tag's markup, whose text stays.
var quoted = regexp.MustCompile(`"[^"]*"|'[^']*'`)

// nestedOutput is an output inside a tag naming a variable alone
// ({{ session.name }}, {{ item[0].title }}): one with a filter or a
// literal is left, as its meaning in a tag is not that variable's.
var nestedOutput = regexp.MustCompile(`\{\{-?[ \t]*([A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]\s{}]+\])*\??)[ \t]*-?\}\}`)

// laxTags returns src with the outputs written inside its tags replaced
// by the variables they name; src is returned as it is when it has
// none. No line moves: what is removed holds no line break.
func laxTags(src []byte) []byte {
	if !bytes.Contains(src, []byte("{{")) || !bytes.Contains(src, []byte("{%")) {
		return src
	}
	// A raw block's text is shown as written.
	var out []byte
	at := 0
	for _, r := range rawBlock.FindAllIndex(src, -1) {
		out = append(out, laxPart(src[at:r[0]])...)
		out = append(out, src[r[0]:r[1]]...)
		at = r[1]
	}
	return append(out, laxPart(src[at:])...)
}

// laxPart is laxTags of text holding no raw block.
func laxPart(text []byte) []byte {
	return tagMarkup.ReplaceAllFunc(text, func(tag []byte) []byte {
		if !bytes.Contains(tag, []byte("{{")) || !laxNames[string(tagMarkup.FindSubmatch(tag)[1])] {
			return tag
		}
		var out []byte
		at := 0
		for _, q := range quoted.FindAllIndex(tag, -1) {
			out = append(out, nestedOutput.ReplaceAll(tag[at:q[0]], []byte("$1"))...)
			out = append(out, tag[q[0]:q[1]]...)
			at = q[1]
		}
		return append(out, nestedOutput.ReplaceAll(tag[at:], []byte("$1"))...)
	})
}
