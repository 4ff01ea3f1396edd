package data

import (
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
)

// recordURL is the URL u gives the record v (config.RecordURL): its
// prefix, the record's field as written (or made a slug, as the
// template's slug filter does, or a file name as Jekyll's data page
// generator makes it), its suffix. ok is false without u, or
// when the record gives the field no text a URL can hold.
func recordURL(u *config.RecordURL, v *content.Value) (string, bool) {
	if u == nil || !v.IsMap() {
		return "", false
	}
	val := v.Get(u.Field)
	if val == nil || val.IsMap() || val.IsList() {
		return "", false
	}
	s := strings.Trim(strings.TrimSpace(val.Text()), "/")
	switch {
	case u.Slugify:
		s = content.Slugify(s)
	case u.FileName:
		s = content.DataPageName(s)
	}
	if s == "" || strings.ContainsAny(s, "?#") {
		return "", false
	}
	return u.Prefix + s + u.Suffix, true
}

// filteredOut reports whether the record v is one u makes no page of:
// u filters by a field that v does not set, or sets to null or false,
// as Ruby's truth is (an empty text or a 0 still makes a page).
func filteredOut(u *config.RecordURL, v *content.Value) bool {
	if u == nil || u.Filter == "" || !v.IsMap() {
		return false
	}
	f := v.Get(u.Filter)
	return f == nil || f.IsNull() || (!f.IsMap() && !f.IsList() && f.Text() == "false")
}

// recordTitle is the title u gives the record v, which writes none:
// the text of the field u.Title names, a path of keys (talk.title); ""
// when there is none.
func recordTitle(u *config.RecordURL, v *content.Value) string {
	if u == nil || u.Title == "" {
		return ""
	}
	for _, key := range strings.Split(u.Title, ".") {
		if v == nil || !v.IsMap() {
			return ""
		}
		v = v.Get(key)
	}
	if v == nil || v.IsMap() || v.IsList() || v.IsNull() {
		return ""
	}
	return strings.TrimSpace(v.Text())
}
