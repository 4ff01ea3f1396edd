package content

import (
	"bytes"
	"regexp"
	"strings"
)

// A command of a site's Julia code may write its arguments over several
// lines, as conference sites write a keynote speaker's card with a long
// bio="…" (\avatar{name="…", affil="…", img="…", bio="Ada is …
// … Lyon"}). Franklin reads the command to its closing brace; lectern
// reads such a command as one line, so that it is a card, not its
// arguments shown as text.

// maxCommandLines bounds how far a command's arguments may run, so that
// a brace never closed does not swallow the rest of the page.
const maxCommandLines = 40

// franklinCallOpen matches the start of a command with arguments.
var franklinCallOpen = regexp.MustCompile(`^\\\w+\{`)

// franklinCallEnd returns the index of the line that closes the command
// opening lines[i], when its braces, outside quoted values, close on a
// later line ending with "}" and no line between is a fence or raw
// block's; else i.
func franklinCallEnd(lines [][]byte, i int) int {
	t := bytes.TrimSpace(lines[i])
	if !franklinCallOpen.Match(t) {
		return i
	}
	depth, quoted := 0, false
	for k := i; k < len(lines) && k < i+maxCommandLines; k++ {
		l := bytes.TrimSpace(lines[k])
		if k > i && (bytes.HasPrefix(l, []byte("```")) || isBareTildes(l)) {
			return i
		}
		for _, c := range l {
			switch {
			case c == '"':
				quoted = !quoted
			case quoted:
			case c == '{':
				depth++
			case c == '}':
				depth--
			}
		}
		if depth <= 0 && !quoted {
			if k == i || !bytes.HasSuffix(l, []byte("}")) {
				return i
			}
			return k
		}
	}
	return i
}

// joinedCommand is the command of lines[i:end+1] as one line, its lines'
// breaks read as spaces, as a quoted value's are in HTML.
func joinedCommand(lines [][]byte, i, end int) string {
	parts := make([]string, 0, end-i+1)
	for _, l := range lines[i : end+1] {
		parts = append(parts, strings.TrimSpace(string(l)))
	}
	return strings.Join(parts, " ")
}
