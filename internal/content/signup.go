package content

// signupKeys are the fields in which an event's page says where to sign
// up for it: a meetup's RSVP page, a conference's registration or
// tickets. Lower case, as the fields' index holds them.
var signupKeys = []string{"signup", "sign_up", "rsvp", "rsvp_url", "meetup_url", "registration", "register",
	"registration_url", "tickets", "tickets_url"}

// signup adds the first sign-up link an event's page writes to its links
// (Document.Links), which its page shows as a button: an absolute
// address, or a mapping of one (signup: {url, title}) whose title names
// the button. A value that is no absolute address (registration: true,
// rsvp: closed) says nothing lectern can link to and stays in Params,
// as every sign-up field does for the site's own templates.
func (f *fields) signup() {
	if f.doc.Kind != KindEvent || f.root == nil {
		return
	}
	for _, k := range signupKeys {
		i, ok := f.index[k]
		if !ok {
			continue
		}
		v := f.root.keys[i].val
		var u, name string
		switch v.kind {
		case scalarNode:
			u = cleanText(v.text)
		case mapNode:
			u = mapText(v, "url", "href", "link")
			name = mapText(v, "title", "name", "label", "text")
		}
		if !isExternal(u) {
			continue
		}
		if name == "" {
			name = "Sign up"
		}
		f.doc.Links = append(f.doc.Links, Link{Name: name, URL: u})
		return
	}
}
