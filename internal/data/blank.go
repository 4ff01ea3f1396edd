package data

import "lectern/internal/content"

// blankRecord reports whether every field of the record v is blank (see
// blankValue): the empty entry a template leaves for the next talk
// (title: "", date:, links: [{name: Slides, url:}]), not a talk. It makes
// no page, rather than an untitled one with a warning.
func blankRecord(v *content.Value) bool {
	for _, k := range v.Keys() {
		if !blankValue(v.Get(k)) {
			return false
		}
	}
	return true
}

// blankValue reports whether v holds nothing to show: null, empty text,
// or a list or mapping of such values. A link to nowhere (a mapping
// within a record whose url, href or link is blank) is blank whatever
// its label and icon say.
func blankValue(v *content.Value) bool {
	switch {
	case v == nil || v.IsNull():
		return true
	case v.IsMap():
		for _, k := range []string{"url", "href", "link"} {
			if u := v.Get(k); u != nil && !u.IsMap() && !u.IsList() && u.Text() == "" {
				return true
			}
		}
		for _, k := range v.Keys() {
			if !blankValue(v.Get(k)) {
				return false
			}
		}
		return true
	case v.IsList():
		for _, it := range v.Items() {
			if !blankValue(it) {
				return false
			}
		}
		return true
	}
	return v.Text() == ""
}
