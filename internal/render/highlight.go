package render

import (
	"io/fs"

	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// syntaxCSS is the stylesheet of highlighted code that base.html links.
const syntaxCSS = "css/syntax.css"

// highlight adds css/syntax.css, the colours of the CSS classes that the
// markdown stage puts on highlighted code, unless the theme or the site
// has its own file of that name, which then wins like any static file.
func (b *jobs) highlight() {
	if b.r.theme.Static != nil {
		if _, err := fs.Stat(b.r.theme.Static, syntaxCSS); err == nil {
			return
		}
	}
	b.add(Job{
		Path: syntaxCSS, Kind: KindStatic,
		render: func(*task) (Output, diag.List) {
			return Output{Path: syntaxCSS, MediaType: "text/css", Body: markdown.HighlightCSS()}, nil
		},
	})
}
