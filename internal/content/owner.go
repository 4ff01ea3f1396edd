package content

import "strings"

// ReadOwner reads the person a Jekyll site is of: its config's author:
// mapping, which Minimal Mistakes and its academicpages fork show in the
// sidebar of every page that says author_profile: true (name, avatar,
// bio, employer, uri, the accounts: github, twitter, linkedin, or a
// links: list of {label, url}). file is the config's name, src its text.
// It returns
// nil when author: is not a mapping with a name: a bare author: "Ada"
// names the feeds' author and nobody's profile.
//
// An avatar written as a bare file name ("profile.png") is where
// academicpages' sidebar looks for it, in images/ (Minimal Mistakes'
// own configs write a path); a path ("/assets/images/bio.jpg") or an
// address is kept as written. The name alone decides, not whether the
// file is there, so that adding the picture later changes nothing
// before the config is read again.
func ReadOwner(file string, src []byte) *Person {
	root, _ := yamlValue(file, src, 1, dataFile)
	m := root.get("author")
	if m == nil || m.kind != mapNode {
		return nil
	}
	name := plainText(mapText(m, "name"))
	if strings.TrimSpace(name) == "" {
		return nil
	}
	f := newFields(&Document{File: file}, m, nil, nil, nil)
	p := Person{Name: name, Slug: Slugify(name)}
	f.fillPerson(&p, m, []string{"uri", "url", "website", "homepage"})
	p.Company = cmpOr(p.Company, mapText(m, "employer"))
	if a := p.Photo; a != "" && !strings.Contains(a, "/") {
		p.Photo = "/images/" + a
	}
	return &p
}

// ownerSpeaker makes the site's owner (Options.Owner) the speaker of a
// talk that names none and says author_profile: true, itself or by the
// config's defaults: the theme shows the owner's profile beside it, and
// academicpages' talks, written with no speaker field, are the owner's
// own. A talk without the flag, or with it false, and a break (a
// catch-all default gives the flag to every page) are left speakerless.
func (f *fields) ownerSpeaker() {
	if f.owner == nil || len(f.doc.Speakers) > 0 || f.doc.Format == "break" {
		return
	}
	// Peeked, not taken: the flag stays in Params, where a page's
	// Liquid reads it as page.author_profile.
	i, ok := f.index["author_profile"]
	if !ok {
		return
	}
	e := f.root.keys[i]
	if v, ok := boolValue(e.val); !ok || !v {
		return
	}
	f.recordOnce("speakers", e)
	f.doc.Speakers = appendPeople(f.doc.Speakers, *f.owner)
}
