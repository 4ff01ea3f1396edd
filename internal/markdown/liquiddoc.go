package markdown

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"strings"
	"sync"
)

// LiquidDocument is a document of a Jekyll collection (a talk of
// site.talks, a presenter of site.presenters) as a page's Liquid sees
// it: its variables by name, as a map's. Printed whole
// ({{ presenter }}), it is its content, as Jekyll prints a document
// (its output), not a dump of its fields; its "content" variable, when
// set, is a LiquidContent.
type LiquidDocument map[string]any

// String is the document's content, or "" when it has none.
func (d LiquidDocument) String() string {
	switch c := d["content"].(type) {
	case nil:
		return ""
	case *LiquidContent:
		return c.html()
	default:
		return fmt.Sprint(c)
	}
}

// LiquidContent is a document's content as another page's Liquid reads
// it ({{ talk.content }}, {{ presenter }}): its body as HTML, made the
// first time a page asks for it. A markdown body is converted as
// markdownify converts text; the body's own template tags are not run.
// It is safe for concurrent use.
type LiquidContent struct {
	html func() string
}

// NewLiquidContent returns the content of the document file, whose body
// read gives (false: it has none to give); read is called at most once.
func NewLiquidContent(file string, read func() ([]byte, bool)) *LiquidContent {
	return &LiquidContent{html: sync.OnceValue(func() string {
		body, ok := read()
		if !ok {
			return ""
		}
		switch strings.ToLower(path.Ext(file)) {
		case ".md", ".markdown", ".mkd", ".mkdn", ".mdown":
			out, err := markdownify(string(body))
			if err != nil {
				return ""
			}
			return out
		}
		return string(body)
	})}
}

// NewLiquidExcerpt returns the excerpt of the document file, whose body
// read gives: as Jekyll makes a document's excerpt, its text up to the
// first separator (a blank line, "\n\n", when separator is ""), as HTML.
func NewLiquidExcerpt(file string, read func() ([]byte, bool), separator string) *LiquidContent {
	if separator == "" {
		separator = "\n\n"
	}
	return NewLiquidContent(file, func() ([]byte, bool) {
		body, ok := read()
		if !ok {
			return nil, false
		}
		body = bytes.TrimLeft(body, "\r\n")
		head, _, _ := bytes.Cut(body, []byte(separator))
		return head, true
	})
}

// ToLiquid is the content as Liquid's filters and comparisons see it:
// its HTML, a text.
func (c *LiquidContent) ToLiquid() any { return c.html() }

// String is the content's HTML.
func (c *LiquidContent) String() string { return c.html() }

// MarshalJSON writes the content as its HTML, a JSON string, as
// jsonify writes a document's content.
func (c *LiquidContent) MarshalJSON() ([]byte, error) { return json.Marshal(c.html()) }
