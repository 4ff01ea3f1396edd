package site

import (
	"crypto/sha256"
	"html/template"
	"sync"
)

// body is a page's rendered HTML, or what renders it again. A build that
// writes each page once (Options.ReleaseBodies) keeps no page's HTML
// longer than it needs it: the page's own output renders it, and
// ReleaseContent lets it go once written; whoever asks later (a feed, a
// custom template listing bodies) gets it rendered again, the same bytes.
type body struct {
	mu   sync.Mutex
	html template.HTML
	// held reports that html is the body; it is false once released.
	held bool
	// size is the HTML's length, -1 until it is first rendered.
	size int
	// sum is the SHA-256 of the HTML, or of what decides it (the
	// markdown and the renderer's options) for a body not yet rendered.
	sum [sha256.Size]byte
	// again renders the body anew from its markdown; nil for a body
	// that cannot be rendered again the same (its template tags asked
	// the model, whose answers may have changed since), which is then
	// never released.
	again func(markdown []byte) template.HTML
	// src lets the page's markdown go with its HTML, when it can be
	// read again (see Page.Source); nil when it is kept.
	src *sourceText
}

// newBody holds html, rendered once and kept.
func newBody(html template.HTML) *body {
	return &body{html: html, held: true, size: len(html), sum: sha256.Sum256([]byte(html))}
}

// lazyBody is a body not rendered yet: again renders it, and sum is the
// hash of what decides it.
func lazyBody(sum [sha256.Size]byte, again func(markdown []byte) template.HTML) *body {
	return &body{size: -1, sum: sum, again: again}
}

// Content is the page's body rendered to HTML. It is safe for concurrent
// use: when the build has let the HTML go (ReleaseContent), it is
// rendered again, byte for byte the same.
func (p *Page) Content() template.HTML {
	b := p.body
	if b == nil {
		return ""
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.held {
		b.html, b.held = b.again(b.text(p)), true
		b.size = len(b.html)
	}
	return b.html
}

// SetContent makes html the page's rendered body, held until the page is
// patched again; it never shares state with a copy of the page made
// before (Patch's undo relies on that).
func (p *Page) SetContent(html template.HTML) {
	p.body = newBody(html)
}

// ContentSize is the length in bytes of Content. A body a build has not
// rendered yet is rendered to know it, and held until released.
func (p *Page) ContentSize() int {
	b := p.body
	if b == nil {
		return 0
	}
	b.mu.Lock()
	size := b.size
	b.mu.Unlock()
	if size < 0 {
		return len(p.Content())
	}
	return size
}

// RenderedSize is the length in bytes of Content when it is known
// without rendering the body: it is held rendered, or was rendered once.
func (p *Page) RenderedSize() (int, bool) {
	b := p.body
	if b == nil {
		return 0, true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.size, b.size >= 0
}

// ContentSum is a SHA-256 that differs whenever Content does, known
// without rendering it: the hash of the HTML, or of the markdown and
// options it is rendered from. It is what a hash of the site's pages
// takes instead of the HTML.
func (p *Page) ContentSum() [sha256.Size]byte {
	if p.body == nil {
		return sha256.Sum256(nil)
	}
	return p.body.sum
}

// ReleaseContent lets the page's HTML go when it can be rendered again
// the same, and its markdown when it can be read again (see Source), so
// that the garbage collector may take them; the next Content renders the
// HTML anew. It reports whether the HTML was let go. The renderer calls
// it once every output showing the page is written, when Stream writes a
// whole build.
func (p *Page) ReleaseContent() bool {
	b := p.body
	if b == nil {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.drop(p)
	if b.again == nil {
		return false
	}
	b.html, b.held = "", false
	return true
}
