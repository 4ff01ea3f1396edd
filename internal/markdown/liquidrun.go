package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/osteele/liquid"
	"github.com/osteele/liquid/render"

	"lectern/internal/diag"
)

// Liquid runs the Liquid of a Jekyll page's body as Jekyll does before its
// markdown is read: loops over the site's collections, conditions,
// assignments and the site's own includes. It is used only for a body
// whose tags lectern could not resolve otherwise (see ConvertPage): the
// tags with one meaning (post_url, link, asset, highlight, youtube,
// vimeo, raw) pass through it as written and are resolved afterwards, as
// for any page. A Liquid is safe for concurrent use.
type Liquid struct {
	engine *liquid.Engine
	// includes are the files of the site's _includes folder, by their
	// path in it ("nav.html", "schedule/day.html").
	includes map[string][]byte
	// read reads a file of the site by its path from the site's
	// folder, for include_relative; nil reads none.
	read   func(name string) ([]byte, error)
	base   string
	origin string
	// templates are the includes parsed, by name.
	mu        sync.Mutex
	templates map[string]*liquid.Template
}

// maxIncludeDepth stops an include that includes itself.
const maxIncludeDepth = 16

// passThrough are the tags resolved after Liquid has run: it writes them
// back as written.
var passThrough = []string{"post_url", "link", "asset", "image", "youtube", "vimeo", "speakerdeck", "slideshare", "gist", "twitter", "tweet", "instagram"}

// NewLiquid returns the Liquid of a site whose _includes folder holds
// includes, under the base path base ("/blog" or "") of the origin
// origin ("https://example.org" or ""). read reads the site's other files
// by their path from its folder, for include_relative; nil reads none.
func NewLiquid(includes map[string][]byte, read func(name string) ([]byte, error), base, origin string) *Liquid {
	l := &Liquid{engine: liquid.NewEngine(), includes: includes, read: read, base: base, origin: origin, templates: map[string]*liquid.Template{}}
	for _, name := range passThrough {
		l.engine.RegisterTag(name, func(ctx render.Context) (string, error) {
			return "{% " + name + " " + ctx.TagArgs() + " %}", nil
		})
	}
	l.engine.RegisterBlock("highlight", func(ctx render.Context) (string, error) {
		inner, err := ctx.InnerString()
		return "{% highlight " + ctx.TagArgs() + " %}" + inner + "{% endhighlight %}", err
	})
	// jekyll-mermaid's block holds a diagram's source, made a fenced
	// block of it afterwards.
	l.engine.RegisterBlock("mermaid", func(ctx render.Context) (string, error) {
		inner, err := ctx.InnerString()
		return "{% mermaid %}" + inner + "{% endmermaid %}", err
	})
	// Plugins' tags that write the head of a page lectern's theme
	// writes itself (jekyll-seo-tag, jekyll-feed) write nothing here.
	for _, name := range []string{"seo", "feed_meta"} {
		l.engine.RegisterTag(name, func(render.Context) (string, error) { return "", nil })
	}
	// {% markdown %} … {% endmarkdown %} (jekyll-markdown-block, and an
	// Eleventy paired shortcode of that name) is its text as markdown.
	l.engine.RegisterBlock("markdown", func(ctx render.Context) (string, error) {
		inner, err := ctx.InnerString()
		if err != nil {
			return "", err
		}
		// Without the marks of lines of tags alone (tagLines), which
		// are not the block's text.
		return markdownify(dedent(strings.ReplaceAll(inner, "\x01", "")))
	})
	l.engine.RegisterTag("include", l.include)
	l.engine.RegisterTag("include_relative", l.includeRelative)
	l.filters()
	return l
}

// rawBlock finds {% raw %} … {% endraw %}, kept out of Liquid's reach so
// that the tags in it are still text when the page is read.
var rawBlock = regexp.MustCompile(`(?s)\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}`)

// Render runs src, the body of the page file file (its path from the
// site's folder, which include_relative names files from), with site and
// page as Liquid's site and page variables. An error names the line of
// src it is on (LiquidError).
func (l *Liquid) Render(file string, src []byte, site, page map[string]any) ([]byte, error) {
	return l.RenderWith(src, map[string]any{"site": site, "page": page, "jekyll": map[string]any{"environment": "production"}, fileKey: file})
}

// RenderWith runs src with bindings as its variables: Render's for a
// Jekyll page; an Eleventy page's data, page and collections.
func (l *Liquid) RenderWith(src []byte, bindings map[string]any) (out []byte, err error) {
	var warns LiquidWarnings
	bindings = maps.Clone(bindings)
	bindings[warnsKey] = &warns
	var buf limitWriter
	tooMuch := LiquidError{Msg: fmt.Sprintf("the page's Liquid writes more than %d MB", maxLiquidOut>>20)}
	defer func() {
		// The engine is not ours: a body it cannot take must not cost the
		// build (or the preview). It panics when its writer fails.
		if p := recover(); p != nil {
			out, err = nil, LiquidError{Msg: fmt.Sprintf("the Liquid engine failed on this page (%v)", p)}
			if buf.full {
				err = tooMuch
			}
		}
	}()
	// A raw block waits outside as a mark of as many lines, so that the
	// engine's line numbers stay the body's.
	var raws, marks [][]byte
	src = rawBlock.ReplaceAllFunc(src, func(b []byte) []byte {
		mark := fmt.Appendf(nil, "\x00raw%d%s\x00", len(raws), bytes.Repeat([]byte("\n"), bytes.Count(b, []byte("\n"))))
		raws, marks = append(raws, b), append(marks, mark)
		return mark
	})
	src = laxTags(src)
	src = tagLines.ReplaceAll(src, []byte("$1\x01"))
	if err := bounded(src); err != nil {
		return nil, err
	}
	if serr := l.engine.ParseAndFRender(&buf, src, bindings); serr != nil {
		if buf.full {
			return nil, tooMuch
		}
		// The engine counts lines from 0.
		return nil, LiquidError{Line: serr.LineNumber() + 1, Msg: liquidMessage(serr)}
	}
	out = buf.b.Bytes()
	out = dropTagLines(out)
	for i, b := range raws {
		out = bytes.Replace(out, marks[i], b, 1)
	}
	if len(warns) > 0 {
		return out, warns
	}
	return out, nil
}

// tagLines are the lines that hold nothing but Liquid tags; Render marks
// their end with \x01 to find what they left (see dropTagLines).
var tagLines = regexp.MustCompile(`(?m)^([ \t]*(?:\{%[^\n]*?%\}[ \t]*)+)$`)

// dropTagLines drops the blank lines that lines of tags alone left where
// HTML follows, and the marks of the others. Jekyll's kramdown reads an
// HTML element to its end tag, so the blank lines a loop leaves between
// the rows of a <ul> keep them one element there; in CommonMark a blank
// line ends the HTML block, and the indented rows after it are code.
// Elsewhere the blank line stays, as it may end a paragraph.
func dropTagLines(out []byte) []byte {
	lines := bytes.SplitAfter(out, []byte("\n"))
	// drop[i]: line i is a line of tags alone that left only space, and
	// the first line with text after it, past others such, is HTML. One
	// pass from the end: what follows each line is known when it is met.
	drop := make([]bool, len(lines))
	nextHTML := true
	for i := len(lines) - 1; i >= 0; i-- {
		marked := bytes.IndexByte(lines[i], 1) >= 0
		t := bytes.TrimSpace(bytes.ReplaceAll(lines[i], []byte{1}, nil))
		switch {
		case len(t) > 0:
			nextHTML = t[0] == '<'
		case marked:
			drop[i] = nextHTML
		default:
			nextHTML = false
		}
	}
	var b bytes.Buffer
	b.Grow(len(out))
	for i, line := range lines {
		switch {
		case bytes.IndexByte(line, 1) < 0:
			b.Write(line)
		case drop[i]:
		default:
			line = bytes.ReplaceAll(line, []byte{1}, nil)
			if len(bytes.TrimSpace(line)) == 0 {
				line = []byte("\n")
			}
			b.Write(line)
		}
	}
	return b.Bytes()
}

// A page's Liquid is bounded, so that a body that would run for minutes
// or write gigabytes fails at once, the same way every time, rather than
// holding the build and the preview: a range written as numbers holds at
// most maxRange of them, and the output at most maxLiquidOut bytes.
const (
	maxRange     = 100_000
	maxLiquidOut = 32 << 20
)

var rangeLiteral = regexp.MustCompile(`\(\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*\)`)

// bounded refuses a body whose ranges are too long to loop over. Ranges
// may nest, so their lengths are multiplied: a page has one or two.
func bounded(src []byte) error {
	product := int64(1)
	for _, m := range rangeLiteral.FindAllSubmatch(src, -1) {
		a, errA := strconv.ParseInt(string(m[1]), 10, 64)
		b, errB := strconv.ParseInt(string(m[2]), 10, 64)
		n := b - a + 1
		if errA != nil || errB != nil || n > maxRange || n < -maxRange {
			n = maxRange + 1
		}
		product *= max(n, 1)
		if product > maxRange {
			line := bytes.Count(src[:bytes.Index(src, m[0])], []byte("\n")) + 1
			return LiquidError{Line: line, Msg: fmt.Sprintf("the ranges written up to %s hold more than %d numbers together", m[0], maxRange)}
		}
	}
	return nil
}

// limitWriter keeps what is written up to maxLiquidOut bytes, then fails.
type limitWriter struct {
	b    bytes.Buffer
	full bool
}

func (w *limitWriter) Write(p []byte) (int, error) {
	if w.b.Len()+len(p) > maxLiquidOut {
		w.full = true
		return 0, errors.New("output too large")
	}
	return w.b.Write(p)
}

// LiquidError is Liquid's failure to run a body: Line is the body's line
// it is on (1 for the first, 0 when unknown).
type LiquidError struct {
	Line int
	Msg  string
}

func (e LiquidError) Error() string { return e.Msg }

// LiquidWarnings are what a page's Liquid could not do that cost it only
// a part: an include that is missing is left out, and the rest of the
// page runs, as a reader would want it (Jekyll stops the build there).
// Render returns them as its error with the output.
type LiquidWarnings []LiquidError

func (w LiquidWarnings) Error() string {
	msgs := make([]string, len(w))
	for i, e := range w {
		msgs[i] = e.Msg
	}
	return strings.Join(msgs, "; ")
}

// warnsKey is the binding of the page's LiquidWarnings, which includes
// inherit with the rest of their bindings.
const warnsKey = "\x00warns"

// liquidMessage is err's message without the engine's positions
// ("Liquid error (line 3): ") and quotes of the tags it was in, which a
// diagnostic gives as file:line:col.
func liquidMessage(err liquid.SourceError) string {
	msg := liquidLine.ReplaceAllString(err.Error(), "")
	if i := strings.Index(msg, " in {%"); i > 0 {
		msg = msg[:i]
	}
	if i := strings.Index(msg, " in {{"); i > 0 {
		msg = msg[:i]
	}
	return msg
}

var liquidLine = regexp.MustCompile(`Liquid (error|exception)( \(line \d+\))?: `)

// runLiquid converts a body whose tags were not all resolved (first, as
// converted without Liquid) after running it as Liquid, as Jekyll does.
// The tags with one meaning are resolved in Liquid's output as in any
// body, and positions are those of that output, which keeps the body's
// lines where Liquid writes what it read. When Liquid fails, the body is
// first, its tags shown as written, with the failure as its warning.
func (r *Renderer) runLiquid(file string, src []byte, firstLine int, tags Tags, html bool, first Result) Result {
	out, err := tags.Liquid(src)
	var partly LiquidWarnings
	if errors.As(err, &partly) && out != nil {
		err = nil
	}
	if err != nil {
		pos := diag.Pos{File: file, Line: firstLine, Col: 1}
		var le LiquidError
		if errors.As(err, &le) && le.Line > 0 {
			pos.Line = firstLine + le.Line - 1
		}
		res := first
		res.Diags = withoutTagWarning(res.Diags)
		res.Diags.Warnf(pos, "Liquid cannot run this page: %s; its template tags are shown as written: correct the tag, or replace it with markdown or HTML", err.Error())
		res.Lookups = append(slices.Clip(res.Lookups), Lookup{Liquid: bytes.Clone(src), Text: err.Error()})
		return res
	}
	out = dropOpeningNav(file, out)
	inner := tags
	inner.Liquid = nil
	res, _ := r.convertOnce(file, out, firstLine, inner, html)
	// A tag left in Liquid's output was printed from a value (a talk's
	// abstract quoting "{% include %}"), as Jekyll prints it: text.
	res.Diags = withoutTagWarning(res.Diags)
	// A loop writes more lines than the body has: what is past its end is
	// placed at its first line, saying where in the output it is.
	last := firstLine + bytes.Count(src, []byte("\n"))
	for i, d := range res.Diags {
		if d.Pos.File == file && d.Pos.Line > last {
			res.Diags[i].Msg += fmt.Sprintf(" (line %d of what the page's Liquid wrote)", d.Pos.Line-firstLine+1)
			res.Diags[i].Pos.Line, res.Diags[i].Pos.Col = firstLine, 1
		}
	}
	for i, l := range res.Reading {
		if l.Line > last {
			res.Reading[i].Line = firstLine
		}
	}
	for _, w := range partly {
		line := firstLine
		if w.Line > 0 {
			line = firstLine + w.Line - 1
		}
		res.Diags.Warnf(diag.Pos{File: file, Line: line, Col: 1}, "%s", w.Msg)
	}
	res.Lookups = append([]Lookup{{Liquid: bytes.Clone(src), Text: string(out), OK: true}}, res.Lookups...)
	return res
}

// withoutTagWarning is diags without the warning about a tag shown as
// written.
func withoutTagWarning(diags diag.List) diag.List {
	return slices.DeleteFunc(slices.Clone(diags), func(d diag.Diag) bool {
		return isTagWarning(d.Msg)
	})
}
