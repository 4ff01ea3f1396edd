package content

import "strings"

// personFieldKeys are the keys of a talk's top level that, beside a
// "name" naming its speaker (see namedSpeaker), are that speaker's.
var personFieldKeys = [][]string{bioKeys, companyKeys, photoKeys, roleKeys, {"pronouns", "website", "homepage", "organizations"}, twitterKeys, githubKeys, mastodonKeys, linkedInKeys, socialKeys}

// placeholderNames stand for a speaker not announced yet, lower-cased.
var placeholderNames = map[string]bool{
	"tba": true, "tbd": true, "tbc": true, "to be announced": true, "to be determined": true,
	"to be confirmed": true, "n/a": true, "none": true, "-": true,
}

// everyoneNames stand for every attendee, lower-cased: a break's
// speakers: [all] names nobody in particular.
var everyoneNames = map[string]bool{
	"all": true, "everyone": true, "everybody": true, "all attendees": true, "all speakers": true,
}

// noPerson reports whether a name written where a person is expected
// names nobody: a placeholder (TBA) or everyone (all), case and end
// punctuation aside.
func noPerson(name string) bool {
	n := strings.ToLower(strings.Trim(name, " \t.?!"))
	return placeholderNames[n] || everyoneNames[n]
}

// namedSpeaker reads the speaker of a talk that names nobody under a
// speaker field but writes "name" beside its "title", as Jekyll
// conference sites keep one record per talk ({name, bio, image, title,
// abstract}) for a template printing "{{ talk.title }} - {{ talk.name
// }}": the title is the talk's, so the name can only be its speaker's,
// and the person fields beside it (bio, photo, company, accounts, role)
// are that speaker's too, read as in a speakers mapping. A "url" stays
// the page's address. Without a title, "name" is the talk's title
// (normalize) and nothing is read here.
func (f *fields) namedSpeaker() {
	i, ok := f.index["name"]
	if !ok || f.used[i] || f.peek("title") == "" {
		return
	}
	e := f.root.keys[i]
	if e.val.kind != scalarNode || e.val.tag == tagNull {
		return
	}
	name, pronouns, role := splitParens(plainText(withFamily(cleanText(e.val.text), f.root)))
	if strings.TrimSpace(name) == "" || placeholderNames[strings.ToLower(strings.Trim(name, " .?!"))] {
		// "name: TBA" names nobody yet: the talk has no speaker.
		f.used[i] = true
		return
	}
	p := Person{Name: name, Slug: Slugify(name), Pronouns: pronouns, Role: role}
	own := ownFields(f.root)
	f.fillPerson(&p, own, []string{"website", "homepage"})
	p.Pronouns = cmpOr(mapText(own, "pronouns"), p.Pronouns)
	p.Role = cmpOr(mapText(own, roleKeys...), p.Role)
	f.used[i] = true
	f.record("speakers", e)
	for _, keys := range personFieldKeys {
		for _, k := range keys {
			if j, ok := f.index[k]; ok {
				f.used[j] = true
			}
		}
	}
	f.doc.Speakers = appendPeople(f.doc.Speakers, p)
}
