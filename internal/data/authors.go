package data

import (
	"strings"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
)

// authorNames are the folder and file names of a data folder that hold
// the site's authors keyed by id, as Jekyll themes and jekyll-seo-tag
// read _data/authors.yml, Hugo themes data/authors/, Eleventy
// _data/authors.json: lower-cased, without a leading underscore.
var authorNames = map[string]bool{"author": true, "authors": true}

// isAuthorFile reports whether rel, a file's path from its data folder,
// is named as authors: by a folder or its own base name.
func isAuthorFile(rel string) bool { return namedAs(rel, authorNames) }

// readAuthors returns the people a file of authors holds, by every name
// a note's author may give them (lower-cased): one person (a mapping
// with a name), named by the file's base name; a list of people; or a
// mapping of ids to people (cotes: {name: Cotes Chung, twitter: …}).
// Each answers to its key, its id fields (see idKeys), its slug field,
// and the slug of its key and of its name. A person is read as a speaker
// record is, through the same field names, its url being their web site.
// Authors files make no pages: the people are only joined to notes.
// langs are the site's languages (Options.TextLanguages): a text written
// once per language (bio: {en: …, es: …}) is read in the site's, as on
// a page.
func readAuthors(v *content.Value, file string, loc *time.Location, langs []string) map[string]content.Person {
	out := map[string]content.Person{}
	add := func(it *content.Value, names ...string) {
		if it == nil || !it.IsMap() {
			return
		}
		doc := content.Record(it, content.RecordOptions{File: file, Kind: content.KindSpeaker, Location: loc, PermalinkOnly: true, TextLanguages: langs})
		if len(doc.Speakers) == 0 {
			return // nobody named: no name to give
		}
		p := doc.Speakers[0]
		for _, k := range idKeys {
			names = append(names, text(it, k))
		}
		names = append(names, text(it, "slug"), p.Slug)
		for _, n := range names {
			for _, k := range []string{strings.ToLower(strings.TrimSpace(n)), content.Slugify(n)} {
				if _, taken := out[k]; k != "" && !taken {
					out[k] = p
				}
			}
		}
	}
	switch {
	case v.IsList():
		for _, it := range v.Items() {
			add(it)
		}
	case v.IsMap():
		if text(v, "name", "display_name", "full_name", "fullName") != "" {
			add(v, stem(file))
			break
		}
		for _, k := range v.Keys() {
			add(v.Get(k), k)
		}
	}
	return out
}

// authors gives each author of a document who names a person of the
// site's authors files (by id, slug or name, case ignored) that person:
// their name and links. An author naming nobody there is kept as written.
func (c *combiner) authors(people map[string]content.Person) {
	if len(people) == 0 {
		return
	}
	for i := range c.docs {
		for j, a := range c.docs[i].Authors {
			p, ok := people[strings.ToLower(strings.TrimSpace(a.Name))]
			if !ok {
				p, ok = people[a.Slug]
			}
			if ok {
				if p.Slug != a.Slug {
					p.Term = a.Slug
				}
				c.own(i).Authors[j] = p
			}
		}
	}
}

// withConfigAuthors adds to people, the people of the authors files by
// id, those of the tool's config (starlight-blog's authors map), each
// by its id and name, lower-cased, and their slugs; an id the files
// give keeps their person.
func withConfigAuthors(people map[string]content.Person, authors []config.Author) map[string]content.Person {
	for _, a := range authors {
		p := content.Person{Name: a.Name, Slug: content.Slugify(a.Name), Role: a.Role, Photo: a.Photo, URL: a.URL}
		for _, n := range []string{a.ID, a.Name} {
			for _, k := range []string{strings.ToLower(strings.TrimSpace(n)), content.Slugify(n)} {
				if _, taken := people[k]; k != "" && !taken {
					if people == nil {
						people = map[string]content.Person{}
					}
					people[k] = p
				}
			}
		}
	}
	return people
}
