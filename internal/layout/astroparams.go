package layout

import (
	"regexp"
	"strings"
)

// routeParam is the name of the one dynamic part of a page's path under
// src/pages ("code" for schedule/[code].astro and schedule/[code]/index.astro,
// "slug" for posts/[...slug].astro), when it is the last part; "" for a
// path of several dynamic parts or one further up, whose URL lectern does
// not try to read.
func routeParam(rel string) string {
	segs := strings.Split(strings.TrimSuffix(rel, "/index"+pathExt(rel)), "/")
	name := ""
	for i, seg := range segs {
		if !strings.Contains(seg, "[") {
			continue
		}
		stem := strings.TrimSuffix(seg, pathExt(seg))
		if name != "" || i != len(segs)-1 || !strings.HasPrefix(stem, "[") || !strings.HasSuffix(stem, "]") {
			return ""
		}
		name = strings.TrimPrefix(stem[1:len(stem)-1], "...")
	}
	return name
}

// pathExt is the extension of p's last part, "" for a folder's name.
func pathExt(p string) string {
	if i := strings.LastIndexByte(p, '.'); i > strings.LastIndexByte(p, '/') {
		return p[i:]
	}
	return ""
}

var (
	// paramsObject opens the params object getStaticPaths returns.
	paramsObject = regexp.MustCompile(`\bparams\s*:\s*\{`)
	// entryID is an entry's id or slug: entry.id, entry.slug.
	entryID = regexp.MustCompile(`^[\w$]+\.(?:id|slug)$`)
	// entryField is a field of an entry's data: entry.data.code,
	// entry.data["code"], or data.code of a destructured entry.
	entryField = regexp.MustCompile(`^(?:[\w$]+\.)?data(?:\.([\w$]+)|\[["']([^"']+)["']\])$`)
	// identifier is a plain name: the shorthand params: { code }.
	identifier = regexp.MustCompile(`^[\w$]+$`)
	// fromData destructures an entry's data: const { code, title } =
	// entry.data, or ({ data: { code } }) => in the callback's parameter.
	fromData = regexp.MustCompile(`\{([^{}]*)\}\s*=\s*[\w$]+\.data\b|\bdata\s*:\s*\{([^{}]*)\}`)
)

// paramSource reads, from the getStaticPaths of a route's text, what
// gives the route's parameter name its value, as Astro publishes the
// entry at it: field is "" for the entry's id (entry.id, entry.slug),
// or the name of the front matter field (entry.data.code), whose value
// Astro puts in the URL as written. A field with the id as fallback
// (entry.data.slug ?? entry.id) is the field. ok is false when the
// route gives the parameter another value, or different ones, which
// lectern does not work out.
func paramSource(text, name string) (field string, ok bool) {
	found := false
	for _, loc := range paramsObject.FindAllStringIndex(text, -1) {
		body, closed := balanced(text[loc[1]:])
		if !closed {
			return "", false
		}
		for _, part := range splitTop(body) {
			key, expr, hasColon := strings.Cut(strings.TrimSpace(part), ":")
			key = strings.Trim(strings.TrimSpace(key), `"'`)
			if key != name {
				continue
			}
			if !hasColon {
				expr = key
			}
			f, known := readSource(text, strings.TrimSpace(expr))
			if !known || found && f != field {
				return "", false
			}
			field, found = f, true
		}
	}
	return field, found
}

// readSource reads one expression of a params object (see paramSource).
func readSource(text, expr string) (field string, ok bool) {
	for _, op := range []string{"??", "||"} {
		if a, b, ok := strings.Cut(expr, op); ok && entryID.MatchString(strings.TrimSpace(b)) {
			expr = strings.TrimSpace(a)
		}
	}
	switch {
	case entryID.MatchString(expr):
		return "", true
	case entryField.MatchString(expr):
		m := entryField.FindStringSubmatch(expr)
		return m[1] + m[2], true
	case identifier.MatchString(expr):
		for _, m := range fromData.FindAllStringSubmatch(text, -1) {
			for _, item := range strings.Split(m[1]+m[2], ",") {
				if strings.TrimSpace(item) == expr {
					return expr, true
				}
			}
		}
	}
	return "", false
}

// balanced is the text up to the brace that closes one already opened,
// and whether it is closed.
func balanced(s string) (string, bool) {
	depth := 1
	for i, r := range s {
		switch r {
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			depth--
			if depth == 0 {
				return s[:i], true
			}
		}
	}
	return s, false
}

// splitTop splits s at its commas outside brackets.
func splitTop(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			depth--
		case ',':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, s[start:])
}
