package markdown

import (
	"net/url"
	"strings"
)

// Raw HTML policies for Options.RawHTML. They mirror the values of
// config.Markup.RawHTML, which this package does not import.
const (
	// RawHTMLKeep passes HTML written in markdown through as written: the
	// author's own video embeds, figures and details blocks.
	RawHTMLKeep = "keep"
	// RawHTMLSanitize keeps HTML but removes what can run code or restyle
	// the page: <script>, <style>, event handler attributes, javascript:,
	// vbscript: and data: URLs, forms, and iframes other than video and
	// slide players (YouTube, Vimeo, Speaker Deck, SlideShare).
	RawHTMLSanitize = "sanitize"
	// RawHTMLOmit drops HTML written in markdown entirely, leaving no
	// comment in its place; the text between inline tags stays.
	RawHTMLOmit = "omit"
)

// Options configure a Renderer. The zero value keeps raw HTML and
// highlights code.
type Options struct {
	// RawHTML is RawHTMLKeep (also when empty), RawHTMLSanitize or
	// RawHTMLOmit. Any other value is treated as RawHTMLSanitize, the
	// safe choice; config validates the value before it gets here.
	RawHTML string
	// NoHighlight turns syntax highlighting off: fenced code is then a
	// plain <pre><code class="language-x">.
	NoHighlight bool
	// SiteURL is the address the site is published at. A reading list
	// leaves out links to its host, which are the site's own pages, not
	// something to read elsewhere; empty, only relative links are.
	SiteURL string
	// Kramdown reads HTML in markdown as kramdown, Jekyll's markdown,
	// does where it differs from CommonMark (see kramdown.go).
	Kramdown bool
	// RootBase is the base path ("/blog") put before the destinations
	// of links and images written from the site's root ("/posts/a/"),
	// as Franklin puts its prepath before them when it publishes; empty
	// leaves them as written, as Jekyll and Hugo do.
	RootBase string
	// SourceBase is the path the site's own tool published it under
	// ("/conf2020": Jekyll's baseurl, the path of Hugo's baseURL), which
	// authors write before links and images from the site's root
	// ("/conf2020/talks/"); Base is the path lectern publishes the site
	// under (base_url's, "" at the root). A destination under SourceBase
	// that names no file or folder of the site as written is put under
	// Base instead (offBase); empty leaves destinations as written.
	SourceBase, Base string
	// Franklin says the site is Franklin's, whose {{name args}} calls
	// the site's Julia function hfun_name (utils.jl): a tag lectern
	// cannot resolve is warned about as such a call, not as Liquid; and
	// whose markdown has no indented code blocks, so a line indented four
	// spaces (a bio inside an "@@class" div) is text.
	Franklin bool
	// Pandoc says the site's markdown is Pandoc's, as a Quarto site's
	// is: "[text]{.class}" is a span, and "{…}" directly after a link,
	// image or code span is its attributes (span.go). Files of Pandoc's
	// own extensions (.qmd, .Rmd…) are read so on every site.
	Pandoc bool
}

// siteHost returns the host of a site's address, lower case without
// "www.", or "" when there is none.
func siteHost(site string) string {
	u, err := url.Parse(strings.TrimSpace(site))
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// policy returns the raw HTML policy with the default applied.
func (o Options) policy() string {
	switch o.RawHTML {
	case "", RawHTMLKeep:
		return RawHTMLKeep
	case RawHTMLOmit:
		return RawHTMLOmit
	}
	return RawHTMLSanitize
}
