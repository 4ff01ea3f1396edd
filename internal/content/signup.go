package content

// signupWords are the words with which an event's page names where to
// sign up for it, in the order they are tried: a meetup's RSVP page, a
// conference's registration or tickets. Each is read alone (rsvp:), and
// with a suffix saying it holds an address (signupSuffixes: rsvp_url,
// rsvpLink, rsvpButtonUrl), as Astro and Eleventy meetup sites write the
// fields their event cards link a button to.
var signupWords = []string{"signup", "sign_up", "rsvp", "meetup", "registration", "register", "tickets", "ticket"}

// signupSuffixes follow a sign-up word in the name of a field holding the
// sign-up page's address. Lower case, as the fields' index holds them.
var signupSuffixes = []string{"_url", "_link", "_href", "_button_url", "_button_link"}

// signupAlone are the sign-up words that name an address written alone;
// "meetup" and "ticket" alone name other things (a meetup group, a
// ticket's price) as often.
var signupAlone = map[string]bool{"signup": true, "sign_up": true, "rsvp": true, "registration": true, "register": true, "tickets": true}

// signupKeys are the fields, in order, in which an event's page says
// where to sign up for it.
var signupKeys = func() []string {
	var keys []string
	for _, w := range signupWords {
		if signupAlone[w] {
			keys = append(keys, w)
		}
		for _, s := range signupSuffixes {
			keys = append(keys, w+s)
		}
	}
	return keys
}()

// signup adds the first sign-up link an event's page writes to its links
// (Document.Links), which its page shows as a button: an absolute
// address, or a mapping of one (signup: {url, title}) whose title names
// the button. A field beside it giving the button's words names it
// (rsvpButtonUrl with rsvpButtonText: "RSVP on Meetup"; signupText). A
// value that is no absolute address (registration: true, rsvp: closed)
// says nothing lectern can link to and stays in Params, as every sign-up
// field does for the site's own templates.
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
			name = f.signupText(k)
		}
		f.doc.Links = append(f.doc.Links, Link{Name: name, URL: u})
		return
	}
}

// signupText is the button's words a page writes beside the sign-up
// field k (rsvp_button_text beside rsvp_button_url, rsvp_text beside
// rsvp), else "Sign up".
func (f *fields) signupText(k string) string {
	stem := k
	// Longest first: rsvp_button_url's stem is rsvp, not rsvp_button.
	for _, s := range []string{"_button_link", "_button_url", "_href", "_link", "_url"} {
		if len(k) > len(s) && k[len(k)-len(s):] == s {
			stem = k[:len(k)-len(s)]
			break
		}
	}
	for _, t := range []string{"_button_text", "_button_label", "_text", "_label"} {
		if s := f.peek(stem + t); s != "" {
			return s
		}
	}
	return "Sign up"
}
