package markdown

import (
	"fmt"
	"net/url"
	"path"
	"strings"
)

// This file tells a talk's own materials from a reading list: the links
// under "## Slides and Source Files" or "## Demo Files" are what the talk
// comes with, and so are the slide files listed under "### Talks given
// at …", though their items start with a title as reading items do.

// materialHeadingWords name, in a heading, a talk's materials: "Slides",
// "Demo Files", "Downloads". The weak ones (false) may stand beside them
// but not alone: "Sources" and "Notes" head reading lists as often.
var materialHeadingWords = map[string]bool{
	"slides": true, "slide": true, "deck": true, "slidedeck": true,
	"demo": true, "demos": true, "files": true, "downloads": true,
	"handout": true, "handouts": true, "materials": true, "code": true,
	"source": false, "sources": false, "notes": false, "video": false,
	"recording": false,
}

// fileExts are the extensions of a talk's files: its slides, documents
// and archives.
var fileExts = map[string]bool{
	".pdf": true, ".ppt": true, ".pptx": true, ".key": true, ".odp": true,
	".zip": true, ".tar": true, ".gz": true, ".tgz": true,
}

// materialsList says why a list of links is a talk's materials, or ""
// when it is not: the heading above it names materials and nothing else
// (every word one of materialHeadingWords or materialJoiners, and one a
// strong one: "Slides", "Slides and Source Files", "Demo Files"), or it names talks
// (watchHeadingWords) and half of the list's links at least are files
// (fileExts: slides, a PDF, an archive). "Reading", "Further reading",
// "Links" or "Resources" name no material, so their lists stay reading
// lists.
func materialsList(links []Link, heading string) string {
	if heading == "" {
		return ""
	}
	if materialHeading(heading) {
		return fmt.Sprintf("it is a list of a talk's materials: it is under the heading %q", heading)
	}
	files := 0
	for _, l := range links {
		if u, err := url.Parse(l.URL); err == nil && fileExts[strings.ToLower(path.Ext(u.Path))] {
			files++
		}
	}
	if files == 0 || 2*files < len(links) || !namesTalks(heading) {
		return ""
	}
	return fmt.Sprintf("it is a list of a talk's materials: %d of %d links are files (slides, PDF, archives) under the heading %q", files, len(links), heading)
}

// materialHeading reports whether every word of heading names a material.
func materialHeading(heading string) bool {
	words := headingWords(heading)
	material := false
	for _, w := range words {
		strong, ok := materialHeadingWords[w]
		switch {
		case ok:
			material = material || strong
		case materialJoiners[w]:
		default:
			return false
		}
	}
	return material
}

// namesTalks reports whether a word of heading names talks or recordings.
func namesTalks(heading string) bool {
	for _, w := range headingWords(heading) {
		if watchHeadingWords[w] {
			return true
		}
	}
	return false
}
