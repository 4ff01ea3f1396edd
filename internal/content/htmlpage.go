package content

import (
	"bytes"
	"path"
	"strings"
)

// An .html file that opens with YAML front matter is a page, as in Jekyll:
// its body is HTML written by hand, kept as written (under the site's raw
// HTML policy, like HTML written in markdown) and never published raw
// with its front matter showing. An .html file without front matter is an
// asset, copied as it is.

// isHTML reports whether file has an HTML extension.
func isHTML(file string) bool {
	switch strings.ToLower(path.Ext(file)) {
	case ".html", ".htm":
		return true
	}
	return false
}

// hasFrontMatter reports whether src, an .html file, opens with front
// matter as Jekyll reads it: a first line of "---" (after a byte-order
// mark) and a later line of "---" closing it; or with headless front
// matter, key lines closed by a "---" never opened (see headless), as
// the markdown pages beside it may.
func hasFrontMatter(src []byte) bool {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	first := bytes.TrimRight(firstLineOf(src), " \t\r")
	if string(first) != "---" {
		start, line := firstContentLine(src)
		if start < 0 || !isKeyLine(firstLineOf(src[start:])) {
			return false // the common case: markup from the first line
		}
		_, ok := headless("", src, start, line)
		return ok
	}
	return delimitedEnd(src, 0) < len(src) || bytes.HasSuffix(bytes.TrimRight(src, " \t\r\n"), []byte("\n---"))
}

// fenceHTML turns the body of an .html page into one raw HTML block for
// the markdown stage (see rawHTMLInfo). The opening fence takes the line
// of the closing "---", so every body line keeps its number; the fence is
// longer than any run of tildes in the body, so nothing in it closes it.
func fenceHTML(doc *Document) {
	if len(bytes.TrimSpace(doc.Body)) == 0 || doc.BodyLine < 2 {
		return
	}
	n := 3
	for _, l := range splitLines(doc.Body) {
		_, at := indentation(l)
		if at < len(l) && l[at] == '~' {
			n = max(n, len(fenceOf(l[at:]))+1)
		}
	}
	fence := bytes.Repeat([]byte("~"), n)
	out := make([]byte, 0, len(doc.Body)+2*n+len(rawHTMLInfo)+3)
	out = append(out, fence...)
	out = append(out, rawHTMLInfo...)
	out = append(out, '\n')
	out = append(out, doc.Body...)
	if !bytes.HasSuffix(out, nl) {
		out = append(out, '\n')
	}
	out = append(out, fence...)
	out = append(out, '\n')
	doc.Body, doc.BodyLine = out, doc.BodyLine-1
}
