package content

import "bytes"

// Franklin (the Julia site generator) writes raw HTML between two lines
// of "~~~". In markdown the same lines open and close a code block, which
// showed JuliaCon's tables and embeds as HTML source. In a Franklin page
// the content stage turns each such block into a raw HTML block for the
// markdown stage by giving its opening line Pandoc's raw attribute,
// "~~~{=html}"; no line moves, so positions stay lines of the file.

// franklinShaped reports whether a page is written for Franklin: its site
// is one (opts.Franklin), its front matter is TOML between "+++" lines, or
// it has a line of Franklin's own syntax ("@def x = …", "@@class").
// Elsewhere a bare "~~~" fence is code, as in any markdown.
func franklinShaped(opts Options, toml bool, body []byte) bool {
	if opts.Franklin || toml {
		return true
	}
	for _, l := range splitLines(body) {
		if bytes.HasPrefix(l, []byte("@def ")) || bytes.HasPrefix(l, []byte("@@")) {
			return true
		}
	}
	return false
}

// franklinRaw returns body with the opening line of every "~~~" block
// (both lines exactly "~~~", at the start of the line) marked as raw HTML.
// Fenced code, "~~~julia" included, is left alone, as is a "~~~" never
// closed. It returns body itself when there is nothing to mark.
func franklinRaw(body []byte) []byte {
	lines := splitLines(body)
	var marks []int
	var fence []byte
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if fence != nil {
			if _, at := indentation(l); closesFence(l[at:], fence) {
				fence = nil
			}
			continue
		}
		if isBareTildes(l) {
			end := i + 1
			for end < len(lines) && !isBareTildes(lines[end]) {
				end++
			}
			if end == len(lines) {
				break
			}
			marks = append(marks, i)
			i = end
			continue
		}
		if f := opensFence(l); f != nil {
			fence = f
		}
	}
	if len(marks) == 0 {
		return body
	}
	out := make([]byte, 0, len(body)+len(marks)*len(rawHTMLInfo))
	m := 0
	for i, l := range lines {
		out = append(out, l...)
		if m < len(marks) && marks[m] == i {
			out = append(out, rawHTMLInfo...)
			m++
		}
		if i < len(lines)-1 || bytes.HasSuffix(body, nl) {
			out = append(out, '\n')
		}
	}
	return out
}

// rawHTMLInfo is the info string the markdown stage reads as "these lines
// are raw HTML" (see markdown's rawInfo).
const rawHTMLInfo = "{=html}"

// isBareTildes reports whether l is exactly "~~~", trailing blanks aside.
func isBareTildes(l []byte) bool {
	return string(bytes.TrimRight(l, " \t")) == "~~~"
}
