package site

import (
	"regexp"
	"strings"
	"unicode"

	"lectern/internal/config"
	"lectern/internal/content"
)

// tagURL is the URL of the tag named name, whose slug is slug: at the
// tag pattern by its slug, or by its name as pl.TagNames spells it (see
// nameSegment; Hugo's is content.HugoNames'), so that a site's own links
// to its tag pages arrive. A name of which nothing is kept keeps the slug.
func tagURL(pl config.Permalinks, name, slug string) string {
	var seg string
	switch pl.TagNames {
	case config.TagFranklinNames:
		seg = nameSegment(name)
	case config.TagHugoNames:
		seg = content.HugoNames.Part(name)
	}
	if seg != "" {
		slug = seg
	}
	return expand(pl.Tag, slug, zeroTime)
}

// nameSegment spells name as a folder of a URL the way Franklin names
// its tag folders: HTML tags and character references dropped, then
// every character but a letter, a digit 0-9, "_", "-" and a space, in lower
// case, each run of spaces one underscore, and a double underscore one
// ("Machine Learning" is machine_learning, "C++" is c). Empty when
// nothing is left, and the slug is used.
func nameSegment(name string) string {
	name = htmlTagOrRef.ReplaceAllString(name, "")
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(strings.ToLower(name)) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsLetter(r) || '0' <= r && r <= '9' || r == '_' || r == '-':
		default:
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte('_')
			space = false
		}
		b.WriteRune(r)
	}
	return strings.ReplaceAll(b.String(), "__", "_")
}

// htmlTagOrRef is markup a tag's name may hold that its folder drops: a
// tag without attributes (<em>) and a numeric character reference.
var htmlTagOrRef = regexp.MustCompile(`<[a-z/]+>|&#[0-9]+;`)
