package exports

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
)

// jnode is one JSON value with the byte offset at which it starts, so that
// a record's problems can be reported at its line. Objects keep their
// members in the order written, which is the order of a frab day's rooms.
type jnode struct {
	kind jkind
	off  int
	str  string // a string's text, a number as written
	b    bool
	keys []string
	vals []*jnode // object member values, parallel to keys; array items
}

type jkind byte

const (
	jnull jkind = iota
	jstring
	jnumber
	jbool
	jobject
	jarray
)

// maxDepth bounds the nesting a JSON export may have: no export nests
// deeper than a handful of levels, and the bound keeps a hostile file from
// costing more than its size.
const maxDepth = 64

var errTooDeep = errors.New("nested deeper than any export")

// parseJSON decodes src into a tree of jnodes. It returns the offset of a
// syntax error along with the error.
func parseJSON(src []byte) (*jnode, int, error) {
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	p := jparser{dec: dec, src: src}
	n, err := p.value(0)
	if err == nil {
		// Anything but blanks after the value is an error too.
		if _, err = dec.Token(); err == io.EOF {
			return n, 0, nil
		} else if err == nil {
			err = errors.New("more than one value in the file")
		}
	}
	off := int(dec.InputOffset())
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = int(se.Offset)
	}
	return nil, off, err
}

type jparser struct {
	dec *json.Decoder
	src []byte
}

// start is the offset of the next token: the decoder's offset is the end
// of the last token, before blanks, commas and colons.
func (p *jparser) start() int {
	off := int(p.dec.InputOffset())
	for off < len(p.src) && strings.IndexByte(" \t\r\n,:", p.src[off]) >= 0 {
		off++
	}
	return off
}

func (p *jparser) value(depth int) (*jnode, error) {
	if depth > maxDepth {
		return nil, errTooDeep
	}
	off := p.start()
	tok, err := p.dec.Token()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	n := &jnode{off: off}
	switch t := tok.(type) {
	case nil:
	case string:
		n.kind, n.str = jstring, t
	case json.Number:
		n.kind, n.str = jnumber, string(t)
	case bool:
		n.kind, n.b = jbool, t
	case json.Delim:
		if t == '{' {
			n.kind = jobject
			for p.dec.More() {
				kt, err := p.dec.Token()
				if err != nil {
					return nil, err
				}
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, kt.(string))
				n.vals = append(n.vals, v)
			}
		} else {
			n.kind = jarray
			for p.dec.More() {
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.vals = append(n.vals, v)
			}
		}
		if _, err := p.dec.Token(); err != nil { // the closing delimiter
			return nil, err
		}
	}
	return n, nil
}

// get returns the member key of an object, or nil. A nil node, or one that
// is not an object, has no members.
func (n *jnode) get(key string) *jnode {
	if n == nil || n.kind != jobject {
		return nil
	}
	for i, k := range n.keys {
		if k == key {
			return n.vals[i]
		}
	}
	return nil
}

// is reports whether n is present and of kind k.
func (n *jnode) is(k jkind) bool { return n != nil && n.kind == k }

// flag reports whether member key is true.
func (n *jnode) flag(key string) bool {
	v := n.get(key)
	return v.is(jbool) && v.b
}

// items returns the items of an array, or nil.
func (n *jnode) items() []*jnode {
	if n == nil || n.kind != jarray {
		return nil
	}
	return n.vals
}

// text returns a string, a number as written or a boolean as text, with
// surrounding blanks trimmed; "" for anything else. A localized string of
// pretalx ({"en": "Talk", "de": "Vortrag"}) gives its English text, or the
// first one written.
func (n *jnode) text() string {
	if n == nil {
		return ""
	}
	switch n.kind {
	case jstring, jnumber:
		return strings.TrimSpace(n.str)
	case jbool:
		return strconv.FormatBool(n.b)
	case jobject:
		if en := n.get("en"); en != nil && en.kind == jstring {
			return en.text()
		}
		for _, v := range n.vals {
			if v.kind == jstring {
				return v.text()
			}
		}
	}
	return ""
}

// field returns the text of member key.
func (n *jnode) field(key string) string { return n.get(key).text() }

// has reports whether the object has all the given members.
func (n *jnode) has(keys ...string) bool {
	for _, k := range keys {
		if n.get(k) == nil {
			return false
		}
	}
	return n != nil && n.kind == jobject
}

// describe names a value's kind for a message.
func (n *jnode) describe() string {
	if n == nil {
		return "missing"
	}
	return [...]string{"null", "a string", "a number", "a boolean", "an object", "a list"}[n.kind]
}
