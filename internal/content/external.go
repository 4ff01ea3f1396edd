package content

import "strings"

// externalKeys are the fields, in order, that give the address an entry
// with no page of its own is read at, as sites that list such entries
// link them: an Astro collection of articles published elsewhere
// (articleUrl), of talks given at conferences (url), or a Hugo theme's
// card for an outside page (Blowfish's externalUrl).
var externalKeys = []string{"article_url", "url", "link", "external_url", "href"}

// external reads where a page with no page of its own is read. A page
// naming externalUrl (external_url) is such a page whatever else it
// says, as Blowfish, which wrote the field, gives it none and links its
// cards there; the other keys only name the address of a page that is
// pageless already (headless, permalink: false, a collection no route
// publishes), as a plain "url" is lectern's own output path on the rest.
// Only an absolute http(s) address counts: a path names nothing outside
// the site. The fields stay in Params, for templates that show them.
func (f *fields) external() {
	f.canonical()
	if s := f.peek("external_url"); isExternal(s) && !f.externalPosts {
		f.doc.NoPage, f.doc.EditExtra().External = true, s
		return
	}
	if !f.doc.NoPage {
		f.audio()
		f.episode()
		f.linkTo()
		f.talkLink()
		return
	}
	for _, k := range externalKeys {
		if s := f.peek(k); isExternal(s) {
			f.doc.EditExtra().External = s
			return
		}
	}
}

// isExternal reports whether s is an absolute http or https address.
func isExternal(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && len(l) > len("https://") && !strings.ContainsAny(s, " \t\n<>\"")
}

// linkKeys are the fields, in order, that name the page a link post is
// about: Minimal Mistakes' "link", "link_url" as other themes write it,
// and "external_url" on a site of a tool that publishes such a page
// (Options.ExternalPosts; Blowfish's gives no page at all: see external).
var linkKeys = []string{"link", "link_url", "external_url"}

// linkTo reads the outside page a note with a page of its own is about,
// as link posts write it: the post is commentary on that page, and
// shows it. Only notes: on other kinds "link" is a sponsor's web site or
// a record's own address, read where those are. A field another reader
// took, or a path, is no such link; the fields stay in Params.
func (f *fields) linkTo() {
	if f.doc.Kind != KindNote {
		return
	}
	for _, k := range linkKeys {
		if i, ok := f.index[k]; !ok || f.used[i] || k == "external_url" && !f.externalPosts {
			continue
		}
		if s := f.peek(k); isExternal(s) && s != f.doc.Extras().Audio.URL {
			// A link to the post's own recording is its audio
			// (see audio), not a page it comments on.
			f.doc.EditExtra().LinkTo = s
			return
		}
	}
}

// canonicalKeys name where a page was first published: jekyll-seo-tag's,
// dev.to's and Ghost's canonical_url (PaperMod's and Astro's canonicalURL
// answers to it), and canonical.
var canonicalKeys = []string{"canonical_url", "canonical"}

// canonical reads where a page's text was first published
// (Document.Canonical). Only an absolute http(s) address counts: a path
// or a flag (PaperMod's canonical: true) names no other place, and the
// page stays its own canonical. The fields stay in Params, for
// templates that show an "Originally published at" line.
func (f *fields) canonical() {
	for _, k := range canonicalKeys {
		if s := f.peek(k); isExternal(s) {
			f.doc.EditExtra().Canonical = s
			return
		}
	}
}
