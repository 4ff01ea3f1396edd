package content

import (
	"bytes"
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"lectern/internal/diag"
)

// tomlTree parses TOML front matter. BurntSushi/toml does not expose the
// position of keys, so the top-level keys are found again in the text;
// nested values take the position of their top-level key.
func tomlTree(file string, data []byte, firstLine int, loc *time.Location, w what) (*node, diag.List) {
	var m map[string]any
	md, err := toml.Decode(string(data), &m)
	if err != nil {
		pos := diag.Pos{File: file, Line: firstLine, Col: 1}
		msg := err.Error()
		var pe toml.ParseError
		if errors.As(err, &pe) {
			pos.Line = pe.Position.Line + firstLine - 1
			pos.Col = max(pe.Position.Col, 1)
			msg = strings.TrimSuffix(pe.Message, ".")
			if strings.Contains(msg, "already been defined") {
				// TOML, unlike YAML as Jekyll reads it, forbids this
				// outright, so it cannot be only a warning here.
				msg += "; TOML allows each key once, so delete one of them"
			}
		}
		return nil, diag.List{diag.Errorf(pos, "cannot parse %s: %s", w.name, msg)}
	}
	order := make(map[string]int)
	for i, k := range md.Keys() {
		order[k.String()] = i
	}
	b := tomlBuilder{file: file, loc: loc, order: order, keyPos: tomlKeyPositions(file, data, firstLine)}
	root := b.build(m, "", diag.Pos{File: file, Line: firstLine, Col: 1})
	return root, nil
}

type tomlBuilder struct {
	file   string
	loc    *time.Location
	order  map[string]int
	keyPos map[string]diag.Pos
}

func (b *tomlBuilder) build(v any, path string, pos diag.Pos) *node {
	switch v := v.(type) {
	case map[string]any:
		out := &node{kind: mapNode, pos: pos}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		full := func(k string) string {
			if path == "" {
				return toml.Key{k}.String()
			}
			return path + "." + toml.Key{k}.String()
		}
		slices.SortFunc(keys, func(a, c string) int {
			return cmp.Or(cmp.Compare(b.order[full(a)], b.order[full(c)]), cmp.Compare(a, c))
		})
		for _, k := range keys {
			kpos := pos
			if path == "" {
				if p, ok := b.keyPos[k]; ok {
					kpos = p
				}
			}
			out.keys = append(out.keys, entry{key: k, pos: kpos, val: b.build(v[k], full(k), kpos)})
		}
		return out
	case []map[string]any:
		out := &node{kind: listNode, pos: pos}
		for i, it := range v {
			ipos := pos
			if p, ok := b.keyPos[path+"#"+strconv.Itoa(i)]; ok {
				ipos = p
			}
			out.items = append(out.items, b.build(it, path, ipos))
		}
		return out
	case []any:
		out := &node{kind: listNode, pos: pos}
		for _, it := range v {
			out.items = append(out.items, b.build(it, path, pos))
		}
		return out
	case string:
		return &node{kind: scalarNode, pos: pos, tag: tagString, text: v}
	case int64:
		return &node{kind: scalarNode, pos: pos, tag: tagInt, text: strconv.FormatInt(v, 10)}
	case float64:
		return &node{kind: scalarNode, pos: pos, tag: tagFloat, text: strconv.FormatFloat(v, 'g', -1, 64)}
	case bool:
		return &node{kind: scalarNode, pos: pos, tag: tagBool, text: strconv.FormatBool(v)}
	case time.Time:
		return b.time(v, pos)
	}
	return &node{kind: scalarNode, pos: pos, tag: tagNull}
}

// time places a TOML datetime. BurntSushi/toml gives local dates and
// datetimes the machine's offset under a marker zone name; they are moved
// to Options.Location instead, and offsets are rebuilt as fixed zones so
// that no value depends on the machine's zone.
func (b *tomlBuilder) time(t time.Time, pos diag.Pos) *node {
	n := &node{kind: scalarNode, pos: pos, tag: tagTime}
	switch t.Location().String() {
	case "datetime-local", "date-local":
		n.time = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), b.loc)
		n.floating = true
	case "time-local":
		// A time of day without a date is text ("12:30:00"), read by
		// the fields that accept a clock time.
		return &node{kind: scalarNode, pos: pos, tag: tagString, text: t.Format("15:04:05.999999999")}
	default:
		_, off := t.Zone()
		n.time = t.In(fixedZone(off))
	}
	n.text = n.time.Format(time.RFC3339Nano)
	return n
}

// tomlKeyPositions finds where each top-level key of a TOML document is
// written: "key = …" lines before the first table header, and the headers
// "[key]", "[key.sub]" and "[[key]]". The n-th header "[[key]]" (from 0)
// is also kept as "key#n", the position of that element of the array, so
// that each record of a file of records has a line of its own.
func tomlKeyPositions(file string, data []byte, firstLine int) map[string]diag.Pos {
	out := make(map[string]diag.Pos)
	elems := make(map[string]int)
	inTable := false
	for i, line := range bytes.Split(data, nl) {
		s := string(line)
		trimmed := strings.TrimLeft(s, " \t")
		col := len(s) - len(trimmed) + 1
		pos := diag.Pos{File: file, Line: firstLine + i, Col: col}
		switch {
		case strings.HasPrefix(trimmed, "["):
			inTable = true
			name := strings.TrimLeft(trimmed, "[ \t")
			if end := strings.IndexAny(name, ".]"); end >= 0 {
				whole := name[end] == ']' // [[key]], not [[key.sub]]
				name = strings.Trim(strings.TrimSpace(name[:end]), `"'`)
				if _, seen := out[name]; !seen {
					out[name] = pos
				}
				if whole && strings.HasPrefix(trimmed, "[[") {
					out[name+"#"+strconv.Itoa(elems[name])] = pos
					elems[name]++
				}
			}
		case !inTable && trimmed != "" && trimmed[0] != '#':
			end := strings.IndexAny(trimmed, "=.")
			if end < 0 {
				continue
			}
			name := strings.Trim(strings.TrimSpace(trimmed[:end]), `"'`)
			if _, seen := out[name]; !seen {
				out[name] = pos
			}
		}
	}
	return out
}
