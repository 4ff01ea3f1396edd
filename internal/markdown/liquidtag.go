package markdown

import (
	"fmt"

	"github.com/osteele/liquid/render"
)

// TagFunc writes what a tag a site's plugin defines writes
// ({% bibliography -f talks %}), given the text of the tag after its
// name as written. A non-empty warn says what the tag could not do: it
// becomes a warning at the tag, and out is written all the same.
type TagFunc func(args string) (out, warn string)

// Tag defines the tag name as fn, for the tags of Jekyll plugins whose
// data only the model has. It is called before the first Render.
func (l *Liquid) Tag(name string, fn TagFunc) {
	l.engine.RegisterTag(name, func(ctx render.Context) (string, error) {
		out, warn := fn(ctx.TagArgs())
		if warn == "" {
			return out, nil
		}
		msg := fmt.Sprintf("%s: %s", name, warn)
		err := ctx.Errorf("%s", msg)
		w, ok := ctx.Bindings()[warnsKey].(*LiquidWarnings)
		if !ok {
			return out, nil
		}
		line := err.LineNumber() + 1 // the engine counts a page's lines from 0
		if in := ctx.SourceFile(); in != "" {
			// In an include: the page's line is not known (see includeFile).
			msg += fmt.Sprintf(" (in %s, line %d)", in, err.LineNumber())
			line = 0
		}
		*w = append(*w, LiquidError{Line: line, Msg: msg})
		return out, nil
	})
}

// Filter defines the filter name as fn, a function of the value
// filtered and the filter's arguments that returns text, for the
// filters of Jekyll plugins whose settings only the model has
// ({{ talk.title | datapage_url: 'talks' }}). It is called before the
// first Render.
func (l *Liquid) Filter(name string, fn func(in any, arg string) string) {
	l.engine.RegisterFilter(name, fn)
}
