package data

import (
	"strings"

	"lectern/internal/content"
)

// Conference themes for Hugo (devfest-theme-hugo and its forks) name a
// talk's format and its tags by the keys of records in data files that
// give each key the name to show: a session's "talkType: quickie" or
// "format: long_session" beside data/formats.yml "- key: quickie, name:
// ⚡️ Quickie", its "tags: [_cloud___devops]" beside data/categories.yml
// "- key: _cloud___devops, name: ☁️ Cloud & DevOps". Read as written,
// the pages showed the keys.

// formatFileNames are the names of a file of formats, lower-cased,
// without a leading underscore.
var formatFileNames = map[string]bool{
	"formats": true, "format": true, "talktypes": true, "sessiontypes": true,
}

// tagFileNames are the names of a file of tags.
var tagFileNames = map[string]bool{
	"categories": true, "category": true, "tags": true,
}

// readLabels returns the names a file named as one of names gives its
// records' keys (data/formats.yml: "- key: quickie", "name: Quickie"),
// by lower-cased key: a list of records, or a mapping of keys to
// records, each named by its label, name or title. A record named by
// its key alone gives nothing.
func readLabels(v *content.Value, rel string, names map[string]bool) map[string]string {
	if !namedAs(rel, names) {
		return nil
	}
	var out map[string]string
	add := func(id string, rec *content.Value) {
		id = strings.ToLower(strings.TrimSpace(id))
		name := strings.TrimSpace(refText(field(rec, "label", "name", "title")))
		if id == "" || name == "" {
			return
		}
		if _, taken := out[id]; !taken {
			if out == nil {
				out = map[string]string{}
			}
			out[id] = name
		}
	}
	switch {
	case v.IsList():
		for _, it := range v.Items() {
			add(refText(field(it, "key", "id", "room", "code", "slug")), it)
		}
	case v.IsMap():
		for _, k := range v.Keys() {
			if rec := v.Get(k); rec.IsMap() {
				add(k, rec)
			}
		}
	}
	return out
}

// Labels are the names data files give the keys talks write for their
// format and tags, by lower-cased key (see readLabels).
type Labels struct {
	Formats map[string]string
	Tags    map[string]string
}

// merge adds the labels of one file; the first file in path order
// keeps a key two give.
func (l *Labels) merge(formats, tags map[string]string) {
	put := func(dst *map[string]string, src map[string]string) {
		for k, n := range src {
			if *dst == nil {
				*dst = map[string]string{}
			}
			if _, taken := (*dst)[k]; !taken {
				(*dst)[k] = n
			}
		}
	}
	put(&l.Formats, formats)
	put(&l.Tags, tags)
}

// labels gives each document whose format or tags are keys of a file of
// formats or tags the names that file gives them. A format or tag the
// files do not name is kept as written.
func (c *combiner) labels(l Labels) {
	if len(l.Formats) == 0 && len(l.Tags) == 0 {
		return
	}
	for i, d := range c.docs {
		if n, ok := l.Formats[strings.ToLower(strings.TrimSpace(d.Format))]; ok && d.Format != "" && n != d.Format {
			c.own(i).Format = n
		}
		for j, t := range c.docs[i].Tags {
			if n, ok := l.Tags[strings.ToLower(strings.TrimSpace(t))]; ok && n != t {
				c.own(i).Tags[j] = n
			}
		}
	}
}
