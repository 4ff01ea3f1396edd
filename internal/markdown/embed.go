package markdown

import (
	"html"
	"net/url"
	"regexp"
	"strings"
)

// Video and figure tags become the HTML their tools write, made
// privacy-friendly and accessible: YouTube from youtube-nocookie.com,
// Vimeo with do-not-track, every player lazy-loaded with a title for
// screen readers. When raw HTML is omitted they become a markdown link
// or image, so the reader still finds the video or picture.

var (
	youtubeID = regexp.MustCompile(`^[A-Za-z0-9_-]{6,20}$`)
	vimeoID   = regexp.MustCompile(`^[0-9]{1,12}$`)
)

// embed resolves youtube, vimeo and figure tags.
func (e *expander) embed(off, n int, t tag) int {
	var html, md string
	switch t.name {
	case "youtube", "vimeo":
		html, md = videoEmbed(t)
	case "figure":
		html, md = figure(t)
	}
	if html == "" {
		return off + n
	}
	with := html
	if e.omit {
		with = md
	}
	if _, end, ok := isBlockTag(e.src, off, n); ok && !e.omit {
		// An HTML block ends at a blank line; without one, the next
		// line of prose would be taken into it as HTML.
		if rest := e.src[end:]; len(rest) > 0 && !blankLine(rest) {
			with += "\n"
		}
	}
	e.replace(off, off+n, with)
	return off + n
}

// blankLine reports whether the first line of b holds only white space.
func blankLine(b []byte) bool {
	for _, c := range b {
		switch c {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// arg returns the named parameter key, else the positional one at i.
func (t tag) arg(key string, i int) string {
	if v, ok := t.named[key]; ok {
		return v
	}
	if i >= 0 && i < len(t.args) {
		return t.args[i]
	}
	return ""
}

// videoEmbed returns the player of a youtube or vimeo tag, as HTML and
// as a markdown link; both empty when the id is not one.
func videoEmbed(t tag) (string, string) {
	id := t.arg("id", 0)
	title := t.arg("title", -1)
	var src, page string
	switch t.name {
	case "youtube":
		id = youtubeFromURL(id)
		if !youtubeID.MatchString(id) {
			return "", ""
		}
		src = "https://www.youtube-nocookie.com/embed/" + id
		page = "https://www.youtube.com/watch?v=" + id
		if title == "" {
			title = "YouTube video"
		}
	case "vimeo":
		id = strings.TrimPrefix(strings.TrimPrefix(id, "https://vimeo.com/"), "http://vimeo.com/")
		if !vimeoID.MatchString(id) {
			return "", ""
		}
		src = "https://player.vimeo.com/video/" + id + "?dnt=1"
		page = "https://vimeo.com/" + id
		if title == "" {
			title = "Vimeo video"
		}
	}
	h := `<div class="video-embed"><iframe src="` + src + `" title="` + html.EscapeString(title) +
		`" loading="lazy" allow="autoplay; encrypted-media; fullscreen; picture-in-picture" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></div>`
	return h, "[" + mdText(title) + "](" + page + ")"
}

// youtubeFromURL returns the id of a YouTube watch or short URL, else s.
func youtubeFromURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return s
	}
	switch strings.TrimPrefix(u.Host, "www.") {
	case "youtu.be":
		return strings.TrimPrefix(u.Path, "/")
	case "youtube.com", "youtube-nocookie.com":
		if v := u.Query().Get("v"); v != "" {
			return v
		}
		return strings.TrimPrefix(strings.TrimPrefix(u.Path, "/embed/"), "/shorts/")
	}
	return s
}

// figure returns Hugo's figure as HTML and as a markdown image; both empty
// without a src.
func figure(t tag) (string, string) {
	src := t.named["src"]
	if src == "" || unsafeURL(src) {
		return "", ""
	}
	alt := t.named["alt"]
	caption := t.named["caption"]
	if alt == "" {
		alt = caption
	}
	var b strings.Builder
	b.WriteString("<figure>")
	link := t.named["link"]
	if link != "" && !unsafeURL(link) {
		b.WriteString(`<a href="` + html.EscapeString(link) + `">`)
	}
	b.WriteString(`<img src="` + html.EscapeString(src) + `" alt="` + html.EscapeString(alt) + `" loading="lazy"`)
	for _, k := range []string{"width", "height"} {
		if v := t.named[k]; v != "" && vimeoID.MatchString(v) {
			b.WriteString(" " + k + `="` + v + `"`)
		}
	}
	b.WriteString(">")
	if link != "" && !unsafeURL(link) {
		b.WriteString("</a>")
	}
	title, attr := t.named["title"], t.named["attr"]
	if title != "" || caption != "" || attr != "" {
		b.WriteString("<figcaption>")
		if title != "" {
			b.WriteString("<strong>" + html.EscapeString(title) + "</strong> ")
		}
		b.WriteString(html.EscapeString(strings.TrimSpace(caption + " " + attr)))
		b.WriteString("</figcaption>")
	}
	b.WriteString("</figure>")
	return b.String(), "![" + mdText(alt) + "](<" + strings.ReplaceAll(src, ">", "%3E") + ">)"
}

// unsafeURL reports a URL with a scheme other than http(s), or with
// characters that would end an attribute.
func unsafeURL(u string) bool {
	if strings.ContainsAny(u, "\"<>\n") {
		return true
	}
	if isAbsolute(u) && !strings.HasPrefix(u, "//") {
		l := strings.ToLower(u)
		return !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://")
	}
	return false
}

// mdText escapes the characters that would end or restyle a link text.
func mdText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`, "*", `\*`, "_", `\_`, "<", `\<`, "`", "\\`")
	return r.Replace(s)
}
