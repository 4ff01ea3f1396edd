package content

import (
	"net/url"
	"strings"
)

// talkLinkKeys are the fields, in order, in which a talk with a page of
// its own gives its address on the web: talk portfolios' link (the
// talk's page on the conference's site, or its recording), link_url,
// and url where url is not the page's own path (a site of another tool
// read in place, whose permalink alone places the page: an Astro
// schema's url: z.string().url()).
var talkLinkKeys = []string{"link", "link_url", "url"}

// talkLink adds a talk's address on the web to what its page shows: a
// recording (a YouTube watch or embed page, youtu.be, Vimeo) is its video
// when it names none, any other address one of its links, named by its
// host (conf.example.org), as a visitor would read it; one the talk
// already links is not repeated. Only an absolute http(s) address
// counts, on a talk that has a page of its own (one without it is
// listed linking there: see external); a field another reader took is
// left to it. The fields stay in Params, for the site's own templates.
func (f *fields) talkLink() {
	if f.doc.Kind != KindTalk || f.doc.NoPage {
		return
	}
	for _, k := range talkLinkKeys {
		if i, ok := f.index[k]; !ok || f.used[i] || k == "url" && !f.permalinkOnly {
			continue
		}
		s := f.peek(k)
		if !isExternal(s) {
			continue
		}
		switch {
		case s == f.doc.Slides || s == f.doc.Video || f.hasLink(s):
		case isRecordingLink(s) && f.doc.Video == "":
			f.doc.Video = s
		default:
			f.doc.Links = append(f.doc.Links, Link{Name: linkHost(s), URL: s})
		}
		return
	}
}

// isRecordingLink reports whether the absolute address s is a
// recording's: one YouTube video (see isVideoLink) or a Vimeo page.
func isRecordingLink(s string) bool {
	if isVideoLink(s) {
		return true
	}
	u, err := url.Parse(s)
	return err == nil && (strings.EqualFold(u.Hostname(), "vimeo.com") || strings.HasSuffix(strings.ToLower(u.Hostname()), ".vimeo.com"))
}

// linkHost is the host of the absolute address s without a leading
// "www.", as a link's name that says where it leads.
func linkHost(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Hostname() == "" {
		return s
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
