package content

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"

	"lectern/internal/diag"
)

// isMDX reports whether file is MDX (markdown with JSX), as Astro,
// Docusaurus and Next.js sites write pages.
func isMDX(file string) bool {
	return strings.EqualFold(path.Ext(file), ".mdx")
}

// stripMDX leaves out of an .mdx body what markdown cannot show: ESM
// import and export statements at the start of a line, and JSX elements
// whose name is capitalised (<Image …/>, <ButtonLink …>…</ButtonLink>)
// starting a line, attributes and children included, except that an
// element framing prose keeps its children (jsxWrapper, and jsxOneLine
// for one written on a single line). Each line left out
// becomes an empty line, so that every other line keeps its number. Code
// fences are left alone. One warning, at the first thing left out, says
// what was. Lowercase tags are HTML and stay, under the raw HTML policy.
func stripMDX(doc *Document) {
	body := doc.Body
	lines := splitLines(body)
	if len(lines) == 0 {
		return
	}
	out := make([]byte, 0, len(body))
	var (
		imports, exports, jsx int
		names                 []string
		first                 = -1
		firstCol              = 1
		firstESM              = -1
		code                  fences
		leftOut               = make([]bool, len(lines))
		// shown holds the markdown that stands for an element lectern
		// can show (an imported picture, a YouTube video), by line.
		shown  = map[int][]byte{}
		images = imageImports(lines)
		// shift holds how far a wrapper's children were moved left, by
		// line, so that a warning names the column as written.
		shift     = make([]int, len(lines))
		unwrapped bool
	)
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if code.skip(l) {
			continue
		}
		switch {
		case bytes.HasPrefix(l, []byte("import ")) || bytes.HasPrefix(l, []byte("export ")):
			end := statementEnd(lines, i)
			if firstESM < 0 {
				firstESM = i
			}
			if bytes.HasPrefix(l, []byte("import ")) {
				imports++
			} else {
				exports++
			}
			for j := i; j <= end; j++ {
				leftOut[j] = true
			}
			i = end
		default:
			w, at := indentation(l)
			if w > 3 {
				continue
			}
			name, end, ok := jsxElement(lines, i, at)
			if !ok {
				continue
			}
			if md := jsxMarkdown(bytes.Join(lines[i:end+1], nl), images); md != nil {
				shown[i] = md
				for j := i; j <= end; j++ {
					leftOut[j] = true
				}
				i = end
				continue
			}
			if end == i {
				if md, ok := jsxOneLine(l, at, name); ok {
					shown[i], leftOut[i], unwrapped = md, true, true
					continue
				}
			}
			if open, heading, ok := jsxWrapper(lines, i, at, end, name); ok {
				if heading != "" {
					shown[i] = []byte(heading)
				}
				for j := i; j <= open; j++ {
					leftOut[j] = true
				}
				leftOut[end] = true
				n := childIndent(lines, open+1, end)
				for j := open + 1; j < end; j++ {
					if len(bytes.TrimSpace(lines[j])) == 0 {
						lines[j] = lines[j][:0]
						continue
					}
					lines[j] = lines[j][n:]
					shift[j] += n
				}
				unwrapped = true
				i = open
				continue
			}
			if first < 0 {
				first, firstCol = i, at+1+shift[i]
			}
			jsx++
			if !containsString(names, name) {
				names = append(names, name)
			}
			for j := i; j <= end; j++ {
				leftOut[j] = true
			}
			i = end
		}
	}
	// An import shows nothing by itself: it is worth a word when what it
	// brought in is lost (a component left out), an export always (its
	// values may be shown in the text).
	esm := exports
	if jsx > 0 {
		esm += imports
	}
	if esm > 0 && (first < 0 || firstESM < first) {
		first, firstCol = firstESM, 1
	}
	if firstESM < 0 && first < 0 && len(shown) == 0 && !unwrapped {
		return
	}
	for i, l := range lines {
		if md, ok := shown[i]; ok {
			out = append(out, md...)
		} else if !leftOut[i] {
			out = append(out, l...)
		}
		if i < len(lines)-1 || bytes.HasSuffix(body, nl) {
			out = append(out, '\n')
		}
	}
	doc.Body = out
	if esm == 0 && jsx == 0 {
		return
	}
	var what []string
	if esm > 0 {
		what = append(what, plural(esm, "import/export statement"))
	}
	if jsx > 0 {
		tags := make([]string, len(names))
		for i, n := range names {
			tags[i] = "<" + n + ">"
		}
		what = append(what, plural(jsx, "JSX element")+" ("+strings.Join(tags, ", ")+")")
	}
	doc.Diags.Warnf(diag.Pos{File: doc.File, Line: doc.BodyLine + first, Col: firstCol},
		"left out %s: lectern reads .mdx as markdown and does not run JavaScript or components; write what they showed in markdown to keep it", strings.Join(what, " and "))
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// fences follows the fenced code blocks of a body line by line, so that
// a scan for markup leaves what they hold alone.
type fences struct{ open []byte }

// skip reports whether line l belongs to a fenced code block: it opens
// one, closes the open one, or lies inside it.
func (f *fences) skip(l []byte) bool {
	if f.open != nil {
		if _, at := indentation(l); closesFence(l[at:], f.open) {
			f.open = nil
		}
		return true
	}
	if o := opensFence(l); o != nil {
		f.open = o
		return true
	}
	return false
}

// opensFence returns the run of backticks or tildes of a line that opens
// a fenced code block, or nil.
func opensFence(l []byte) []byte {
	w, at := indentation(l)
	if w > 3 || at >= len(l) || (l[at] != '`' && l[at] != '~') {
		return nil
	}
	f := fenceOf(l[at:])
	if len(f) < 3 || (f[0] == '`' && bytes.IndexByte(l[at+len(f):], '`') >= 0) {
		return nil
	}
	return f
}

// statementEnd returns the last line of the import or export statement
// that starts on line i: the first line at which its brackets balance and
// that does not end with an operator or comma.
func statementEnd(lines [][]byte, i int) int {
	depth := 0
	for j := i; j < len(lines); j++ {
		for _, c := range lines[j] {
			switch c {
			case '{', '(', '[':
				depth++
			case '}', ')', ']':
				depth--
			}
		}
		t := bytes.TrimRight(lines[j], " \t;")
		if depth <= 0 && !bytes.HasSuffix(t, []byte(",")) && !bytes.HasSuffix(t, []byte("=")) {
			return j
		}
	}
	return len(lines) - 1
}

// openingTagEnd finds the end of a JSX opening tag whose attributes
// start at column col of line i: the first ">" (or "/>") outside quoted
// strings and {…} expressions, which may hold ">" and span lines. It
// returns the line and column just past it, and whether the tag closes
// itself; line is len(lines) when the tag never ends.
func openingTagEnd(lines [][]byte, i, col int) (line, next int, selfClosing bool) {
	depth := 0
	var quote byte
	for line = i; line < len(lines); line, col = line+1, 0 {
		s := lines[line]
		for ; col < len(s); col++ {
			c := s[col]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '"' || c == '\'' || c == '`':
				quote = c
			case c == '{':
				depth++
			case c == '}':
				depth--
			case depth == 0 && c == '/' && col+1 < len(s) && s[col+1] == '>':
				return line, col + 2, true
			case depth == 0 && c == '>':
				return line, col + 1, false
			}
		}
	}
	return len(lines), 0, false
}

// jsxOpen reports whether s starts with "<" and a capital letter.
func jsxOpen(s []byte) bool {
	return len(s) > 1 && s[0] == '<' && s[1] >= 'A' && s[1] <= 'Z'
}

// jsxElement reads the JSX element that starts at column at of line i: a
// capitalised tag with its attributes (quoted strings and {…} expressions
// may hold ">" and span lines), then, unless it closes itself, everything
// up to its matching closing tag. It returns the element's name and last
// line; ok is false when the line does not start one or it never ends.
func jsxElement(lines [][]byte, i, at int) (name string, end int, ok bool) {
	l := lines[i]
	if !jsxOpen(l[at:]) {
		return "", 0, false
	}
	j := at + 1
	for j < len(l) && (isNameByte(l[j]) || l[j] == '.') {
		j++
	}
	name = string(l[at+1 : j])
	// Read the opening tag, which may span lines.
	line, col, selfClosing := openingTagEnd(lines, i, j)
	if line >= len(lines) {
		return "", 0, false
	}
	if selfClosing {
		return name, line, true
	}
	// Find the matching closing tag, counting elements of the same name
	// opened inside it.
	open, closing := []byte("<"+name), []byte("</"+name+">")
	nested := 1
	for ; line < len(lines); line, col = line+1, 0 {
		s := lines[line][col:]
		for len(s) > 0 {
			o, c := bytes.Index(s, open), bytes.Index(s, closing)
			if c < 0 && o < 0 {
				break
			}
			if o >= 0 && (c < 0 || o < c) {
				after := o + len(open)
				if after == len(s) || !isNameByte(s[after]) {
					// A nested element of the same name; a self-closing
					// one closes itself on this line in practice.
					if rest := s[after:]; !bytes.Contains(rest[:lineOrTagEnd(rest)], []byte("/>")) {
						nested++
					}
				}
				s = s[after:]
				continue
			}
			nested--
			if nested == 0 {
				return name, line, true
			}
			s = s[c+len(closing):]
		}
	}
	return "", 0, false
}

// lineOrTagEnd returns the length of s up to and including its first ">",
// or len(s).
func lineOrTagEnd(s []byte) int {
	if n := bytes.IndexByte(s, '>'); n >= 0 {
		return n + 1
	}
	return len(s)
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// imageImport matches an ESM import of a picture file, as MDX pages
// import what an <Image> shows: import hero from './images/hero.png'.
var imageImport = regexp.MustCompile(`^import\s+([A-Za-z_$][\w$]*)\s+from\s+['"]([^'"]+\.(?i:png|jpe?g|webp|gif|svg|avif))['"]`)

// imageImports maps the names that the import statements of lines give
// to pictures to those pictures' paths.
func imageImports(lines [][]byte) map[string]string {
	var out map[string]string
	for _, l := range lines {
		if m := imageImport.FindSubmatch(l); m != nil {
			if out == nil {
				out = map[string]string{}
			}
			out[string(m[1])] = string(m[2])
		}
	}
	return out
}

// The attributes jsxMarkdown reads.
var (
	jsxSrcName = regexp.MustCompile(`\bsrc=\{\s*([A-Za-z_$][\w$]*)\s*\}`)
	jsxAlt     = regexp.MustCompile(`\balt=(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})`)
	jsxVideoID = regexp.MustCompile(`\b(?:id|videoId|videoid)=(?:"([\w-]{6,})"|'([\w-]{6,})')`)
	jsxYouTube = regexp.MustCompile(`^<\s*(?i:youtube|youtubeembed|youtubevideo|liteyoutube)\b`)
)

// jsxMarkdown returns the markdown that shows what the JSX element el
// shows, for the elements lectern can show without running them: one
// whose src is an imported picture (Astro's <Image src={hero} alt="…"/>)
// becomes that picture, a YouTube component given a video's id
// (<YouTube id="…"/>) a link to the video, and a component given an
// address and text a link to it (jsxLink). nil for any other element.
func jsxMarkdown(el []byte, images map[string]string) []byte {
	el = bytes.TrimSpace(el)
	if m := jsxSrcName.FindSubmatch(el); m != nil {
		if file, ok := images[string(m[1])]; ok {
			alt := ""
			if a := jsxAlt.FindSubmatch(el); a != nil {
				alt = string(bytes.Join(a[1:], nil))
			}
			return []byte("![" + escapeAlt(alt) + "](<" + file + ">)")
		}
	}
	if jsxYouTube.Match(el) {
		if m := jsxVideoID.FindSubmatch(el); m != nil {
			id := string(bytes.Join(m[1:], nil))
			return []byte("[Watch the video on YouTube](https://www.youtube.com/watch?v=" + id + ")")
		}
	}
	if link := jsxLink(string(el)); link != "" {
		return []byte(link)
	}
	return nil
}

// escapeAlt escapes what would end a markdown image's alternative text.
func escapeAlt(s string) string {
	return strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`, "\n", " ").Replace(s)
}
