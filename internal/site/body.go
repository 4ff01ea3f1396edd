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
	// size and sum are the HTML's length and SHA-256, known without it.
	size int
	sum  [sha256.Size]byte
	// again renders the body anew; nil for a body that cannot be
	// rendered again the same (its template tags asked the model, whose
	// answers may have changed since), which is then never released.
	again func() template.HTML
}

// newBody holds html, with again to render it anew (or nil).
func newBody(html template.HTML, again func() template.HTML) *body {
	return &body{html: html, held: true, size: len(html), sum: sha256.Sum256([]byte(html)), again: again}
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
		b.html, b.held = b.again(), true
	}
	return b.html
}

// SetContent makes html the page's rendered body, held until the page is
// patched again; it never shares state with a copy of the page made
// before (Patch's undo relies on that).
func (p *Page) SetContent(html template.HTML) {
	p.body = newBody(html, nil)
}

// ContentSize is the length in bytes of Content, known without rendering
// it again.
func (p *Page) ContentSize() int {
	if p.body == nil {
		return 0
	}
	return p.body.size
}

// ContentSum is the SHA-256 of Content, known without rendering it
// again: what a hash of the site's pages takes instead of the HTML.
func (p *Page) ContentSum() [sha256.Size]byte {
	if p.body == nil {
		return sha256.Sum256(nil)
	}
	return p.body.sum
}

// ReleaseContent lets the page's HTML go when it can be rendered again
// the same, so that the garbage collector may take it; the next Content
// renders it anew. It reports whether the HTML was let go. The renderer
// calls it once a page is written, when Stream writes a whole build.
func (p *Page) ReleaseContent() bool {
	b := p.body
	if b == nil || b.again == nil {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.html, b.held = "", false
	return true
}
