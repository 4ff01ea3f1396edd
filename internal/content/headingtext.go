package content

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Inline markdown of a heading taken for a title. An attribute list
// right after a link or image (Pandoc's "{width=50%}", kramdown's
// "{: .c}") is the element's.
var (
	mdImage    = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)(?:\{[^{}\s][^{}]*\})?`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)(?:\{[^{}\s][^{}]*\})?`)
	mdCode     = regexp.MustCompile("`([^`]+)`")
	mdStrong   = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	mdEmphasis = regexp.MustCompile(`\*([^*\s][^*]*)\*`)
	// Pandoc's bracketed span, "[text]{.class}" or "{#id}" or
	// "{key=value}", not an image's "![…]".
	mdSpan = regexp.MustCompile(`(^|[^!\\])\[([^\[\]]*)\]\{(?:[#.]|[A-Za-z_][\w-]*=)[^{}]*\}`)
)

// headingText is the plain text of a heading's markdown, as a title
// shows it: "# sorg [![Build](badge.svg)](ci)" is "sorg", links keep
// their text, code and emphasis their words; a heading that is only an
// image (a logo) is its alternative text. A bracketed span
// ("# [TALKS]{.third-color}", Pandoc's and Quarto's) is its text: the
// markdown stage reads it so where markdown is Pandoc's, and elsewhere
// the braces were never meant for a title.
func headingText(s string) string {
	if !strings.ContainsAny(s, "[`*_") {
		return s
	}
	s = withoutSpans(s)
	without := strings.TrimSpace(mdImage.ReplaceAllString(s, ""))
	if strings.Trim(mdLink.ReplaceAllString(without, "$1"), " []") == "" {
		// Only images: their alternative text.
		var alts []string
		for _, m := range mdImage.FindAllStringSubmatch(s, -1) {
			if a := strings.TrimSpace(m[1]); a != "" {
				alts = append(alts, a)
			}
		}
		without = strings.Join(alts, " ")
	}
	s = withoutSpans(mdLink.ReplaceAllString(without, "$1"))
	s = withoutUnderscoreEmphasis(s)
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$1")
	s = mdEmphasis.ReplaceAllString(s, "$1")
	return strings.Join(strings.Fields(s), " ")
}

// withoutSpans is s with each bracketed span replaced by its text, the
// innermost first, so that spans in spans go too.
func withoutSpans(s string) string {
	for strings.Contains(s, "]{") {
		t := mdSpan.ReplaceAllString(s, "$1$2")
		if t == s {
			break
		}
		s = t
	}
	return s
}

// withoutUnderscoreEmphasis is s without the "_" and "__" that mark
// emphasis, by CommonMark's rules: a run of "_" opens emphasis when it is
// left-flanking and not right-flanking or preceded by punctuation, and
// closes it in the mirror case, so the underscores inside a word
// (snake_case_name) are text and "_Keys_ Background" is "Keys
// Background". A closer is matched with the nearest opener before it,
// two marks at a time when both runs have two. Code spans are text: the
// underscores inside them are left alone.
func withoutUnderscoreEmphasis(s string) string {
	if strings.IndexByte(s, '_') < 0 {
		return s
	}
	type run struct{ at, n, left int } // left: the marks not yet matched
	var runs []run
	var stack []int // indexes in runs of the openers still open
	for i := 0; i < len(s); {
		if s[i] == '`' {
			i = pastCodeSpan(s, i)
			continue
		}
		if s[i] != '_' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '_' {
			j++
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		if i == 0 {
			before = ' '
		}
		if j == len(s) {
			after = ' '
		}
		leftFlank := !unicode.IsSpace(after) && (!isMarkdownPunct(after) || unicode.IsSpace(before) || isMarkdownPunct(before))
		rightFlank := !unicode.IsSpace(before) && (!isMarkdownPunct(before) || unicode.IsSpace(after) || isMarkdownPunct(after))
		canOpen := leftFlank && (!rightFlank || isMarkdownPunct(before))
		canClose := rightFlank && (!leftFlank || isMarkdownPunct(after))
		runs = append(runs, run{at: i, n: j - i, left: j - i})
		r := &runs[len(runs)-1]
		for canClose && r.left > 0 && len(stack) > 0 {
			o := &runs[stack[len(stack)-1]]
			use := 1
			if o.left >= 2 && r.left >= 2 {
				use = 2
			}
			o.left -= use
			r.left -= use
			if o.left == 0 {
				stack = stack[:len(stack)-1]
			}
		}
		if canOpen && r.left > 0 {
			stack = append(stack, len(runs)-1)
		}
		i = j
	}
	var b strings.Builder
	last := 0
	for _, r := range runs {
		if r.left == r.n {
			continue
		}
		// The marks matched go; an opener's come off its inside end, a
		// closer's too, which for a run of one kind is the same count.
		b.WriteString(s[last:r.at])
		b.WriteString(strings.Repeat("_", r.left))
		last = r.at + r.n
	}
	b.WriteString(s[last:])
	return b.String()
}

// pastCodeSpan returns the offset past the code span opening with the
// run of backticks at i, or past the run when no equal run closes it.
func pastCodeSpan(s string, i int) int {
	j := i
	for j < len(s) && s[j] == '`' {
		j++
	}
	fence := s[i:j]
	for k := j; k < len(s); {
		at := strings.Index(s[k:], fence)
		if at < 0 {
			break
		}
		end := k + at + len(fence)
		if end == len(s) || s[end] != '`' {
			return end
		}
		for end < len(s) && s[end] == '`' {
			end++
		}
		k = end
	}
	return j
}

// isMarkdownPunct reports CommonMark's punctuation: ASCII punctuation
// and Unicode's punctuation and symbols.
func isMarkdownPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return r > ' ' && r < 0x7f && !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}
