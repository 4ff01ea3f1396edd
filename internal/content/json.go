package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"lectern/internal/diag"
)

// isJSONStart reports whether text (the file from its first non-blank
// line) opens a JSON object: "{" followed by a quoted key or "}". A body
// that starts with a Liquid or Hugo tag ("{% … %}", "{{< … >}}") does not.
func isJSONStart(text []byte) bool {
	if len(text) == 0 || text[0] != '{' {
		return false
	}
	rest := bytes.TrimLeft(text[1:], " \t\n")
	return len(rest) > 0 && (rest[0] == '"' || rest[0] == '}')
}

// jsonTree parses the JSON object at the start of src[start:] and returns
// it with the offset just past the closing brace. adrg/frontmatter finds
// the end of a JSON object by looking for a line that is only "}" followed
// by a blank line, which fails on nested objects ("  }" also trims to "}")
// and on files with no blank line after the object; encoding/json's
// Decoder knows where the object really ends.
func jsonTree(file string, src []byte, start int, w what) (*node, int, diag.List) {
	dec := json.NewDecoder(bytes.NewReader(src[start:]))
	dec.UseNumber()
	p := jsonParser{file: file, src: src, base: start, dec: dec, what: w.name}
	root, err := p.value(0)
	if err != nil {
		return nil, 0, diag.List{p.errorDiag(err)}
	}
	return root, start + int(dec.InputOffset()), p.diags
}

type jsonParser struct {
	file  string
	src   []byte
	base  int
	dec   *json.Decoder
	what  string
	diags diag.List
}

// pos returns the position of the next token: the decoder's offset is the
// end of the last token, so separators and blanks are skipped first.
func (p *jsonParser) pos() diag.Pos {
	off := p.base + int(p.dec.InputOffset())
	for off < len(p.src) && strings.IndexByte(" \t\n,:", p.src[off]) >= 0 {
		off++
	}
	line, col := lineCol(p.src, off)
	return diag.Pos{File: p.file, Line: line, Col: col}
}

func (p *jsonParser) value(depth int) (*node, error) {
	pos := p.pos()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	if depth > maxDepth {
		return nil, errors.New("the object is nested too deeply")
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			return p.object(pos, depth)
		case '[':
			out := &node{kind: listNode, pos: pos}
			for p.dec.More() {
				it, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				out.items = append(out.items, it)
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, err
			}
			return out, nil
		}
		return nil, errors.New("unexpected " + t.String())
	case string:
		return &node{kind: scalarNode, pos: pos, tag: tagString, text: t}, nil
	case json.Number:
		tag := tagFloat
		if _, err := t.Int64(); err == nil {
			tag = tagInt
		}
		return &node{kind: scalarNode, pos: pos, tag: tag, text: t.String()}, nil
	case bool:
		text := "false"
		if t {
			text = "true"
		}
		return &node{kind: scalarNode, pos: pos, tag: tagBool, text: text}, nil
	}
	return &node{kind: scalarNode, pos: pos, tag: tagNull}, nil
}

func (p *jsonParser) object(pos diag.Pos, depth int) (*node, error) {
	out := &node{kind: mapNode, pos: pos}
	index := make(map[string]int)
	for p.dec.More() {
		kpos := p.pos()
		tok, err := p.dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		val, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		e := entry{key: key, pos: kpos, val: val}
		if j, dup := index[key]; dup {
			p.diags.Warnf(kpos, "%q is set twice, on lines %d and %d; the last value is used, so delete one of them",
				key, out.keys[j].pos.Line, kpos.Line)
			out.keys[j] = e
			continue
		}
		index[key] = len(out.keys)
		out.keys = append(out.keys, e)
	}
	if _, err := p.dec.Token(); err != nil {
		return nil, err
	}
	return out, nil
}

// errorDiag positions a JSON error at the byte the decoder stopped on.
func (p *jsonParser) errorDiag(err error) diag.Diag {
	off := p.base + int(p.dec.InputOffset())
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = p.base + int(se.Offset)
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "the object is never closed with }"
		off = p.base
	}
	line, col := lineCol(p.src, off)
	return diag.Errorf(diag.Pos{File: p.file, Line: line, Col: col}, "cannot parse %s: %s", p.what, msg)
}
