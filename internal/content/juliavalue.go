package content

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
)

// A Franklin variable is a Julia assignment, and Julia lets its value
// run over several lines: a string in triple quotes (a description
// indented below its @def), a vector with one item a line, a Dict(…).
// juliaAssignment reads such a value whole, wherever Franklin's
// variables are read: a page's @def lines, a page's "+++" block read as
// Julia, and the site's config.md (FranklinSettings).

// juliaField is one assignment read from lines of Julia.
type juliaField struct {
	// name is the variable's name.
	name string
	// value is the value written as TOML, empty when TOML cannot hold
	// it; a vector over several lines keeps its line breaks, so that
	// the fields after it keep their lines.
	value string
	// start and end are the indexes of the assignment's first and
	// last lines.
	start, end int
}

// juliaAssignment reads the assignment that line i of lines opens, when
// re (whose groups are the name and the value) matches it. A string in
// triple quotes runs on to the line closing it (longString); a value
// whose brackets or parentheses are still open at the end of the line
// runs on to the line closing them, and is read as TOML when it is a
// vector TOML can read (["a",\n "b"]); a value nothing closes is the
// line alone.
func juliaAssignment(lines [][]byte, i int, re *regexp.Regexp) (juliaField, bool) {
	m := re.FindSubmatch(bytes.TrimRight(lines[i], " \t\r"))
	if m == nil {
		return juliaField{}, false
	}
	f := juliaField{name: string(m[1]), start: i, end: i}
	if text, j, long := longString(lines, i, m[2]); long {
		f.value, f.end = text, j
		return f, true
	}
	if j := juliaEnd(lines, i, m[2]); j > i {
		f.end = j
		parts := []string{string(m[2])}
		for _, l := range lines[i+1 : j+1] {
			parts = append(parts, string(bytes.TrimRight(l, " \t\r")))
		}
		if v := strings.Join(parts, "\n"); strings.HasPrefix(v, "[") {
			if _, ok := tomlValue(v); ok {
				f.value = v
			}
		}
		return f, true
	}
	if v, ok := tomlValue(string(m[2])); ok {
		f.value = v
	}
	return f, true
}

// appendTOML appends the field to data as TOML, followed by as many line
// breaks as the field has lines (none of it when TOML cannot hold its
// value), so that the next field read is at its own line.
func (f juliaField) appendTOML(data []byte) []byte {
	breaks := f.end - f.start + 1
	if f.value != "" {
		data = append(data, f.name...)
		data = append(data, " = "...)
		data = append(data, f.value...)
		breaks -= strings.Count(f.value, "\n")
	}
	for ; breaks > 0; breaks-- {
		data = append(data, '\n')
	}
	return data
}

// juliaEnd is the index of the line that closes the brackets and
// parentheses value, the rest of line i, leaves open; i when it leaves
// none open or nothing closes them. Brackets in strings and comments do
// not count.
func juliaEnd(lines [][]byte, i int, value []byte) int {
	var sc juliaScan
	if sc.line(value); sc.depth <= 0 {
		return i
	}
	for j := i + 1; j < len(lines); j++ {
		if sc.line(lines[j]); sc.depth <= 0 {
			return j
		}
	}
	return i
}

// juliaScan counts the brackets a Julia value leaves open, line after
// line, outside strings (which may run on) and comments.
type juliaScan struct {
	depth    int
	inString bool
}

func (sc *juliaScan) line(l []byte) {
	for k := 0; k < len(l); k++ {
		c := l[k]
		switch {
		case sc.inString && c == '\\':
			k++
		case sc.inString:
			sc.inString = c != '"'
		case c == '"':
			sc.inString = true
		case c == '#':
			return
		case c == '[' || c == '(' || c == '{':
			sc.depth++
		case c == ']' || c == ')' || c == '}':
			sc.depth--
		}
	}
}

// franklinSetting matches an @def line of a Franklin config, which may
// be indented.
var franklinSetting = regexp.MustCompile(`^[ \t]*@def\s+([A-Za-z_]\w*)\s*=\s*(.+?)\s*$`)

// FranklinSetting is a variable a Franklin config (config.md) sets to a
// text: its name and the text.
type FranklinSetting struct {
	Name, Value string
}

// FranklinSettings reads the variables a Franklin config, src, sets to
// texts: its @def lines and the assignments of its "+++" blocks, in the
// order they come, read as a page's are: a text in triple quotes over
// several lines is one text without the indentation its lines share, as
// Julia reads it, and a value over several lines (a vector, a Dict(…))
// is passed over whole. Values of other kinds are left out.
func FranklinSettings(src []byte) []FranklinSetting {
	lines := splitLines(src)
	var out []FranklinSetting
	block := false
	for i := 0; i < len(lines); i++ {
		if string(bytes.TrimSpace(lines[i])) == "+++" {
			block = !block
			continue
		}
		re := franklinSetting
		if block {
			re = juliaAssign
		}
		f, ok := juliaAssignment(lines, i, re)
		if !ok {
			continue
		}
		i = f.end
		var v struct{ V any }
		if _, err := toml.Decode("V = "+f.value, &v); err != nil {
			continue
		}
		if text, ok := v.V.(string); ok {
			out = append(out, FranklinSetting{Name: f.name, Value: text})
		}
	}
	return out
}
