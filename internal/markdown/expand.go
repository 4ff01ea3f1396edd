package markdown

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
)

// Template tags with one meaning are resolved before the body is parsed,
// as Liquid runs before Jekyll's markdown: a URL from {% post_url x %}
// may then sit in a link destination, a {% highlight %} block becomes a
// fenced block, and a value lands in raw HTML as it would on the original
// site. Tags in code and math are left alone, as they are examples or
// TeX. Every other tag stays as written and is warned about once per file
// (see firstTag).

// edit is one replacement made by expand: src[old.start:old.stop] became
// out[new.start:new.stop].
type edit struct{ old, new span }

// expansion is what expand made of a body.
type expansion struct {
	out []byte
	// edits are in order; positions in out map back to src through them.
	edits []edit
	// literal are ranges of out holding tags the author meant as text
	// ({% raw %} blocks, Hugo's {{</* x */>}}), never warned about.
	literal []span
	// warns are positioned by offsets of src.
	warns   []tagWarn
	lookups []Lookup
}

type tagWarn struct {
	off int
	msg string
}

// expander carries one run of expand.
type expander struct {
	src []byte
	// raw are the lines of raw HTML blocks, where a tag that writes
	// markdown ({% highlight %}) would show as text.
	rawHTML []span
	tags    Tags
	omit    bool
	// franklin is Options.Franklin: {{name}} alone fills the variable
	// name, as Franklin reads it.
	franklin bool
	out      bytes.Buffer
	copied   int
	x        expansion
	// missing counts the asset tags that named no file; the first one's
	// warning, at missingWarn in x.warns, counts the others.
	missing, missingWarn int
	// closers are the closing tags of the site's own paired shortcodes,
	// by offset, with what replaces them when the scan reaches them
	// (see wrapper).
	closers map[int]string
	// wrappers are the names of those shortcodes already warned about.
	wrappers map[string]bool
	// joined says src is the expander's own copy, in which shortcode
	// calls that span lines have been made one line (see join).
	joined bool
}

// join makes the shortcode call src[off:off+n], which spans lines, one
// line of the same length in the expander's copy of the source, so that
// it is resolved, shown and warned about as the call on one line is.
func (e *expander) join(off, n int) {
	if !e.joined {
		e.src, e.joined = bytes.Clone(e.src), true
	}
	copy(e.src[off:off+n], joinLines(e.src[off:off+n]))
}

// crosses reports whether the first of spans, which all end after the
// tag's start, starts before stop: a tag that spans lines into code or
// math is no tag.
func crosses(spans []span, stop int) bool {
	return len(spans) > 0 && spans[0].start < stop
}

// expand resolves the tags of src that lie outside the protected ranges
// (code and math); raw are the lines of raw HTML blocks. omit says raw HTML is dropped, so
// embeds are written as markdown links and images instead. It returns
// nil when no tag was resolved. franklin says the site is Franklin's,
// where {{name}} alone is {{fill name}}.
func expand(src []byte, protected, raw []span, tags Tags, omit, franklin bool) *expansion {
	slices.SortFunc(protected, func(a, b span) int { return a.start - b.start })
	e := &expander{src: src, rawHTML: raw, tags: tags, omit: omit, franklin: franklin}
	c := 0
	for off := 0; off < len(src); {
		i := bytes.IndexByte(src[off:], '{')
		if i < 0 {
			break
		}
		off += i
		for c < len(protected) && protected[c].stop <= off {
			c++
		}
		if c < len(protected) && protected[c].start <= off {
			off = protected[c].stop
			continue
		}
		n := tagLen(src[off:])
		if n == 0 || spansLines(src, off, n) && crosses(protected[c:], off+n) {
			off++
			continue
		}
		if spansLines(src, off, n) {
			e.join(off, n)
		}
		next := e.resolve(off, n)
		if next <= off {
			next = off + n
		}
		off = next
	}
	if e.missing > 1 {
		w := &e.x.warns[e.missingWarn]
		w.msg += fmt.Sprintf(" (and %d more asset tags in this file name no file)", e.missing-1)
	}
	if len(e.x.edits) == 0 && len(e.x.warns) == 0 && !e.joined {
		return nil
	}
	e.out.Write(e.src[e.copied:])
	e.x.out = e.out.Bytes()
	return &e.x
}

// replace writes src up to start, then with in place of src[start:stop].
func (e *expander) replace(start, stop int, with string) {
	e.out.Write(e.src[e.copied:start])
	ns := e.out.Len()
	e.out.WriteString(with)
	e.x.edits = append(e.x.edits, edit{old: span{start, stop}, new: span{ns, e.out.Len()}})
	e.copied = stop
}

// literal copies src[start:stop] as it is, after what precedes it, and
// marks it as text whose tags are not warned about.
func (e *expander) literal(start, stop int) {
	e.out.Write(e.src[e.copied:start])
	ns := e.out.Len()
	e.out.Write(e.src[start:stop])
	e.x.literal = append(e.x.literal, span{ns, e.out.Len()})
	e.copied = stop
}

func (e *expander) warn(off int, format string, args ...any) {
	e.x.warns = append(e.x.warns, tagWarn{off, fmt.Sprintf(format, args...)})
}

// resolve handles the tag src[off:off+n] and returns where scanning goes
// on; a tag it cannot resolve is left in place.
func (e *expander) resolve(off, n int) int {
	raw := e.src[off : off+n]
	t, ok := parseTag(raw)
	if !ok {
		return off + n
	}
	if with, ok := e.closers[off]; ok {
		e.replace(off, off+n, with)
		return off + n
	}
	if t.commented {
		// {{</* x */>}} shows the shortcode {{< x >}} itself.
		open, close := "{{<", ">}}"
		if bytes.HasPrefix(raw, []byte("{{%")) {
			open, close = "{{%", "%}}"
		}
		e.replace(off, off+n, open+" "+t.name+" "+close)
		last := e.x.edits[len(e.x.edits)-1]
		e.x.literal = append(e.x.literal, last.new)
		return off + n
	}
	switch t.form {
	case liquidOutput:
		if v, ok := e.output(t); ok {
			e.replace(off, off+n, v)
		}
		return off + n
	case liquidTag:
		switch t.name {
		case "raw":
			return e.raw(off, n)
		case "comment":
			return e.comment(off, n)
		case "highlight":
			return e.highlight(off, n, t, liquidTag, "endhighlight")
		case "mermaid":
			return e.fence(off, n, liquidTag, "endmermaid", "mermaid")
		case "post_url", "link":
			return e.pageRef(off, n, t)
		case "youtube", "vimeo", "speakerdeck", "slideshare", "gist", "twitter", "tweet", "instagram":
			return e.embed(off, n, t)
		case "asset":
			return e.asset(off, n, t)
		case "image":
			return e.image(off, n, t)
		case "toc":
			return e.toc(off, n)
		}
	case shortcode:
		if next, ok := e.own(off, n, t); ok {
			return next
		}
		switch t.name {
		case "highlight":
			return e.highlight(off, n, t, shortcode, "/highlight")
		case "mermaid":
			return e.fence(off, n, shortcode, "/mermaid", "mermaid")
		case "ref", "relref":
			return e.pageRef(off, n, t)
		case "youtube", "vimeo", "figure", "speakerdeck", "slideshare", "gist", "tweet", "x", "instagram", "video", "youtubeLite", "bilibili",
			"loom", "twitch", "pdf", "embed-pdf", "pdfjs", "audio", "qr":
			return e.embed(off, n, t)
		case "param":
			return e.param(off, n, t)
		case "meta", "var", "fa", "pagebreak":
			return e.quarto(off, n, t)
		case "katex":
			return e.katex(off, n, t)
		case "toc":
			return e.toc(off, n)
		default:
			return e.wrapper(off, n, t)
		}
	}
	return off + n
}

// raw removes {% raw %} and {% endraw %} and keeps what is between as
// written, tags included.
func (e *expander) raw(off, n int) int {
	end, m := findTag(e.src, off+n, liquidTag, "endraw")
	if end < 0 {
		return off + n
	}
	e.replace(off, off+n, "")
	e.literal(off+n, end)
	e.replace(end, end+m, "")
	return end + m
}

// comment drops a {% comment %} block; when both tags stand alone on
// their lines, their lines go too.
func (e *expander) comment(off, n int) int {
	end, m := findClose(e.src, off+n, "comment", "endcomment")
	if end < 0 {
		return off + n
	}
	start, stop := off, end+m
	if ls, _, ok := isBlockTag(e.src, off, n); ok {
		if _, le, ok := isBlockTag(e.src, end, m); ok {
			start, stop = ls, le
		}
	}
	e.replace(start, stop, "")
	return stop
}

// highlight turns a highlight block whose tags stand alone on their lines
// into a fenced code block in the language the tag names.
func (e *expander) highlight(off, n int, t tag, form tagForm, closer string) int {
	lang := ""
	if len(t.args) > 0 {
		lang = codeLang(t.args[0])
	}
	return e.fence(off, n, form, closer, lang)
}

// fence makes the text between the tag at off, n bytes long, and its
// closer a fenced code block of language lang, kept as written: Hugo's
// {{< highlight >}}, and a diagram's source ({{< mermaid >}}, jekyll-
// mermaid's {% mermaid %}), which is code a script draws, not prose
// for the typographer.
func (e *expander) fence(off, n int, form tagForm, closer, lang string) int {
	if _, _, ok := isBlockTag(e.src, off, n); !ok || inSpans(e.rawHTML, off) {
		return off + n
	}
	end, m := findTag(e.src, off+n, form, closer)
	if end < 0 {
		return off + n
	}
	if _, _, ok := isBlockTag(e.src, end, m); !ok {
		return off + n
	}
	fence := strings.Repeat("`", max(3, longestRun(e.src[off+n:end], '`')+1))
	e.replace(off, off+n, fence+lang)
	e.literal(off+n, end)
	e.replace(end, end+m, fence)
	return end + m
}

// wrapper drops a paired shortcode of the site's own theme ({{% notice
// info %}} … {{% /notice %}}, {{< callout >}} … {{< /callout >}}) and
// keeps what it wraps, which is the author's text: one warning per name
// says its look is lost. A shortcode without a closing tag, whose output
// only its template knows, is left as written.
func (e *expander) wrapper(off, n int, t tag) int {
	if t.name == "" || t.name[0] == '/' || strings.ContainsAny(t.name, "/\\") {
		return off + n
	}
	end := shortcodeCloser(e.src, off+n, t.name)
	if end < 0 {
		return off + n
	}
	if e.closers == nil {
		e.closers, e.wrappers = map[int]string{}, map[string]bool{}
	}
	open, close, known := boxOf(t)
	_, _, ownLine := isBlockTag(e.src, off, n)
	_, _, closeLine := isBlockTag(e.src, end, tagLen(e.src[end:]))
	if !known || e.omit || !ownLine || !closeLine {
		open, close = "", ""
	}
	e.closers[end] = close
	if !known && !e.wrappers[t.name] {
		e.wrappers[t.name] = true
		e.warn(off, "shortcode %q is the site's own, which lectern does not have: what it wraps is shown without it; write it in markdown or HTML to keep its look", t.name)
	}
	e.replace(off, off+n, open)
	return off + n
}

// kindAliases are the other names themes give the kinds of admonitions.
var kindAliases = map[string]string{"warn": "warning", "error": "danger", "primary": "note", "secondary": "note", "question": "info"}

// boxOf is the HTML a theme's shortcode of a kind every theme has stands
// for, written around what it wraps: a note, tip or warning ({{% notice
// info "Title" %}}, {{< alert color="warning" >}}, {{< hint >}},
// {{< admonition type=tip >}}, {{< callout >}}) is an admonition, as a
// fenced div's (fenced.go); Hugo's {{< details summary="…" >}} a
// details element. known is false for any other shortcode. The opening
// ends in a line break, so that a blank line follows it and the wrapped
// lines are markdown.
func boxOf(t tag) (open, close string, known bool) {
	if t.name == "qr" {
		return "", "", true // Hugo's own: its text is shown, undrawn (embed.go)
	}
	if t.name == "details" {
		summary := cmp.Or(t.named["summary"], t.named["title"], t.arg("", 0), "Details")
		attr := ""
		if o, _ := strconv.ParseBool(t.named["open"]); o {
			attr = " open"
		}
		return "<details" + attr + ">\n<summary>" + html.EscapeString(summary) + "</summary>\n", "</details>", true
	}
	kinds := []string{t.named["type"], t.named["style"], t.named["color"], t.arg("", 0)}
	switch t.name {
	case "notice", "alert", "hint", "admonition", "callout", "note", "tip", "warning", "info", "important", "caution", "danger":
	default:
		return "", "", false
	}
	kind, title := "", t.named["title"]
	if _, ok := admonitions[t.name]; ok {
		kind = t.name
	}
	for i, k := range kinds {
		k = strings.ToLower(k)
		if alias, ok := kindAliases[k]; ok {
			k = alias
		}
		if _, ok := admonitions[k]; ok && kind == "" {
			kind = k
			if i == 3 && title == "" {
				title = t.arg("", 1)
			}
		}
	}
	if kind == "" {
		kind = "note"
	}
	title = cmp.Or(title, admonitions[kind])
	return `<div class="admonition admonition-` + kind + `">` + "\n" + `<p class="admonition-title">` + html.EscapeString(title) + "</p>\n", "</div>", true
}

// shortcodeCloser returns the offset of the shortcode closing the one
// named name opened before from, nested ones of its name counted, or -1.
func shortcodeCloser(src []byte, from int, name string) int {
	depth := 0
	for off := from; off < len(src); {
		i := bytes.IndexByte(src[off:], '{')
		if i < 0 {
			return -1
		}
		off += i
		n := tagLen(src[off:])
		if n == 0 {
			off++
			continue
		}
		if t, ok := parseTag(src[off : off+n]); ok && t.form == shortcode {
			switch closingName(t) {
			case name:
				depth++
			case "/" + name:
				if depth == 0 {
					return off
				}
				depth--
			}
		}
		off += n
	}
	return -1
}

// inSpans reports whether off lies in one of spans.
func inSpans(spans []span, off int) bool {
	for _, s := range spans {
		if s.start <= off && off < s.stop {
			return true
		}
	}
	return false
}

// codeLang keeps a language name only if it is one word of the letters
// language names use.
func codeLang(s string) string {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("+#._-", r)) {
			return ""
		}
	}
	return s
}

// longestRun is the length of the longest run of c in b.
func longestRun(b []byte, c byte) int {
	best, cur := 0, 0
	for _, x := range b {
		if x == c {
			cur++
			best = max(best, cur)
		} else {
			cur = 0
		}
	}
	return best
}

// pageRef resolves post_url, link, ref and relref to the URL of the page
// they name; a name no page has is a warning, and the tag stays.
func (e *expander) pageRef(off, n int, t tag) int {
	if len(t.args) != 1 || t.args[0] == "" || strings.Contains(t.args[0], "{{") {
		return off + n
	}
	target, frag, _ := strings.Cut(t.args[0], "#")
	ref := Ref{Target: target}
	switch t.name {
	case "post_url":
		ref.Kind = RefPost
	case "link":
		ref.Kind = RefLink
	case "relref":
		ref.Kind = RefRelative
	case "ref":
		ref.Kind = RefAbsolute
	}
	if ref.Kind == RefPost || ref.Kind == RefLink {
		ref.Target, frag = t.args[0], ""
	}
	if e.tags.URL == nil {
		return off + n
	}
	u, ok := e.tags.URL(ref)
	e.x.lookups = append(e.x.lookups, Lookup{Ref: &ref, Text: u, OK: ok})
	if !ok {
		e.warn(off, "template tag %q names no page: there is no %s; the tag is shown as written", quoteTag(e.src[off:off+n]), refWhat(ref))
		e.literal(off, off+n) // warned about here, not again
		return off + n
	}
	if frag != "" {
		u += "#" + frag
	}
	e.replace(off, off+n, u)
	return off + n
}

// refWhat says what a reference looked for, for the warning.
func refWhat(r Ref) string {
	switch r.Kind {
	case RefPost:
		return fmt.Sprintf("post file named %q.* under _posts, nor a note of that file name", r.Target)
	case RefLink:
		return fmt.Sprintf("file %q in the site", r.Target)
	case RefAsset:
		return fmt.Sprintf("file %q in an assets folder (_assets/, assets/, or a folder in them such as _assets/images/)", r.Target)
	}
	return fmt.Sprintf("content file %q", r.Target)
}
