package publish

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// Options configures a Writer and a Minifier. The zero value writes every
// output as given, without minifying.
type Options struct {
	// Minify shrinks HTML, CSS, JavaScript, JSON, SVG and XML outputs.
	Minify bool
}

// Minifier minifies output bodies by media type. It is built once and safe
// for concurrent use. The zero value, like one made with Options.Minify
// false, returns every body as given.
type Minifier struct {
	// m minifies outputs of every type but HTML; page minifies HTML,
	// with the languages embedded in it (see inline).
	m, page *minify.M
}

// minified lists the media types that Minify changes. Atom and RSS feeds
// are missing on purpose: the XML minifier collapses runs of whitespace in
// text, which would flatten the indentation of code blocks in the escaped
// HTML a feed carries. Feeds reach readers compressed anyway.
var minified = map[string]bool{
	"text/html":              true,
	"text/css":               true,
	"text/javascript":        true,
	"application/javascript": true,
	"application/json":       true,
	"application/feed+json":  true,
	"application/ld+json":    true,
	"image/svg+xml":          true,
	"application/xml":        true,
	"text/xml":               true,
}

// NewMinifier returns a Minifier configured by opts.
func NewMinifier(opts Options) *Minifier {
	if !opts.Minify {
		return &Minifier{}
	}
	// KeepNumbers: numbers in feeds and structured data stay as written
	// (no 1000000 → 1e6), which some consumers parse strictly.
	jm := &json.Minifier{KeepNumbers: true}
	languages := map[string]minify.Minifier{
		"text/css":               &css.Minifier{},
		"text/javascript":        &js.Minifier{},
		"application/javascript": &js.Minifier{},
		"application/json":       jm,
		"application/feed+json":  jm,
		// The HTML minifier hands <script type="application/ld+json">
		// bodies to this entry.
		"application/ld+json": jm,
		"image/svg+xml":       &svg.Minifier{},
		"application/xml":     &xml.Minifier{},
		"text/xml":            &xml.Minifier{},
	}
	// Document tags, end tags and quotes are kept so that the output stays
	// plain, valid HTML that any tool downstream (link checkers, search
	// indexers, diff) can read; what they would save is small after gzip.
	hm := &html.Minifier{
		KeepDocumentTags: true,
		KeepEndTags:      true,
		KeepQuotes:       true,
	}
	m, page := minify.New(), minify.New()
	m.Add("text/html", hm)
	page.Add("text/html", hm)
	for mt, l := range languages {
		m.Add(mt, l)
		page.Add(mt, inline{l})
	}
	return &Minifier{m: m, page: page}
}

// inline minifies a language embedded in an HTML page: a <script>, a
// <style>, an inline SVG, an event handler attribute. When its minifier
// cannot parse the text, inline writes nothing and reports
// minify.ErrNotExist, for which the HTML minifier keeps the text as
// written. A page's own markdown may hold a script that is not valid
// JavaScript (typographic quotes pasted into it, say): the page must still
// be published, as the browser would have shown it, rather than fail the
// build. Standalone files keep the strict minifiers, so a theme's broken
// script is still reported.
type inline struct {
	m minify.Minifier
}

// Minify minifies r into w through a buffer, so that nothing is written
// when the language's minifier fails part way.
func (l inline) Minify(m *minify.M, w io.Writer, r io.Reader, params map[string]string) error {
	var buf bytes.Buffer
	if err := l.m.Minify(m, &buf, r, params); err != nil {
		return minify.ErrNotExist
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Minify returns body minified as mediaType, which may carry parameters
// ("text/html; charset=utf-8"). Bodies of other media types (text/plain,
// text/calendar, text/csv, application/x-bibtex, application/atom+xml, …)
// are returned as given. Minify never modifies body; the result may share
// its memory. The error says what the minifier could not parse and where.
func (mz *Minifier) Minify(mediaType string, body []byte) ([]byte, error) {
	return mz.minify(new(scratch), mediaType, body)
}

// scratch is the memory one minification works in, kept from one output
// to the next by the Writer: a copy of the input and the output.
type scratch struct {
	in, out []byte
}

// scratchPool holds the Writer's scratch memory.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratch is the largest scratch memory put back in scratchPool:
// enough for the schedules of a large event, a megabyte or two each,
// while a pathological output is not held for the rest of the build.
const maxScratch = 4 << 20

// minify is Minify working in sc; the result, when minified, is sc.out,
// valid until sc is used again.
func (mz *Minifier) minify(sc *scratch, mediaType string, body []byte) ([]byte, error) {
	if mz == nil || mz.m == nil {
		return body, nil
	}
	mt := essence(mediaType)
	if !minified[mt] {
		return body, nil
	}
	if jsonTypes[mt] {
		if out, ok := compactJSON(body); ok {
			return out, nil
		}
	}
	// The parser writes a NUL past the end of its input and minifies
	// tokens in place, so it works on a copy with room for the NUL and the
	// caller's memory is never touched, even briefly. A bytes.Buffer hands
	// the parser that copy whole, through its Bytes method.
	sc.in = append(append(sc.in[:0], body...), 0)[:len(body)]
	out := bytes.NewBuffer(sc.out[:0])
	out.Grow(len(body))
	m := mz.m
	if mt == "text/html" {
		m = mz.page
	}
	err := m.Minify(mt, out, bytes.NewBuffer(sc.in))
	sc.out = out.Bytes()
	if err != nil {
		return nil, fmt.Errorf("cannot minify as %s: %v", mt, err)
	}
	return sc.out, nil
}

// essence returns the media type without parameters, in lower case.
func essence(mediaType string) string {
	if mt, _, err := mime.ParseMediaType(mediaType); err == nil {
		return mt
	}
	mt, _, _ := strings.Cut(mediaType, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}
