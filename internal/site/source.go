package site

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"sync"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// Reread gives, for a loaded document, what reads its markdown again as
// it was loaded (Document.Body), or nil for a document that cannot be
// read again the same, as one made from a data file. See Options.Reread.
type Reread func(d *content.Document) func() ([]byte, error)

// sources lets a build hold no page's markdown past the model stage
// (see dropSource): Source reads it again from the page's file for
// whoever asks, the page's own job first. Each text read again is checked against a hash
// of the text loaded: a file changed during the build would give a page
// that disagrees with the lists made from the first text, so it fails
// the build (see Site.SourceErrors).
type sources struct {
	mu     sync.Mutex
	failed map[string]string // file → why its text could not be read again the same
}

// sourceText is what a page's body knows of its markdown when it may be let
// go: how to read it again and the hash of the text loaded.
type sourceText struct {
	reread  func() ([]byte, error)
	sum     [sha256.Size]byte
	dropped bool
	errs    *sources
}

// Source is the page's markdown as loaded (Doc.Body). A build lets it go
// once the model is made, when it can read it again from the page's file
// (see dropSource); it is then read again, the same text, or the build
// fails (Site.SourceErrors). It is safe for concurrent use.
func (p *Page) Source() []byte {
	b := p.body
	if b == nil {
		return p.Doc.Body
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.text(p)
}

// text is p's markdown; b.mu is held.
func (b *body) text(p *Page) []byte {
	m := b.src
	if m == nil || !m.dropped {
		return p.Doc.Body
	}
	text, err := m.reread()
	if err == nil && sha256.Sum256(text) != m.sum {
		err = fmt.Errorf("it changed while the site was being built")
	}
	if err != nil {
		m.errs.fail(p.Doc.File, err)
	}
	return text
}

// dropSource lets go the markdown of p, when its file can give it
// again, as soon as the model has read it (convert): the page's job reads
// it again as it is written (see Page.Source), so that a build never
// holds the whole site's text beside the model it makes of it. Dropped
// page by page rather than once the model is made, the texts not yet
// read are all the model stage holds of them.
func (b *builder) dropSource(p *Page) {
	if b.reread == nil || p.body == nil {
		return
	}
	p.body.mu.Lock()
	p.body.drop(p)
	p.body.mu.Unlock()
}

// loaded is the markdown of p as loaded, and what reads it again (nil
// when it cannot be): a build lets each page's markdown go as soon as it
// is parsed (see build's loadedTexts), and the model reads it again
// here, page by page, so that it never holds the site's text. A text
// that cannot be read again the same fails the build (SourceErrors).
func (b *builder) loaded(p *Page) (text []byte, again func() ([]byte, error)) {
	text = p.source.Body
	if b.reread != nil {
		again = b.reread(p.source)
	}
	if text != nil || again == nil {
		return text, again
	}
	text, err := again()
	if err != nil {
		b.site.sources.fail(p.Doc.File, err)
	}
	return text, again
}

// forgetLoaded lets every page's loaded document go once the model is
// made: Doc is a copy of it, and only a cache of the preview's, which
// never releases bodies, asks for the document itself (Page.Loaded). A
// build would otherwise hold every document twice, about 0.8 KB a page.
func (b *builder) forgetLoaded() {
	for _, p := range b.site.Pages {
		p.source = nil
	}
}

// forgetRefs lets the index answering the pages' template tags go once
// the model is made: in a build, the bodies whose tags asked it
// something were rendered while the model was made, and the others ask
// it nothing (see body). Only the preview's Patch asks it later, and it
// makes one when the site has none. About 0.3 KB a page (docs/memory.md).
func (b *builder) forgetRefs() {
	b.site.refs = nil
}

// drop lets p's markdown go when it can be read again; b.mu is held.
func (b *body) drop(p *Page) {
	if b.src == nil || b.src.dropped {
		return
	}
	b.src.dropped = true
	p.Doc.Body = nil
	if p.source != nil {
		p.source.Body = nil
	}
}

func (s *sources) fail(file string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failed == nil {
		s.failed = map[string]string{}
	}
	if _, ok := s.failed[file]; !ok {
		s.failed[file] = err.Error()
	}
}

// SourceErrors are the pages whose markdown, let go once written, could
// not be read again the same when something asked for it later (see
// Page.Source): their outputs may disagree with the rest of the site, so
// the build must not be published.
func (s *Site) SourceErrors() diag.List {
	var diags diag.List
	if s.sources == nil {
		return diags
	}
	s.sources.mu.Lock()
	defer s.sources.mu.Unlock()
	files := make([]string, 0, len(s.sources.failed))
	for f := range s.sources.failed {
		files = append(files, f)
	}
	slices.Sort(files)
	for _, f := range files {
		diags.Errorf(diag.Pos{File: f}, "cannot read this page's text again while writing the site: %s; build again", s.sources.failed[f])
	}
	return diags
}
