package markdown

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"lectern/internal/diag"
)

// Result is what Convert learns from one page body.
type Result struct {
	// HTML is the body rendered under the Renderer's raw HTML policy,
	// ready to use as template.HTML: text is escaped, and raw HTML is
	// there only as the policy allows.
	HTML []byte
	// Headings are every heading of the body in document order, with the
	// id its HTML carries.
	Headings []Heading
	// Reading are the entries of the lists of links written in prose, in
	// document order (see Link).
	Reading []Link
	// Lists describe every list with an item that starts with a link,
	// taken as a reading list or not, in document order.
	Lists []LinkList
	// Excerpt is the plain text of the first paragraph, or of what stands
	// above a "<!--more-->" line (teaser), white space collapsed and cut
	// at a word boundary to at most 200 characters with an ellipsis: a
	// fallback description for meta tags and feeds.
	Excerpt string
	// WordCount counts the words of the prose, code blocks excluded, for
	// reading time.
	WordCount int
	// Math reports TeX math in the body ($…$, $$…$$, \(…\), \[…\]),
	// written for KaTeX or MathJax to find.
	Math bool
	// Diags are warnings about the body, positioned at file lines.
	Diags diag.List
	// Lookups are what the body's template tags asked of the Tags given
	// to ConvertPage, with the answers, in document order.
	Lookups []Lookup
	// Blank reports that the body shows nothing of its own: it is
	// empty, or all it holds outside code are template tags lectern
	// shows as written (a theme's shortcode or include, such as
	// {{< schedule >}}), which stand for what the theme would show.
	Blank bool
}

// Heading is one heading of a body.
type Heading struct {
	// Level is 1 to 6.
	Level int
	// ID is the heading's id attribute, unique within the body.
	ID string
	// Text is the heading's plain text.
	Text string
}

// Convert renders the markdown body src of file. firstLine is the file
// line src starts on (after front matter), so that positions in
// diagnostics and Link.Line are lines of the file. Convert never fails:
// whatever the input, it returns HTML, and its warnings in Diags.
// Template tags that need the site are shown as written; see ConvertPage.
func (r *Renderer) Convert(file string, src []byte, firstLine int) Result {
	return r.ConvertPage(file, src, firstLine, Tags{})
}

// ConvertPage is Convert for a page of a site: the template tags with one
// meaning are resolved first, asking tags for other pages' URLs and for
// site and page values (see expand.go and docs/template-tags.md). The
// result's positions are those of src as written.
func (r *Renderer) ConvertPage(file string, src []byte, firstLine int, tags Tags) Result {
	return r.convertPage(file, src, firstLine, tags, true)
}

// InspectPage is ConvertPage without the HTML: the rest of the Result is
// the same, for the time of parsing alone (no rendering, highlighting or
// sanitizing). A build that converts each body again when it writes the
// page reads it with InspectPage first. The one diagnostic it cannot
// give is a node renderer's failure, which only rendering finds.
func (r *Renderer) InspectPage(file string, src []byte, firstLine int, tags Tags) Result {
	return r.convertPage(file, src, firstLine, tags, false)
}

func (r *Renderer) convertPage(file string, src []byte, firstLine int, tags Tags, html bool) Result {
	res, unresolved := r.convertOnce(file, src, firstLine, tags, html)
	if !unresolved || tags.Liquid == nil {
		return res
	}
	return r.runLiquid(file, src, firstLine, tags, html, res)
}

// convertOnce is convertPage without Liquid; it also reports whether a
// tag was left as written.
func (r *Renderer) convertOnce(file string, src []byte, firstLine int, tags Tags, html bool) (Result, bool) {
	md := r.body
	if isMDX(file) {
		md = r.mdx
	} else if isPandocFile(file) {
		md = r.pandoc
	}
	doc := md.Parser().Parse(text.NewReader(src))
	lines := &lineIndex{src: src, first: firstLine}
	body := src
	var x *expansion
	if off, _ := firstTag(src, nil); off >= 0 {
		code, raw := protectedSpans(doc, src)
		if x = expand(src, code, raw, tags, r.omit, r.franklin); x != nil {
			body = x.out
			lines.edits = x.edits
			doc = md.Parser().Parse(text.NewReader(body))
		}
	}
	hideCells(doc, body, tags.Execute)
	var wiki []Lookup
	var wikiDiags diag.List
	if bytes.Contains(body, []byte("[[")) {
		wiki = wikiLinks(doc, body, file, tags, lines, &wikiDiags)
	}
	res, code := inspect(doc, body, lines, true, r.host)
	res.Diags.Append(wikiDiags)
	var links []Lookup
	rendered := body // what doc is rendered from: see offBaseHTML
	if r.sourceBase != "" && bytes.Contains(body, []byte(r.sourceBase)) {
		links = offBase(doc, tags, r.sourceBase, r.base)
		var more []Lookup
		rendered, more = offBaseHTML(doc, body, tags, r.sourceBase, r.base)
		links = append(links, more...)
	}
	if mayLinkSource(body) {
		links = append(links, sourceLinks(doc, file, tags, lines, &res.Diags)...)
	}
	sourceItems(res.Reading)
	if r.rootBase != "" {
		underBase(doc, r.rootBase)
		rendered = underBaseHTML(doc, rendered, r.rootBase)
	}
	if html {
		res.HTML = r.render(file, md, doc, rendered, &res.Diags)
	}
	if x != nil {
		code = append(code, x.literal...)
		at := &lineIndex{src: src, first: firstLine}
		for _, w := range x.warns {
			res.Diags.Warnf(at.pos(file, w.off), "%s", w.msg)
		}
		res.Lookups = x.lookups
	}
	res.Lookups = append(append(res.Lookups, links...), wiki...)
	res.Blank = onlyTags(body, code)
	off, n := firstTag(body, code)
	if off >= 0 {
		res.Diags.Warnf(lines.pos(file, off), "%s", r.tagWarning(body[off:off+n], countTags(body, code, off+n)))
	}
	return res, off >= 0
}

// protectedSpans returns the source ranges of code and math in doc, where
// template tags are examples or TeX, never run, and those of raw HTML
// blocks (see rawInfo), where tags are run but markdown is not read.
func protectedSpans(doc ast.Node, src []byte) (spans, raw []span) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					spans = append(spans, span{t.Segment.Start, t.Segment.Stop})
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock:
			if isRawFence(n, src) {
				raw = appendLines(raw, n)
			} else {
				spans = appendLines(spans, n)
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock:
			spans = appendLines(spans, n)
			return ast.WalkSkipChildren, nil
		case *mathNode, *mathBlock:
			spans = mathSpans(spans, n)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return spans, raw
}

// render writes the tree as HTML and applies the sanitizing policy.
func (r *Renderer) render(file string, md goldmark.Markdown, doc ast.Node, src []byte, diags *diag.List) []byte {
	var buf bytes.Buffer
	buf.Grow(len(src) + len(src)/2)
	if err := md.Renderer().Render(bufWriter{&buf}, src, doc); err != nil {
		// Writing to a bytes.Buffer cannot fail; a node renderer can.
		diags.Errorf(diag.Pos{File: file}, "cannot render markdown: %v", err)
	}
	if r.sanitizer != nil {
		return r.sanitizer.SanitizeBytes(buf.Bytes())
	}
	return buf.Bytes()
}

// bufWriter lets goldmark write straight into a bytes.Buffer. Given any
// other writer, goldmark wraps it in a new 4 KB bufio.Writer for every
// render (100 MB of garbage in a 10,000-talk build).
type bufWriter struct{ *bytes.Buffer }

// Buffered implements util.BufWriter: nothing waits to be flushed.
func (bufWriter) Buffered() int { return 0 }

// Flush implements util.BufWriter; there is nothing to flush.
func (bufWriter) Flush() error { return nil }

var _ util.BufWriter = bufWriter{}

// inspect walks the tree once: it gives headings their ids, images lazy
// loading, and collects what Result reports. It returns the source ranges
// of code, where template tags are not warned about. Body mode (headings
// get ids, lists are read for links) is off for text fields.
func inspect(doc ast.Node, src []byte, lines *lineIndex, body bool, host string) (Result, []span) {
	rd := &reader{src: src, lines: lines, host: host}
	var (
		res      Result
		code     []span
		words    wordCounter
		ids      idSet
		itemDeep int
		buf      []byte
		tocs     []*ast.List
		noTOC    []int
	)
	if body {
		ids = idSet{}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if n.Type() == ast.TypeBlock {
			words.brk()
		}
		switch n := n.(type) {
		case *ast.Text:
			if entering {
				words.add(n.Value(src))
				if n.SoftLineBreak() || n.HardLineBreak() {
					words.brk()
				}
			}
		case *ast.CodeSpan:
			if entering {
				for c := n.FirstChild(); c != nil; c = c.NextSibling() {
					if t, ok := c.(*ast.Text); ok {
						words.add(t.Value(src))
						code = append(code, span{t.Segment.Start, t.Segment.Stop})
					}
				}
			}
			return ast.WalkSkipChildren, nil
		case *mathNode, *mathBlock:
			if entering {
				code = mathSpans(code, n)
				res.Math = true
			}
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			if entering {
				words.add(n.Label(src))
			}
		case *ast.FencedCodeBlock:
			// Template tags in raw HTML are warned about, as in HTML
			// written straight into markdown; in code they are examples.
			if entering && !isRawFence(n, src) {
				code = appendLines(code, n)
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock:
			if entering {
				code = appendLines(code, n)
			}
			return ast.WalkSkipChildren, nil
		case *ast.Heading:
			if entering && body {
				buf = appendPlain(buf[:0], n, src)
				h := Heading{Level: n.Level, ID: headingID(n, ids, buf), Text: collapse(buf)}
				n.SetAttributeString("id", []byte(h.ID))
				res.Headings = append(res.Headings, h)
				if hasClass(n, "no_toc") {
					noTOC = append(noTOC, len(res.Headings)-1)
				}
			}
		case *ast.Image:
			if entering {
				n.SetAttributeString("loading", []byte("lazy"))
			}
		case *ast.HTMLBlock:
			if entering && body && n.Parent() == doc && isMoreMarker(n, src) {
				if t := teaser(n, src); t != "" {
					res.Excerpt = t
				}
			}
		case *ast.Paragraph:
			if entering && res.Excerpt == "" && !inFootnote(n) {
				buf = appendPlain(buf[:0], n, src)
				res.Excerpt = excerpt(collapse(buf))
			}
		case *ast.ListItem:
			if entering {
				itemDeep++
			} else {
				itemDeep--
			}
		case *ast.List:
			switch {
			case isTOC(n):
				if entering {
					tocs = append(tocs, n)
				}
			case !entering || !body:
			case itemDeep == 0 || !hasLink(n.Parent()):
				// A list under an item without a link of its own
				// ("Testing" above its papers) is read as any list.
				links, info := readingList(n, rd)
				res.Reading = append(res.Reading, links...)
				if info.Links > 0 || info.Taken {
					res.Lists = append(res.Lists, info)
				}
			default:
				if info := nestedList(n, rd); info.Links > 0 {
					res.Lists = append(res.Lists, info)
				}
			}
		}
		return ast.WalkContinue, nil
	})
	res.WordCount = words.n
	for _, l := range tocs {
		fillTOC(l, res.Headings, noTOC)
	}
	return res, code
}

func appendLines(code []span, n ast.Node) []span {
	ls := n.Lines()
	for i := range ls.Len() {
		seg := ls.At(i)
		code = append(code, span{seg.Start, seg.Stop})
	}
	return code
}

func inFootnote(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Kind() == east.KindFootnote {
			return true
		}
	}
	return false
}
