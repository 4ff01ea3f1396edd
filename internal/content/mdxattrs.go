package content

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"lectern/internal/diag"
)

// In MDX a lowercase tag is HTML, but its attributes are JSX: a value may
// be an expression in braces (style={{textAlign: "center"}},
// width={400}), and class and for are spelled className and htmlFor. Left
// as written, a browser reads style={{…}} as junk and the braces as a
// template tag. jsxAttributes writes them as the HTML that React renders
// for them, which needs no JavaScript: a style object becomes a CSS
// declaration list, a literal its text, true a bare attribute; false,
// null and undefined leave the attribute out. Any other expression (a
// variable, a call) has no value without running the page, so the
// attribute is left out, with one warning per file.

// jsxAttributes rewrites the JSX attributes of the lowercase tags of
// doc.Body outside code fences, keeping every line on its line.
func jsxAttributes(doc *Document) {
	body := doc.Body
	if !bytes.Contains(body, []byte("={")) && !bytes.Contains(body, []byte("className=")) && !bytes.Contains(body, []byte("htmlFor=")) {
		return
	}
	var out bytes.Buffer
	var dropped []string
	firstDrop := -1
	fence := []byte(nil)
	lineStart := true
	for i := 0; i < len(body); {
		if lineStart {
			end := bytes.IndexByte(body[i:], '\n') + 1 // with its newline
			if end <= 0 {
				end = len(body) - i
			}
			l := body[i : i+end]
			_, at := indentation(l)
			inFence := fence != nil
			switch {
			case inFence:
				if closesFence(bytes.TrimRight(l[at:], "\r\n"), fence) {
					fence = nil
				}
			case opensFence(bytes.TrimRight(l, "\r\n")) != nil:
				fence, inFence = opensFence(bytes.TrimRight(l, "\r\n")), true
			}
			if inFence {
				// A fenced line is code: copied whole, newline included.
				out.Write(l)
				i += end
				continue
			}
			lineStart = false
		}
		c := body[i]
		switch {
		case c == '\n':
			lineStart = true
		case c == '`':
			// A code span is an example: copy it whole.
			if j := bytes.IndexByte(body[i+1:], '`'); j >= 0 && !bytes.Contains(body[i+1:i+1+j], nl) {
				out.Write(body[i : i+2+j])
				i += 2 + j
				continue
			}
		case c == '<' && i+1 < len(body) && body[i+1] >= 'a' && body[i+1] <= 'z':
			if n, tag, drops, at, ok := jsxTag(body[i:]); ok {
				if len(drops) > 0 && firstDrop < 0 {
					firstDrop = i + at
				}
				dropped = append(dropped, drops...)
				out.WriteString(tag)
				i += n
				continue
			}
		}
		out.WriteByte(c)
		i++
	}
	doc.Body = out.Bytes()
	if len(dropped) > 0 {
		line := bytes.Count(body[:firstDrop], nl)
		col := firstDrop - (bytes.LastIndexByte(body[:firstDrop], '\n') + 1) + 1
		doc.Diags.Warnf(diag.Pos{File: doc.File, Line: doc.BodyLine + line, Col: col},
			"left out %s (%s): lectern reads .mdx as markdown and does not run JavaScript; write the value in quotes to keep it",
			plural(len(dropped), "JSX attribute expression"), strings.Join(dropped, ", "))
	}
}

// jsxTag reads the tag at the start of s, "<name attributes>", and
// returns its length and the tag as HTML, with the attributes it left
// out and the offset in s of the first of them; ok is false when s starts
// no tag whose attributes need rewriting, or the tag does not end.
func jsxTag(s []byte) (n int, tag string, dropped []string, dropAt int, ok bool) {
	i := 1
	for i < len(s) && (isNameByte(s[i]) || s[i] == '-') {
		i++
	}
	var b strings.Builder
	b.Write(s[:i])
	changed := false
	for i < len(s) {
		start := i
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++
		}
		space := string(s[start:i])
		if i >= len(s) {
			return 0, "", nil, 0, false
		}
		if s[i] == '>' || s[i] == '/' && i+1 < len(s) && s[i+1] == '>' {
			if !changed {
				return 0, "", nil, 0, false
			}
			b.WriteString(space)
			end := i + 1
			if s[i] == '/' {
				end++
			}
			b.Write(s[i:end])
			return end, b.String(), dropped, dropAt, true
		}
		ns := i
		for i < len(s) && (isNameByte(s[i]) || s[i] == '-' || s[i] == ':' || s[i] == '.') {
			i++
		}
		if i == ns {
			return 0, "", nil, 0, false
		}
		name := string(s[ns:i])
		switch name {
		case "className":
			name, changed = "class", true
		case "htmlFor":
			name, changed = "for", true
		}
		if i >= len(s) || s[i] != '=' {
			b.WriteString(space + name)
			continue
		}
		i++
		if i >= len(s) {
			return 0, "", nil, 0, false
		}
		switch s[i] {
		case '"', '\'':
			j := bytes.IndexByte(s[i+1:], s[i])
			if j < 0 {
				return 0, "", nil, 0, false
			}
			b.WriteString(space + name + "=")
			b.Write(s[i : i+2+j])
			i += 2 + j
			continue
		case '{':
		default:
			return 0, "", nil, 0, false
		}
		j := braceEnd(s[i:])
		if j < 0 {
			return 0, "", nil, 0, false
		}
		expr := s[i+1 : i+j]
		i += j + 1
		changed = true
		// Lines inside the expression stay lines, so that later lines
		// keep their numbers.
		keep := strings.Repeat("\n", bytes.Count(expr, nl))
		value, bare, ok := jsxValue(name, strings.TrimSpace(string(expr)))
		switch {
		case !ok:
			if len(dropped) == 0 {
				dropAt = ns
			}
			dropped = append(dropped, name+"={"+shorten(strings.Join(strings.Fields(string(expr)), " "))+"}")
			b.WriteString(keep)
		case bare:
			b.WriteString(space + name + keep)
		case value == "" && name != "style":
			b.WriteString(keep) // false, null, undefined
		default:
			b.WriteString(space + name + `="` + strings.ReplaceAll(value, `"`, "&quot;") + `"` + keep)
		}
	}
	return 0, "", nil, 0, false
}

// braceEnd returns the index of the brace that closes the one s starts
// with, skipping strings, or -1.
func braceEnd(s []byte) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i
			}
		case '"', '\'', '`':
			j := bytes.IndexByte(s[i+1:], c)
			if j < 0 {
				return -1
			}
			i += j + 1
		}
	}
	return -1
}

// jsxValue is what React writes for the attribute name given the
// expression expr: its text, or bare for true; ok is false for an
// expression whose value only running the page would give.
func jsxValue(name, expr string) (value string, bare, ok bool) {
	switch expr {
	case "true":
		return "", true, true
	case "false", "null", "undefined":
		return "", false, true
	}
	if s, ok := jsString(expr); ok {
		return s, false, true
	}
	if _, err := strconv.ParseFloat(expr, 64); err == nil {
		return expr, false, true
	}
	if name == "style" && strings.HasPrefix(expr, "{") && strings.HasSuffix(expr, "}") {
		return cssText(expr[1 : len(expr)-1])
	}
	return "", false, false
}

// jsString is the text of a JavaScript string literal without escapes or
// substitutions ("x", 'x', `x`).
func jsString(expr string) (string, bool) {
	if len(expr) < 2 || !strings.ContainsRune(`"'`+"`", rune(expr[0])) || expr[len(expr)-1] != expr[0] {
		return "", false
	}
	s := expr[1 : len(expr)-1]
	if strings.ContainsAny(s, `\`+string(expr[0])) || strings.Contains(s, "${") {
		return "", false
	}
	return s, true
}

// cssText turns the properties of a JSX style object into a CSS
// declaration list, as React does: camelCase names in kebab-case, numbers
// in pixels except for the unitless properties. ok is false when a value
// is not a literal.
func cssText(obj string) (css string, bare, ok bool) {
	var decls []string
	for _, prop := range splitTopLevel(obj) {
		prop = strings.TrimSpace(prop)
		if prop == "" {
			continue
		}
		k, v, found := strings.Cut(prop, ":")
		if !found {
			return "", false, false
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if s, ok := jsString(k); ok {
			k = s
		} else {
			k = kebab(k)
		}
		if s, ok := jsString(v); ok {
			v = s
		} else if f, err := strconv.ParseFloat(v, 64); err == nil {
			if f != 0 && !unitless[unprefixed(k)] {
				v += "px"
			}
		} else {
			return "", false, false
		}
		decls = append(decls, k+": "+v)
	}
	return strings.Join(decls, "; "), false, true
}

// splitTopLevel splits s at the commas outside strings and brackets.
func splitTopLevel(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '"', '\'', '`':
			if j := strings.IndexByte(s[i+1:], c); j >= 0 {
				i += j + 1
			}
		case ',':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, s[start:])
}

// kebab writes a camelCase CSS property name as CSS does: marginBottom is
// margin-bottom, WebkitTransition -webkit-transition, msFlex -ms-flex.
func kebab(name string) string {
	var b strings.Builder
	if strings.HasPrefix(name, "ms") && len(name) > 2 && name[2] >= 'A' && name[2] <= 'Z' {
		b.WriteByte('-')
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			b.WriteByte('-')
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// unprefixed is a CSS property name without its vendor prefix.
func unprefixed(k string) string {
	for _, p := range []string{"-webkit-", "-moz-", "-ms-", "-o-"} {
		if strings.HasPrefix(k, p) {
			return k[len(p):]
		}
	}
	return k
}

// unitless are the CSS properties, in kebab-case, whose numbers React
// writes without "px".
var unitless = map[string]bool{
	"animation-iteration-count": true, "aspect-ratio": true, "border-image-outset": true,
	"border-image-slice": true, "border-image-width": true, "column-count": true, "columns": true,
	"flex": true, "flex-grow": true, "flex-shrink": true, "font-weight": true, "grid-area": true,
	"grid-column": true, "grid-column-end": true, "grid-column-start": true, "grid-row": true,
	"grid-row-end": true, "grid-row-start": true, "line-clamp": true, "line-height": true,
	"opacity": true, "order": true, "orphans": true, "scale": true, "tab-size": true, "widows": true,
	"z-index": true, "zoom": true, "fill-opacity": true, "flood-opacity": true, "stop-opacity": true,
	"stroke-dasharray": true, "stroke-dashoffset": true, "stroke-miterlimit": true,
	"stroke-opacity": true, "stroke-width": true,
}

// shorten cuts an expression for a warning.
func shorten(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	return fmt.Sprintf("%s…", strings.ToValidUTF8(s[:max], ""))
}
