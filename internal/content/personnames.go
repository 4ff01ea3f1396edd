package content

import (
	"path"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitNames splits one field that names several people into names.
// The rule is conservative, as a wrong split invents two people: the text
// is split on ";", "&", " and " and "," outside parentheses, and only when
// every part is a name: it has a letter, it is not a suffix ("Jr.", "PhD")
// and, for a comma, the parts are not two single words ("Lovelace, Ada"
// is one person written family name first) unless one is written in a
// script whose names have no spaces (see unspaced). Otherwise the text is
// one name.
func splitNames(s string) []string {
	s = cleanText(s)
	var parts []string
	depth, start, commaOnly := 0, 0, true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case depth > 0:
		case c == ',' || c == ';':
			parts = append(parts, s[start:i])
			start = i + 1
			commaOnly = commaOnly && c == ','
		case c == '&' || strings.HasPrefix(s[i:], " and "):
			parts = append(parts, s[start:i])
			if c == '&' {
				start = i + 1
			} else {
				start = i + len(" and ")
			}
			commaOnly = false
			i = start - 1
		}
	}
	parts = append(parts, s[start:])
	var out []string
	for _, n := range parts {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	if len(out) <= 1 {
		return out
	}
	for _, n := range out {
		if !isName(n) {
			return []string{s}
		}
	}
	if commaOnly && len(out) == 2 && !strings.Contains(out[0], " ") && !strings.Contains(out[1], " ") &&
		!unspaced(out[0]) && !unspaced(out[1]) {
		return []string{s}
	}
	return out
}

// unspaced reports whether s is written in a script whose names take no
// space between family and given name (Han, Hangul, Kana): "고병수,
// 이수정" is two people, never one written family name first.
func unspaced(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana)
	}) >= 0
}

// nameSuffixes are the parts after a comma that belong to the name before.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "phd": true, "md": true, "esq": true}

// isName reports whether s can be a person's name on its own.
func isName(s string) bool {
	if nameSuffixes[strings.ToLower(strings.Trim(s, ". "))] {
		return false
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// personFromName makes a person of a name, or of a speaker page's slug
// when the text is one ("andrew-godwin"), or of the path of a person's
// page ("_participants/andrea-leopardi.md", as the relation fields of
// Forestry, CloudCannon and Decap write them), which names the page by
// its file's slug (see FileSlug). Parentheses after the name hold
// pronouns or a role; they are kept apart (see splitParens).
func personFromName(name string) Person {
	if isPagePath(name) {
		return personFromSlug(FileSlug(strings.TrimSpace(name)))
	}
	name, pronouns, role := splitParens(plainText(name))
	if strings.Contains(name, "-") && !strings.ContainsAny(name, " \t") && Slugify(name) == name {
		p := personFromSlug(name)
		p.Pronouns, p.Role = pronouns, role
		return p
	}
	return Person{Name: name, Slug: Slugify(name), Pronouns: pronouns, Role: role}
}

// pronounWords are the words that make a parenthesis pronouns rather than
// a role: "(he/him)", "(She/Her)", "(they/them)", "(any pronouns)".
var pronounWords = map[string]bool{
	"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true,
	"they": true, "them": true, "theirs": true, "xe": true, "xem": true, "ze": true, "zir": true, "hir": true,
	"it": true, "its": true, "any": true, "pronouns": true, "all": true,
}

// splitParens takes the parentheses off the end of a name: "Ryan Cheley
// (he/him)" is "Ryan Cheley" with pronouns "he/him", and "Ada Lovelace
// (Keynote speaker)" is "Ada Lovelace" with the role "Keynote speaker".
// A parenthesis is pronouns when all its words are pronouns; else a role.
// A name that is nothing but a parenthesis is kept as written.
func splitParens(name string) (rest, pronouns, role string) {
	rest = name
	for strings.HasSuffix(rest, ")") {
		open := strings.LastIndexByte(rest, '(')
		if open <= 0 || strings.TrimSpace(rest[:open]) == "" {
			break
		}
		inner := strings.TrimSpace(rest[open+1 : len(rest)-1])
		rest = strings.TrimSpace(rest[:open])
		if inner == "" {
			continue
		}
		if isPronouns(inner) {
			pronouns = inner
		} else {
			role = inner
		}
	}
	return rest, pronouns, role
}

func isPronouns(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == '/' || r == ',' || r == ' ' })
	for _, w := range words {
		if !pronounWords[w] {
			return false
		}
	}
	return len(words) > 0
}

// personFromSlug makes a person of a slug, with the slug made readable as
// the name until a speaker page gives the real one.
func personFromSlug(slug string) Person {
	s := Slugify(slug)
	return Person{Name: readableSlug(s), Slug: s}
}

// readableSlug turns "andrew-godwin" into "Andrew Godwin".
func readableSlug(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		words[i] = upperFirst(w)
	}
	return strings.Join(words, " ")
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// personPageExts are the extensions of the files a person's page may be: a
// text naming one of them is a path, not a name.
var personPageExts = map[string]bool{".md": true, ".markdown": true, ".mdx": true, ".html": true, ".htm": true,
	".yml": true, ".yaml": true, ".json": true, ".toml": true, ".qmd": true}

// isPagePath reports whether s is the path of a page's file rather than a
// person's name: one word ending in a page's extension
// ("_speakers/peter-ullrich.md", "ada.md").
func isPagePath(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t\n") {
		return false
	}
	ext := strings.ToLower(path.Ext(s))
	return personPageExts[ext] && len(path.Base(s)) > len(ext)
}

// peopleFromText reads the people one text names: names split as
// splitNames splits them, then an affiliation written after them (see
// splitAffiliation) given to each. A name that stands for nobody yet
// (TBA, To be announced) or for everyone (all, as Jekyll conference
// sites write a break's speakers) is no person: it would get a speaker
// page of its own.
func peopleFromText(s string) []Person {
	names, org := splitAffiliation(s)
	var out []Person
	for _, name := range splitNames(names) {
		name, site := linkedName(name)
		if noPerson(name) {
			continue
		}
		p := personFromName(name)
		p.URL = site
		p.Company = org
		out = append(out, p)
	}
	return out
}

// splitAffiliation takes an affiliation off the end of a text naming
// people: "Kim Sujin | AUSG" is Kim Sujin of AUSG, and "Ada Lovelace,
// Grace Hopper | Navy" two people of the Navy, as meetup sites write a
// talk's speakers with their company. Only one " | " (a bar between
// spaces, outside parentheses) with text on both sides is an
// affiliation: a text with two or more bars says not which part is the
// company, and is kept as written.
func splitAffiliation(s string) (names, org string) {
	const bar = " | "
	at, n, depth := -1, 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(':
			depth++
		case s[i] == ')' && depth > 0:
			depth--
		case depth == 0 && strings.HasPrefix(s[i:], bar):
			at, n = i, n+1
		}
	}
	if n != 1 {
		return s, ""
	}
	names, org = strings.TrimSpace(s[:at]), plainText(s[at+len(bar):])
	if names == "" || org == "" {
		return s, ""
	}
	return names, org
}

// Names written as links: "[Ada Lovelace](https://ada.example.org)" in
// markdown, or in HTML, as Julia blogs write their authors (@def authors
// = """<a href="https://github.com/ada">Ada Lovelace</a>""").
var (
	markdownLinkName = regexp.MustCompile(`^\[([^\[\]]+)\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)$`)
	htmlLinkName     = regexp.MustCompile(`(?is)^<a\s[^>]*?\bhref\s*=\s*["']([^"']+)["'][^>]*>(.*?)</a\s*>$`)
)

// linkedName returns the name a link names and the address it leads to
// when that is a website (http or https), so that a name written as a
// link is the person, with their site, rather than a name of brackets
// whose address is taken for a role. Any other text is returned as it
// is.
func linkedName(s string) (name, site string) {
	s = strings.TrimSpace(s)
	var text, href string
	if m := markdownLinkName.FindStringSubmatch(s); m != nil {
		text, href = m[1], m[2]
	} else if m := htmlLinkName.FindStringSubmatch(s); m != nil {
		text, href = titleText(m[2]), plainText(m[1])
	} else {
		return s, ""
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return s, ""
	}
	if l := strings.ToLower(href); strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
		return text, href
	}
	return text, ""
}
