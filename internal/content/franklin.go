package content

import (
	"bytes"
	"maps"
	"regexp"
	"slices"
	"strings"

	"lectern/internal/diag"
)

// Franklin (the Julia site generator) writes raw HTML between two lines
// of "~~~". In markdown the same lines open and close a code block, which
// showed JuliaCon's tables and embeds as HTML source. In a Franklin page
// the content stage turns each such block into a raw HTML block for the
// markdown stage by giving its opening line Pandoc's raw attribute,
// "~~~{=html}"; no line moves, so positions stay lines of the file.

// franklinSigns are the starts of lines only Franklin writes, each after
// the line break before it.
var franklinSigns = [][]byte{[]byte("\n@def "), []byte("\n@@")}

// franklinShaped reports whether a page may be written for Franklin: its
// site is one (opts.Franklin), its front matter is TOML between "+++"
// lines, or it has a line of Franklin's own syntax ("@def x = …",
// "@@class"). Elsewhere a bare "~~~" fence is code, as in any markdown.
// sure is false when the TOML front matter is the only sign, as Hugo
// pages have it too: such a page gets Franklin's raw blocks alone.
func franklinShaped(opts Options, toml bool, body []byte) (shaped, sure bool) {
	if opts.Franklin {
		return true, true
	}
	// A line starting "@def " or "@@", found without splitting the body
	// into lines: every page of every site is asked.
	for _, sign := range franklinSigns {
		if bytes.HasPrefix(body, sign[1:]) || bytes.Contains(body, sign) {
			return true, true
		}
	}
	return toml, false
}

// franklinLines rewrites the lines of a Franklin page's body for the
// markdown stage, one line for one line so that positions stay lines of
// the file:
//
//   - a "~~~" block is raw HTML: its opening line gets Pandoc's raw
//     attribute, "~~~{=html}" (fenced code, "~~~julia" included, and a
//     "~~~" never closed are left alone);
//   - the lines of a div ("@@class", "@@") and of a raw block lose their
//     indentation, which Franklin ignores and markdown would read as code;
//   - a line "\\" (Franklin's vertical space) is blank;
//   - raw HTML between "~~~" inside a line is raw HTML;
//   - Franklin's figures, \fig{path} and \figalt{alt}{path}, standing as
//     a line, are images;
//   - a command or environment standing as a line that the page's
//     markdown cannot say, as Franklin sites define them in Julia code
//     lectern does not run (\begin{box}{title="…"} … \end{box},
//     \keynote{…}), is left out, its text kept: an environment's title="…"
//     becomes a heading. One warning names them; LaTeX math environments
//     are math, not Franklin's.
//
// It returns body itself when there is nothing to rewrite.
func franklinLines(doc *Document, commands map[string]Command, sure bool) {
	body := doc.Body
	lines := splitLines(body)
	changed := false
	set := func(i int, l string) {
		if string(lines[i]) != l {
			lines[i], changed = []byte(l), true
		}
	}
	var fence []byte
	raw, math := false, false
	var unknown, ran []string
	first, firstRan := -1, -1
	local := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := string(bytes.TrimSpace(l))
		if !sure {
			// Only the raw blocks, on a page that may be Hugo's.
			switch {
			case raw:
				raw = t != "~~~"
			case fence != nil:
				if _, at := indentation(l); closesFence(l[at:], fence) {
					fence = nil
				}
			case isBareTildes(l) && closedAhead(lines[i+1:]):
				set(i, "~~~"+rawHTMLInfo)
				raw = true
			default:
				fence = opensFence(l)
			}
			continue
		}
		if !raw && fence == nil && !math && strings.Contains(t, `\`) {
			if strings.HasPrefix(t, `\newcommand{`) {
				// A page's own command: defined for the lines after.
				if !local {
					commands, local = maps.Clone(commands), true
					if commands == nil {
						commands = map[string]Command{}
					}
				}
				maps.Copy(commands, ReadCommands(t))
				set(i, "")
				continue
			}
			if x := expandCommands(string(l), commands); x != string(l) {
				set(i, x)
				l, t = lines[i], strings.TrimSpace(x)
			}
		}
		switch {
		case raw:
			if t == "~~~" {
				set(i, "~~~")
				raw = false
			}
			continue
		case fence != nil:
			if _, at := indentation(l); closesFence(l[at:], fence) {
				fence = nil
			}
			continue
		case math:
			if strings.Contains(t, "$$") || strings.HasSuffix(t, `\]`) {
				math = false
			}
			continue
		}
		switch {
		case t == "~~~":
			if closedAhead(lines[i+1:]) {
				set(i, "~~~"+rawHTMLInfo)
				raw = true
			}
		case inlineRaw.Match(l):
			// Raw HTML inside a line: "keynotes and ~~~<span …>BoF</span>~~~".
			set(i, string(inlineRaw.ReplaceAll(l, []byte("$1"))))
		case opensFence(l) != nil:
			fence = opensFence(l)
			x, run := franklinCodeFence(l, fence)
			if run {
				set(i, x)
			}
			if !run && !hidingLangs[fenceLang(l, fence)] {
				break
			}
			if end := closingFence(lines, i+1, fence); end > 0 {
				if hideLines(lines, i, end, set) {
					i, fence = end, nil
				}
			}
		case strings.HasPrefix(t, "$$") && strings.Count(t, "$$") == 1,
			strings.HasPrefix(t, `\[`) && !strings.Contains(t, `\]`):
			math = true
		case t == "@@" || strings.HasPrefix(t, "@@") && divLine.MatchString(t):
			set(i, t)
		case strings.HasPrefix(t, "@@") && emptyDiv.MatchString(t):
			// A spacer, "@@u-vskip-3 @@", as a command writes it.
			set(i, `<div class="`+strings.ReplaceAll(emptyDiv.FindStringSubmatch(t)[1], ",", " ")+`"></div>`)
		case t == `\\`:
			set(i, "")
		case strings.HasPrefix(t, `\`):
			out, name := franklinCommand(t)
			if end := franklinCallEnd(lines, i); end > i {
				if o, n := franklinCommand(joinedCommand(lines, i, end)); n != "" && !franklinOutputs[n] {
					// Its lines after the first are blank, so that
					// positions stay the file's; the loop passes them.
					out, name = o, n
					for k := i + 1; k <= end; k++ {
						set(k, "")
					}
				}
			}
			if out != t {
				set(i, out)
			}
			if name == "" {
				continue
			}
			if franklinOutputs[name] {
				// Franklin's own, not the site's: what it shows comes
				// from running the page's code.
				if !slices.Contains(ran, name) {
					ran = append(ran, name)
				}
				if firstRan < 0 {
					firstRan = i
				}
				continue
			}
			if !slices.Contains(unknown, name) {
				unknown = append(unknown, name)
			}
			if first < 0 {
				first = i
			}
		}
	}
	if len(unknown) > 0 {
		doc.Diags.Warnf(diag.Pos{File: doc.File, Line: doc.BodyLine + first, Col: 1},
			"%s %s defined in the site's Julia code, which lectern does not run: the text inside is shown without %s; write the page's markdown or HTML instead to keep %s",
			strings.Join(unknown, ", "), either(len(unknown), "is", "are"), either(len(unknown), "it", "them"), either(len(unknown), "it", "them"))
	}
	if len(ran) > 0 {
		doc.Diags.Warnf(diag.Pos{File: doc.File, Line: doc.BodyLine + firstRan, Col: 1},
			"%s %s what Franklin makes or reads when it builds the page (what its code prints, plots, files of code), which lectern does not: %s left out; paste what %s into the page (a code block, an image) to keep %s",
			strings.Join(ran, ", "), either(len(ran), "shows", "show"), either(len(ran), "it is", "they are"), either(len(ran), "it shows", "they show"), either(len(ran), "it", "them"))
	}
	if !changed {
		return
	}
	out := make([]byte, 0, len(body)+16)
	for i, l := range lines {
		out = append(out, l...)
		if i < len(lines)-1 || bytes.HasSuffix(body, nl) {
			out = append(out, '\n')
		}
	}
	doc.Body = out
}

// either returns one when n is 1, else many.
func either(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// closedAhead reports whether some line of lines is "~~~", blanks aside.
func closedAhead(lines [][]byte) bool {
	for _, l := range lines {
		if isBareTildes(bytes.TrimSpace(l)) {
			return true
		}
	}
	return false
}

// divLine matches the line opening a Franklin div (see the markdown
// stage's divOpener).
var divLine = regexp.MustCompile(`^@@[A-Za-z_][\w-]*(,[A-Za-z_][\w-]*)*$`)

// emptyDiv matches a div with nothing in it on one line.
var emptyDiv = regexp.MustCompile(`^@@([A-Za-z_][\w-]*(?:,[A-Za-z_][\w-]*)*)\s+@@$`)

// inlineRaw matches raw HTML between "~~~" inside a line.
var inlineRaw = regexp.MustCompile(`~~~(.+?)~~~`)

// Franklin commands standing as a line.
var (
	franklinBegin  = regexp.MustCompile(`^\\begin\{(\w+\*?)\}(.*?)(?:\\end\{\w+\*?\})?$`)
	franklinEnd    = regexp.MustCompile(`^\\end\{(\w+\*?)\}$`)
	franklinCall   = regexp.MustCompile(`^\\(\w+)((?:\{.*\})+)$`)
	franklinTitle  = regexp.MustCompile(`\btitle\s*=\s*"([^"]*)"`)
	franklinFigure = regexp.MustCompile(`^\\fig\{([^{}]+)\}$`)
	franklinFigAlt = regexp.MustCompile(`^\\figalt\{([^{}]*)\}\{([^{}]+)\}$`)
)

// mathEnvironments are LaTeX's, which KaTeX and MathJax read inside math.
var mathEnvironments = map[string]bool{
	"equation": true, "align": true, "aligned": true, "gather": true, "gathered": true, "multline": true,
	"split": true, "cases": true, "array": true, "matrix": true, "pmatrix": true, "bmatrix": true,
	"vmatrix": true, "Vmatrix": true, "eqnarray": true, "alignat": true, "subequations": true,
}

// franklinCommand returns what the markdown stage reads instead of the
// line t, a Franklin command standing alone, and the name to warn of
// when it is left out; name is "" for a line it leaves as it is.
func franklinCommand(t string) (out, name string) {
	if m := franklinFigure.FindStringSubmatch(t); m != nil {
		return "![](" + m[1] + ")", ""
	}
	if m := franklinFigAlt.FindStringSubmatch(t); m != nil {
		return "![" + m[1] + "](" + m[2] + ")", ""
	}
	if m := franklinBegin.FindStringSubmatch(t); m != nil {
		if mathEnvironments[strings.TrimSuffix(m[1], "*")] {
			return t, ""
		}
		out = ""
		if title := franklinTitle.FindStringSubmatch(m[2]); title != nil && strings.TrimSpace(title[1]) != "" {
			out = "### " + strings.TrimSpace(title[1])
		}
		return out, `\begin{` + m[1] + "}"
	}
	if m := franklinEnd.FindStringSubmatch(t); m != nil {
		if mathEnvironments[strings.TrimSuffix(m[1], "*")] {
			return t, ""
		}
		return "", `\begin{` + m[1] + "}"
	}
	if m := franklinCall.FindStringSubmatch(t); m != nil {
		return franklinCard(m[2]), `\` + m[1]
	}
	return t, ""
}

// franklinArg matches one key="value" argument of a command, the value
// also in Julia's triple quotes (info="""Co-Chair""").
var franklinArg = regexp.MustCompile(`(\w+)\s*=\s*(?:"""(.*?)"""|"([^"]*)")`)

// franklinCard is the line a command of the site's code leaves when its
// arguments name what it shows, as conference sites' \keynote{name="…",
// affil="…", link="…", title="…"} and \sponsor{name="…", link="…"} do:
// the image it shows (a speaker's photo, a sponsor's logo), linked, then
// the name, linked, with the affiliation and the title, and the bio under
// them, ending in a line break so that a run of them stays one per line; with no text but an
// image, the image, linked. "" for anything else.
func franklinCard(args string) string {
	vals := map[string]string{}
	for _, m := range franklinArg.FindAllStringSubmatch(args, -1) {
		k := strings.ToLower(m[1])
		if _, ok := vals[k]; !ok {
			vals[k] = strings.TrimSpace(m[2] + m[3])
		}
	}
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := vals[k]; v != "" {
				return v
			}
		}
		return ""
	}
	link := first("link", "url", "href", "website")
	if strings.ContainsAny(link, "()<> ") {
		link = ""
	}
	linked := func(text string) string {
		if link == "" {
			return text
		}
		return "[" + text + "](" + link + ")"
	}
	name, title := first("name", "speaker", "who"), first("title", "talk")
	affil := first("affil", "affiliation", "company", "organisation", "organization", "org", "role", "info")
	if name == "" {
		name, title = title, ""
	}
	img := first("img", "image", "logo", "photo", "src")
	if strings.ContainsAny(img, "()<> ") {
		img = ""
	}
	if name == "" {
		if img != "" {
			return linked("![]("+img+")") + "  "
		}
		return ""
	}
	out := "**" + linked(markdownEscape(name)) + "**"
	if img != "" {
		// The photo or logo the command shows (an \avatar's speaker, a
		// \sponsor's logo), before the name it stands beside; its
		// alternative text is empty, the name following it.
		out = linked("![]("+img+")") + " " + out
	}
	if affil != "" {
		out += " (" + markdownEscape(affil) + ")"
	}
	if title != "" {
		out += ": *" + markdownEscape(title) + "*"
	}
	if bio := first("bio", "biography", "about"); bio != "" {
		// A speaker's or organiser's bio, under the name as the site
		// shows it; a break in HTML, the card having one line.
		out += "<br>" + markdownEscape(strings.Join(strings.Fields(bio), " "))
	}
	return out + "  "
}

// markdownEscape keeps a value's characters from being read as markup.
func markdownEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, "`", "\\`").Replace(s)
}

// rawHTMLInfo is the info string the markdown stage reads as "these lines
// are raw HTML" (see markdown's rawInfo).
const rawHTMLInfo = "{=html}"

// isBareTildes reports whether l is exactly "~~~", trailing blanks aside.
func isBareTildes(l []byte) bool {
	return string(bytes.TrimRight(l, " \t")) == "~~~"
}

// franklinOutputs are Franklin's own commands that show what running
// code gives: its output (\output, \textoutput, \show…), its plots, a
// file of code or data it reads (\input, \literate, \tableinput).
var franklinOutputs = map[string]bool{
	`\output`: true, `\textoutput`: true, `\plaintextoutput`: true, `\show`: true, `\mdshow`: true,
	`\plotlyfig`: true, `\input`: true, `\literate`: true, `\tableinput`: true, `\codeoutput`: true,
}
