package site

import (
	"html/template"
	"sync"

	"lectern/internal/content"
	"lectern/internal/markdown"
)

// Memo remembers rendered markdown between builds of one site, so that a
// rebuild converts only the documents and fields that changed. Documents
// are remembered by identity: the loading stage hands back the same
// *content.Document for a file it did not read again. A Memo must be
// dropped when the markdown options change. It is safe for concurrent use.
type Memo struct {
	mu     sync.Mutex
	bodies map[*content.Document]memoBody
	texts  map[textKey]*memoText
	// seenBodies marks the bodies the current build used, and build
	// counts the builds, so that prune can forget the rest. A text is
	// marked in its entry: its key holds the whole text, so a second map
	// by it hashed every summary and bio twice a build.
	seenBodies map[*content.Document]bool
	build      int
}

// memoText is a long text field rendered, with the build that last used
// it.
type memoText struct {
	res  markdown.TextResult
	used int
}

// memoBody is a body rendered, with the page body made of its HTML once:
// hashing the HTML of every page again (body.sum) cost a preview edit
// as much as the rest of the model stage. A body is never changed once
// made (a patch makes a new one), so pages of two builds may share it.
type memoBody struct {
	res  markdown.Result
	html *body
}

type textKey struct {
	file, src string
	line      int
}

// NewMemo returns an empty memo.
func NewMemo() *Memo {
	return &Memo{
		bodies: map[*content.Document]memoBody{}, texts: map[textKey]*memoText{},
		seenBodies: map[*content.Document]bool{},
	}
}

// convert returns d's body rendered by md with its template tags asking
// tags, and the page body of its HTML, from the memo when it has them
// and its tags get the same answers as when it was rendered. A nil memo
// converts every time. The Result's HTML is nil: the page body holds it.
func (m *Memo) convert(md *markdown.Renderer, d *content.Document, tags markdown.Tags) (markdown.Result, *body) {
	if m == nil {
		r := md.ConvertPage(d.File, d.Body, d.BodyLine, tags)
		b := newBody(template.HTML(r.HTML))
		r.HTML = nil
		return r, b
	}
	m.mu.Lock()
	r, ok := m.bodies[d]
	m.seenBodies[d] = true
	m.mu.Unlock()
	if ok && r.res.Fresh(tags) {
		return r.res, r.html
	}
	r.res = md.ConvertPage(d.File, d.Body, d.BodyLine, tags)
	r.html = newBody(template.HTML(r.res.HTML))
	// The page body holds the HTML as a string; kept as bytes too, every
	// page's HTML would be held twice by the preview (70 MB at 10,000
	// talks).
	r.res.HTML = nil
	m.mu.Lock()
	m.bodies[d] = r
	m.mu.Unlock()
	return r.res, r.html
}

// text is convert for a long text field.
func (m *Memo) text(md *markdown.Renderer, file, src string, line int) markdown.TextResult {
	if m == nil {
		return md.Text(file, src, line)
	}
	k := textKey{file, src, line}
	m.mu.Lock()
	e, ok := m.texts[k]
	if ok {
		e.used = m.build
	}
	m.mu.Unlock()
	if ok {
		return e.res
	}
	r := md.Text(file, src, line)
	m.mu.Lock()
	m.texts[k] = &memoText{res: r, used: m.build}
	m.mu.Unlock()
	return r
}

// prune forgets what the last build did not use.
func (m *Memo) prune() {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for d := range m.bodies {
		if !m.seenBodies[d] {
			delete(m.bodies, d)
		}
	}
	for k, e := range m.texts {
		if e.used != m.build {
			delete(m.texts, k)
		}
	}
	// Cleared, not made again: the next build marks as many bodies, and
	// a map grown again from empty rehashes all along.
	clear(m.seenBodies)
	m.build++
}
