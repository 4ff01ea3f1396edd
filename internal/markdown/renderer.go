package markdown

import (
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	emoji "github.com/yuin/goldmark-emoji"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// Renderer converts markdown to HTML under one set of Options. It is safe
// for concurrent use by many goroutines: everything it holds is built by
// New and only read afterwards.
type Renderer struct {
	// body renders page bodies; field renders long text fields, whose
	// headings get no ids and whose footnote ids are prefixed, so that
	// nothing clashes with the body's ids on the same page.
	body goldmark.Markdown
	// mdx renders the bodies of .mdx files, whose HTML holds markdown.
	mdx goldmark.Markdown
	// pandoc renders the bodies of files in Pandoc's markdown (.qmd,
	// .Rmd…) on a site whose markdown is another.
	pandoc goldmark.Markdown
	field  goldmark.Markdown
	// sanitizer is nil unless the policy is RawHTMLSanitize.
	sanitizer *bluemonday.Policy
	// omit is set when raw HTML is omitted, so that template tags
	// write markdown rather than HTML.
	omit bool
	// host is the site's own host (see Options.SiteURL), lower case
	// without "www.".
	host string
	// rootBase is Options.RootBase without its final slash.
	rootBase string
	// franklin is Options.Franklin.
	franklin bool
	// sourceBase and base are Options.SourceBase and Options.Base
	// without their final slashes.
	sourceBase, base string
}

// New returns a Renderer configured by opts.
func New(opts Options) *Renderer {
	policy := opts.policy()
	d := commonMark
	if opts.Kramdown {
		d = kramdownDialect
	}
	if opts.Pandoc {
		d = pandocDialect
	}
	r := &Renderer{
		body:   newGoldmark(policy, !opts.NoHighlight, true, d, opts.Franklin),
		mdx:    newGoldmark(policy, !opts.NoHighlight, true, mdxDialect, false),
		pandoc: newGoldmark(policy, !opts.NoHighlight, true, pandocDialect, false),
		field:  newGoldmark(policy, !opts.NoHighlight, false, d, opts.Franklin),
		omit:   policy == RawHTMLOmit,
		host:   siteHost(opts.SiteURL),

		franklin: opts.Franklin,
	}
	if b := strings.TrimRight(opts.RootBase, "/"); strings.HasPrefix(b, "/") {
		r.rootBase = b
	}
	if b := strings.TrimRight(opts.SourceBase, "/"); strings.HasPrefix(b, "/") {
		r.sourceBase = b
		if b := strings.TrimRight(opts.Base, "/"); strings.HasPrefix(b, "/") {
			r.base = b
		}
	}
	if policy == RawHTMLSanitize {
		r.sanitizer = newSanitizer()
	}
	return r
}

// typography replaces goldmark's default entities with the characters
// themselves: shorter HTML, and plain text that needs no unescaping.
var typography = map[extension.TypographicPunctuation]string{
	extension.LeftSingleQuote:  "‘",
	extension.RightSingleQuote: "’",
	extension.LeftDoubleQuote:  "“",
	extension.RightDoubleQuote: "”",
	extension.EnDash:           "–",
	extension.EmDash:           "—",
	extension.Ellipsis:         "…",
	extension.LeftAngleQuote:   "«",
	extension.RightAngleQuote:  "»",
	extension.Apostrophe:       "’",
}

// dialect is how a goldmark instance reads HTML written in markdown.
type dialect int

const (
	commonMark      dialect = iota
	kramdownDialect         // Jekyll's (kramdown.go)
	mdxDialect              // MDX's (mdx.go)
	pandocDialect           // Pandoc's, Quarto's (span.go)
)

// newGoldmark configures one goldmark. noIndentedCode reads a line
// indented four spaces as text, not code, as Franklin does: its authors
// indent what they write inside "@@class" divs and \begin…\end
// environments, and that is prose.
func newGoldmark(policy string, highlight, body bool, d dialect, noIndentedCode bool) goldmark.Markdown {
	exts := []goldmark.Extender{
		extension.GFM,
		// Definition lists ("Term" then ": definition"), as kramdown,
		// Pandoc, PHP Markdown Extra and Hugo's goldmark read them.
		extension.DefinitionList,
		extension.NewTypographer(extension.WithTypographicSubstitutions(typography)),
		// GitHub's shortcodes (":tada:"), as READMEs, jemoji and Hugo's
		// enableEmoji write them, as the characters themselves.
		emoji.New(emoji.WithRenderingMethod(emoji.Unicode)),
	}
	if body {
		exts = append(exts, extension.Footnote)
	} else {
		exts = append(exts, extension.NewFootnote(extension.WithFootnoteIDPrefix("text-")))
	}
	nodes := []util.PrioritizedValue{
		// goldmark stays in safe mode, so links and images written in
		// markdown never carry javascript: URLs; raw HTML is written by
		// our own node renderers according to the policy.
		util.Prioritized(nodeRenderer{rawHTML: policy != RawHTMLOmit}, 100),
	}
	// Fenced blocks always go through codeRenderer, highlighted or not,
	// because raw HTML blocks are fenced too.
	nodes = append(nodes, util.Prioritized(codeRenderer{highlight: highlight, rawHTML: policy != RawHTMLOmit}, 100),
		util.Prioritized(mathRenderer{}, 100), util.Prioritized(divRenderer{}, 100),
		util.Prioritized(wikiRenderer{}, 100), util.Prioritized(droppedRenderer{}, 100))
	inlines := []util.PrioritizedValue{util.Prioritized(templateTagParser{}, 50), util.Prioritized(mathParser{}, 50),
		util.Prioritized(attrParser{pandoc: d == pandocDialect}, 60), util.Prioritized(wikiParser{}, 150)}
	blocks := []util.PrioritizedValue{util.Prioritized(mathBlockParser{}, 650), util.Prioritized(divParser{}, 650),
		util.Prioritized(fencedDivParser{}, 650)}
	// Before CommonMark's HTML blocks (900).
	switch d {
	case kramdownDialect:
		blocks = append(blocks, util.Prioritized(kramdownHTML{}, 850), util.Prioritized(kramdownExt{}, 640))
		inlines = append(inlines, util.Prioritized(kramdownExtInline{}, 55))
	case mdxDialect:
		blocks = append(blocks, util.Prioritized(mdxHTML{}, 850))
	case pandocDialect:
		// Before goldmark's links (200), which would take "[" first.
		inlines = append(inlines, util.Prioritized(spanParser{keep: policy == RawHTMLKeep}, 160))
		nodes = append(nodes, util.Prioritized(spanRenderer{}, 100))
	}
	opts := []goldmark.Option{goldmark.WithExtensions(exts...)}
	if d == mdxDialect || noIndentedCode {
		opts = append(opts, goldmark.WithParser(mdxParser()))
	}
	return goldmark.New(append(opts,
		goldmark.WithParserOptions(
			// Heading ids are not generated by goldmark: it slugs the raw
			// source line, markup and URLs included. See ids.go.
			parser.WithInlineParsers(inlines...),
			// Alerts first: a quote made an admonition may still take an
			// attribute list, as the div it is.
			parser.WithASTTransformers(util.Prioritized(alertTransformer{}, 90), util.Prioritized(tocTransformer{}, 95), util.Prioritized(imageSizeTransformer{}, 96),
				util.Prioritized(attrTransformer{style: policy == RawHTMLKeep}, 100)),
			parser.WithBlockParsers(blocks...),
		),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(nodes...)),
	)...)
}
