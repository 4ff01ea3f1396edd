package content

import "strings"

// url reads the output path the author chose, honoured as written.
func (f *fields) url() {
	keys := []string{"url", "permalink"}
	if f.permalinkOnly {
		keys = keys[1:]
	}
	e, ok := f.lookup(keys...)
	if !ok {
		return
	}
	if e.val.kind != scalarNode {
		f.warnf(e.pos, "%q should be text, not %s; the field is ignored", e.key, e.val.shape())
		return
	}
	if v, isBool := boolValue(e.val); isBool && e.val.tag == tagBool {
		if v {
			f.warnf(e.val.pos, "%s true names no path; write the page's path (like /talks/my-talk/), false for no page of its own, or delete the field", e.key)
			return
		}
		f.recordValue("url", e)
		f.doc.NoPage = true
		return
	}
	s := cleanText(e.val.text)
	switch {
	case isTemplateCode(s):
		pattern, ok := templatePermalink(s)
		if !ok {
			f.warnf(e.val.pos, "%s %q is template code lectern does not run, so the page keeps its path as URL (Eleventy's default); write the path, or a pattern such as /talks/:slug/", e.key, s)
			f.unuse(e)
			return
		}
		f.recordValue("url", e)
		f.doc.EditExtra().URLPattern = pattern
		return
	case !IsWebAddress(s):
		f.warnf(e.val.pos, "%s %q %s", e.key, s, notWebAddress)
		return
	case strings.Contains(s, "://"):
		// An absolute link is not an output path: exporters put the
		// page's address on the old site here. Templates may use it.
		f.unuse(e)
		return
	case strings.Contains(s, "/:"), strings.HasPrefix(s, ":"):
		// Jekyll fills a page's own permalink as it fills the site's;
		// so, most often, does a permalink its defaults give.
		f.recordValue("url", e)
		f.doc.EditExtra().URLPattern = JekyllPattern(s, collection(f.doc.Path))
		return
	case !strings.HasPrefix(s, "/"):
		// Every generator reads an output path from the site's root,
		// with or without the slash (Jekyll adds it, wok and Pelican
		// name the output file from the output folder): on their sites,
		// and for a path naming a file, the missing slash leaves no
		// doubt. On lectern's own pages a folder path without it could
		// be meant from the page's own folder, so the reading is said.
		if !f.rootURLs && !strings.HasSuffix(s, ".html") {
			f.warnf(e.val.pos, "%s %q should start with \"/\"; using %q", e.key, s, "/"+s)
		}
		s = "/" + s
	}
	if strings.HasSuffix(s, "/index.html") {
		// The file a folder's URL serves: the page is at its folder
		// (Eleventy's page.url), and links and feeds say so.
		s = strings.TrimSuffix(s, "index.html")
	}
	f.recordValue("url", e)
	f.doc.URL = s
}
