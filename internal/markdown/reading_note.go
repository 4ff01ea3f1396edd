package markdown

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxBylineWords is the most words a byline after "by" may have; a longer
// text is a sentence about the work ("by far the best…"), kept as a note.
const maxBylineWords = 16

// splitByline reads the author and the year written after a reading
// item's link, and returns the note without them:
//
//   - "by X" names the author up to the end of its sentence ("by Candea
//     and Fox. Follows up on…" → author "Candea and Fox", note "Follows
//     up on…");
//   - "- X", "– X", "— X" and "(X)" name the author when X reads as names:
//     two or more capitalized words, with "and", "&", commas and
//     particles ("van", "de") between them, and none of the words that
//     describe a document ("PDF", "Slides", "Video"…);
//   - a year ends any of them: "by Ada, 2016", "(Ada Lovelace, 2019)",
//     "(2019)".
//
// Anything else is the note as written, its leading separator and
// wrapping parentheses removed.
func splitByline(s string) (author string, year int, note string) {
	// A comma after the link only joins it to what follows.
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), ","))
	dashed := false
	if rest := trimSeparator(s); rest != s && !strings.HasPrefix(s, ":") {
		s, dashed = rest, true
	}
	if rest, ok := cutPrefixFold(s, "by "); ok {
		by, after := bylineEnd(rest)
		by, year = cutYear(by)
		if by != "" && len(strings.Fields(by)) <= maxBylineWords {
			return by, year, trimNote(strings.TrimSpace(after))
		}
	}
	inner, wrapped := s, false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && wraps(s) {
		inner, wrapped = strings.TrimSpace(s[1:len(s)-1]), true
	}
	if wrapped || dashed {
		names, y := cutYear(inner)
		switch {
		case names == "" && y != 0:
			return "", y, ""
		case nameLike(names):
			return names, y, ""
		}
	}
	return "", 0, trimNote(s)
}

// bylineEnd splits the text after "by" at the end of the byline: a full
// stop after a word of three letters or more (not an initial such as
// "N."), a semicolon, a dash between spaces, or a parenthesis that does
// not hold only a year.
func bylineEnd(s string) (by, rest string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ';':
			return strings.TrimSpace(s[:i]), s[i+1:]
		case c == '.' && (i+1 == len(s) || s[i+1] == ' ') && lastWordLen(s[:i]) >= 3:
			return strings.TrimSpace(s[:i]), s[i+1:]
		case c == '(' && i > 0:
			if _, y := cutYear(s[i:]); y == 0 || !wraps(s[i:]) {
				return strings.TrimSpace(s[:i]), s[i:]
			}
		case c == ' ':
			for _, d := range []string{" - ", " – ", " — "} {
				if strings.HasPrefix(s[i:], d) {
					return strings.TrimSpace(s[:i]), s[i+len(d):]
				}
			}
		}
	}
	return strings.TrimSpace(s), ""
}

// lastWordLen counts the letters of the last word of s.
func lastWordLen(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLetter(r) {
			break
		}
		n++
		s = s[:len(s)-size]
	}
	return n
}

// cutYear removes a year ending s (", 2019", " 2019", "(2019)", " in
// 2019") and returns it; 0 when s does not end with one.
func cutYear(s string) (string, int) {
	t := strings.TrimRight(strings.TrimSpace(s), ".")
	paren := strings.HasSuffix(t, ")")
	if paren {
		t = strings.TrimSuffix(t, ")")
	}
	if len(t) < 4 {
		return s, 0
	}
	y, ok := year(t[len(t)-4:])
	if !ok || (len(t) > 4 && isDigit(t[len(t)-5])) {
		return s, 0
	}
	head := strings.TrimSpace(t[:len(t)-4])
	if paren {
		var found bool
		if head, found = strings.CutSuffix(head, "("); !found {
			return s, 0
		}
		head = strings.TrimSpace(head)
	}
	head = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(head, ","), " in"))
	return strings.TrimSuffix(head, ","), y
}

// titleYear returns the year a title ends with in parentheses ("A
// Wait-Free Stack (2015)"), 0 when none.
func titleYear(title string) int {
	if !strings.HasSuffix(title, ")") {
		return 0
	}
	head, y := cutYear(title)
	if head == "" {
		return 0
	}
	return y
}

// year parses four digits as a plausible year of publication.
func year(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
	}
	y, _ := strconv.Atoi(s)
	return y, y >= 1400 && y <= 2999
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// nameConnectors may stand between the names of a byline.
var nameConnectors = map[string]bool{
	"and": true, "&": true, "et": true, "al": true, "von": true, "van": true,
	"de": true, "der": true, "den": true, "da": true, "di": true, "du": true,
	"la": true, "le": true, "y": true, "bin": true, "ibn": true,
}

// documentWords describe a document, not a person: a note such as
// "(Free Online Book)" or "— Slides And Video" is not a byline.
var documentWords = map[string]bool{
	"pdf": true, "slides": true, "video": true, "videos": true, "audio": true,
	"book": true, "paper": true, "free": true, "online": true, "archive": true,
	"draft": true, "part": true, "chapter": true, "edition": true, "talk": true,
	"blog": true, "post": true, "article": true, "transcript": true,
	"review": true, "summary": true, "code": true, "repo": true, "link": true,
	"version": true, "preprint": true, "abstract": true, "notes": true,
	"english": true, "translation": true, "podcast": true, "episode": true,
}

// nameLike reports whether s reads as one or more people's names: two or
// more capitalized words, connectors and commas between them, and no
// document word.
func nameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3*maxBylineWords {
		return false
	}
	capitals := 0
	for _, w := range words {
		w = strings.Trim(w, ",;.")
		lw := strings.ToLower(w)
		switch {
		case w == "":
		case documentWords[lw]:
			return false
		case nameConnectors[lw]:
		default:
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return false
			}
			capitals++
		}
	}
	return capitals >= 2
}

// maxTitleBylineWords is the most words a name at the end of a link's
// text may have ("by Gene Kim and Kevin Behr"); more is a phrase of the
// title.
const maxTitleBylineWords = 6

// titleByline splits a link's text that ends with its author, "Thinking
// Fast and Slow by Daniel Kahneman", into the title and the author, and a
// year after the author ("… by Ada Lovelace (2015)"). The author must read
// as names (nameLike, at most maxTitleBylineWords words) and the title
// keep two words at least, so that "Death by Black Hole" and "Stand by
// Me" stay titles.
func titleByline(title string) (string, string, int, bool) {
	i := strings.LastIndex(title, " by ")
	if i < 0 {
		return "", "", 0, false
	}
	head := strings.TrimRight(strings.TrimSpace(title[:i]), ",:;-–—")
	names, y := cutYear(strings.TrimSpace(title[i+len(" by "):]))
	if len(strings.Fields(head)) < 2 || len(strings.Fields(names)) > maxTitleBylineWords || !nameLike(names) {
		return "", "", 0, false
	}
	return strings.TrimSpace(head), names, y, true
}

// cutPrefixFold is strings.CutPrefix ignoring ASCII case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}
