package markdown

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

// themeInclude is the output of an include that a popular Jekyll theme
// ships and documents for posts, for a site that takes the theme as a gem
// or a remote_theme and so holds no file of that name in _includes: its
// players, figures and galleries. Minimal Mistakes (and academicpages,
// its fork) write {% include video id="…" provider="youtube" %},
// {% include figure image_path="…" alt="…" caption="…" %} and
// {% include gallery %} and {% include feature_row %}; Chirpy writes {% include embed/youtube.html
// id='…' %} and its siblings for Vimeo, Bilibili, Twitch, X and a
// self-hosted video or audio file. The players and figures are
// lectern's own, as for {% youtube %} and Hugo's figure (embed.go). page
// is the page's front matter, which a gallery's images and a feature row's
// items come from. ok is
// false for any other name, or when the values name no video or image,
// and the include is then missing as any other.
func themeInclude(name string, params, page map[string]any) (string, bool) {
	val := func(k string) string {
		if v, ok := params[k]; ok && v != nil {
			return strings.TrimSpace(fmt.Sprint(v))
		}
		return ""
	}
	var out string
	switch name {
	case "video":
		switch provider := strings.ToLower(val("provider")); provider {
		case "youtube", "vimeo":
			out, _ = videoEmbed(tag{name: provider, named: map[string]string{"id": val("id"), "title": val("title")}})
		}
	case "embed/youtube.html", "embed/vimeo.html", "embed/bilibili.html":
		provider := strings.TrimSuffix(strings.TrimPrefix(name, "embed/"), ".html")
		out, _ = videoEmbed(tag{name: provider, named: map[string]string{"id": val("id"), "title": val("title")}})
	case "embed/twitch.html":
		// Twitch's player must be told the embedding site's host name,
		// which a page cannot know for every place it is served from:
		// a link to the video instead.
		if id := strings.TrimPrefix(val("id"), "v"); statusID.MatchString(id) {
			out = `<p class="embed-link"><a href="https://www.twitch.tv/videos/` + id + `">Video on Twitch</a></p>`
		}
	case "embed/twitter.html":
		out, _ = postLink(tag{name: "twitter", named: map[string]string{"id": val("id")}})
	case "embed/video.html", "embed/audio.html":
		out = mediaFile(strings.TrimSuffix(strings.TrimPrefix(name, "embed/"), ".html"), val("src"), val("title"), val("poster"))
	case "figure", "figure.html":
		src := val("image_path")
		if src == "" {
			src = val("path") // the older al-folio's figure.html
		}
		out, _ = figure(tag{name: "figure", named: map[string]string{
			"src": src, "alt": val("alt"), "caption": val("caption"), "link": val("url"),
		}})
	case "gallery":
		out = gallery(page, val("id"), val("caption"))
	case "feature_row":
		out = featureRow(page, val("id"))
	}
	return out, out != ""
}

// mediaFile is Chirpy's embed/video.html or embed/audio.html: an HTML
// video or audio element with controls, playing the file at src, with
// its title below as Chirpy shows it; "" without a usable src.
func mediaFile(kind, src, title, poster string) string {
	if src == "" || unsafeURL(src) {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<p><` + kind + ` controls preload="metadata" src="` + html.EscapeString(src) + `"`)
	if poster != "" && !unsafeURL(poster) && kind == "video" {
		b.WriteString(` poster="` + html.EscapeString(poster) + `"`)
	}
	b.WriteString(`></` + kind + `>`)
	if title != "" {
		b.WriteString(`<br><em>` + html.EscapeString(title) + `</em>`)
	}
	b.WriteString(`</p>`)
	return b.String()
}

// gallery is Minimal Mistakes' {% include gallery %}: the images listed
// in the page's front matter under gallery: (or the key id= names), each
// {url, image_path, alt, title}, as one figure with the caption= below
// them; an image with a url links to it. It is "" when the list holds
// no image.
func gallery(page map[string]any, key, caption string) string {
	var b strings.Builder
	for _, str := range frontList(page, key, "gallery") {
		src := str("image_path")
		if src == "" || unsafeURL(src) {
			continue
		}
		img := `<img src="` + html.EscapeString(src) + `" alt="` + html.EscapeString(str("alt")) + `" loading="lazy"`
		if t := str("title"); t != "" {
			img += ` title="` + html.EscapeString(t) + `"`
		}
		img += ">"
		if u := str("url"); u != "" && !unsafeURL(u) {
			img = `<a href="` + html.EscapeString(u) + `">` + img + `</a>`
		}
		b.WriteString(img)
	}
	if b.Len() == 0 {
		return ""
	}
	out := `<figure class="gallery">` + b.String()
	if caption != "" {
		out += "<figcaption>" + captionHTML(caption) + "</figcaption>"
	}
	return out + "</figure>"
}

// frontList is the list of maps the page's front matter holds under key,
// or under def when key is "", each as a function returning an item's
// value by name, trimmed, "" when absent. Items that are not maps are
// skipped.
func frontList(page map[string]any, key, def string) []func(string) string {
	if key == "" {
		key = def
	}
	items, _ := page[key].([]any)
	var out []func(string) string
	for _, it := range items {
		m, ok := it.(map[string]any)
		if !ok {
			continue
		}
		out = append(out, func(k string) string {
			if v, ok := m[k]; ok && v != nil {
				return strings.TrimSpace(fmt.Sprint(v))
			}
			return ""
		})
	}
	return out
}

// ial is a kramdown attribute list, {: .btn .btn--primary}, which
// Minimal Mistakes' excerpts put after a link to style it as a button.
var ial = regexp.MustCompile(`\{:[^{}\n]*\}`)

// featureRow is Minimal Mistakes' {% include feature_row %}: the items
// listed in the page's front matter under feature_row: (or the key id=
// names), each {image_path, alt, title, excerpt, url, btn_label}, as a
// row of cards: the image, the title as a heading (linked to url), the
// excerpt as inline markdown and a link labelled btn_label to url. The
// row's type= (left, right, center) is a layout the theme's stylesheet
// draws and is not kept. It is "" when the list holds no item.
func featureRow(page map[string]any, key string) string {
	var b strings.Builder
	for _, str := range frontList(page, key, "feature_row") {
		var item strings.Builder
		if src := str("image_path"); src != "" && !unsafeURL(src) {
			item.WriteString(`<img src="` + html.EscapeString(src) + `" alt="` + html.EscapeString(str("alt")) + `" loading="lazy">`)
		}
		url := str("url")
		if unsafeURL(url) {
			url = ""
		}
		if t := str("title"); t != "" {
			t = captionHTML(t)
			if url != "" {
				t = `<a href="` + html.EscapeString(url) + `">` + t + `</a>`
			}
			item.WriteString("<h3>" + t + "</h3>")
		}
		if ex := strings.TrimSpace(ial.ReplaceAllString(str("excerpt"), "")); ex != "" {
			item.WriteString("<p>" + captionHTML(ex) + "</p>")
		}
		if l := str("btn_label"); l != "" && url != "" {
			item.WriteString(`<p><a class="btn" href="` + html.EscapeString(url) + `">` + html.EscapeString(l) + "</a></p>")
		}
		if item.Len() > 0 {
			b.WriteString(`<div class="feature-item">` + item.String() + "</div>")
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return `<div class="feature-row">` + b.String() + "</div>"
}
