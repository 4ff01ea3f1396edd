package content

import (
	"bytes"
	"path"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"lectern/internal/diag"
)

// wikiLink is a wikilink: "[[target]]", "[[target|text]]".
var wikiLink = regexp.MustCompile(`\[\[[^\[\]\n]+\]\]`)

// Limits of the title fallbacks.
const (
	maxLineTitle     = 80 // a first line longer than this is a paragraph
	maxSentenceTitle = 70
)

// fallbackTitle gives a document without a title one, in the order
// content.md gives: the heading that opens the body, else a short first
// line standing alone, else the file name made readable, or, when the file
// name is only numbers and hex noise, the start of the first sentence. A
// heading or line taken as the title is removed from the body, where it
// would show twice. Each fallback is a warning, but for a body that opens
// with a level-1 heading: that heading plainly is the title, as in a
// README, a page saved as markdown or a Franklin page whose front matter
// sets everything else, and there is nothing to tell the author. In a
// file with no front matter at all (plain is true), an opening "#"
// heading of any level is as plainly its title: a README of a folder of
// papers opening with "## Graphics" is shown by its code host under that
// heading, and has nowhere to write another. A line underlined with
// dashes still warns: it may be front matter written without its
// opening line.
func fallbackTitle(doc *Document, quiet, plain bool) {
	lines := splitLines(doc.Body)
	i := skipOpening(lines, 0)
	opening := i
	for i < len(lines) && (isBlank(lines[i]) || isThematicBreak(lines[i])) {
		i++
	}
	var title, source string
	taken, level, atx := 0, 0, false
	if i < len(lines) {
		line := lines[i]
		switch {
		case atxLevel(line) > 0:
			title, source, taken, level, atx = headingText(atxText(line)), "the first heading", 1, atxLevel(line), true
		case i+1 < len(lines) && isSetextUnderline(lines[i+1]) && isTitleLine(line):
			title, source, taken = headingText(cleanText(string(line))), "the first heading", 2
			if bytes.TrimSpace(lines[i+1])[0] == '=' {
				level = 1
			}
		case isTitleLine(line) && !linksOn(line) && utf8.RuneCount(bytes.TrimSpace(line)) <= maxLineTitle &&
			(i+1 == len(lines) || isBlank(lines[i+1])):
			title, source, taken = headingText(cleanText(string(line))), "the first line", 1
		}
	}
	pos := diag.Pos{File: doc.File, Line: doc.BodyLine + i, Col: 1}
	if title != "" {
		doc.Body = blankLines(doc.Body, lines, i, taken)
		trimmed := bytes.TrimLeft(doc.Body, "\n")
		doc.BodyLine += len(doc.Body) - len(trimmed)
		doc.Body = trimmed
	} else {
		title, source = readableFileName(doc.Path), "the file name"
		pos = diag.Pos{File: doc.File, Line: 1, Col: 1}
		if isNoise(title) && i < len(lines) {
			if s := firstSentence(lines[i:]); s != "" {
				title, source = s, "the first sentence"
				pos = diag.Pos{File: doc.File, Line: doc.BodyLine + i, Col: 1}
			}
		}
	}
	title = plainText(title)
	doc.Title = title
	if i == opening && (level == 1 || plain && atx) {
		quiet = true
	}
	if !quiet {
		doc.Diags.Warnf(pos, "no title, so %s %q is used; add \"title: …\" to the front matter to choose one", source, title)
	}
}

// inJekyllCollection reports whether path (relative to the content
// folder) is in a Jekyll collection's folder: _posts/, _tabs/, _talks/…
func inJekyllCollection(path string) bool {
	return strings.HasPrefix(path, "_") && strings.Contains(path, "/")
}

// sectionIntro reports whether file (relative to the content folder) is
// a Hugo section's intro below the root: _index.md, or a language's
// _index.fr.md.
func sectionIntro(file string) bool {
	stem, _, _ := strings.Cut(path.Base(file), ".")
	return strings.EqualFold(stem, "_index") && strings.Contains(file, "/")
}

// homeIntro reports whether file (relative to the content folder) is
// Hugo's home page intro: _index.md at the top, or a language's
// _index.fr.md. Hugo titles the home page by the site's title when it
// gives none, and Hugo Blox's starters leave it empty on purpose.
func homeIntro(file string) bool {
	stem, _, _ := strings.Cut(file, ".")
	return strings.EqualFold(stem, "_index") && IsMarkdown(file)
}

// opensWithTitle reports whether body opens with a level-1 heading,
// which fallbackTitle takes as the title without a word.
func opensWithTitle(body []byte) bool {
	lines := splitLines(body)
	i := skipOpening(lines, 0)
	if i == len(lines) {
		return false
	}
	return atxLevel(lines[i]) == 1 ||
		i+1 < len(lines) && isSetextUnderline(lines[i+1]) && isTitleLine(lines[i]) && bytes.TrimSpace(lines[i+1])[0] == '='
}

// titleized is a file name's words, each with its first letter upper
// case, as Jekyll titles a document from its slug ("my-first-talk" is
// "My First Talk").
func titleized(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) })
	for i, w := range words {
		words[i] = upperFirst(w)
	}
	return strings.Join(words, " ")
}

// splitLines returns the lines of text without their newlines.
func splitLines(text []byte) [][]byte {
	if len(text) == 0 {
		return nil
	}
	lines := bytes.Split(text, nl)
	if len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// dropRepeatedTitle removes the level-1 heading that opens doc's body
// when it says what the title says ("title: FAQ" over "# FAQ"): the
// theme shows the title as the page's heading, and many sites' own
// layouts did not, so their bodies repeat it. The line is emptied, so
// the lines after it keep their numbers.
func dropRepeatedTitle(doc *Document) {
	lines := splitLines(doc.Body)
	i := skipOpening(lines, 0)
	if i == len(lines) {
		return
	}
	var text string
	taken := 1
	switch {
	case atxLevel(lines[i]) == 1:
		text = atxText(lines[i])
	case i+1 < len(lines) && isSetextUnderline(lines[i+1]) && bytes.TrimSpace(lines[i+1])[0] == '=':
		text, taken = cleanText(string(lines[i])), 2
	default:
		return
	}
	if !titleTag.MatchString(strings.TrimSpace(text)) && !sameTitle(plainText(headingText(text)), doc.Title) {
		return
	}
	doc.Body = blankLines(doc.Body, lines, i, taken)
}

// titleTag matches a heading that is only the page's title filled in by
// a template tag: "# {{fill title}}" or "# {{title}}" (Franklin's),
// "# {{ page.title }}" (Liquid's). It says the title whatever it is.
var titleTag = regexp.MustCompile(`^\{\{\s*(?:fill\s+title|title|page\.title)\s*\}\}$`)

// sameTitle compares two titles as a reader would: case, spacing and a
// closing full stop aside.
func sameTitle(a, b string) bool {
	norm := func(s string) string {
		return strings.TrimRight(strings.Join(strings.Fields(s), " "), ".")
	}
	return a != "" && strings.EqualFold(norm(a), norm(b))
}

// blankLines returns a copy of text with n lines from line i emptied, so
// that the lines after them keep their numbers.
func blankLines(text []byte, lines [][]byte, i, n int) []byte {
	start := 0
	for _, l := range lines[:i] {
		start += len(l) + 1
	}
	end := start
	for _, l := range lines[i : i+n] {
		end += len(l) + 1
	}
	end = min(end, len(text))
	out := make([]byte, 0, len(text))
	out = append(out, text[:start]...)
	out = append(out, bytes.Repeat(nl, n)...)
	if end < len(text) {
		out = append(out, text[end:]...)
	}
	return out
}

// skipOpening returns the index of the first line from i that is
// neither blank nor an HTML comment standing on lines of its own
// ("<!-- Source: … -->" above "# Title"): a reader sees neither, so the
// heading after them is still the one that opens the page.
func skipOpening(lines [][]byte, i int) int {
	for i < len(lines) {
		s := bytes.TrimSpace(lines[i])
		switch {
		case len(s) == 0:
			i++
		case bytes.HasPrefix(s, []byte("<!--")):
			end := i
			for end < len(lines) && !bytes.Contains(lines[end][commentStart(lines, i, end):], []byte("-->")) {
				end++
			}
			if end == len(lines) || !bytes.HasSuffix(bytes.TrimSpace(lines[end]), []byte("-->")) {
				// Unclosed, or text after it on its line: that is
				// what opens the page.
				return i
			}
			i = end + 1
		default:
			return i
		}
	}
	return i
}

// commentStart is where to look for a comment's end on line end of a
// comment opening on line i: past the "<!--" on its first line, so that
// "<!-->" is not taken for one.
func commentStart(lines [][]byte, i, end int) int {
	if end != i {
		return 0
	}
	return bytes.Index(lines[i], []byte("<!--")) + 4
}

// linksOn reports whether a line holds a link: a markdown link, a
// wikilink ("[[Deliberate practice]]", as Obsidian and Quartz write
// them), an autolink or a bare address. Such a line ("Notes moved to [b.md](b.md)")
// is a sentence sending the reader on, not a title, and stays in the
// body.
func linksOn(line []byte) bool {
	return mdLink.Match(line) || wikiLink.Match(line) || bytes.Contains(line, []byte("://"))
}

func isBlank(line []byte) bool { return len(bytes.TrimSpace(line)) == 0 }

// isThematicBreak reports a line of three or more "-", "*" or "_" (with
// blanks between), indented less than four columns.
func isThematicBreak(line []byte) bool {
	w, at := indentation(line)
	if w > 3 {
		return false
	}
	var mark byte
	count := 0
	for _, c := range line[at:] {
		switch {
		case c == ' ' || c == '\t':
		case (c == '-' || c == '*' || c == '_') && (mark == 0 || c == mark):
			mark = c
			count++
		default:
			return false
		}
	}
	return count >= 3
}

// atxLevel returns the level of an ATX heading line ("## Title"), or 0.
func atxLevel(line []byte) int {
	w, at := indentation(line)
	if w > 3 {
		return 0
	}
	n := 0
	for at+n < len(line) && line[at+n] == '#' {
		n++
	}
	if n == 0 || n > 6 {
		return 0
	}
	if at+n < len(line) && line[at+n] != ' ' && line[at+n] != '\t' {
		return 0
	}
	return n
}

// atxText returns the text of an ATX heading without its marks.
func atxText(line []byte) string {
	s := strings.TrimSpace(string(line))
	s = strings.TrimLeft(s, "#")
	s = strings.TrimSpace(s)
	// A closing run of "#" preceded by a space is not part of the text.
	if t := strings.TrimRight(s, "#"); t != s && (t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t")) {
		s = strings.TrimSpace(t)
	}
	return s
}

func isSetextUnderline(line []byte) bool {
	w, at := indentation(line)
	s := bytes.TrimSpace(line[at:])
	if w > 3 || len(s) == 0 || (s[0] != '=' && s[0] != '-') {
		return false
	}
	for _, c := range s {
		if c != s[0] {
			return false
		}
	}
	return true
}

// isTitleLine reports whether a line is plain text that could be a title:
// not a list item, quote, fence, table row, HTML or image.
func isTitleLine(line []byte) bool {
	w, at := indentation(line)
	s := line[at:]
	if w > 3 || len(s) == 0 || isThematicBreak(line) {
		return false
	}
	switch s[0] {
	case '>', '<', '|', '`', '~', '!', '{':
		return false
	case '-', '*', '+':
		return len(s) > 1 && s[1] != ' ' && s[1] != '\t'
	}
	if r, _ := utf8.DecodeRune(s); isBullet(r) {
		return false
	}
	// Ordered list items: "1. " or "1) ".
	n := 0
	for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n+1 < len(s) && (s[n] == '.' || s[n] == ')') && s[n+1] == ' ' {
		return false
	}
	return true
}

// readableFileName turns "2019-04-01-my_first-talk.md" into "My first
// talk"; an index file takes its folder's name.
func readableFileName(path string) string {
	return readableName(defaultSlugSource(path))
}

// FolderTitle is the title of a list of the folder dir ("posts/talks"):
// its last name made readable ("Talks"), as a page's title is made from
// its file's name. A folder named by a date (2012-04-23) keeps its
// name: made readable it would be "2012 04 23".
func FolderTitle(dir string) string {
	name := path.Base(dir)
	if _, err := time.Parse("2006-01-02", name); err == nil {
		return name
	}
	return readableName(name)
}

// readableName is s with hyphens and underscores as spaces, its first
// letter upper case.
func readableName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '-' || r == '_' {
			return ' '
		}
		return r
	}, s)
	return upperFirst(strings.Join(strings.Fields(s), " "))
}

// defaultSlugSource is the part of the file name a default slug and title
// come from: no extension, no date prefix or suffix (ViennaJS-2013-11-27
// is ViennaJS), the folder of an index file.
func defaultSlugSource(path string) string {
	name := undatedPrefix(stemSource(path))
	if _, rest, ok := dateSuffix(name, time.UTC); ok {
		name = rest
	}
	return name
}

// undatedPrefix is name without its date prefix, unless nothing would
// be left.
func undatedPrefix(name string) string {
	if len(name) > 11 {
		if _, rest, ok := datePrefix(name, time.UTC); ok && rest != "" {
			return rest
		}
	}
	return name
}

// stemSource is the name of the page at path: its file's without the
// extension, or an index file's folder's.
func stemSource(path string) string {
	name := baseName(path)
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if name == "index" || name == "_index" {
		if dir := strings.TrimSuffix(strings.TrimSuffix(path, baseName(path)), "/"); dir != "" {
			name = baseName(dir)
		}
	}
	return name
}

// isNoise reports whether a readable file name is only numbers and long
// hex strings ("002 03c659c29ec7e8f4"), which no one would read as a
// title.
func isNoise(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return true
	}
	for _, w := range words {
		digits, hex := true, true
		for _, r := range strings.ToLower(w) {
			if r < '0' || r > '9' {
				digits = false
				if r < 'a' || r > 'f' {
					hex = false
				}
			}
		}
		if !digits && !(hex && len(w) >= 8) {
			return false
		}
	}
	return true
}

// firstSentence returns the first sentence of the paragraph at the start
// of lines, cut at a word boundary to at most maxSentenceTitle characters
// with an ellipsis.
func firstSentence(lines [][]byte) string {
	var para []string
	for _, l := range lines {
		if isBlank(l) {
			break
		}
		para = append(para, strings.TrimSpace(string(l)))
	}
	text := strings.Join(para, " ")
	for i, r := range text {
		if (r == '.' || r == '!' || r == '?') && (i+1 == len(text) || text[i+1] == ' ') {
			text = text[:i]
			break
		}
	}
	if utf8.RuneCountInString(text) <= maxSentenceTitle {
		return text
	}
	var b strings.Builder
	for _, w := range strings.Fields(text) {
		if b.Len() > 0 && utf8.RuneCountInString(b.String())+1+utf8.RuneCountInString(w) > maxSentenceTitle-1 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	cut := strings.TrimRightFunc(b.String(), func(r rune) bool { return unicode.IsPunct(r) && r != ')' && r != '"' })
	if cut == "" {
		// One word longer than the limit.
		cut = string([]rune(text)[:maxSentenceTitle-1])
	}
	return cut + "…"
}
