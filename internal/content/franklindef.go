package content

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// A Franklin page may set its fields with lines "@def title = \"Talks\"" in
// its body instead of front matter. The values are Julia, which for
// strings, numbers, booleans and vectors of them is TOML too; dates are
// written Date(2024, 7, 10). Such lines are read as the page's front
// matter, line for line, and blanked in the body.

// franklinDef matches an @def line: its name and its value.
var franklinDef = regexp.MustCompile(`^@def\s+([A-Za-z_]\w*)\s*=\s*(.+?)\s*$`)

// juliaDate matches Date(2024, 7, 10) or Date("2024-07-10").
var juliaDate = regexp.MustCompile(`^Date\(\s*(\d{4})\s*,\s*(\d{1,2})\s*,\s*(\d{1,2})\s*\)$|^Date\(\s*"(\d{4}-\d{2}-\d{2})"\s*\)$`)

// franklinDefs reads the @def lines of doc's body that give a value TOML
// can read as its front matter (nil when there is none), and blanks them
// in the body; a line whose value is Julia code of another kind is left
// out of the fields (Franklin's own settings, such as ranges or
// dictionaries, mean nothing to lectern) and blanked all the same.
func franklinDefs(doc *Document) []byte {
	lines := splitLines(doc.Body)
	var data []byte
	last := -1
	for i := 0; i < len(lines); i++ {
		f, ok := juliaAssignment(lines, i, franklinDef)
		if !ok {
			continue
		}
		for ; last < i-1; last++ {
			data = append(data, '\n')
		}
		data = f.appendTOML(data)
		for ; i <= f.end; i++ {
			lines[i] = nil
		}
		i--
		last = i
	}
	if last < 0 {
		return nil
	}
	body := bytes.Join(lines, nl)
	if bytes.HasSuffix(doc.Body, nl) {
		body = append(body, '\n')
	}
	doc.Body = body
	return data
}

// tomlValue returns the Julia value v written as TOML, when it is one TOML
// can read. A Date of a day no calendar has is written as a text, so that
// it is the date field's warning rather than the whole front matter's
// error.
func tomlValue(v string) (string, bool) {
	if m := juliaDate.FindStringSubmatch(v); m != nil {
		day := m[4]
		if day == "" {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			day = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
		}
		if _, err := time.Parse(time.DateOnly, day); err != nil {
			// A day no calendar has (Date(2023, 2, 30)) is a TOML
			// error that would cost the page all its fields; as a
			// text it is one field the date reader warns about, at
			// its line, like any date it cannot read.
			return strconv.Quote(day), true
		}
		return day, true
	}
	var probe map[string]any
	if _, err := toml.Decode("v = "+v, &probe); err != nil {
		return "", false
	}
	return v, true
}

// franklinFrontMatter reads again, as Julia, the "+++" front matter of a
// Franklin page that TOML could not read. Franklin runs that block as
// Julia code: its assignments are TOML too for strings, numbers,
// booleans and vectors of them, but a date is written Date(2024, 7, 10)
// and a line may be other code (using Dates, a value of nothing). Each
// assignment is read as an @def line is (tomlValue), line for line so
// that positions stay the file's; other lines, and assignments of
// values TOML cannot hold, are left out, as Franklin's own settings
// mean nothing to lectern; a value over several lines (a vector, a
// Dict(…)) is read or left out whole. When even that does not parse,
// TOML's error stands.
func franklinFrontMatter(file string, s *split, loc *time.Location) {
	lines := splitLines(s.tomlSrc)
	var data []byte
	for i := 0; i < len(lines); i++ {
		f, ok := juliaAssignment(lines, i, juliaAssign)
		if !ok {
			data = append(data, '\n')
			continue
		}
		data = f.appendTOML(data)
		i = f.end
	}
	root, diags := tomlTree(file, data, s.tomlLine, loc, frontMatter)
	if root == nil {
		return
	}
	s.root, s.broken, s.diags, s.tomlSrc = root, false, diags, nil
}

// juliaAssign matches a line of a Franklin page's "+++" block that
// assigns a page variable: its name and its value.
var juliaAssign = regexp.MustCompile(`^\s*([A-Za-z_]\w*)\s*=\s*(.+?)\s*$`)

// longString reads a Julia string in triple quotes that the @def line i
// opens, value being its value, and closes on a later line, as
// descriptions are written (@def description = """ then the text,
// indented, then """). It returns the string as a TOML string on one
// line, so that the fields after it keep their lines, and the line that
// closes it; long is false when value opens no such string or nothing
// closes it. As in Julia, a line break right after the opening quotes is
// not part of the string and the indentation its lines share is not
// either.
func longString(lines [][]byte, i int, value []byte) (text string, end int, long bool) {
	rest, ok := bytes.CutPrefix(value, []byte(`"""`))
	if !ok || bytes.Contains(rest, []byte(`"""`)) {
		return "", 0, false
	}
	parts := []string{string(rest)}
	for j := i + 1; j < len(lines); j++ {
		l := bytes.TrimRight(lines[j], " \t\r")
		before, _, closed := bytes.Cut(l, []byte(`"""`))
		parts = append(parts, string(before))
		if !closed {
			continue
		}
		if strings.TrimSpace(parts[0]) == "" {
			parts = parts[1:]
		}
		return tomlString(strings.TrimSpace(dedent(parts))), j, true
	}
	return "", 0, false
}

// dedent joins lines without the indentation all lines with text share.
func dedent(lines []string) string {
	cut := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if n := len(l) - len(strings.TrimLeft(l, " \t")); cut < 0 || n < cut {
			cut = n
		}
	}
	for k, l := range lines {
		if len(l) >= cut && cut > 0 {
			lines[k] = l[cut:]
		} else if strings.TrimSpace(l) == "" {
			lines[k] = ""
		}
	}
	return strings.Join(lines, "\n")
}

// tomlString writes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
