package content

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// DataPageName is the file name Jekyll's data page generator
// (jekyll-datapage_gen, page_gen: in _config.yml) gives the page of a
// record whose naming field is s, as its sanitize_filename makes it:
// accented Latin letters without their accents, lower case, the ends
// trimmed, each space a hyphen, and every character but ASCII letters,
// digits, "_", "." and "-" dropped, so "Case Studies – VoIP" is
// "case-studies--voip" and "callstats.io" keeps its dot. Its
// datapage_url filter names the page so, and the site's links with it.
func DataPageName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if t, ok := unaccented[r]; ok {
			r = t
		}
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r < unicode.MaxASCII && (r == '_' || r == '.' || r == '-' ||
			'a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unaccented are the letters the generator's table turns into ASCII
// that Unicode does not decompose into a letter and a mark.
var unaccented = map[rune]rune{
	'ð': 'd', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ĸ': 'k', 'ŀ': 'l', 'ł': 'l',
	'ŉ': 'n', 'ŋ': 'n', 'ø': 'o', 'ſ': 's', 'ŧ': 't',
}
