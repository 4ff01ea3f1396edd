package site

import (
	"path"
	"strings"
	"time"

	"lectern/internal/content"
)

// eventOfRef is the event whose own page is the entry id of collection
// col, as a talk references it with Astro's reference() ({collection:
// meetups, id: night}, content.Document.EventCollection); nil when no
// event page is. An entry is a file in the collection's folder: its id
// is its path there without the extension (meetups/2019/night.md is
// 2019/night), and a reference may also name it by that id less a date
// prefix (2018-04-18_night as night, as sites' routes strip the date off
// a dated file's name to make the slug they link) or by the page's slug
// (the one it writes). A reference matching none exactly is matched by slug
// (2018-04-18-Night as 2018-04-18_night), so that the way the id was
// spelled does not part a talk from its event.
func (s *Site) eventOfRef(col, id string) *Event {
	slug := content.Slugify(id)
	var loose *Event
	for _, e := range s.Events {
		rest, ok := strings.CutPrefix(e.file, col+"/")
		if e.file == "" || !ok {
			continue
		}
		entry := strings.TrimSuffix(rest, path.Ext(rest))
		// e.Slug is the page's slug: the one it writes, else lectern's.
		for _, n := range []string{entry, undatedEntry(entry), e.Slug} {
			if n == id {
				return e
			}
			if loose == nil && n != "" && content.Slugify(n) == slug {
				loose = e
			}
		}
	}
	return loose
}

// undatedEntry is entry, an entry's id, without a date prefix on its
// last part ("2018-04-18_night" and "2018-04-18-night" are "night"); ""
// when it has none.
func undatedEntry(entry string) string {
	dir, name := path.Split(entry)
	if len(name) <= 11 || (name[10] != '_' && name[10] != '-') {
		return ""
	}
	if _, err := time.Parse("2006-01-02", name[:10]); err != nil {
		return ""
	}
	return dir + name[11:]
}
