package content

import "strings"

// usesTitles are the titles of a "uses" page, lower-cased: the page on
// which a writer lists the tools, apps and gear they work with (the
// convention of uses.tech, at /uses/ on personal sites).
var usesTitles = []string{"uses", "what i use", "things i use", "tools i use", "stuff i use", "uses this", "my uses"}

// isUsesPage reports whether doc is a "uses" page: its file is named
// uses (uses.md, uses/index.md) or its title is one of usesTitles
// ("/uses" and "Uses." too). Its lists link tools, apps and gear, each
// with a line on what it is for, which read as reading items do but
// are not things to read. A page of a reading folder is a reading list
// whatever its name.
func isUsesPage(doc *Document) bool {
	if doc.Kind == KindReading {
		return false
	}
	if strings.EqualFold(stemSource(doc.Path), "uses") {
		return true
	}
	t := strings.ToLower(strings.Trim(strings.TrimSpace(doc.Title), "/.:!"))
	for _, u := range usesTitles {
		if t == u {
			return true
		}
	}
	return false
}
