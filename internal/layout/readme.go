package layout

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// readmeNames are the file names a repository's README goes by, in the
// order they are looked for at the top of the source.
var readmeNames = []string{"README.md", "readme.md", "Readme.md", "README.markdown", "README"}

// IsReadme reports whether the source path f is a README ReadmeTitle
// reads.
func IsReadme(f string) bool { return slices.Contains(readmeNames, f) }

// ReadmeTitle returns the name a repository's README gives the project in
// the heading it opens with ("# PyCon AU 2018 website" gives "PyCon AU
// 2018"), or "" when the README does not open with a heading. A site
// whose configuration names it nowhere is called that rather than
// lectern's placeholder: the README's opening heading is how its authors
// name the repository. A heading further down is a section ("How to add
// an event"), not a name, and is not taken.
//
// Badges and other images go; a heading that is only an image (a logo)
// gives its alternative text. Links keep their text, emoji and a last
// word such as "website" or "repository", which names the repository
// rather than the site, are dropped.
func ReadmeTitle(fsys fs.FS) string {
	for _, name := range readmeNames {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			continue
		}
		return readmeTitle(src)
	}
	return ""
}

// htmlHeading matches an HTML h1 or h2, as READMEs centre their titles.
var htmlHeading = regexp.MustCompile(`(?is)^\s*(?:<p[^>]*>\s*)?<h[12][^>]*>(.*?)</h[12]>`)

// htmlTag matches a tag, and the alternative text of an image.
var (
	htmlTag = regexp.MustCompile(`<[^>]*>`)
	htmlAlt = regexp.MustCompile(`(?i)<img[^>]*\balt\s*=\s*["']([^"']*)["']`)
)

// readmeTitle is ReadmeTitle of one README's text.
func readmeTitle(src []byte) string {
	src = []byte(strings.TrimPrefix(string(src), "\uFEFF"))
	var title string
	if m := htmlHeading.FindSubmatch(src); m != nil {
		title = htmlTag.ReplaceAllString(string(m[1]), "")
		if strings.TrimSpace(title) == "" {
			if alt := htmlAlt.FindSubmatch(m[1]); alt != nil {
				title = string(alt[1])
			}
		}
	} else {
		doc := goldmark.New().Parser().Parse(text.NewReader(src))
		h, ok := doc.FirstChild().(*ast.Heading)
		if !ok || h.Level > 2 {
			return ""
		}
		var words, alts strings.Builder
		headingText(h, src, &words, &alts)
		title = words.String()
		if strings.TrimSpace(title) == "" {
			title = alts.String()
		}
	}
	return cleanTitle(title)
}

// headingText writes the text of n's children into words, leaving out
// images, whose alternative text it writes into alts instead.
func headingText(n ast.Node, src []byte, words, alts *strings.Builder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			words.Write(c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				words.WriteByte(' ')
			}
		case *ast.String:
			words.Write(c.Value)
		case *ast.CodeSpan:
			headingText(c, src, words, words)
		case *ast.Image:
			var alt strings.Builder
			headingText(c, src, &alt, &alt)
			alts.WriteString(alt.String())
			alts.WriteByte(' ')
		case *ast.RawHTML:
			// An inline tag says nothing of the name.
		default:
			headingText(c, src, words, alts)
		}
	}
}

// repositoryWords end a README's heading when it names the repository
// rather than the site: "EuroPython Website", "JuliaCon website".
var repositoryWords = []string{"web site", "website", "site", "repository", "repo", "source code", "source", "homepage", "home page"}

// cleanTitle drops emoji and white space runs from a heading's text, then
// a last word naming the repository; a result of more than 80 characters
// is a sentence, not a name, and gives "".
func cleanTitle(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.Is(unicode.So, r), unicode.Is(unicode.Sk, r), r == '\uFE0F', r == '\u200D':
			return -1
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimRight(s, " :–—-|·")
	lower := strings.ToLower(s)
	for _, w := range repositoryWords {
		if rest, ok := strings.CutSuffix(lower, " "+w); ok && strings.TrimSpace(rest) != "" {
			s = strings.TrimRight(s[:len(rest)], " :–—-|·")
			break
		}
	}
	if s == "" || utf8.RuneCountInString(s) > 80 {
		return ""
	}
	return s
}
