package data

import (
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
)

// recordURL is the URL u gives the record v (config.RecordURL): its
// prefix, the record's field as written (or made a slug, as the
// template's slug filter does), its suffix. ok is false without u, or
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
	if u.Slugify {
		s = content.Slugify(s)
	}
	if s == "" || strings.ContainsAny(s, "?#") {
		return "", false
	}
	return u.Prefix + s + u.Suffix, true
}
