package content

import (
	"bytes"
	"strings"
)

// citationTail puts the citation a publication's front matter writes at
// the end of its body, as academicpages' layout prints it below the
// text ("Recommended citation: {{ page.citation }}"): its publications
// write citation: 'Ada, R. (2009). &quot;Reeds.&quot; <i>Journal
// 1</i>.', HTML with entities, and a page read without it lost the one
// line saying how to cite the work. The line is added as markdown, in
// which the HTML and entities stay what they are and markdown's own
// marks outside tags are escaped (a citation's underscores and brackets
// are text); its whitespace is one line. Only a note's citation written
// as text counts: al-folio's citation: true is a switch for its theme,
// and stays in Params.
func citationTail(doc *Document, root *node) {
	if doc.Kind != KindNote || root == nil {
		return
	}
	c := root.get("citation")
	if c == nil || c.kind != scalarNode || c.tag != tagString {
		return
	}
	text := strings.Join(strings.Fields(c.text), " ")
	if text == "" {
		return
	}
	body := bytes.TrimRight(doc.Body, " \t\n")
	if len(body) > 0 {
		body = append(body, "\n\n"...)
	}
	body = append(body, "Recommended citation: "...)
	body = append(body, escapeMarkdownText(text)...)
	doc.Body = append(body, '\n')
	delete(doc.Params, "citation")
}

// escapeMarkdownText escapes the marks markdown reads in s (emphasis,
// links, code, backslashes) outside HTML tags, so that s shows as
// written while its tags and entities are HTML: inside a tag a
// backslash would be kept, and break an attribute's address.
func escapeMarkdownText(s string) string {
	var b strings.Builder
	inTag := false
	for _, r := range s {
		switch {
		case r == '<':
			inTag = true
		case r == '>':
			inTag = false
		case !inTag && strings.ContainsRune("\\*_[]`", r):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
