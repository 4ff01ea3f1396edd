package markdown

import (
	"bytes"
	"cmp"
	"html"
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
)

// Video and figure tags become the HTML their tools write, made
// privacy-friendly and accessible: YouTube from youtube-nocookie.com,
// Vimeo with do-not-track, every player lazy-loaded with a title for
// screen readers. When raw HTML is omitted they become a markdown link
// or image, so the reader still finds the video or picture.

var (
	youtubeID = regexp.MustCompile(`^[A-Za-z0-9_-]{6,20}$`)
	vimeoID   = regexp.MustCompile(`^[0-9]{1,12}$`)
	// slidesID is a Speaker Deck player id or a SlideShare key.
	slidesID = regexp.MustCompile(`^[A-Za-z0-9]{6,64}$`)
	// postID is a gist, post or photo id, or a user name.
	postID = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,64}$`)
	// statusID is the number of a post on X.
	statusID = regexp.MustCompile(`^[0-9]{1,25}$`)
	// statusURL is a post's address on X or Twitter.
	statusURL = regexp.MustCompile(`^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]{1,30})/status(?:es)?/([0-9]{1,25})`)
	// bilibiliBV is a Bilibili video's BV id; bilibiliAV its older av
	// number, with or without the "av" before it.
	bilibiliBV = regexp.MustCompile(`^BV[A-Za-z0-9]{8,12}$`)
	bilibiliAV = regexp.MustCompile(`^(?:av)?([0-9]{1,12})$`)
)

// embed resolves the tags of players, figures and embedded posts,
// slides and documents.
func (e *expander) embed(off, n int, t tag) int {
	var html, md string
	switch t.name {
	case "youtube", "vimeo", "youtubeLite", "bilibili":
		html, md = videoEmbed(t)
	case "video":
		html, md = quartoVideo(t)
	case "figure":
		html, md = figure(t)
	case "speakerdeck", "slideshare":
		html, md = slidesEmbed(t)
	case "gist", "tweet", "x", "twitter", "instagram":
		html, md = postLink(t)
	case "loom", "twitch", "pdf", "embed-pdf", "pdfjs":
		html, md = mediaLink(t)
	case "audio":
		html, md = hugoAudio(t)
	case "qr":
		text, ok := t.named["text"]
		if !ok {
			// {{< qr >}}text{{< /qr >}}: the text, shown as it is.
			return e.wrapper(off, n, t)
		}
		if html, md = qrLink(text); html == "" {
			e.warn(off, "Hugo's qr shortcode is left out: lectern draws no QR codes, and its text is not a web address to link to; write the text, or an image of the code, in markdown")
			e.replace(off, off+n, "")
			return off + n
		}
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

// image resolves the {% image "src", "alt" %} shortcode of Eleventy
// Image, as Eleventy's base blog registers it: a picture, written as
// markdown's image so that a path relative to the page reaches the
// published file as any image's does. A tag without a source, or whose
// source is an expression, is left as written.
func (e *expander) image(off, n int, t tag) int {
	var args []string
	for _, a := range t.args {
		if a = unquote(strings.TrimSuffix(strings.TrimSpace(a), ",")); a != "" && a != "," {
			args = append(args, a)
		}
	}
	if len(args) == 0 || unsafeURL(args[0]) || strings.ContainsAny(args[0], "{}") {
		return off + n
	}
	alt := ""
	if len(args) > 1 {
		alt = args[1]
	}
	dest := args[0]
	if strings.ContainsAny(dest, " ()<>") {
		dest = "<" + strings.ReplaceAll(dest, ">", "%3E") + ">"
	}
	e.replace(off, off+n, "!["+mdText(alt)+"]("+dest+")")
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
	case "youtube", "youtubeLite":
		if t.name == "youtubeLite" {
			// Blowfish's lite player names its video by id= and
			// titles it by label=.
			title = cmp.Or(title, t.named["label"])
		}
		id, start := youtubeFromURL(id)
		if !youtubeID.MatchString(id) {
			return "", ""
		}
		if s := t.named["start"]; s != "" {
			start = s // Hugo's youtube shortcode: start=814
		}
		src = "https://www.youtube-nocookie.com/embed/" + id
		page = "https://www.youtube.com/watch?v=" + id
		if n := seconds(start); n != "" {
			src += "?start=" + n
			page += "&t=" + n + "s"
		}
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
	case "bilibili":
		var ok bool
		if src, page, ok = bilibili(t); !ok {
			return "", ""
		}
		title = cmp.Or(title, "Bilibili video")
	}
	h := `<div class="video-embed"><iframe src="` + html.EscapeString(src) + `" title="` + html.EscapeString(title) +
		`" loading="lazy" allow="autoplay; encrypted-media; fullscreen; picture-in-picture" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></div>`
	return h, "[" + mdText(title) + "](" + page + ")"
}

// bilibili returns the player and page URLs of a bilibili tag, as the
// Stack, LoveIt and DoIt themes take it: a BV id or an av number
// (av=, or "av" before the number), positional or id=, and the part of
// a video in several parts (p=, or the second argument). The player
// is told not to play on load, as Bilibili's otherwise does.
func bilibili(t tag) (src, page string, ok bool) {
	id := cmp.Or(t.named["av"], t.arg("id", 0))
	part := strings.TrimLeft(t.arg("p", 1), "0")
	if part != "" && strings.Trim(part, "0123456789") != "" || len(part) > 4 {
		return "", "", false
	}
	var query string
	switch m := bilibiliAV.FindStringSubmatch(id); {
	case bilibiliBV.MatchString(id):
		query, page = "bvid="+id, "https://www.bilibili.com/video/"+id
	case m != nil:
		query, page = "aid="+m[1], "https://www.bilibili.com/video/av"+m[1]
	default:
		return "", "", false
	}
	src = "https://player.bilibili.com/player.html?" + query
	if part != "" {
		src += "&page=" + part
		page += "?p=" + part
	}
	return src + "&autoplay=0", page, true
}

// youtubeFromURL returns the id of a YouTube watch, short or embed URL,
// else s, and the offset it starts at (t= or start=, "" for none); an id
// followed by its offset (GZCr-Dbi0YM?start=814, &t=814s), as themes
// write it, is read the same way.
func youtubeFromURL(s string) (id, start string) {
	u, err := url.Parse(s)
	if err != nil {
		return s, ""
	}
	q := u.Query()
	if u.Host == "" {
		if before, rest, ok := strings.Cut(s, "&"); ok && !strings.Contains(before, "?") {
			// GZCr-Dbi0YM&t=814: the offset after a bare id.
			u.Path = before
			q, _ = url.ParseQuery(rest)
		}
		return u.Path, cmp.Or(q.Get("start"), q.Get("t"))
	}
	start = cmp.Or(q.Get("start"), q.Get("t"))
	switch strings.TrimPrefix(u.Host, "www.") {
	case "youtu.be":
		return strings.TrimPrefix(u.Path, "/"), start
	case "youtube.com", "youtube-nocookie.com":
		if v := q.Get("v"); v != "" {
			return v, start
		}
		return strings.TrimPrefix(strings.TrimPrefix(u.Path, "/embed/"), "/shorts/"), start
	}
	return s, ""
}

// seconds is a start offset in whole seconds ("814", "814s"), "" for
// none, zero, or an offset of another shape.
func seconds(s string) string {
	s = strings.TrimLeft(strings.TrimSuffix(s, "s"), "0")
	if s == "" || len(s) > 6 || strings.Trim(s, "0123456789") != "" {
		return ""
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
		b.WriteString(captionHTML(strings.TrimSpace(caption + " " + attr)))
		b.WriteString("</figcaption>")
	}
	b.WriteString("</figure>")
	return b.String(), "![" + mdText(alt) + "](<" + strings.ReplaceAll(src, ">", "%3E") + ">)"
}

// captionMarkdown converts a figure's caption, which Hugo's figure
// reads as markdown ("It shows **things**"): CommonMark alone, whose
// renderer leaves raw HTML out, so a caption adds no markup of its own.
var captionMarkdown = goldmark.New()

// captionHTML is caption's inline markdown as HTML, without the paragraph
// the converter wraps it in.
func captionHTML(caption string) string {
	if !strings.ContainsAny(caption, "*_`[\\&<") {
		return html.EscapeString(caption)
	}
	var b bytes.Buffer
	if err := captionMarkdown.Convert([]byte(caption), &b); err != nil {
		return html.EscapeString(caption)
	}
	out := strings.TrimSpace(strings.ReplaceAll(b.String(), "<!-- raw HTML omitted -->", ""))
	if inner, ok := strings.CutPrefix(out, "<p>"); ok && strings.Count(out, "<p>") == 1 {
		out = strings.TrimSuffix(inner, "</p>")
	}
	return out
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
	// Brackets as character references: a backslash before them would
	// open TeX's display math (\[ … \]), which the math reader takes.
	r := strings.NewReplacer(`\`, `\\`, "[", "&#91;", "]", "&#93;", "*", `\*`, "_", `\_`, "<", `\<`, "`", "\\`")
	return r.Replace(s)
}

// slidesEmbed returns a Speaker Deck or SlideShare player, as HTML and as
// a markdown link; both empty when the id is not one.
func slidesEmbed(t tag) (string, string) {
	id := t.arg("id", 0)
	if k := t.named["key"]; k != "" {
		id = k
	}
	if !slidesID.MatchString(id) {
		return "", ""
	}
	src, title := "https://speakerdeck.com/player/"+id, "Slides on Speaker Deck"
	if t.name == "slideshare" {
		src, title = "https://www.slideshare.net/slideshow/embed_code/key/"+id, "Slides on SlideShare"
		if strings.Trim(id, "0123456789") == "" {
			// A slideshow's number, as themes' slideshare id="…"
			// gives it, is not a key: its player has no /key/.
			src = "https://www.slideshare.net/slideshow/embed_code/" + id
		}
	}
	if v := t.arg("title", -1); v != "" {
		title = v
	}
	h := `<div class="video-embed"><iframe src="` + html.EscapeString(src) + `" title="` + html.EscapeString(title) +
		`" loading="lazy" allowfullscreen></iframe></div>`
	return h, "[" + mdText(title) + "](" + src + ")"
}

// postLink returns a link to a gist, a post on X (Twitter) or an
// Instagram photo, as HTML and as markdown: their embeds are the
// platform's JavaScript, which a page of lectern's does not load; the
// link takes the reader there. Both are empty when the tag names none.
func postLink(t tag) (string, string) {
	var href, text string
	switch t.name {
	case "gist":
		// Hugo: {{< gist user id [file] >}}; jekyll-gist: {% gist user/id [file] %}.
		user, id, file := t.arg("user", 0), t.arg("id", 1), t.arg("file", 2)
		if u, i, ok := strings.Cut(user, "/"); ok {
			user, id, file = u, i, t.arg("file", 1)
		} else if t.form == liquidTag && id == "" {
			user, id = "", user
		}
		if !postID.MatchString(id) || user != "" && !postID.MatchString(user) {
			return "", ""
		}
		href, text = "https://gist.github.com/"+strings.TrimPrefix(user+"/"+id, "/"), "Gist "+strings.TrimPrefix(user+"/"+id, "/")
		if file != "" && postID.MatchString(file) {
			href += "#file-" + strings.ToLower(strings.ReplaceAll(file, ".", "-"))
			text += " (" + file + ")"
		}
	case "tweet", "x", "twitter":
		user, id := t.arg("user", -1), t.arg("id", 0)
		// jekyll-twitter-plugin: {% twitter [oembed] URL %}.
		for _, a := range append([]string{t.named["url"]}, t.args...) {
			if m := statusURL.FindStringSubmatch(a); m != nil {
				user, id = m[1], m[2]
			}
		}
		if !statusID.MatchString(id) || user != "" && !postID.MatchString(user) {
			return "", ""
		}
		href, text = "https://x.com/i/status/"+id, "Post on X"
		if user != "" {
			href, text = "https://x.com/"+user+"/status/"+id, "Post by @"+user+" on X"
		}
	case "instagram":
		id := t.arg("id", 0)
		if !postID.MatchString(id) {
			return "", ""
		}
		href, text = "https://www.instagram.com/p/"+id+"/", "Photo on Instagram"
	}
	return `<p class="embed-link"><a href="` + html.EscapeString(href) + `">` + html.EscapeString(text) + `</a></p>`,
		"[" + mdText(text) + "](" + href + ")"
}

// quartoVideo is Quarto's {{< video URL >}}: a YouTube or Vimeo address
// is that site's player, as its own tag writes it; any other address of
// a file is an HTML video with controls.
func quartoVideo(t tag) (string, string) {
	src := t.arg("src", 0)
	if src == "" || unsafeURL(src) {
		return "", ""
	}
	u, err := url.Parse(src)
	if err != nil {
		return "", ""
	}
	title := t.arg("title", -1)
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	switch {
	case host == "youtu.be" || host == "youtube.com" || host == "youtube-nocookie.com":
		return videoEmbed(tag{name: "youtube", named: map[string]string{"id": src, "title": title}})
	case host == "vimeo.com" || host == "player.vimeo.com":
		id := path.Base(u.Path)
		return videoEmbed(tag{name: "vimeo", named: map[string]string{"id": id, "title": title}})
	}
	if title == "" {
		title = "Video"
	}
	h := `<video controls preload="metadata" src="` + html.EscapeString(src) + `" title="` + html.EscapeString(title) + `"></video>`
	return h, "[" + mdText(title) + "](<" + strings.ReplaceAll(src, ">", "%3E") + ">)"
}
