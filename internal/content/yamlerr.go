package content

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"lectern/internal/diag"
)

// maxErrorSearchLines bounds the search for the line of a YAML error.
const maxErrorSearchLines = 400

// yamlError turns a yaml.v3 error into a diagnostic positioned on a line of
// the file. yaml.v3 reports the line only for some errors, off by one for
// others, and never the column, so the line is found again: it is the
// first line whose prefix of the front matter fails with the same message,
// which is where the problem starts. The column and the advice come from
// looking at that line.
func yamlError(file string, data []byte, firstLine int, err error, what string) diag.Diag {
	msg, reported := splitYAMLError(err.Error())
	lines := bytes.SplitAfter(data, nl)
	line := 0
	if len(lines) <= maxErrorSearchLines {
		var prefix []byte
		for i, l := range lines {
			prefix = append(prefix, l...)
			var n yaml.Node
			if perr := yaml.Unmarshal(prefix, &n); perr != nil {
				if m, _ := splitYAMLError(perr.Error()); m == msg {
					line = i + 1
					break
				}
			}
		}
	}
	if line == 0 {
		line = max(reported, 1)
	}
	var text string
	if line <= len(lines) {
		text = strings.TrimRight(string(lines[line-1]), "\n")
	}
	col, advice := yamlAdvice(msg, text)
	return diag.Errorf(diag.Pos{File: file, Line: line + firstLine - 1, Col: col},
		"cannot parse %s: %s%s", what, msg, advice)
}

// splitYAMLError removes the "yaml: " and "line N: " prefixes from a
// yaml.v3 error message and returns the line number it gave, or 0.
func splitYAMLError(s string) (msg string, line int) {
	s = strings.TrimPrefix(s, "yaml: ")
	if rest, ok := strings.CutPrefix(s, "line "); ok {
		if i := strings.Index(rest, ": "); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil {
				return rest[i+2:], n
			}
		}
	}
	return s, 0
}

// yamlAdvice returns the column of the problem on the failing line and a
// suggestion for the errors people make most.
func yamlAdvice(msg, line string) (col int, advice string) {
	first := len(line) - len(strings.TrimLeft(line, " \t")) + 1
	key, value, hasValue := strings.Cut(line, ": ")
	valueCol := len(key) + 3
	// A tab in a line's indentation fails in several ways, none of which
	// names it: YAML indents with spaces only.
	if i := strings.IndexByte(line, '\t'); i >= 0 && i < first {
		if strings.Contains(msg, "tab") {
			return i + 1, "; indent with spaces"
		}
		return i + 1, "; this line is indented with a tab, which YAML does not allow: indent with spaces"
	}
	switch {
	case strings.Contains(msg, "control characters are not allowed"):
		// An invisible character (a NUL a broken editor or a bad copy
		// left): name it and its column, which no editor shows.
		for i, r := range line {
			if r != '\t' && r != '\r' && (r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0) {
				return i + 1, fmt.Sprintf("; this line holds the invisible control character U+%04X at column %d: delete it", r, i+1)
			}
		}
		return first, "; delete the invisible control character on this line"
	case strings.Contains(msg, "mapping values are not allowed"):
		if hasValue {
			if i := strings.Index(value, ":"); i >= 0 {
				return valueCol + i, "; put the value in quotes, like " +
					strings.TrimSpace(key) + ": " + strconv.Quote(strings.TrimSpace(value))
			}
		}
		return first, "; check the indentation of this line"
	case strings.Contains(msg, "cannot start any token"):
		if hasValue {
			v := strings.TrimLeft(value, " ")
			return valueCol + len(value) - len(v), "; put the value in quotes: YAML reserves @ and ` at the start of a value"
		}
		return first, ""
	case strings.Contains(msg, "end of stream") || strings.Contains(msg, "found unexpected end"):
		if hasValue {
			if i := strings.IndexAny(value, `"'`); i >= 0 {
				return valueCol + i, "; a quote opened here is never closed"
			}
		}
		return first, "; check for a quote or bracket that is never closed"
	case strings.Contains(msg, "did not find expected"):
		if hasValue {
			if i := strings.IndexAny(value, "[{"); i >= 0 {
				return valueCol + i, "; check the brackets opened here"
			}
		}
		return first, "; check the indentation of this line"
	}
	return first, ""
}
