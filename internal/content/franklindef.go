package content

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
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
	for i, l := range lines {
		m := franklinDef.FindSubmatch(bytes.TrimRight(l, " \t\r"))
		if m == nil {
			continue
		}
		for ; last < i-1; last++ {
			data = append(data, '\n')
		}
		if v, ok := tomlValue(string(m[2])); ok {
			data = fmt.Appendf(data, "%s = %s", m[1], v)
		}
		data = append(data, '\n')
		last = i
		lines[i] = nil
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
// can read.
func tomlValue(v string) (string, bool) {
	if m := juliaDate.FindStringSubmatch(v); m != nil {
		if m[4] != "" {
			return m[4], true
		}
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
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
// mean nothing to lectern. When even that does not parse (a vector
// written over several lines and something else), TOML's error stands.
func franklinFrontMatter(file string, s *split, loc *time.Location) {
	lines := splitLines(s.tomlSrc)
	var data []byte
	for _, l := range lines {
		if m := juliaAssign.FindSubmatch(bytes.TrimRight(l, " \t\r")); m != nil {
			if v, ok := tomlValue(string(m[2])); ok {
				data = fmt.Appendf(data, "%s = %s", m[1], v)
			}
		}
		data = append(data, '\n')
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
