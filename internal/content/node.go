package content

import (
	"math"
	"strconv"
	"strings"
	"time"

	"lectern/internal/diag"
)

// node is a front matter value with its position, the same whichever of
// YAML, TOML or JSON it was written in, so that normalization is written
// once. Scalars keep their text as written: a text field reads the text,
// never a value a decoder guessed from it.
type node struct {
	kind nodeKind
	pos  diag.Pos
	tag  scalarTag // scalars only
	text string    // scalars: as written, or formatted from a TOML value
	time time.Time // tagTime scalars from TOML, already in their zone
	// floating marks a TOML local date or datetime, placed in
	// Options.Location because it was written without an offset.
	floating bool
	items    []*node // lists
	keys     []entry // mappings, in the order written, each key once
}

// entry is one key of a mapping.
type entry struct {
	key string
	pos diag.Pos // position of the key
	val *node
	// inherited marks a key the page did not write: its front matter
	// defaults gave it (see withDefaults).
	inherited bool
}

type nodeKind int

const (
	scalarNode nodeKind = iota
	listNode
	mapNode
)

type scalarTag int

const (
	tagString scalarTag = iota
	tagInt
	tagFloat
	tagBool
	tagNull
	tagTime
)

// shape names a node's kind for messages.
func (n *node) shape() string {
	switch n.kind {
	case listNode:
		return "a list"
	case mapNode:
		return "a mapping"
	}
	return "text"
}

// isNull reports whether n holds no value: a key with nothing after it, or
// an explicit null. Such fields mean the default.
func (n *node) isNull() bool {
	return n == nil || n.kind == scalarNode && n.tag == tagNull
}

// get returns the value of key in a mapping node (case-insensitively),
// or nil.
func (n *node) get(key string) *node {
	if n == nil || n.kind != mapNode {
		return nil
	}
	for _, e := range n.keys {
		if strings.EqualFold(e.key, key) {
			return e.val
		}
	}
	if strings.IndexByte(key, '_') >= 0 {
		// fullName answers to full_name, as a page's keys do (newFields).
		for _, e := range n.keys {
			if snakeKey(e.key) == key {
				return e.val
			}
		}
	}
	return nil
}

// value converts n to the plain Go value Params holds: string, bool,
// int64, float64, time.Time, []any, map[string]any or nil.
func (n *node) value(loc *time.Location) any { return n.valueIn(loc, nil) }

// valueIn is value with the texts boxed by strs (see strtab.box), so
// that the documents of one Load share a text's value as they share
// the text.
func (n *node) valueIn(loc *time.Location, strs *strtab) any {
	switch n.kind {
	case listNode:
		out := make([]any, len(n.items))
		for i, it := range n.items {
			out[i] = it.valueIn(loc, strs)
		}
		return out
	case mapNode:
		out := make(map[string]any, len(n.keys))
		for _, e := range n.keys {
			out[e.key] = e.val.valueIn(loc, strs)
		}
		return out
	}
	switch n.tag {
	case tagNull:
		return nil
	case tagBool:
		return strings.EqualFold(n.text, "true")
	case tagInt:
		if v, err := strconv.ParseInt(strings.ReplaceAll(n.text, "_", ""), 0, 64); err == nil {
			return v
		}
		if f, err := strconv.ParseFloat(n.text, 64); err == nil {
			return f
		}
	case tagFloat:
		if f, ok := parseFloat(n.text); ok {
			return f
		}
	case tagTime:
		if !n.time.IsZero() {
			return n.time
		}
		if d, err := parseDate(n.text, loc); err == nil {
			return d.t
		}
	}
	return strs.box(n.text)
}

// parseFloat reads a float in YAML, TOML or JSON spelling.
func parseFloat(s string) (float64, bool) {
	switch strings.ToLower(strings.TrimLeft(s, "+")) {
	case ".inf", "inf":
		return math.Inf(1), true
	case "-.inf", "-inf":
		return -math.Inf(1), true
	case ".nan", "nan", "-nan":
		return math.NaN(), true
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	return f, err == nil
}
