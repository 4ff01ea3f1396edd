package content

import (
	"bytes"
	"regexp"
	"strings"
)

// Franklin's blocks of code: those it runs ("```julia:./code/ex1",
// "```!") and the lines it hides from any block ("# hide", "# hideall").

// franklinCodeFence rewrites the opening line l of a fenced block of
// code Franklin runs, whose fence is fence: "```julia:./code/ex1" (the
// language, then where Franklin keeps what the code prints) is a block
// of julia, "```!" one of julia too, so that it is highlighted as the
// language it is rather than as a language named "julia:./code/ex1".
// ok is false for any other fence.
func franklinCodeFence(l, fence []byte) (string, bool) {
	_, at := indentation(l)
	info := strings.TrimSpace(string(l[at+len(fence):]))
	lang, file, found := strings.Cut(info, ":")
	switch {
	case info == "!":
		lang = "julia"
	case !found || lang == "" || file == "" || strings.ContainsAny(lang, " \t{"):
		return "", false
	}
	return string(l[:at+len(fence)]) + lang, true
}

// hideAll matches Franklin's "# hideall" line, which hides the code of
// its block: "#hideall" and "# HideAll" too.
var hideAll = regexp.MustCompile(`(?i)^#\s*hideall$`)

// hidesAll reports whether a line of code hides its block.
func hidesAll(code [][]byte) bool {
	for _, l := range code {
		if hideAll.Match(bytes.TrimSpace(l)) {
			return true
		}
	}
	return false
}

// hideLine matches what Franklin looks for in a line of code to hide it:
// a comment "# hide" ("x = 1 # hide", "#HIDE"), as its examples end the
// lines that set a seed or load a package, or Literate's "#src". As in
// Franklin, the comment may be anywhere in the line.
var hideLine = regexp.MustCompile(`#\s*(?i:hide)|#src`)

// hidingLangs are the languages of Franklin's CODE_LANG whose comments
// start with "#": Franklin hides lines in their blocks, run or not.
var hidingLangs = map[string]bool{
	"julia": true, "julia-repl": true, "python": true, "r": true,
	"bash": true, "toml": true, "ruby": true,
}

// fenceLang is the language a fenced block's opening line l names, the
// first word of its info string.
func fenceLang(l, fence []byte) string {
	_, at := indentation(l)
	f := strings.Fields(string(l[at+len(fence):]))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// hideLines leaves out, one line for one line, what Franklin does not
// show of the block of code from lines[open] to its closing fence
// lines[end]: the whole block when a line is "# hideall" or every line
// is hidden, else each line holding "# hide" (hideLine), the lines kept
// moving up and blank lines put after the closing fence, so that the
// lines after the block stay where they were. It reports whether it
// changed anything.
func hideLines(lines [][]byte, open, end int, set func(int, string)) bool {
	code := lines[open+1 : end]
	var kept []string
	for _, l := range code {
		if !hideLine.Match(l) {
			kept = append(kept, string(l))
		}
	}
	if len(kept) == len(code) {
		return false
	}
	if hidesAll(code) || len(strings.TrimSpace(strings.Join(kept, ""))) == 0 {
		// Franklin shows nothing of such a block but what it prints,
		// which lectern cannot run.
		for j := open; j <= end; j++ {
			set(j, "")
		}
		return true
	}
	closing := string(lines[end])
	j := open + 1
	for _, l := range kept {
		set(j, l)
		j++
	}
	set(j, closing)
	for j++; j <= end; j++ {
		set(j, "")
	}
	return true
}

// closingFence is the index of the line from lines[from] on that closes
// fence, -1 when none does.
func closingFence(lines [][]byte, from int, fence []byte) int {
	for j := from; j < len(lines); j++ {
		if _, at := indentation(lines[j]); closesFence(lines[j][at:], fence) {
			return j
		}
	}
	return -1
}
