package layout

import (
	"regexp"
	"strings"
)

// jsMember is one property of a JavaScript object literal as written:
// its key (unquoted) and the source text of its value, trimmed.
type jsMember struct{ key, value string }

// jsMemberKey is a property's key at the start of a member: a name or a
// quoted text, then a colon.
var jsMemberKey = regexp.MustCompile(`^\s*(?:([A-Za-z_$][\w$]*)|"([^"\\\n]*)"|'([^'\\\n]*)')\s*:`)

// jsMembers reads the properties of the object literal that s opens
// with "{", as written: values are not evaluated, so a nested object's
// value is its source text, which jsMembers reads in turn. Strings,
// template literals and comments may hold any bracket or comma. Spreads
// (...enConfig), shorthand properties and methods are skipped. ok is
// false when s opens no object or the object does not close.
func jsMembers(s string) (members []jsMember, ok bool) {
	if !strings.HasPrefix(s, "{") {
		return nil, false
	}
	parts, ok := jsSplit(s)
	for _, p := range parts {
		if m, isMember := jsMemberOf(p); isMember {
			members = append(members, m)
		}
	}
	return members, ok
}

// jsElements reads the elements of the array literal that s opens with
// "[", each as its source text, trimmed, comments before it left out;
// nil when s opens no array.
func jsElements(s string) []string {
	if !strings.HasPrefix(s, "[") {
		return nil
	}
	parts, _ := jsSplit(s)
	var out []string
	for _, p := range parts {
		if e := strings.TrimSpace(stripLeadingComments(p)); e != "" {
			out = append(out, e)
		}
	}
	return out
}

// jsSplit splits the text inside the bracket s opens at its commas
// outside strings, template literals, comments and nested brackets, up
// to the bracket that closes it; ok is false when none does.
func jsSplit(s string) (parts []string, ok bool) {
	depth, start := 0, 1
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			if n := strings.IndexByte(s[i:], '\n'); n >= 0 {
				i += n
			} else {
				i = len(s)
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			if n := strings.Index(s[i+2:], "*/"); n >= 0 {
				i += n + 3
			} else {
				i = len(s)
			}
		case c == '{' || c == '[' || c == '(':
			depth++
		case c == '}' || c == ']' || c == ')':
			depth--
			if depth == 0 {
				return append(parts, s[start:i]), true
			}
		case c == ',' && depth == 1:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return parts, false
}

// jsMemberOf reads one member's text, "key: value", its comments before
// the key left out.
func jsMemberOf(text string) (jsMember, bool) {
	text = stripLeadingComments(text)
	m := jsMemberKey.FindStringSubmatchIndex(text)
	if m == nil {
		return jsMember{}, false
	}
	key := ""
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] >= 0 {
			key = text[m[g]:m[g+1]]
		}
	}
	return jsMember{key: key, value: strings.TrimSpace(stripLeadingComments(text[m[1]:]))}, true
}

// stripLeadingComments drops the blanks and comments that open text.
func stripLeadingComments(text string) string {
	for {
		text = strings.TrimSpace(text)
		switch {
		case strings.HasPrefix(text, "//"):
			n := strings.IndexByte(text, '\n')
			if n < 0 {
				return ""
			}
			text = text[n+1:]
		case strings.HasPrefix(text, "/*"):
			n := strings.Index(text, "*/")
			if n < 0 {
				return ""
			}
			text = text[n+2:]
		default:
			return text
		}
	}
}

// jsText is the text a value written as a string literal holds, escapes
// of quotes read; ok is false for any other value (a variable, a call,
// a template literal with substitutions, a text followed by more).
func jsText(value string) (string, bool) {
	value = strings.TrimSpace(value)
	if len(value) < 2 {
		return "", false
	}
	q := value[0]
	if (q != '"' && q != '\'' && q != '`') || value[len(value)-1] != q {
		return "", false
	}
	inner := value[1 : len(value)-1]
	for i := 0; i < len(inner); i++ {
		switch inner[i] {
		case '\\':
			i++
		case q, '\n':
			if q != '`' || inner[i] == q {
				return "", false
			}
		case '$':
			if q == '`' && i+1 < len(inner) && inner[i+1] == '{' {
				return "", false
			}
		}
	}
	return jsEscape.ReplaceAllString(inner, "$1"), true
}

// jsLookup is the value of the member named key of members, "" and false
// when there is none.
func jsLookup(members []jsMember, key string) (string, bool) {
	for _, m := range members {
		if m.key == key {
			return m.value, true
		}
	}
	return "", false
}
