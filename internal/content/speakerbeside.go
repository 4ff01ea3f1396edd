package content

// speakerBeside gives the one speaker a talk names as text (speaker:
// "Kim Ray") the person fields written beside that name at the page's
// top level, when one of them is a bio: a talk has no bio of its own,
// so the bio there is its speaker's, and so are the headshot, the
// affiliation, the web site and the accounts beside it, as workshop
// and conference sites built with Eleventy write one talk a file
// ({title, speaker, affiliation, website, bio, headshot}) for a layout
// printing them under the talk. An "image" stays the talk's cover, and
// a speaker written as a mapping, or several speakers, keep their own
// fields: the top level then says not whose it is.
func (f *fields) speakerBeside() {
	if len(f.doc.Speakers) != 1 || !f.oneNamedSpeaker() {
		return
	}
	own := ownFields(f.root)
	bio := own.get("bio")
	if bio == nil {
		bio = own.get("biography")
	}
	if bio == nil || bio.kind != scalarNode || bio.tag == tagNull || cleanText(bio.text) == "" {
		return
	}
	p := &f.doc.Speakers[0]
	if p.Bio != "" {
		return
	}
	top := &node{kind: mapNode, pos: own.pos}
	for _, e := range own.keys {
		if BareKey(e.key) != "image" {
			top.keys = append(top.keys, e)
		}
	}
	var q Person
	f.fillPerson(&q, top, []string{"website", "homepage"})
	p.takeBlanks(q, top)
	for _, keys := range personFieldKeys {
		for _, k := range keys {
			if j, ok := f.index[k]; ok && BareKey(k) != "image" {
				f.used[j] = true
			}
		}
	}
}

// oneNamedSpeaker reports whether the talk's speaker comes from one
// text (speaker: "Kim Ray", or a list of one), not from a mapping
// holding the person's own fields.
func (f *fields) oneNamedSpeaker() bool {
	for _, name := range []string{"speakers", "presenters", "speaker", "presenter"} {
		i, ok := f.index[name]
		if !ok {
			continue
		}
		v := f.root.keys[i].val
		if v.kind == listNode && len(v.items) == 1 {
			v = v.items[0]
		}
		return v.kind == scalarNode && v.tag != tagNull
	}
	return false
}

// takeBlanks fills the fields p leaves empty with q's, a person read
// from the fields m written beside p's name on a talk (speakerBeside,
// speakerPrefixed); p's pronouns and role from m's own.
func (p *Person) takeBlanks(q Person, m *node) {
	p.Bio = cmpOr(p.Bio, q.Bio)
	p.Company = cmpOr(p.Company, q.Company)
	p.URL = cmpOr(p.URL, q.URL)
	p.Photo = cmpOr(p.Photo, q.Photo)
	p.Twitter = cmpOr(p.Twitter, q.Twitter)
	p.Github = cmpOr(p.Github, q.Github)
	p.Mastodon = cmpOr(p.Mastodon, q.Mastodon)
	p.LinkedIn = cmpOr(p.LinkedIn, q.LinkedIn)
	p.Pronouns = cmpOr(p.Pronouns, mapText(m, "pronouns"))
	p.Role = cmpOr(p.Role, mapText(m, roleKeys...))
}
