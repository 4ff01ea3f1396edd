package content

// personLinks reports whether a person's links list is one of named
// links, as jekyll-theme-conference writes a speaker's
// ([{name: Website, absolute_url: https://…}]): the same shape as a
// talk's buttons (see buttons). A list of bare addresses, or of books
// with their authors, stays a reading list.
func personLinks(list *node) bool {
	return list.kind == listNode && buttons(list)
}
