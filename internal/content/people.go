package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// people reads speakers and authors. Speakers come from speakers,
// presenters and speaker, and from the slugs of speaker pages
// (speaker_slugs, presenter_slugs); author and authors are the speakers of
// a talk that names no other, and the authors of anything else.
func (f *fields) people() {
	doc := f.doc
	for _, name := range []string{"speakers", "presenters", "speaker"} {
		if e, ok := f.lookup(name); ok {
			f.recordOnce("speakers", e)
			doc.Speakers = appendPeople(doc.Speakers, f.persons(e)...)
		}
	}
	for _, name := range []string{"speaker_slugs", "presenter_slugs"} {
		if e, ok := f.lookup(name); ok {
			f.recordOnce("speakers", e)
			for _, s := range f.words(e, "a slug") {
				doc.Speakers = appendPeople(doc.Speakers, personFromSlug(s))
			}
		}
	}
	authorsSpeak := doc.Kind == KindTalk && len(doc.Speakers) == 0
	for _, name := range []string{"author", "authors"} {
		e, ok := f.lookup(name)
		if !ok {
			continue
		}
		if authorsSpeak {
			f.recordOnce("speakers", e)
			doc.Speakers = appendPeople(doc.Speakers, f.persons(e)...)
			continue
		}
		f.recordOnce("author", e)
		doc.Authors = appendPeople(doc.Authors, f.persons(e)...)
	}
	doc.Speakers = f.limitPeople(doc.Speakers, "speakers")
	doc.Authors = f.limitPeople(doc.Authors, "author")
}

// limitPeople keeps the first MaxPeople of people, with a warning at
// field when there were more.
func (f *fields) limitPeople(people []Person, field string) []Person {
	if len(people) <= MaxPeople {
		return people
	}
	f.warnf(f.doc.Pos(field), "this page names %d people in %q; only the first %d are kept, as each person has a page that lists this one", len(people), field, MaxPeople)
	return people[:MaxPeople:MaxPeople]
}

func (f *fields) recordOnce(field string, e entry) {
	if _, ok := f.doc.Fields[field]; !ok {
		f.record(field, e)
	}
}

// appendPeople appends the people whose slug is not in dst yet.
func appendPeople(dst []Person, people ...Person) []Person {
	for _, p := range people {
		dup := false
		for _, have := range dst {
			if have.Slug == p.Slug {
				dup = true
				break
			}
		}
		if !dup && p.Slug != "" {
			dst = append(dst, p)
		}
	}
	return dst
}

// persons reads a name, names separated by commas, a list of names or of
// mappings, or one mapping.
func (f *fields) persons(e entry) []Person {
	switch e.val.kind {
	case scalarNode:
		var out []Person
		for _, name := range splitNames(e.val.text) {
			out = append(out, personFromName(name))
		}
		return out
	case mapNode:
		if p, ok := f.personFromMap(e.val, e.key); ok {
			return []Person{p}
		}
		return nil
	}
	var out []Person
	for _, it := range e.val.items {
		switch it.kind {
		case scalarNode:
			if name := cleanText(it.text); name != "" && it.tag != tagNull {
				out = append(out, personFromName(name))
			}
		case mapNode:
			if p, ok := f.personFromMap(it, e.key); ok {
				out = append(out, p)
			}
		default:
			f.warnf(it.pos, "each of %q should be a name or a mapping with a name, not a list; it is ignored", e.key)
		}
	}
	return out
}

// splitNames splits "Ada Lovelace, Charles Babbage and Grace Hopper" into
// names, on commas, semicolons, "&" and the word "and".
func splitNames(s string) []string {
	s = cleanText(s)
	for _, sep := range []string{";", " & ", " and "} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// personFromName makes a person of a name, or of a speaker page's slug
// when the text is one ("andrew-godwin").
func personFromName(name string) Person {
	name = plainText(name)
	if strings.Contains(name, "-") && !strings.ContainsAny(name, " \t") && Slugify(name) == name {
		return personFromSlug(name)
	}
	return Person{Name: name, Slug: Slugify(name)}
}

// personFromSlug makes a person of a slug, with the slug made readable as
// the name until a speaker page gives the real one.
func personFromSlug(slug string) Person {
	s := Slugify(slug)
	return Person{Name: readableSlug(s), Slug: s}
}

// readableSlug turns "andrew-godwin" into "Andrew Godwin".
func readableSlug(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		words[i] = upperFirst(w)
	}
	return strings.Join(words, " ")
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// Names of a person's fields in the mappings other tools write.
var (
	bioKeys     = []string{"bio", "biography"}
	companyKeys = []string{"company", "affiliation"}
	urlKeys     = []string{"url", "website", "homepage"}
	photoKeys   = []string{"photo", "photo_url", "thumbnailurl", "avatar", "image"}
)

// personFromMap reads {name, bio, company, twitter, github, mastodon, url,
// photo, social: {…}} under any of their names.
func (f *fields) personFromMap(m *node, field string) (Person, bool) {
	p := Person{Name: plainText(mapText(m, "name", "title", "full_name"))}
	if slug := mapText(m, "slug"); slug != "" {
		p.Slug = Slugify(slug)
		if p.Name == "" {
			p.Name = readableSlug(p.Slug)
		}
	}
	if p.Name == "" {
		f.warnf(m.pos, "a person in %q has no name; add \"name: …\" or it is ignored", field)
		return Person{}, false
	}
	if p.Slug == "" {
		p.Slug = Slugify(p.Name)
	}
	f.fillPerson(&p, m, urlKeys)
	return p, true
}

// fillPerson sets the fields of p that m holds, taking the person's web
// site from urlKeys (on a speaker page "url" is the page's own path).
// Links that are not web addresses are dropped with a warning (see link).
func (f *fields) fillPerson(p *Person, m *node, urlKeys []string) {
	p.Bio = mapText(m, bioKeys...)
	p.Company = mapText(m, companyKeys...)
	p.URL = f.mapLink(m, urlKeys...)
	p.Photo = f.mapLink(m, photoKeys...)
	p.Twitter = f.handle(m, "twitter")
	p.Github = f.handle(m, "github")
	p.Mastodon = f.mapLink(m, "mastodon")
	if social := m.get("social"); social != nil && social.kind == mapNode {
		p.Twitter = cmpOr(p.Twitter, f.handle(social, "twitter"))
		p.Github = cmpOr(p.Github, f.handle(social, "github"))
		p.Mastodon = cmpOr(p.Mastodon, f.mapLink(social, "mastodon"))
		p.URL = cmpOr(p.URL, f.mapLink(social, "website", "homepage", "url"))
	}
}

// handle is the account m sets under key (see handle), dropped with a
// warning when it is a link that is not a web address: a profile link
// is published as it is.
func (f *fields) handle(m *node, key string) string {
	n := m.get(key)
	h := handle(n)
	if h == "" || IsWebAddress(h) {
		return h
	}
	f.warnf(n.pos, "%s %q %s", key, h, notWebAddress)
	return ""
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// mapText returns the text of the first of keys that m sets.
func mapText(m *node, keys ...string) string {
	for _, k := range keys {
		if v := m.get(k); v != nil && v.kind == scalarNode && v.tag != tagNull {
			if s := cleanText(v.text); s != "" {
				return s
			}
		}
	}
	return ""
}

// handle reads an account written as "@name", "name", a profile URL or a
// mapping {handle|username|user|name|url}, and returns the name without
// "@".
func handle(n *node) string {
	if n == nil {
		return ""
	}
	s := ""
	switch n.kind {
	case scalarNode:
		if n.tag != tagNull {
			s = n.text
		}
	case mapNode:
		s = mapText(n, "handle", "username", "user", "name", "url")
	}
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexByte(s, '/'); i >= 0 && strings.Contains(s[:i], ".") {
		// A profile URL: the account is the first part of the path.
		s = s[i+1:]
		if j := strings.IndexAny(s, "/?#"); j >= 0 {
			s = s[:j]
		}
	}
	return strings.TrimPrefix(s, "@")
}

// speakerPerson makes the person a speaker page is about from the page's
// title and fields, and puts it first in Speakers.
func (f *fields) speakerPerson() {
	doc := f.doc
	if doc.Title == "" {
		return
	}
	p := Person{Name: doc.Title, Slug: Slugify(doc.Title)}
	if f.root != nil {
		f.fillPerson(&p, f.root, []string{"website", "homepage"})
		for _, k := range [][]string{bioKeys, companyKeys, photoKeys, {"website", "homepage"}, {"twitter", "github", "mastodon", "social"}} {
			for _, name := range k {
				if i, ok := f.index[name]; ok {
					f.used[i] = true
				}
			}
		}
	}
	rest := make([]Person, 0, len(doc.Speakers)+1)
	rest = append(rest, p)
	doc.Speakers = appendPeople(rest, doc.Speakers...)
}
