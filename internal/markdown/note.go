package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"lectern/internal/diag"
)

// NoteResult is a reading item's note rendered by Renderer.Note.
type NoteResult struct {
	// HTML is the note rendered under the raw HTML policy, safe to use as
	// template.HTML: the inline content of its one paragraph, or block
	// HTML when Blocks. Empty for a plain note, which is shown as written.
	HTML []byte
	// Blocks reports that HTML holds blocks (several paragraphs, a list),
	// which cannot stand inside a paragraph.
	Blocks bool
	// Text is the note's plain text: the text of each block without
	// markup or tags, blocks separated by a blank line. For a plain note
	// it is the note as written, so exports of plain notes do not change.
	Text string
	// Lookups are what the note's links to source files asked of tags.
	Lookups []Lookup
	// Diags are warnings about the note.
	Diags diag.List
}

// Note reads a reading item's note, written in front matter or a data
// file, as markdown, as a long text field is read (see Text), its links
// to source files resolved as a body's are, asking tags. A note that is
// one paragraph of text without markup is plain: HTML is empty, and the
// note is shown as written, escaped, as it always was; only a note with
// markup (a link, emphasis, raw HTML, several paragraphs) is rendered.
func (r *Renderer) Note(file, src string, line int, tags Tags) NoteResult {
	b := normalizeField(src)
	if len(b) == 0 {
		return NoteResult{}
	}
	doc := r.field.Parser().Parse(text.NewReader(b))
	if plainNote(doc, b) {
		return NoteResult{Text: src}
	}
	lines := &lineIndex{src: b, first: line}
	_, code := inspect(doc, b, lines, false, "")
	var out NoteResult
	if r.sourceBase != "" && bytes.Contains(b, []byte(r.sourceBase)) {
		out.Lookups = offBase(doc, tags, r.sourceBase, r.base)
	}
	out.Lookups = append(out.Lookups, sourceLinks(doc, file, tags, lines, &out.Diags)...)
	html := r.render(file, r.field, doc, b, &out.Diags)
	if p := doc.FirstChild(); p != nil && p.NextSibling() == nil && p.Kind() == ast.KindParagraph {
		html = bytes.TrimSuffix(bytes.TrimSpace(html), []byte("</p>"))
		html = bytes.TrimPrefix(html, []byte("<p>"))
	} else {
		out.Blocks = true
	}
	out.HTML = html
	out.Text = noteText(doc, b)
	if textOnly(doc, b) {
		// Paragraphs of text alone: the exports keep the note as
		// written, quotes included, as they always have.
		out.Text = strings.TrimSpace(src)
	}
	if off, n := firstTag(b, code); off >= 0 {
		out.Diags.Warnf(diag.Pos{File: file, Line: line}, "%s", r.tagWarning(b[off:off+n], countTags(b, code, off+n)))
	}
	return out
}

// plainNote reports whether doc, parsed from src, is one paragraph of
// text: nothing a renderer would show other than as the text written,
// but for the typographer's quotes, which a plain note does not get.
func plainNote(doc ast.Node, src []byte) bool {
	p := doc.FirstChild()
	return p != nil && p.NextSibling() == nil && textOnly(doc, src)
}

// textOnly reports whether doc is paragraphs of text without markup.
func textOnly(doc ast.Node, src []byte) bool {
	for p := doc.FirstChild(); p != nil; p = p.NextSibling() {
		if p.Kind() != ast.KindParagraph || !plainInlines(p, src) {
			return false
		}
	}
	return doc.FirstChild() != nil
}

// plainInlines reports whether paragraph p holds text alone.
func plainInlines(p ast.Node, src []byte) bool {
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.HardLineBreak() || (!c.IsRaw() && !bytes.Equal(unescape(c.Value(src)), c.Value(src))) {
				return false
			}
		case *ast.String:
		default:
			return false
		}
	}
	return true
}

// noteText is the plain text of doc's blocks, a blank line between two.
func noteText(doc ast.Node, src []byte) string {
	var parts []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Type() != ast.TypeBlock || n.FirstChild() == nil || n.FirstChild().Type() != ast.TypeInline {
			return ast.WalkContinue, nil
		}
		if t := strings.TrimSpace(string(appendPlain(nil, n, src))); t != "" {
			parts = append(parts, t)
		}
		return ast.WalkSkipChildren, nil
	})
	return strings.Join(parts, "\n\n")
}
