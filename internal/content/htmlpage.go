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
	if len(bytes.TrimSpace(doc.Body)) > 0 || doc.Extras().RedirectTo != "" {
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
// as template code is: with a warning, unless the records' pages are at
// the template's URLs (Options.RecordPages).
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
	if doc.Kind != KindPage || doc.Extras().RedirectTo != "" || IsTemplate(doc.File) || len(bytes.TrimSpace(doc.Body)) > 0 {
		return ""
	}
	l, _ := doc.Params["layout"].(string)
	name := layoutName(l)
	if name == "" || genericLayouts[name] || (doc.Summary != "" || len(doc.Tags) > 0) && !listLayouts[name] {
		return ""
	}
	return l
}

// listIntro reports whether doc introduces the list its layout or type
// makes (Document.ListIntro): a page with a body that stands for one of
// lectern's own lists (listOf). Without a body a page whose layout names
// the list is left out instead (layoutMade); one whose type names it
// shows nothing of its own and yields its URL to the list.
func listIntro(doc *Document) bool {
	return doc.Extras().ListOf != "" && len(bytes.TrimSpace(doc.Body)) > 0
}

// listOf returns the list of lectern's that doc, a page, stands for
// (Document.ListOf): the one its layout names (listLayouts), else the
// one its Hugo type names (typeLists), as Hugo picks a page's layout by
// its type (devopsdays' program.md, Type = "program", rendered by the
// theme's layouts/program/single.html from the event's data); "" for a
// page of another kind, a redirect or a template.
func listOf(doc *Document) string {
	if doc.Kind != KindPage || doc.Extras().RedirectTo != "" || IsTemplate(doc.File) {
		return ""
	}
	name := layoutName(textParam(doc, "layout"))
	if !listLayouts[name] {
		if name = layoutName(textParam(doc, "type")); !typeLists[name] {
			return ""
		}
	}
	list := listNamed(name)
	if list == "schedule" && sectionHeading.Match(doc.Body) {
		// A page of sections of its own (a day per heading) is a
		// programme written by hand, not a few words over the one its
		// layout makes: it stays the author's page.
		return ""
	}
	return list
}

// sectionHeading matches a heading of a body, in markdown or HTML.
var sectionHeading = regexp.MustCompile(`(?im)^ {0,3}#{1,6}(?:[ \t]|$)|<h[1-6][\s>]`)

// textParam is the text of doc's field key, whatever its case, as Hugo
// reads front matter keys (devopsdays writes Type = "program"); "" for
// none or a value of another type.
func textParam(doc *Document, key string) string {
	if s, ok := doc.Params[key].(string); ok {
		return s
	}
	for k, v := range doc.Params {
		if s, ok := v.(string); ok && strings.EqualFold(k, key) {
			return s
		}
	}
	return ""
}

// listNamed is the list a layout or type name stands for: a programme
// by any of its names is the schedule, sessions are talks.
func listNamed(name string) string {
	switch name {
	case "program", "programme", "agenda":
		return "schedule"
	case "sessions":
		return "talks"
	}
	return name
}

// typeLists are the Hugo types that name one of lectern's lists. They
// are fewer than listLayouts: a type also names a page's kind ("type:
// post") or a talk's format ("type: keynote"), so only the names of a
// conference's own lists are read as one.
var typeLists = map[string]bool{
	"schedule": true, "program": true, "programme": true, "agenda": true,
	"speakers": true, "sponsors": true, "talks": true, "sessions": true,
}

// listLayouts name the lists lectern makes itself: a page of one of them
// with no body is left out even with a summary (PaperMod's search.md
// says "summary: search"), as lectern's own page belongs at its URL.
var listLayouts = map[string]bool{
	"search": true, "tags": true, "categories": true, "archives": true, "archive": true, "schedule": true,
	"program": true, "programme": true, "agenda": true, "speakers": true, "talks": true, "sessions": true,
	"posts": true, "notes": true, "events": true, "terms": true, "taxonomy": true,
}

// OwnList reports whether layout names one of the lists lectern makes
// itself at the URL such a page has (listLayouts: search, tags…). An
// archive of posts (archiveLayouts) is not one: lectern lists the posts
// at the notes' URL, not at /archives/ (see ListedKind).
func OwnList(layout string) bool {
	name := layoutName(layout)
	return listLayouts[name] && !archiveLayouts[name]
}

// archiveLayouts are the layouts of a blog's archive, every post by
// year (PaperMod's and Stack's archives.md): a list of the notes.
var archiveLayouts = map[string]bool{"archives": true, "archive": true}

// ListLayout is layout's name, lower case and without its extensions
// ("categories" of "Categories.html"), when it is one of the lists
// lectern makes itself (OwnList); "" otherwise.
func ListLayout(layout string) string {
	if name := layoutName(layout); listLayouts[name] {
		return name
	}
	return ""
}

// ListedKind is the kind whose pages a page made by its layout lists,
// as lectern's own list of that kind stands in for it: the layout's name
// when it names a kind's folder (books, talks, speakers), a shelf of
// books (bookshelf) or an archive of posts (archives: the notes), else, for a folder's index page, the folder's kind
// (content/books/_index.md). ok is false when neither tells.
func ListedKind(doc *Document) (Kind, bool) {
	l, _ := doc.Params["layout"].(string)
	name := layoutName(l)
	if k, ok := folderKinds[name]; ok && k != KindPage {
		return k, true
	}
	if shelfLayouts[name] {
		return KindReading, true
	}
	if archiveLayouts[name] {
		return KindNote, true
	}
	if stem := strings.TrimSuffix(path.Base(doc.Path), path.Ext(doc.Path)); stem == "_index" || stem == "index" {
		if k, ok := FolderKind(doc.Path); ok && k != KindPage {
			return k, true
		}
	}
	return "", false
}

// shelfLayouts are layout names of a list of books beside the reading
// folders' (folderKinds).
var shelfLayouts = map[string]bool{"bookshelf": true, "bookshelves": true, "library": true, "reading-list": true, "readinglist": true, "reading_list": true}

// genericLayouts are layouts that show the page's own body, whatever the
// page: a page with one of them and no body is an empty page, not a page
// its layout makes.
var genericLayouts = map[string]bool{
	"default": true, "page": true, "single": true, "post": true, "base": true, "none": true, "null": true,
	"wide": true, "article": true, "main": true, "plain": true, "basic": true, "blank": true, "simple": true,
	"full": true, "full-width": true, "fullwidth": true, "content": true, "text": true, "markdown": true,
}

// nunjucksCode returns the first tag of body that only Nunjucks reads
// ({% block %}, {% extends %}, {% set %}, {% macro %}, {% if not x %}):
// an .html page of an Eleventy site whose HTML engine is Nunjucks, code
// lectern does not run, as it runs Liquid; "" when there is none.
func nunjucksCode(body []byte) string {
	if m := nunjucksTag.Find(body); m != nil {
		return string(m)
	}
	return ""
}

// nunjucksTag matches a statement of Nunjucks that Liquid lacks.
var nunjucksTag = regexp.MustCompile(`\{%-?\s*(?:(?:block|extends|set|macro|import|from|call|filter|elif|elseif)\b|(?:if|elif|unless)\s+not\b)[^%]*%\}`)

// otherFileTemplate returns what makes doc, an .html page, the template
// of a file of another kind: a url naming such a file ("/feed.xml",
// "/sitemap.xml", as Jekyll and Eleventy sites make them from HTML
// files) over a body with template tags, which lectern does not write
// as a page; "" for any other page.
func otherFileTemplate(doc *Document) string {
	if doc == nil || !isHTML(doc.File) || doc.URL == "" {
		return ""
	}
	switch strings.ToLower(path.Ext(strings.TrimSuffix(doc.URL, "/"))) {
	case "", ".html", ".htm":
		return ""
	}
	if !bytes.Contains(doc.Body, []byte("{%")) && !bytes.Contains(doc.Body, []byte("{{")) {
		return ""
	}
	return cmpOr(doc.Extras().Code, "url: "+doc.URL)
}

// unrunnable returns what makes doc, an .html page, a template lectern
// does not publish: Nunjucks (nunjucksCode), the other tool's home page
// (an index.html at the top that loops), or the template of a file of
// another kind (otherFileTemplate); "" for any other page, whose Liquid
// runs as a markdown page's does.
func unrunnable(doc *Document) string {
	if doc == nil || !isHTML(doc.File) || IsTemplate(doc.File) {
		return otherFileTemplate(doc)
	}
	if code := nunjucksCode(doc.Body); code != "" {
		return code
	}
	if doc.Extras().Code != "" && isHTML(doc.Path) && isRootIndex(strings.TrimSuffix(doc.Path, path.Ext(doc.Path))+".md") {
		// The home page of the site's own layout, a loop over its
		// posts: lectern makes its own.
		return doc.Extras().Code
	}
	return otherFileTemplate(doc)
}

// htmlRootIndex reports whether doc is an index.html at the top of the
// site whose body does not loop: the site's home page text, which
// introduces lectern's home page as an index.md there does. A whole
// document there is the author's own home page, not an introduction:
// it takes the address, and lectern's home page gives way (render's
// claims).
func htmlRootIndex(doc *Document) bool {
	return isHTML(doc.Path) && doc.Extras().Code == "" && !doc.Extras().Standalone && isRootIndex(strings.TrimSuffix(doc.Path, path.Ext(doc.Path))+".md")
}

// wholeDocument reports whether body, an HTML page's, is a whole
// document: its first markup, after blank lines and comments (HTML's,
// Liquid's), opens with a doctype or an <html> element.
func wholeDocument(body []byte) bool {
	rest := body
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n")
		m := leadingComment.FindIndex(rest)
		if m == nil || m[0] != 0 {
			break
		}
		rest = rest[m[1]:]
	}
	return documentStart.Match(rest)
}

// documentTitle returns the text of the <title> of body, a whole
// document, "" when it has none or its text is a template tag's.
func documentTitle(body []byte) string {
	m := documentTitleTag.FindSubmatch(body)
	if m == nil || bytes.Contains(m[1], []byte("{{")) || bytes.Contains(m[1], []byte("{%")) {
		return ""
	}
	return plainText(cleanText(string(m[1])))
}

var (
	// documentTitleTag matches a document's <title> element.
	documentTitleTag = regexp.MustCompile(`(?is)<title\b[^>]*>(.*?)</title\s*>`)
	// leadingComment matches an HTML comment or a Liquid comment block.
	leadingComment = regexp.MustCompile(`^(?s:<!--.*?-->|\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\})`)
	// documentStart matches the opening of a whole HTML document.
	documentStart = regexp.MustCompile(`^(?i:<!doctype\s+html\b|<html[\s>])`)
)

// loopCode returns the first loop of body's template code ("{% for t in
// site.talks %}"): what makes an HTML page a list another tool's
// templates make, "" for a page of text whose Liquid only fills in
// values, tests and includes.
func loopCode(body []byte) string {
	if m := loopTag.Find(body); m != nil {
		return string(m)
	}
	return ""
}

// loopTag matches a Liquid or Nunjucks loop.
var loopTag = regexp.MustCompile(`\{%-?\s*(?:for|tablerow|paginate)\b[^%]*%\}`)

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

// The heading that opens an HTML page's body, as the page's own layout
// had none (`<header><h1>{{ page.heading }}</h1></header>`), repeats the
// title the theme shows above it; dropRepeatedHTMLTitle removes it as
// dropRepeatedTitle removes a markdown body's.
var (
	htmlH1       = regexp.MustCompile(`(?is)<h1\b[^>]*>(.*?)</h1\s*>`)
	htmlTag      = regexp.MustCompile(`(?s)<[^>]*>`)
	liquidOfPage = regexp.MustCompile(`^\{\{-?\s*page\.(\w+)\s*-?\}\}$`)
	// statementTagAny is any Liquid tag ({% seo %}, {% include nav.html %}),
	// which writes no heading of the page's text before its own.
	statementTagAny = regexp.MustCompile(`(?s)\{%.*?%\}`)
)

// dropRepeatedHTMLTitle removes the first <h1> of doc's HTML body when
// nothing but markup and template tags comes before it and it says what
// the title says, as text or as the page's own value ({{ page.title }},
// {{ page.heading }} where heading is the title). Its lines are kept as
// blank lines, so that the lines after it keep their numbers.
func dropRepeatedHTMLTitle(doc *Document, f *fields) {
	loc := htmlH1.FindSubmatchIndex(doc.Body)
	if loc == nil {
		return
	}
	before := doc.Body[:loc[0]]
	if bytes.HasPrefix(before, []byte("~~~")) {
		// The fence fenceHTML opened the body with.
		_, before, _ = bytes.Cut(before, nl)
	}
	if len(bytes.TrimSpace(htmlTag.ReplaceAll(statementTagAny.ReplaceAll(before, nil), nil))) > 0 {
		return
	}
	text := strings.TrimSpace(string(doc.Body[loc[2]:loc[3]]))
	if m := liquidOfPage.FindStringSubmatch(text); m != nil {
		text = doc.Title
		if m[1] != "title" {
			text = f.peek(m[1])
		}
	}
	text = strings.TrimSpace(htmlTag.ReplaceAllString(text, ""))
	if strings.Contains(text, "{") || !sameTitle(plainText(text), doc.Title) {
		return
	}
	h1 := doc.Body[loc[0]:loc[1]]
	out := make([]byte, 0, len(doc.Body))
	out = append(out, doc.Body[:loc[0]]...)
	out = append(out, bytes.Repeat(nl, bytes.Count(h1, nl))...)
	doc.Body = append(out, doc.Body[loc[1]:]...)
}
