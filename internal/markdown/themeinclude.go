package markdown

import (
	"fmt"
	"strings"
)

// themeInclude is the output of an include that a popular Jekyll theme
// ships and documents for posts, for a site that takes the theme as a gem
// or a remote_theme and so holds no file of that name in _includes: its
// video player and its figure. Minimal Mistakes (and academicpages, its
// fork) write {% include video id="…" provider="youtube" %} and
// {% include figure image_path="…" alt="…" caption="…" %}; Chirpy writes
// {% include embed/youtube.html id='…' %}. The players and figures are
// lectern's own, as for {% youtube %} and Hugo's figure (embed.go). ok is
// false for any other name, or when the values name no video or image,
// and the include is then missing as any other.
func themeInclude(name string, params map[string]any) (string, bool) {
	val := func(k string) string {
		if v, ok := params[k]; ok && v != nil {
			return strings.TrimSpace(fmt.Sprint(v))
		}
		return ""
	}
	var html string
	switch name {
	case "video":
		switch provider := strings.ToLower(val("provider")); provider {
		case "youtube", "vimeo":
			html, _ = videoEmbed(tag{name: provider, named: map[string]string{"id": val("id"), "title": val("title")}})
		}
	case "embed/youtube.html", "embed/vimeo.html":
		provider := strings.TrimSuffix(strings.TrimPrefix(name, "embed/"), ".html")
		html, _ = videoEmbed(tag{name: provider, named: map[string]string{"id": val("id"), "title": val("title")}})
	case "figure", "figure.html":
		src := val("image_path")
		if src == "" {
			src = val("path") // the older al-folio's figure.html
		}
		html, _ = figure(tag{name: "figure", named: map[string]string{
			"src": src, "alt": val("alt"), "caption": val("caption"), "link": val("url"),
		}})
	}
	return html, html != ""
}
