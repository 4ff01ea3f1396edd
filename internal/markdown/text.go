package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"lectern/internal/diag"
)

// TextResult is a long text field rendered by Renderer.Text.
type TextResult struct {
	// HTML is the field as block HTML (paragraphs, lists) under the raw
	// HTML policy; it is safe to use as template.HTML. Empty for a field
	// that is empty or blank.
	HTML []byte
	// Excerpt is the field's plain text, white space collapsed and cut at
	// a word boundary to at most 200 characters: a description for meta
	// tags and feeds.
	Excerpt string
	// Diags are warnings about the field.
	Diags diag.List
}

// Text renders a long text field from front matter (summary, abstract,
// bio) as markdown. Such fields come from exporters with "\r\n" line ends,
// <p> and <br> tags and non-breaking spaces; those tags are read as the
// paragraph and line breaks they mean, so that markdown inside them is
// rendered and RawHTMLOmit does not drop the whole text. Other HTML
// follows the raw HTML policy. Headings in fields get no ids and footnote
// ids start with "text-", so nothing clashes with the page body's ids
// (two fields with footnotes on one page would still share theirs).
//
// Warnings name file and a line: line is the file line of src's first
// line, and the warning's line counts the lines of src before it. They have
// no column: front matter decoders fold and unindent text, so a column
// within src is not a column of the file.
func (r *Renderer) Text(file string, src string, line int) TextResult {
	b := normalizeField(src)
	if len(b) == 0 {
		return TextResult{}
	}
	doc := r.field.Parser().Parse(text.NewReader(b))
	_, code := inspect(doc, b, &lineIndex{src: b, first: line}, false, "")
	var out TextResult
	rendered := b
	if r.sourceBase != "" && bytes.Contains(b, []byte(r.sourceBase)) {
		// No tags to ask: a field names no folder of the site's.
		offBase(doc, Tags{}, r.sourceBase, r.base)
		rendered, _ = offBaseHTML(doc, b, Tags{}, r.sourceBase, r.base)
	}
	out.HTML = r.render(file, r.field, doc, rendered, &out.Diags)
	out.Excerpt = fieldExcerpt(doc, b)
	if off, n := firstTag(b, code); off >= 0 {
		// b has more lines than src where tags became breaks: count the
		// lines of src before the same tag instead.
		tag := b[off : off+n]
		before := 0
		if i := strings.Index(src, string(tag)); i >= 0 {
			before = strings.Count(src[:i], "\n")
		}
		out.Diags.Warnf(diag.Pos{File: file, Line: line + before}, "%s", r.tagWarning(tag, countTags(b, code, off+n)))
	}
	return out
}

// normalizeField repairs what exporters put in long text fields: line ends
// become "\n", <p>, </p> and <br> tags outside code spans become paragraph
// and line breaks, and lines holding only (non-breaking) spaces become
// blank. The result has no blank lines at either end.
func normalizeField(s string) []byte {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b bytes.Buffer
	b.Grow(len(s))
	sawTag := false
	for i := 0; i < len(s); {
		switch s[i] {
		case '`':
			// Copy a code span whole: "<p>" in it is code, not a tag.
			n := 1
			for i+n < len(s) && s[i+n] == '`' {
				n++
			}
			fence := s[i : i+n]
			end := strings.Index(s[i+n:], fence)
			if end < 0 {
				b.WriteString(fence)
				i += n
				continue
			}
			b.WriteString(s[i : i+n+end+n])
			i += n + end + n
			continue
		case '<':
			if tag, n := breakTag(s[i:]); n > 0 {
				sawTag = true
				b.WriteString(tag)
				i += n
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return trimBlankLines(b.Bytes(), sawTag)
}

// maxBreakTag bounds the length of a <p …> tag with attributes.
const maxBreakTag = 256

// breakTag recognizes <p>, <p …>, </p> and <br>, <br/>, <br /> (any case)
// at the start of s and returns the markdown break it stands for and the
// tag's length.
func breakTag(s string) (string, int) {
	// Look no further than a short line's worth, so that text full of
	// "<" costs linear time.
	head := s[:min(len(s), maxBreakTag)]
	if nl := strings.IndexByte(head, '\n'); nl >= 0 {
		head = head[:nl]
	}
	end := strings.IndexByte(head, '>')
	if end < 0 {
		return "", 0
	}
	name := strings.ToLower(strings.TrimSpace(strings.TrimSuffix(s[1:end], "/")))
	switch {
	case name == "p" || name == "/p" || strings.HasPrefix(name, "p "):
		return "\n\n", end + 1
	case name == "br":
		return "  \n", end + 1
	}
	return "", 0
}

// trimBlankLines blanks lines of spaces, tabs and non-breaking spaces
// (U+00A0 or &nbsp;) and drops blank lines at either end. In a field
// written as HTML (dedent), lines lose their indentation too: it is the
// exporter's layout of tags, and in markdown it would make code blocks.
func trimBlankLines(b []byte, dedent bool) []byte {
	lines := bytes.Split(b, []byte("\n"))
	out := make([]byte, 0, len(b))
	for _, l := range lines {
		if isBlank(l) {
			l = nil
		}
		if dedent {
			l = bytes.TrimLeft(l, " \t")
		}
		if len(out) > 0 || len(l) > 0 {
			out = append(out, l...)
			out = append(out, '\n')
		}
	}
	return bytes.TrimRight(out, "\n")
}

func isBlank(l []byte) bool {
	l = bytes.ReplaceAll(l, []byte("&nbsp;"), nil)
	return len(bytes.Trim(l, " \t\u00a0")) == 0
}

// fieldExcerpt is the plain text of the whole field, blocks joined.
func fieldExcerpt(doc ast.Node, src []byte) string {
	var buf []byte
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading:
			buf = appendPlain(buf, n, src)
			buf = append(buf, ' ')
			return ast.WalkSkipChildren, nil
		case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return excerpt(collapse(buf))
}
