package content

import (
	"strings"
)

// speakerKeys are the fields naming a page's speakers (see people): a
// page that sets one is a talk (see kind).
var speakerKeys = []string{"speakers", "presenters", "speaker", "presenter", "speaker_slugs", "presenter_slugs", "speaker_id", "speaker_ids"}

// people reads speakers and authors. Speakers come from speakers,
// presenters, speaker and presenter (the singular names a talk's people
// as the plural does, and may hold several: "presenter: Ada Lovelace,
// Grace Hopper, & Alan Turing"), from the slugs of speaker pages
// (speaker_slugs, presenter_slugs) and from the ids of speaker records
// or pages (speaker_id, speaker_ids); author and authors are the
// speakers of a talk that names no other, and the authors of anything
// else.
func (f *fields) people() {
	doc := f.doc
	for _, name := range []string{"speakers", "presenters", "speaker", "presenter"} {
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
	for _, name := range []string{"speaker_id", "speaker_ids"} {
		if e, ok := f.lookup(name); ok {
			// Ids of speaker records or pages (speaker_id: [Matteo-G,
			// 12]): kept as written, as speakers: [12] is, for the join
			// with records and the site model to find whom they name.
			f.recordOnce("speakers", e)
			for _, id := range f.words(e, "an id") {
				doc.Speakers = appendPeople(doc.Speakers, personFromName(id))
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
	if doc.Kind == KindTalk && len(doc.Speakers) == 0 {
		f.namedSpeaker()
	}
	if doc.Kind == KindTalk {
		f.speakerBeside()
		f.speakerPrefixed()
	}
	doc.Speakers = f.limitPeople(doc.Speakers, "speakers")
	doc.Authors = f.limitPeople(doc.Authors, "author")
	f.authorLink(authorsSpeak)
}

// authorLink reads author_link (author_url), the web site of the one
// person "author" names, as meetup posts write it beside author: Bill
// Lattner. Beside several authors it says not whose, and stays in Params.
func (f *fields) authorLink(authorsSpeak bool) {
	people := &f.doc.Authors
	if authorsSpeak {
		people = &f.doc.Speakers
	}
	if len(*people) != 1 || (*people)[0].URL != "" || !f.has("author", "authors") {
		return
	}
	if e, ok := f.lookup("author_link", "author_url"); ok && e.val.kind == scalarNode {
		(*people)[0].URL = f.link(e.val.pos, e.key, cleanText(e.val.text))
	}
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
	if !f.doc.Fields.Has(field) {
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
		return peopleFromText(e.val.text)
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
			if it.tag == tagNull {
				continue
			}
			out = append(out, peopleFromText(it.text)...)
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

// Names of a person's fields in the mappings other tools write.
var (
	bioKeys     = []string{"bio", "biography"}
	companyKeys = []string{"company", "affiliation"}
	urlKeys     = []string{"url", "website", "homepage"}
	// photoKeys: img as Eleventy sites' speaker mappings name it;
	// avatar_url and image_url as speakers lists copy them from the APIs
	// they were made from (GitHub's avatar_url, Firebase's photoURL).
	photoKeys = []string{"photo", "photo_url", "photourl", "thumbnailurl", "avatar", "avatar_url", "avatarurl", "image", "image_url", "imageurl", "img", "profilepicture", "profile_picture", "headshot"}
	// displayNameKeys name the name to show where "name" is a handle.
	displayNameKeys = []string{"display_name", "displayname"}
	// roleKeys name a person's job title: Sessionize's tagLine among
	// them, designation as Hugo conference themes write it, and job as
	// Astro conference sites' speaker collections do.
	roleKeys = []string{"role", "tagline", "tag_line", "job_title", "jobtitle", "position", "headline", "designation", "job", "occupation"}
)

// personFromMap reads {name, bio, company, twitter, github, mastodon, url,
// photo, social: {…}} under any of their names.
func (f *fields) personFromMap(m *node, field string) (Person, bool) {
	if ref := personRef(m); ref != "" {
		// A reference to a person's page by a key of its own
		// (speakers: [{speaker: ado-kukic}]), as Hugo themes write it.
		return personFromSlug(Slugify(ref)), true
	}
	p := Person{Name: plainText(wholeName(m))}
	if handle := mapText(m, "name"); handle != "" && mapText(m, displayNameKeys...) != "" {
		// Beside a display name, "name" is the handle the person's page
		// and the talks naming them go by.
		p.Slug = Slugify(handle)
	} else if handle := nameHandle(m); handle != "" {
		// So is a one-word id beside the name written in parts.
		p.Slug = Slugify(handle)
	}
	if p.Name == "" {
		p.Name = plainText(partsName(m))
	}
	titled := p.Name == ""
	if titled {
		p.Name = plainText(mapText(m, "title"))
	}
	p.Name, p.Pronouns, p.Role = splitParens(p.Name)
	if t := mapText(m, "title"); !titled && t != "" {
		// Beside a name, a title is the person's job title.
		p.Role = cmpOr(p.Role, t)
	}
	p.Pronouns = cmpOr(mapText(m, "pronouns"), p.Pronouns)
	p.Role = cmpOr(mapText(m, roleKeys...), p.Role)
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
	if s := mapText(m, "link"); p.URL == "" && isExternal(s) {
		// A speaker written {name, link}, as Astro talk schemas list
		// them (speakers: z.array(z.object({name, link}))): the
		// person's web site. Only an absolute address: a path may be
		// the person's page on the site, which lectern makes.
		p.URL = s
	}
	if p.Photo == "" {
		// starlight-blog's authors: {name, title, picture, url}. Only
		// in a person's own mapping: beside a talk's speaker, a
		// picture is the talk's.
		p.Photo = f.mapLink(m, "picture")
	}
	return p, true
}

// personRef returns the page a mapping of one key names, its value a
// slug or name (speaker: ado-kukic), or the entry an Astro reference()
// names ({collection: speakers, id: ada}, or slug: ada), "" for any
// other mapping.
func personRef(m *node) string {
	if len(m.keys) == 2 && mapText(m, "collection") != "" {
		return mapText(m, "id", "slug")
	}
	if len(m.keys) != 1 {
		return ""
	}
	e := m.keys[0]
	switch strings.ToLower(e.key) {
	case "speaker", "person", "presenter", "author", "ref", "id", "slug":
		if e.val.kind == scalarNode && e.val.tag != tagNull {
			return cleanText(e.val.text)
		}
	}
	return ""
}

// fillPerson sets the fields of p that m holds, taking the person's web
// site from urlKeys (on a speaker page "url" is the page's own path).
// Links that are not web addresses are dropped with a warning (see link).
func (f *fields) fillPerson(p *Person, m *node, urlKeys []string) {
	p.Bio = mapText(m, bioKeys...)
	p.Company = mapText(m, companyKeys...)
	p.URL = f.mapLink(m, urlKeys...)
	p.Photo = f.mapLink(m, photoKeys...)
	if p.Photo != "" {
		// Where a photo that turns out missing is reported: the first
		// photo the page wrote.
		for _, k := range photoKeys {
			if v := m.get(k); v != nil {
				f.recordOnce("photo", entry{pos: v.pos})
				break
			}
		}
	} else if v := m.get("images"); v != nil {
		// Hugo's images, a list, of which themes show the first
		// (index .Params.images 0); one path is read as well.
		if v.kind == listNode && len(v.items) > 0 {
			v = v.items[0]
		}
		if s := cleanText(v.text); v.kind == scalarNode && v.tag != tagNull && s != "" {
			p.Photo = f.link(v.pos, "images", s)
			f.recordOnce("photo", entry{pos: v.pos})
		}
	}
	p.Twitter = f.handle(m, twitterKeys...)
	p.Github = cmpOr(f.handle(m, githubKeys...), gitxGithub(m))
	p.Mastodon = f.mapLink(m, mastodonKeys...)
	p.LinkedIn = linkedInURL(f.mapLink(m, linkedInKeys...))
	f.socialLinks(p, m)
	if links := m.get("links"); links != nil && personLinks(links) {
		f.socialList(p, links, true)
	}
	if v := oneLink(m); v != nil {
		// hugo-conference's speakers write their one link so (link:
		// {href: "http://twitter.com/ann", text: "@ann"}): an entry of
		// a list of links, its network told by its host.
		f.socialList(p, &node{kind: listNode, pos: v.pos, items: []*node{v}}, true)
	}
	if p.Company == "" {
		p.Company = firstOrganization(m)
	}
}

// firstOrganization is the name of the first of Hugo Academic's
// organizations ([{name, url}] or a list of names), "" when none.
func firstOrganization(m *node) string {
	list := m.get("organizations")
	if list == nil || list.kind != listNode || len(list.items) == 0 {
		return ""
	}
	first := list.items[0]
	if first.kind == mapNode {
		return mapText(first, "name")
	}
	if first.kind == scalarNode && first.tag != tagNull {
		return cleanText(first.text)
	}
	return ""
}

// handle is the account m sets under the first of keys that gives one
// (see handle), dropped with a warning when it is a link that is not a
// web address: a profile link is published as it is.
func (f *fields) handle(m *node, keys ...string) string {
	for _, key := range keys {
		n := m.get(key)
		h := handle(n)
		if h == "" {
			continue
		}
		if IsWebAddress(h) {
			return h
		}
		f.warnf(n.pos, "%s %q %s", key, h, notWebAddress)
		return ""
	}
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
	name, pronouns, role := splitParens(doc.Title)
	p := Person{Name: name, Slug: Slugify(name), Pronouns: pronouns, Role: role}
	if handle := nameHandle(f.root); handle != "" {
		// The talks name the person by the handle (speakers:
		// [GustavMarkkula]), the page shows their name.
		p.Slug = Slugify(handle)
	}
	if f.root != nil {
		f.fillPerson(&p, ownFields(f.root), []string{"website", "homepage"})
		if u := f.peek("url"); p.URL == "" && f.permalinkOnly && strings.Contains(u, "://") {
			// Where url is no page's address (PermalinkOnly), a web
			// address there is the person's own site.
			p.URL = f.mapLink(f.root, "url")
			if i, ok := f.index["url"]; ok {
				f.used[i] = true
			}
		}
		p.Pronouns = cmpOr(f.peek("pronouns"), p.Pronouns)
		p.Role = cmpOr(mapText(f.root, roleKeys...), p.Role)
		if i, ok := f.index["title"]; ok && f.namedApart() {
			// Beside a name, a title is the job title, or nothing
			// (title: null): either way not a param.
			if t := f.peek("title"); t != "" && !sameTitle(t, doc.Title) {
				p.Role = cmpOr(p.Role, t)
				f.used[i] = true
			} else if t == "" {
				f.used[i] = true
			}
		}
		if links := f.root.get("links"); links != nil && personLinks(links) {
			f.used[f.index["links"]] = true
		}
		if i, ok := f.index["link"]; ok && oneLink(f.root) != nil {
			f.used[i] = true
		}
		for _, k := range [][]string{bioKeys, companyKeys, photoKeys, {"website", "homepage", "organizations"}, twitterKeys, githubKeys, gitxKeys, mastodonKeys, linkedInKeys, socialKeys} {
			for _, name := range k {
				if i, ok := f.index[name]; ok {
					f.used[i] = true
				}
			}
		}
	}
	if f.own != nil {
		p = withOwn(*f.own, p)
	}
	if p.Bio == "" {
		// A speaker page's body is the person's bio when no field gives
		// one, so that their talk pages show it too.
		p.Bio = strings.TrimSpace(string(doc.Body))
	}
	rest := make([]Person, 0, len(doc.Speakers)+1)
	rest = append(rest, p)
	doc.Speakers = appendPeople(rest, doc.Speakers...)
}
