package content

// Limits on what one page may list. Each tag is a page listing every page
// that has it, and each person a page listing their talks: a page with
// 20,000 tags made 20,000 pages each listing its 20,000 tags, gigabytes
// of output. Past a limit lectern keeps the first ones, in the order
// written, and warns: a page has no need of more, and the author can
// see what was left out. They are constants, not settings; docs/urls.md
// states them.
const (
	// MaxTags is the most tags (with keywords, categories and topics)
	// one page keeps.
	MaxTags = 100
	// MaxPeople is the most speakers, and the most authors, one page
	// keeps.
	MaxPeople = 100
)
