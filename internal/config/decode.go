package config

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"lectern/internal/diag"
)

// The TOML decoder stops at the first value of the wrong type and gives
// no column, so config.toml is decoded one key at a time: the file is
// parsed into Primitives, each key is decoded into its field on its own,
// and every key of the wrong type becomes a diagnostic at its value,
// while the keys around it still take effect.

// decoder decodes the Primitives of one config.toml into a Config.
type decoder struct {
	md    *toml.MetaData
	file  string
	src   []byte
	diags *diag.List
}

// table decodes the keys of one table into the struct rv. key is the
// table's own key (nil at the top); elem is the index of the table in an
// array of tables, or -1.
func (d *decoder) table(prims map[string]toml.Primitive, rv reflect.Value, key toml.Key, elem int) {
	rt := rv.Type()
	known := map[string]bool{}
	for i := range rt.NumField() {
		f := rt.Field(i)
		name := strings.Split(f.Tag.Get("toml"), ",")[0]
		if name == "" || name == "-" {
			continue
		}
		known[name] = true
		prim, ok := prims[name]
		if !ok {
			continue
		}
		fkey := append(key[:len(key):len(key)], name)
		d.field(prim, rv.Field(i), fkey, elem)
	}
	for _, name := range sortedKeys(prims) {
		if !known[name] {
			k := append(key[:len(key):len(key)], name)
			d.diags.Warnf(keyPos(d.file, d.src, k), "unknown key %q in %s: it is ignored; check its spelling against docs/config.md", k.String(), FileName)
		}
	}
}

// field decodes one value into the field fv, or reports its type.
func (d *decoder) field(prim toml.Primitive, fv reflect.Value, key toml.Key, elem int) {
	ft := fv.Type()
	// The decoder takes a value that is not a table for an empty table,
	// without an error, so tables are checked here.
	var raw any
	d.md.PrimitiveDecode(prim, &raw)
	switch {
	case ft.Kind() == reflect.Struct && ft != reflect.TypeFor[time.Time]():
		var sub map[string]toml.Primitive
		if _, ok := raw.(map[string]any); !ok || d.md.PrimitiveDecode(prim, &sub) != nil {
			d.typeError(prim, ft, key, elem)
			return
		}
		d.table(sub, fv, key, elem)
	case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
		var elems []map[string]toml.Primitive
		if a, ok := raw.([]any); ok && len(a) == 0 {
			fv.Set(reflect.MakeSlice(ft, 0, 0)) // events = []
			return
		}
		if _, ok := raw.([]map[string]any); !ok || d.md.PrimitiveDecode(prim, &elems) != nil {
			d.typeError(prim, ft, key, elem)
			return
		}
		out := reflect.MakeSlice(ft, len(elems), len(elems))
		for i, e := range elems {
			d.table(e, out.Index(i), key, i)
		}
		fv.Set(out)
	default:
		v := reflect.New(ft)
		if err := d.md.PrimitiveDecode(prim, v.Interface()); err != nil {
			d.typeError(prim, ft, key, elem)
			return
		}
		fv.Set(v.Elem())
	}
}

// typeError reports the value at key as being of the wrong type, with
// the type it must have and an example.
func (d *decoder) typeError(prim toml.Primitive, want reflect.Type, key toml.Key, elem int) {
	var v any
	found := "of another type"
	if d.md.PrimitiveDecode(prim, &v) == nil {
		found = describeValue(v)
	}
	d.diags.Errorf(d.valuePos(prim, key, elem), "%s is %s; it must be %s, such as %s", key.String(), found, describeType(want), example(key, want, elem >= 0))
}

// probe makes the decoder report where a value is: its error comes back
// as a toml.ParseError holding the value's position.
type probe struct{}

var errProbe = errors.New("probe")

// UnmarshalTOML always fails; see probe.
func (*probe) UnmarshalTOML(any) error { return errProbe }

// valuePos returns the position of the value at key. The decoder keeps
// one position per key path, that of the last table of an array of
// tables, so the value of an element elem ≥ 0 is found in the text.
func (d *decoder) valuePos(prim toml.Primitive, key toml.Key, elem int) diag.Pos {
	if elem >= 0 {
		if p, ok := elemValuePos(d.file, d.src, key, elem); ok {
			return p
		}
	}
	var pe toml.ParseError
	if err := d.md.PrimitiveDecode(prim, &probe{}); errors.As(err, &pe) && pe.Position.Line > 0 {
		start := pe.Position.Start
		col := pe.Position.Col
		// The decoder points past a string's opening quotes; an editor
		// should land on them.
		for n := 0; n < 3 && start > 0 && (d.src[start-1] == '"' || d.src[start-1] == '\''); n++ {
			start--
			col--
		}
		return diag.Pos{File: d.file, Line: pe.Position.Line, Col: max(col, 1)}
	}
	return keyPos(d.file, d.src, key)
}

// elemValuePos finds the value of key (such as events.name) in the
// table number elem of its array of tables ([[events]]), by a plain scan
// of the text; ok is false when the array is not written with [[…]]
// headers or the key is not on a line of its own.
func elemValuePos(file string, src []byte, key toml.Key, elem int) (diag.Pos, bool) {
	if len(key) != 2 {
		return diag.Pos{}, false
	}
	header := "[[" + key[0] + "]]"
	n := -1
	for i, line := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			if strings.ReplaceAll(t, " ", "") == header {
				n++
			} else if n == elem {
				return diag.Pos{}, false
			}
			continue
		}
		if n != elem {
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		if ok && strings.Trim(strings.TrimSpace(name), `"'`) == key[1] {
			col := len(name) + 1 + len(value) - len(strings.TrimLeft(value, " \t")) + 1
			return diag.Pos{File: file, Line: i + 1, Col: col}, true
		}
	}
	return diag.Pos{}, false
}

// describeValue names the TOML type of a decoded value.
func describeValue(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a decimal number"
	case bool:
		return "a boolean"
	case time.Time:
		return "a date"
	case []map[string]any:
		return "an array of tables"
	case []any:
		return "an array of mixed or other values"
	case map[string]any:
		return "a table"
	}
	return "of another type"
}

// describeType names the TOML type a field takes.
func describeType(t reflect.Type) string {
	switch {
	case t == reflect.TypeFor[time.Time]():
		return "a date and time"
	case t.Kind() == reflect.String:
		return "a string"
	case t.Kind() == reflect.Int:
		return "an integer"
	case t.Kind() == reflect.Bool:
		return "true or false"
	case t.Kind() == reflect.Struct:
		return "a table"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		return "an array of tables"
	case t.Kind() == reflect.Slice:
		return "an array of " + strings.TrimPrefix(strings.TrimPrefix(describeType(t.Elem()), "a "), "an ") + "s"
	}
	return t.String()
}

// examples are sample settings for the keys where the type alone would
// make a poor example.
var examples = map[string]string{
	"title":                  `title = "DjangoCon US"`,
	"description":            `description = "Talks and notes from DjangoCon US"`,
	"base_url":               `base_url = "https://conf.example.org/"`,
	"language":               `language = "en"`,
	"timezone":               `timezone = "America/Chicago"`,
	"author":                 `author = "Ada Lovelace"`,
	"theme":                  `theme = "dark"`,
	"publish_hidden":         `publish_hidden = [".well-known", ".htaccess"]`,
	"pagination":             "[pagination] with per_page = 20",
	"pagination.per_page":    `per_page = 20 under [pagination]`,
	"markup.raw_html":        `raw_html = "sanitize" under [markup]`,
	"markup.highlight":       `highlight = false under [markup]`,
	"minify.enabled":         `enabled = false under [minify]`,
	"schedule.local_time":    `local_time = true under [schedule]`,
	"build.template_timeout": `template_timeout = "60s" under [build]`,
	"events":                 `[[events]] with name = "DjangoCon US 2027" below it`,
	"events.start":           `start = 2027-09-01T09:00:00-05:00 under [[events]]`,
	"events.end":             `end = 2027-09-03T18:00:00-05:00 under [[events]]`,
	"events.rooms":           `rooms = ["Ballroom A", "Ballroom B"] under [[events]]`,
	"menu":                   `[[menu]] with name = "Schedule" and url = "/schedule/" below it`,
}

// example returns a sample setting of key, from examples or made from
// its type; inArray tells that its table is one of an array of tables.
func example(key toml.Key, t reflect.Type, inArray bool) string {
	if e, ok := examples[key.String()]; ok {
		return e
	}
	name := key[len(key)-1]
	var v string
	switch {
	case len(key) == 2 && key[0] == "permalinks":
		v = `"/` + name + `s/:slug/"`
	case t.Kind() == reflect.String:
		v = `"…"`
	case t.Kind() == reflect.Int:
		v = "10"
	case t.Kind() == reflect.Bool:
		v = "true"
	case t.Kind() == reflect.Slice:
		v = `["…", "…"]`
	default:
		return fmt.Sprintf("%s = … as docs/config.md shows", key.String())
	}
	if len(key) == 1 {
		return name + " = " + v
	}
	table := "[" + strings.Join(key[:len(key)-1], ".") + "]"
	if inArray {
		table = "[" + table + "]"
	}
	return fmt.Sprintf("%s = %s under %s", name, v, table)
}

func sortedKeys(m map[string]toml.Primitive) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
