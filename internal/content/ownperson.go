package content

import "lectern/internal/diag"

// ownPersonKeys are the keys under which a speaker page may keep its own
// person's fields as one mapping (Eleventy conference sites write
// "speaker: {name, title, bio, img}" for their layout to show), in the
// order they are tried: the singular names a person goes by elsewhere
// (see personRef).
var ownPersonKeys = []string{"speaker", "presenter", "person", "author"}

// ownPerson reads the person a speaker page is about from a mapping
// under one of ownPersonKeys, when the page names nobody at its top
// level: no name field (name, display_name, fullName, firstName and
// lastName…) and no title, which would name the person itself. The
// first such key the page wrote itself (not one its front matter
// defaults gave it, which every page of a scope shares) whose mapping
// gives a name is that person: its name is the page's title, its title
// the person's job title, its bio, photo and links theirs. The key is
// used, so it is neither read as the page's speakers nor kept in Params.
// It returns nil, using nothing, when no mapping qualifies.
func (f *fields) ownPerson() *Person {
	if f.namedApart() || f.has("title") {
		return nil
	}
	for _, k := range ownPersonKeys {
		i, ok := f.index[k]
		if !ok || f.used[i] {
			continue
		}
		e := f.root.keys[i]
		if e.inherited || e.val.kind != mapNode || personRef(e.val) != "" {
			continue
		}
		if mapText(e.val, append(displayNameKeys, "name", "fullname", "full_name")...) == "" && partsName(e.val) == "" {
			// A mapping without a name (speaker: {talk: …}) is not
			// the person; left to Params.
			continue
		}
		p, ok := f.personFromMap(e.val, e.key)
		if !ok {
			continue
		}
		f.used[i] = true
		f.record("title", entry{pos: namePos(e)})
		return &p
	}
	return nil
}

// namePos is the position of the key that names the person in e's
// mapping (the first name key mapText reads), else of e itself.
func namePos(e entry) diag.Pos {
	for _, k := range append(displayNameKeys, "name", "fullname", "full_name", "first", "first_name", "firstname", "given", "given_name") {
		v := e.val.get(k)
		if v == nil || v.isNull() {
			continue
		}
		for _, c := range e.val.keys {
			if c.val == v {
				return c.pos
			}
		}
	}
	return e.pos
}

// withOwn is the person a speaker page keeps under "speaker:", own,
// with each field it leaves empty taken from top, the person its top
// level gives: the fields written for the person are theirs first.
func withOwn(own, top Person) Person {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&own.Bio, top.Bio}, {&own.Company, top.Company}, {&own.Twitter, top.Twitter},
		{&own.Github, top.Github}, {&own.Mastodon, top.Mastodon}, {&own.URL, top.URL},
		{&own.Photo, top.Photo}, {&own.Pronouns, top.Pronouns}, {&own.Role, top.Role},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	return own
}
