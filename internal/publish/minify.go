package publish

import (
	"bytes"
	"fmt"
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
	m *minify.M
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
	m := minify.New()
	// Document tags, end tags and quotes are kept so that the output stays
	// plain, valid HTML that any tool downstream (link checkers, search
	// indexers, diff) can read; what they would save is small after gzip.
	m.Add("text/html", &html.Minifier{
		KeepDocumentTags: true,
		KeepEndTags:      true,
		KeepQuotes:       true,
	})
	m.Add("text/css", &css.Minifier{})
	m.Add("text/javascript", &js.Minifier{})
	m.Add("application/javascript", &js.Minifier{})
	// KeepNumbers: numbers in feeds and structured data stay as written
	// (no 1000000 → 1e6), which some consumers parse strictly.
	jm := &json.Minifier{KeepNumbers: true}
	m.Add("application/json", jm)
	m.Add("application/feed+json", jm)
	// The HTML minifier hands <script type="application/ld+json"> bodies
	// to this entry.
	m.Add("application/ld+json", jm)
	m.Add("image/svg+xml", &svg.Minifier{})
	m.Add("application/xml", &xml.Minifier{})
	m.Add("text/xml", &xml.Minifier{})
	return &Minifier{m: m}
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
	// The parser writes a NUL past the end of its input and minifies
	// tokens in place, so it works on a copy with room for the NUL and the
	// caller's memory is never touched, even briefly. A bytes.Buffer hands
	// the parser that copy whole, through its Bytes method.
	sc.in = append(append(sc.in[:0], body...), 0)[:len(body)]
	out := bytes.NewBuffer(sc.out[:0])
	out.Grow(len(body))
	err := mz.m.Minify(mt, out, bytes.NewBuffer(sc.in))
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
