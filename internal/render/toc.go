package render

import (
	"html/template"
	"strings"

	"lectern/internal/markdown"
)

// toc is a page's table of contents from its headings, a list of links
// nested by level (the highest level written is the outer list), for the
// themes of tools that show one when the page asks (Minimal Mistakes'
// and Quarto's toc: true, PaperMod's ShowToc: true; see partials/toc.html).
// Empty when the page has fewer than two headings: a table of one entry
// says nothing.
func toc(hs []markdown.Heading) template.HTML {
	if len(hs) < 2 {
		return ""
	}
	top := hs[0].Level
	for _, h := range hs {
		top = min(top, h.Level)
	}
	var b strings.Builder
	depth := 0 // lists open
	for i, h := range hs {
		want := h.Level - top + 1
		switch {
		case i == 0:
			b.WriteString("<ul>")
			depth = 1
			for ; depth < want; depth++ {
				b.WriteString("<li><ul>")
			}
		case want > depth:
			for ; depth < want; depth++ {
				b.WriteString("<ul>")
				if depth+1 < want {
					b.WriteString("<li>")
				}
			}
		default:
			b.WriteString("</li>")
			for ; depth > max(want, 1); depth-- {
				b.WriteString("</ul></li>")
			}
		}
		b.WriteString(`<li><a href="#` + template.HTMLEscapeString(h.ID) + `">` + template.HTMLEscapeString(h.Text) + "</a>")
	}
	b.WriteString("</li>")
	for ; depth > 1; depth-- {
		b.WriteString("</ul></li>")
	}
	b.WriteString("</ul>")
	return template.HTML(b.String())
}
