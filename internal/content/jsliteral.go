package content

import (
	"path"
	"strconv"
	"strings"

	"lectern/internal/diag"
)

// ScriptDataExt reports whether name is a global data file Eleventy
// runs as JavaScript (_data/speakers.js, .cjs, .mjs). lectern runs no
// JavaScript, but many such files only export a literal, which
// DecodeScriptData reads.
func ScriptDataExt(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".js", ".cjs", ".mjs":
		return true
	}
	return false
}

// DecodeScriptData reads the value a JavaScript data file exports when
// it is written as a literal, the way most conference sites keep their
// speakers and talks in _data/*.js: module.exports = […] or export
// default {…}; a constant so written and exported by name (const
// speakers = […]; export default speakers), maybe sorted on the way
// (speakers.sort(…), which only orders the records); or a function
// that returns such a literal at once (module.exports = () => { return
// {…} }). The literal may be written as JavaScript allows and JSON does
// not: keys without quotes, texts in single quotes or backquotes (without
// ${…}), trailing commas, comments, undefined, and names of constants
// written as literals above it (title: NAME, or { speakers } for
// speakers: speakers).
//
// ok is false when the file exports anything else (data fetched,
// computed, or read from another file), which only running it gives;
// at is then where it exports it, so that a caller can say so there.
// A file with no default export (helpers, Astro's named exports) gives
// at no line: it exports no data to say anything of.
func DecodeScriptData(file string, src []byte) (v *Value, at diag.Pos, ok bool) {
	text, _ := repairText(file, src)
	p := jsParser{file: file, src: string(text), toks: jsLex(string(text)), consts: map[string]*node{}}
	at = diag.Pos{File: file}
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		switch {
		case p.isName("module") && p.peekIs(1, ".") && p.peekName(2, "exports") && p.peekIs(3, "="):
			at = p.pos(t.off)
			p.i += 4
			return p.export(at)
		case p.isName("export") && p.peekName(1, "default"):
			at = p.pos(t.off)
			p.i += 2
			return p.export(at)
		case p.isName("export") && p.peekDecl(1):
			p.i++
			p.declare()
		case p.peekDecl(0):
			p.declare()
		default:
			p.skipStatement()
		}
	}
	return nil, at, false
}

// jsParser reads the literals of a JavaScript data file's tokens.
type jsParser struct {
	file   string
	src    string
	toks   []jsTok
	i      int
	consts map[string]*node // constants written as literals, by name
}

func (p *jsParser) pos(off int) diag.Pos {
	line, col := lineCol([]byte(p.src), off)
	return diag.Pos{File: p.file, Line: line, Col: col}
}

// peek is the token n after the current one, or a zero token past the end.
func (p *jsParser) peek(n int) jsTok {
	if p.i+n < len(p.toks) {
		return p.toks[p.i+n]
	}
	return jsTok{kind: tokOther, off: len(p.src)}
}

func (p *jsParser) peekIs(n int, punct string) bool {
	t := p.peek(n)
	return t.kind == tokPunct && t.text == punct
}

func (p *jsParser) peekName(n int, name string) bool {
	t := p.peek(n)
	return t.kind == tokName && t.text == name
}

func (p *jsParser) isName(name string) bool { return p.peekName(0, name) }

// peekDecl reports whether the token n ahead opens a declaration of
// one constant or variable: const name = / let / var.
func (p *jsParser) peekDecl(n int) bool {
	t := p.peek(n)
	return t.kind == tokName && (t.text == "const" || t.text == "let" || t.text == "var") && p.peek(n+1).kind == tokName
}

// declare reads "const name (: Type)? = literal", keeping the literal
// under its name; a declaration of anything else is skipped.
func (p *jsParser) declare() {
	name := p.peek(1).text
	p.i += 2
	if p.peekIs(0, ":") { // a TypeScript annotation: const s: Speaker[] = …
		for p.i < len(p.toks) && !p.peekIs(0, "=") && !p.peek(0).nl {
			p.i++
		}
	}
	if !p.peekIs(0, "=") {
		p.skipStatement()
		return
	}
	p.i++
	start := p.i
	if v, ok := p.value(0); ok && p.ends() {
		p.consts[name] = v
		return
	}
	p.i = start
	p.skipStatement()
}

// ends reports whether the statement just read ends here: at a
// semicolon (taken), a new line or the end of the file.
func (p *jsParser) ends() bool {
	if p.i >= len(p.toks) {
		return true
	}
	if p.peekIs(0, ";") {
		p.i++
		return true
	}
	return p.peek(0).nl
}

// skipStatement moves past the statement at hand: to its semicolon, or
// to the next line that starts outside any bracket.
func (p *jsParser) skipStatement() {
	depth := 0
	for first := true; p.i < len(p.toks); first = false {
		t := p.toks[p.i]
		if depth == 0 && !first && t.nl {
			return
		}
		p.i++
		if t.kind != tokPunct {
			continue
		}
		switch t.text {
		case "{", "[", "(":
			depth++
		case "}", "]", ")":
			depth--
		case ";":
			if depth <= 0 {
				return
			}
		}
	}
}

// export reads what module.exports or export default is set to.
func (p *jsParser) export(at diag.Pos) (*Value, diag.Pos, bool) {
	v, ok := p.exported()
	if !ok {
		return nil, at, false
	}
	newStrtab().tree(v)
	return &Value{v}, at, true
}

func (p *jsParser) exported() (*node, bool) {
	if p.isName("async") {
		p.i++
	}
	switch {
	case p.isName("function"):
		// function name(params) { return literal }
		p.i++
		if p.peek(0).kind == tokName {
			p.i++
		}
		if !p.skipParams() {
			return nil, false
		}
		return p.body()
	case p.peekIs(0, "(") && p.arrowAhead():
		p.skipParams()
		p.i++ // =>
		return p.body()
	case p.peek(0).kind == tokName && p.peekIs(1, "=>"):
		p.i += 2
		return p.body()
	case p.peek(0).kind == tokName && p.consts[p.peek(0).text] != nil:
		v := p.consts[p.peek(0).text]
		p.i++
		// speakers.sort(…) or .reverse() only orders the records,
		// which lectern orders itself.
		for p.peekIs(0, ".") && (p.peekName(1, "sort") || p.peekName(1, "reverse")) && p.peekIs(2, "(") {
			p.i += 2
			if !p.skipParams() {
				return nil, false
			}
		}
		return v, p.ends()
	}
	v, ok := p.value(0)
	return v, ok && p.ends()
}

// arrowAhead reports whether the parenthesis at hand holds an arrow
// function's parameters: "(…) =>".
func (p *jsParser) arrowAhead() bool {
	save := p.i
	defer func() { p.i = save }()
	return p.skipParams() && p.peekIs(0, "=>")
}

// skipParams moves past the balanced parentheses at hand.
func (p *jsParser) skipParams() bool {
	if !p.peekIs(0, "(") {
		return false
	}
	depth := 0
	for ; p.i < len(p.toks); p.i++ {
		t := p.toks[p.i]
		if t.kind != tokPunct {
			continue
		}
		switch t.text {
		case "(":
			depth++
		case ")":
			depth--
			if depth == 0 {
				p.i++
				return true
			}
		}
	}
	return false
}

// body reads a function's body that returns a literal at once:
// { return literal; }, ( literal ) or the literal itself.
func (p *jsParser) body() (*node, bool) {
	if p.peekIs(0, "{") && p.peekName(1, "return") {
		p.i += 2
		v, ok := p.value(0)
		if !ok {
			return nil, false
		}
		if p.peekIs(0, ";") {
			p.i++
		}
		if !p.peekIs(0, "}") {
			return nil, false
		}
		p.i++
		return v, p.ends()
	}
	if p.peekIs(0, "(") {
		p.i++
		v, ok := p.value(0)
		if !ok || !p.peekIs(0, ")") {
			return nil, false
		}
		p.i++
		return v, p.ends()
	}
	if p.peekIs(0, "{") {
		return nil, false // a body of statements
	}
	v, ok := p.value(0)
	return v, ok && p.ends()
}

// value reads one literal: an object, an array, a text, a number,
// true, false, null or undefined, or the name of a constant read above.
func (p *jsParser) value(depth int) (*node, bool) {
	if depth > maxDepth || p.i >= len(p.toks) {
		return nil, false
	}
	t := p.toks[p.i]
	pos := p.pos(t.off)
	p.i++
	var v *node
	switch t.kind {
	case tokPunct:
		switch t.text {
		case "{":
			return p.object(pos, depth)
		case "[":
			return p.array(pos, depth)
		}
		return nil, false
	case tokString:
		v = &node{kind: scalarNode, pos: pos, tag: tagString, text: t.text}
	case tokNumber:
		f, err := strconv.ParseFloat(t.text, 64)
		if err != nil {
			return nil, false
		}
		tag := tagFloat
		if _, err := strconv.ParseInt(t.text, 10, 64); err == nil {
			tag = tagInt
		}
		text := t.text
		if tag == tagFloat {
			text = strconv.FormatFloat(f, 'g', -1, 64)
		}
		v = &node{kind: scalarNode, pos: pos, tag: tag, text: text}
	case tokName:
		switch t.text {
		case "true", "false":
			v = &node{kind: scalarNode, pos: pos, tag: tagBool, text: t.text}
		case "null", "undefined":
			v = &node{kind: scalarNode, pos: pos, tag: tagNull}
		default:
			c := p.consts[t.text]
			if c == nil {
				return nil, false
			}
			v = c
		}
	default:
		return nil, false
	}
	// A value followed by more of an expression (a + b, a.b, f(…)) is
	// code.
	if n := p.peek(0); n.kind == tokPunct && strings.Contains("(.", n.text) || n.kind == tokOther {
		return nil, false
	}
	return v, true
}

// array reads the items of a list up to its "]", a trailing comma allowed.
func (p *jsParser) array(pos diag.Pos, depth int) (*node, bool) {
	out := &node{kind: listNode, pos: pos}
	for {
		if p.peekIs(0, "]") {
			p.i++
			return out, true
		}
		it, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		out.items = append(out.items, it)
		switch {
		case p.peekIs(0, ","):
			p.i++
		case p.peekIs(0, "]"):
		default:
			return nil, false
		}
	}
}

// object reads the keys of an object up to its "}": name: value,
// "name": value, or a constant's name alone ({ speakers }). A spread,
// a method or a computed key is code.
func (p *jsParser) object(pos diag.Pos, depth int) (*node, bool) {
	out := &node{kind: mapNode, pos: pos}
	index := map[string]int{}
	for {
		if p.peekIs(0, "}") {
			p.i++
			return out, true
		}
		k := p.peek(0)
		if k.kind != tokName && k.kind != tokString && k.kind != tokNumber {
			return nil, false
		}
		kpos := p.pos(k.off)
		p.i++
		var val *node
		switch {
		case p.peekIs(0, ":"):
			p.i++
			v, ok := p.value(depth + 1)
			if !ok {
				return nil, false
			}
			val = v
		case k.kind == tokName && (p.peekIs(0, ",") || p.peekIs(0, "}")) && p.consts[k.text] != nil:
			val = p.consts[k.text]
		default:
			return nil, false
		}
		e := entry{key: k.text, pos: kpos, val: val}
		if j, dup := index[k.text]; dup {
			out.keys[j] = e // the last one wins, as in JavaScript
		} else {
			index[k.text] = len(out.keys)
			out.keys = append(out.keys, e)
		}
		switch {
		case p.peekIs(0, ","):
			p.i++
		case p.peekIs(0, "}"):
		default:
			return nil, false
		}
	}
}
