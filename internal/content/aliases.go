package content

import "strings"

// maxAliases bounds the old URLs of one page: each is a file written.
const maxAliases = 100

// aliases reads the page's old URLs, at which a redirect to it is
// written: Hugo's aliases and jekyll-redirect-from's redirect_from (also
// read by Eleventy sites), a list or one path. A full address is not a
// path of this site and is left out with a warning.
func (f *fields) aliases() {
	e, ok := f.lookup("aliases", "redirect_from")
	if !ok {
		return
	}
	f.record("aliases", e)
	for _, a := range f.words(e, "a path") {
		a = cleanText(a)
		switch {
		case a == "":
		case strings.Contains(a, "://") || strings.HasPrefix(a, "//"):
			f.warnf(e.val.pos, "%s %q is a full address, not a path of this site, so no redirect is written for it; write the old path (like /2019/old-talk/)", e.key, a)
		case !IsWebAddress(a):
			f.warnf(e.val.pos, "%s %q is not a path; write the old path (like /2019/old-talk/)", e.key, a)
		case len(f.doc.Aliases) == maxAliases:
			f.warnf(e.val.pos, "this page has more than %d old URLs in %s; only the first %d get a redirect", maxAliases, e.key, maxAliases)
			return
		default:
			f.doc.Aliases = append(f.doc.Aliases, a)
		}
	}
}

// redirectTo reads jekyll-redirect-from's redirect_to: the page is
// itself a redirect to another address (a ticket shop) or path. Sites
// that keep their redirects as records of their own (a folder of
// files each holding one) write new_url or redirect_url. A redirect
// other than a plain page is hidden from every list.
func (f *fields) redirectTo() {
	s, e, ok := f.text("redirect_to", "redirect_to", "new_url", "redirect_url")
	if !ok {
		return
	}
	switch {
	case s == "":
	case !IsWebAddress(s) || !strings.Contains(s, "://") && !strings.HasPrefix(s, "/"):
		f.warnf(e.val.pos, "%s %q is neither a web address nor a path of this site, so the page is published as it is; write https://… or /path/", e.key, s)
	default:
		f.doc.EditExtra().RedirectTo = s
		// A talk, note or person that moved is not listed where it was:
		// its entry would link to a page that only sends readers on. A
		// plain page stays in menus, where "Tickets" may well redirect
		// to the shop.
		if f.doc.Kind != KindPage {
			f.doc.Hidden = true
		}
	}
}
