package content

import (
	"strings"
	"time"
)

// withDefaults fills the zero fields of o.
func (o Options) withDefaults() Options {
	if o.Dir == "" {
		o.Dir = "content"
	}
	o.Dir = strings.Trim(o.Dir, "/")
	if o.Location == nil {
		o.Location = time.UTC
	}
	return o
}

// Parse reads one page. file is its slash-separated path relative to the
// site root ("content/talks/a.md"); Path is file without the content
// folder. Parse repairs the text, splits off and decodes the front matter,
// and normalizes the fields; everything it finds wrong is in the
// Document's Diags, each with a position in the file. It does not modify
// src and never panics, whatever src holds.
func Parse(file string, src []byte, opts Options) *Document {
	opts = opts.withDefaults()
	doc := &Document{File: file, Path: relPath(file, opts.Dir)}
	text, diags := repair(file, src)
	doc.Diags = diags
	s := splitFrontMatter(file, text, opts.Location)
	doc.Diags.Append(s.diags)
	doc.Body, doc.BodyLine = s.body, s.bodyLine
	f := newFields(doc, s.root, opts.Location)
	normalize(doc, f)
	if doc.Title == "" {
		fallbackTitle(doc, s.broken)
	}
	if doc.Kind == KindSpeaker {
		f.speakerPerson()
	}
	doc.Params = f.params()
	return doc
}

// relPath returns file relative to the content folder dir.
func relPath(file, dir string) string {
	if dir == "." {
		return file
	}
	if rest, ok := strings.CutPrefix(file, dir+"/"); ok {
		return rest
	}
	return file
}
