package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"html/template"
	"regexp"
	"strings"
	"time"
)

// A Hugo site's own shortcodes are templates in layouts/shortcodes/,
// most of them a snippet of HTML around the call's arguments:
// <div class="video"><iframe src="…/{{ .Get 0 }}"></iframe></div>,
// {{ .Inner }} for a rawhtml shortcode, <a class="button" href="{{ .Get
// "href" }}">{{ .Inner }}</a>. Such a template is run here, with what a
// shortcode's template sees of its call (ownCall), the few functions
// of Hugo's that need nothing but their arguments (ownFuncs), what the
// model gives of the page and site (ownpage.go) and the site's partials
// (ownrun.go), within bounds (ownbudget.go). A template that asks for
// more (resources, other pages, Scratch) cannot be run: the call keeps
// lectern's own reading, with a warning.

// maxOwnOutput bounds what one call of a site's shortcode writes: more
// is no snippet, and the call keeps lectern's reading.
const maxOwnOutput = 1 << 18

// ownCall is what the template of a site's shortcode sees as its dot:
// Hugo's ShortcodeWithPage, with what lectern knows of the page and site.
type ownCall struct {
	name string
	t    tag
	// Inner is what a paired call wraps, as written: Hugo gives it to
	// the template as HTML, not escaped.
	Inner template.HTML
	// Page and Site are what lectern gives of the calling page and its
	// site (see ownpage.go).
	Page ownPage
	Site ownSite
}

// Get is Hugo's .Get: the argument at a position (an int) or of a name
// (a string), "" when the call has none.
func (c ownCall) Get(key any) string {
	switch k := key.(type) {
	case int:
		if len(c.t.named) == 0 && k >= 0 && k < len(c.t.args) {
			return c.t.args[k]
		}
	case string:
		return c.t.named[k]
	}
	return ""
}

// Params is Hugo's .Params: the named arguments as a map, else the
// positional ones as a list.
func (c ownCall) Params() any {
	if len(c.t.named) > 0 {
		return c.t.named
	}
	return c.t.args
}

// IsNamedParams is Hugo's .IsNamedParams.
func (c ownCall) IsNamedParams() bool { return len(c.t.named) > 0 }

// Name is Hugo's .Name: the shortcode's name.
func (c ownCall) Name() string { return c.name }

// InnerDeindent is Hugo's .InnerDeindent: Inner without the indentation
// its lines share.
func (c ownCall) InnerDeindent() template.HTML {
	return template.HTML(dedent(string(c.Inner)))
}

// ownFuncs are the functions of Hugo's a site's shortcode may call:
// those that need only their arguments.
var ownFuncs = template.FuncMap{
	"safeHTML":     func(s any) template.HTML { return template.HTML(fmt.Sprint(s)) },
	"safeHTMLAttr": func(s any) template.HTMLAttr { return template.HTMLAttr(fmt.Sprint(s)) },
	"safeURL":      func(s any) template.URL { return template.URL(fmt.Sprint(s)) },
	"safeCSS":      func(s any) template.CSS { return template.CSS(fmt.Sprint(s)) },
	"safeJS":       func(s any) template.JS { return template.JS(fmt.Sprint(s)) },
	"markdownify": func(s any) (template.HTML, error) {
		out, err := capText(captionHTML(fmt.Sprint(s)))
		return template.HTML(out), err
	},
	"plainify":     func(s any) string { return html.UnescapeString(tagsRE.ReplaceAllString(fmt.Sprint(s), "")) },
	"htmlEscape":   func(s any) (string, error) { return capText(html.EscapeString(fmt.Sprint(s))) },
	"htmlUnescape": func(s any) string { return html.UnescapeString(fmt.Sprint(s)) },
	"lower":        func(s any) string { return strings.ToLower(fmt.Sprint(s)) },
	"upper":        func(s any) string { return strings.ToUpper(fmt.Sprint(s)) },
	"trim":         func(s any, cut string) string { return strings.Trim(fmt.Sprint(s), cut) },
	"replace": func(s any, old, new string) (string, error) {
		in := fmt.Sprint(s)
		if n := strings.Count(in, old); len(in)+n*(len(new)-len(old)) > maxOwnText {
			return "", errTooBig
		}
		return strings.ReplaceAll(in, old, new), nil
	},
	"seq":     seq,
	"urlize":  urlize,
	"dict":    dict,
	"isset":   isset,
	"in":      in,
	"split":   split,
	"delimit": delimit,
	"default": func(def any, given ...any) any {
		if len(given) == 0 || isEmpty(given[0]) {
			return def
		}
		return given[0]
	},
	"cond": func(c bool, a, b any) any {
		if c {
			return a
		}
		return b
	},
}

// tagsRE matches an HTML tag, which plainify drops.
var tagsRE = regexp.MustCompile(`<[^>]*>`)

// isEmpty is Hugo's idea of an empty value for default: nothing, "",
// false, 0.
func isEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case bool:
		return !x
	case int:
		return x == 0
	}
	return false
}

// errTooLong stops a template that writes more than maxOwnOutput.
var errTooLong = errors.New("it writes more than a snippet of HTML")

// boundedBuffer is a buffer that refuses more than maxOwnOutput bytes.
type boundedBuffer struct{ bytes.Buffer }

func (b *boundedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > maxOwnOutput {
		return 0, errTooLong
	}
	return b.Buffer.Write(p)
}

// runOwn runs sc, the template of the site's shortcode name, for call
// t wrapping inner, with look answering what it reads of the page and
// site and find the site's partials; the error says what lectern could
// not run.
func runOwn(name string, sc ShortcodeTemplate, t tag, inner string, look func(string) (Value, bool), find func(string) (ShortcodeTemplate, bool)) (string, error) {
	// Each call has its own budget (see ownbudget.go).
	x := &ownLook{look: look, find: find, keys: paramKeys(sc.Src), steps: &budget{deadline: time.Now().Add(maxOwnTime)}}
	out, err := x.run(name, sc, ownCall{name: name, t: t, Inner: template.HTML(inner), Page: ownPage{x}, Site: ownSite{x}}, 0)
	if err != nil {
		return "", errors.New(reason(err))
	}
	return out, nil
}

// parseOwn parses src, the template of the site's shortcode name, with
// the functions lectern gives it. A parsed template runs on many pages
// at once: html/template allows it once parsed.
func parseOwn(name string, src []byte) (*template.Template, error) {
	tmpl, err := template.New(name).Funcs(ownFuncs).Funcs(cappedFuncs).
		Funcs((&ownLook{}).funcs(0)).
		Parse(string(src))
	if err != nil {
		return nil, err
	}
	budgetTree(tmpl)
	return tmpl, nil
}

// notDefined finds the function a template calls that lectern lacks.
var notDefined = regexp.MustCompile(`function "([^"]+)" not defined`)

// cantEvaluate finds the field a template reads that its call lacks.
var cantEvaluate = regexp.MustCompile(`can't evaluate field (\w+)(?: in type \S*\.own(Page|Site))?`)

// reason says why a template could not be run, in the words of the
// site's author: the function or field of Hugo's it needs.
func reason(err error) string {
	msg := err.Error()
	if m := notDefined.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("it calls Hugo's %s, which lectern does not run", m[1])
	}
	if m := cantEvaluate.FindStringSubmatch(msg); m != nil {
		if m[2] != "" {
			m[1] = m[2] + "." + m[1]
		}
		return fmt.Sprintf("it reads .%s, which lectern does not give a shortcode", m[1])
	}
	var np noPartial
	if errors.As(err, &np) {
		return np.Error()
	}
	for _, bound := range []error{errTooLong, errTooManySteps, errTooBig} {
		if errors.Is(err, bound) {
			return bound.Error()
		}
	}
	return strings.TrimPrefix(msg, "template: ")
}

// builtinShortcodes are the shortcodes lectern reads itself (resolve's,
// and the boxes of boxOf); embeds are those that wrap nothing, whose
// reading needs the call's arguments alone.
var (
	builtinShortcodes = map[string]bool{"highlight": true, "mermaid": true, "ref": true, "relref": true, "param": true, "katex": true, "toc": true}
	embedShortcodes   = map[string]bool{}
)

func init() {
	for _, n := range []string{"youtube", "vimeo", "figure", "speakerdeck", "slideshare", "gist", "tweet", "x", "instagram", "video", "youtubeLite", "bilibili",
		"loom", "twitch", "pdf", "embed-pdf", "pdfjs", "audio", "qr"} {
		embedShortcodes[n], builtinShortcodes[n] = true, true
	}
}

// own runs the call src[off:off+n] of a shortcode the site defines
// itself, and reports whether it did. lectern's own reading of a name it
// knows stays (a site's youtube.html or figure.html means what Hugo's
// does, and lectern's player fits its theme), but for a call wrapping
// text that lectern's embed of that name cannot read (a figure.html
// around its {{ .Inner }}). A template lectern cannot run leaves the
// call to lectern's reading, with one warning a name saying why.
func (e *expander) own(off, n int, t tag) (int, bool) {
	if t.name == "" || t.name[0] == '/' || strings.ContainsAny(t.name, "/\\") || e.tags.Shortcode == nil {
		return 0, false
	}
	sc, ok := e.tags.Shortcode(t.name)
	e.x.lookups = append(e.x.lookups, Lookup{Shortcode: t.name, Text: sc.File + "\x00" + string(sc.Src), OK: ok})
	if !ok {
		return 0, false
	}
	end := shortcodeCloser(e.src, off+n, t.name)
	_, _, box := boxOf(t)
	if box || builtinShortcodes[t.name] && !(end >= 0 && embedShortcodes[t.name]) {
		return 0, false
	}
	stop, inner := off+n, ""
	if end >= 0 {
		stop = end + tagLen(e.src[end:])
		inner = string(e.src[off+n : end])
	}
	var out string
	var err error
	if strings.Contains(inner, "{{<") || strings.Contains(inner, "{{%") {
		err = errors.New("what it wraps holds other shortcodes, which lectern does not run inside a site's own")
	} else {
		out, err = runOwn(t.name, sc, t, inner, e.lookup, func(name string) (ShortcodeTemplate, bool) {
			p, ok := e.tags.Shortcode(name)
			e.x.lookups = append(e.x.lookups, Lookup{Shortcode: name, Text: p.File + "\x00" + string(p.Src), OK: ok})
			return p, ok
		})
	}
	if err != nil {
		if e.wrappers == nil {
			e.closers, e.wrappers = map[int]string{}, map[string]bool{}
		}
		if !e.wrappers[t.name] {
			e.wrappers[t.name] = true
			e.warn(off, "shortcode %q is the site's own (%s), which lectern cannot run: %s; %s", t.name, sc.File, err, fallbackOf(t.name, end >= 0))
		}
		if end < 0 && !builtinShortcodes[t.name] {
			// Shown as written, as any tag lectern does not read, but
			// told about once, above, with the reason.
			e.literal(off, off+n)
			return off + n, true
		}
		return 0, false
	}
	e.replace(off, stop, ownOutput(e.src, off, stop, out, bytes.HasPrefix(e.src[off:], []byte("{{%"))))
	return stop, true
}

// fallbackOf says what a call of a site's shortcode that lectern cannot
// run shows instead, and how to keep its look.
func fallbackOf(name string, paired bool) string {
	switch {
	case builtinShortcodes[name]:
		return "lectern's own " + name + " is shown instead; write it in markdown or HTML to keep the site's"
	case paired:
		return "what it wraps is shown without it; write it in markdown or HTML to keep its look"
	}
	return "the call is shown as written; write it in markdown or HTML, or keep its template to .Get and .Inner"
}

// ownOutput is what a site's shortcode wrote, ready to stand in its
// call's place, src[off:stop]: markdown for a {{% %}} call, as Hugo
// reads it; else HTML, which on lines of its own is one HTML block (its
// blank lines dropped, as one would end the block and make the rest
// markdown) and in a sentence stays on the sentence's line.
func ownOutput(src []byte, off, stop int, out string, md bool) string {
	out = strings.TrimSpace(out)
	if md {
		return out
	}
	if _, _, ok := isBlockTag(src, off, stop-off); !ok {
		return strings.Join(strings.Fields(out), " ")
	}
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	out = strings.Join(lines, "\n")
	if rest := src[stop:]; len(rest) > 0 && !blankLine(rest) {
		out += "\n"
	}
	return out
}
