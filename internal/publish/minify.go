package publish

import (
	"fmt"
	"mime"
	"slices"
	"strings"

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
	if mz == nil || mz.m == nil {
		return body, nil
	}
	mt := essence(mediaType)
	if !minified[mt] {
		return body, nil
	}
	// The parser writes a NUL past the end of its input when the capacity
	// allows and minifies tokens in place; clipping makes it work on its
	// own copy, so the caller's memory is never touched, even briefly.
	out, err := mz.m.Bytes(mt, slices.Clip(body))
	if err != nil {
		return nil, fmt.Errorf("cannot minify as %s: %v", mt, err)
	}
	return out, nil
}

// essence returns the media type without parameters, in lower case.
func essence(mediaType string) string {
	if mt, _, err := mime.ParseMediaType(mediaType); err == nil {
		return mt
	}
	mt, _, _ := strings.Cut(mediaType, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}
