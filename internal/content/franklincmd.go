package content

import (
	"strconv"
	"strings"
)

// Franklin sites define LaTeX-like commands in their config.md, and pages
// in themselves: \newcommand{\email}{[x@y.org](mailto:x@y.org)}, or with
// arguments, \newcommand{\elink}[2]{~~~<a href="#2">#1</a>~~~}. A page
// uses them as \email or \elink{text}{url}; they are expanded in the
// page's lines before the rest of the Franklin pass reads them.

// Command is one \newcommand: how many arguments it takes and what it
// stands for, #1 to #9 marking where they go.
type Command struct {
	Args int
	Body string
}

// maxExpansions bounds the expansion of one line, so that a command that
// uses itself stops.
const maxExpansions = 64

// ReadCommands returns the commands src defines with \newcommand, by name
// without the backslash. A definition that is not well formed (braces
// that never close) is skipped; a body's line breaks become spaces, so
// that an expansion stays on its line.
func ReadCommands(src string) map[string]Command {
	var out map[string]Command
	for {
		i := strings.Index(src, `\newcommand{\`)
		if i < 0 {
			return out
		}
		src = src[i+len(`\newcommand{\`):]
		end := strings.IndexByte(src, '}')
		if end < 0 {
			return out
		}
		name := src[:end]
		if !isCommandName(name) {
			continue
		}
		rest := src[end+1:]
		args := 0
		if strings.HasPrefix(rest, "[") {
			close := strings.IndexByte(rest, ']')
			if close < 0 {
				continue
			}
			n, err := strconv.Atoi(strings.TrimSpace(rest[1:close]))
			if err != nil || n < 0 || n > 9 {
				continue
			}
			args, rest = n, rest[close+1:]
		}
		body, _, ok := braced(rest)
		if !ok {
			continue
		}
		if out == nil {
			out = map[string]Command{}
		}
		out[name] = Command{Args: args, Body: strings.Join(strings.Fields(strings.ReplaceAll(body, "\n", " ")), " ")}
		src = rest
	}
}

// isCommandName reports whether s is a command's name: letters only.
func isCommandName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

// braced reads a group "{…}" at the start of s, braces inside balanced,
// and returns what is inside it and what follows it.
func braced(s string) (inside, rest string, ok bool) {
	if !strings.HasPrefix(s, "{") {
		return "", s, false
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++ // an escaped brace is not one
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return s[1:i], s[i+1:], true
			}
		}
	}
	return "", s, false
}

// expandCommands returns line with every use of a command of cmds
// replaced by its body, its arguments put in; a use with fewer argument
// groups than the command takes is left as written.
func expandCommands(line string, cmds map[string]Command) string {
	if len(cmds) == 0 || !strings.Contains(line, `\`) {
		return line
	}
	for n := 0; n < maxExpansions; n++ {
		next, ok := expandOne(line, cmds)
		if !ok {
			return line
		}
		line = next
	}
	return line
}

// expandOne expands the first use of a command in line.
func expandOne(line string, cmds map[string]Command) (string, bool) {
	for from := 0; ; {
		i := strings.IndexByte(line[from:], '\\')
		if i < 0 {
			return line, false
		}
		i += from
		j := i + 1
		for j < len(line) && ('a' <= line[j] && line[j] <= 'z' || 'A' <= line[j] && line[j] <= 'Z') {
			j++
		}
		cmd, ok := cmds[line[i+1:j]]
		if !ok {
			from = j
			if j == i+1 {
				from = i + 2 // "\\" or "\{": skip the escaped character
			}
			if from >= len(line) {
				return line, false
			}
			continue
		}
		rest := line[j:]
		args := make([]string, 0, cmd.Args)
		for range cmd.Args {
			arg, after, ok := braced(rest)
			if !ok {
				break
			}
			args, rest = append(args, arg), after
		}
		if len(args) < cmd.Args {
			from = j
			continue
		}
		body := cmd.Body
		for k := len(args); k >= 1; k-- {
			body = strings.ReplaceAll(body, "#"+strconv.Itoa(k), args[k-1])
		}
		return line[:i] + body + rest, true
	}
}
