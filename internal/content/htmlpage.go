package content

import (
	"bytes"
	"path"
	"regexp"
	"strings"
)

// An .html file that opens with YAML front matter is a page, as in Jekyll:
// its body is HTML written by hand, kept as written (under the site's raw
// HTML policy, like HTML written in markdown) and never published raw
// with its front matter showing. An .html file without front matter is an
// asset, copied as it is.

// isHTML reports whether file has an HTML extension, or is a template
// of HTML (see IsTemplate).
func isHTML(file string) bool {
	switch strings.ToLower(path.Ext(file)) {
	case ".html", ".htm":
		return true
	}
	return IsTemplate(file)
}

// IsTemplate reports whether file is a Nunjucks or Liquid template, as
// Eleventy sites write pages (venue.njk): one with front matter whose
// body is HTML with template values is a page like an .html one; one of
// template code (loops, conditions, includes), which lectern does not
// run, or with no body of its own, is left out (layoutOnly), and one
// without front matter is neither a page nor a file to publish.
func IsTemplate(file string) bool {
	switch strings.ToLower(path.Ext(file)) {
	case ".njk", ".liquid":
		return true
	}
	return false
}

// layoutOnly returns what makes doc, a template's page, a page of
// code lectern does not run: its first statement tag (templateCode),
// or, for a body with nothing in it, the layout that makes the whole
// page ("layout: home.njk", an Eleventy home or listing page). "" is a
// page to publish; a redirect is one, whatever its body.
func layoutOnly(doc *Document) string {
	if p := paginates(doc); p != "" {
		return p
	}
	if code := templateCode(doc.Body); code != "" {
		return code
	}
	if len(bytes.TrimSpace(doc.Body)) > 0 || doc.RedirectTo != "" {
		return ""
	}
	if l, ok := doc.Params["layout"].(string); ok && l != "" {
		return "layout: " + l
	}
	return "an empty body"
}

// paginates returns "pagination: <data>" when doc is an Eleventy
// template that paginates data into pages of their own (speakers.njk
// making /speakers/{{ speaker.id }}/ of speakers.json), and "" otherwise.
// lectern makes such pages of the records themselves (data-files.md), so
// the template, which would be one page of template code, is left out
// as template code is.
func paginates(doc *Document) string {
	m, ok := doc.Params["pagination"].(map[string]any)
	if !ok {
		return ""
	}
	data, ok := m["data"].(string)
	if !ok || strings.TrimSpace(data) == "" {
		return ""
	}
	return "pagination: " + strings.TrimSpace(data)
}

// layoutMade returns the layout that makes the whole of doc, a page of
// markdown or HTML with no body of its own: Chirpy's _tabs/tags.md is
// "layout: tags" and nothing else, and a conference's schedule.md is
// "layout: schedule" over its data. lectern does not run the layout, so
// the page would be empty, at a URL where lectern makes its own list
// (/tags/, /schedule/). "" is a page to publish: one with a body, a
// summary or tags (a record whose layout shows its fields still has
// those to show) unless its layout names one of lectern's own lists
// (listLayouts), a redirect, a generic layout (page, default, single…)
// or none, and a page of any kind but page (a speaker or sponsor with
// no body is still one).
func layoutMade(doc *Document) string {
	if doc.Kind != KindPage || doc.RedirectTo != "" || IsTemplate(doc.File) || len(bytes.TrimSpace(doc.Body)) > 0 {
		return ""
	}
	l, _ := doc.Params["layout"].(string)
	name := layoutName(l)
	if name == "" || genericLayouts[name] || (doc.Summary != "" || len(doc.Tags) > 0) && !listLayouts[name] {
		return ""
	}
	return l
}

// listLayouts name the lists lectern makes itself: a page of one of them
// with no body is left out even with a summary (PaperMod's search.md
// says "summary: search"), as lectern's own page belongs at its URL.
var listLayouts = map[string]bool{
	"search": true, "tags": true, "categories": true, "archives": true, "archive": true, "schedule": true,
	"program": true, "programme": true, "agenda": true, "speakers": true, "talks": true, "sessions": true,
	"posts": true, "notes": true, "events": true, "terms": true, "taxonomy": true,
}

// genericLayouts are layouts that show the page's own body, whatever the
// page: a page with one of them and no body is an empty page, not a page
// its layout makes.
var genericLayouts = map[string]bool{
	"default": true, "page": true, "single": true, "post": true, "base": true, "none": true, "null": true,
	"wide": true, "article": true, "main": true, "plain": true, "basic": true, "blank": true, "simple": true,
	"full": true, "full-width": true, "fullwidth": true, "content": true, "text": true, "markdown": true,
}

// templateCode returns the first tag of body that is template code, a
// statement rather than a value ("{% for t in collections.talks %}"), or
// "" when there is none. Comments and raw blocks are not code.
func templateCode(body []byte) string {
	for _, m := range statementTag.FindAll(body, -1) {
		return string(m)
	}
	return ""
}

// statementTag matches a Liquid or Nunjucks statement tag.
var statementTag = regexp.MustCompile(`\{%-?\s*(?:for|if|unless|case|macro|block|extends|set|assign|capture|include|render|import|from|call|filter|layout|tablerow|cycle|paginate|section)\b[^%]*%\}`)

// hasFrontMatter reports whether src, an .html file, opens with front
// matter as Jekyll reads it: a first line of "---" (after a byte-order
// mark) and a later line of "---" closing it; or with headless front
// matter, key lines closed by a "---" never opened (see headless), as
// the markdown pages beside it may.
func hasFrontMatter(src []byte) bool {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	first := bytes.TrimRight(firstLineOf(src), " \t\r")
	if string(first) != "---" {
		start, line := firstContentLine(src)
		if start < 0 || !isKeyLine(firstLineOf(src[start:])) {
			return false // the common case: markup from the first line
		}
		_, ok := headless("", src, start, line)
		return ok
	}
	end, dots := delimitedEnd(src, 0)
	return dots >= 0 || end < len(src) || bytes.HasSuffix(bytes.TrimRight(src, " \t\r\n"), []byte("\n---"))
}

// fenceHTML turns the body of an .html page into one raw HTML block for
// the markdown stage (see rawHTMLInfo). The opening fence takes the line
// of the closing "---", so every body line keeps its number; the fence is
// longer than any run of tildes in the body, so nothing in it closes it.
func fenceHTML(doc *Document) {
	if len(bytes.TrimSpace(doc.Body)) == 0 || doc.BodyLine < 2 {
		return
	}
	n := 3
	for _, l := range splitLines(doc.Body) {
		_, at := indentation(l)
		if at < len(l) && l[at] == '~' {
			n = max(n, len(fenceOf(l[at:]))+1)
		}
	}
	fence := bytes.Repeat([]byte("~"), n)
	out := make([]byte, 0, len(doc.Body)+2*n+len(rawHTMLInfo)+3)
	out = append(out, fence...)
	out = append(out, rawHTMLInfo...)
	out = append(out, '\n')
	out = append(out, doc.Body...)
	if !bytes.HasSuffix(out, nl) {
		out = append(out, '\n')
	}
	out = append(out, fence...)
	out = append(out, '\n')
	doc.Body, doc.BodyLine = out, doc.BodyLine-1
}

// templateComment matches a Nunjucks comment, {# … #}.
var templateComment = regexp.MustCompile(`(?s)\{#.*?#\}`)

// dropTemplateComments removes the Nunjucks comments of a template's
// body, keeping their lines so that the lines after them keep their
// numbers.
func dropTemplateComments(body []byte) []byte {
	if !bytes.Contains(body, []byte("{#")) {
		return body
	}
	return templateComment.ReplaceAllFunc(body, func(c []byte) []byte {
		return bytes.Repeat([]byte("\n"), bytes.Count(c, []byte("\n")))
	})
}
