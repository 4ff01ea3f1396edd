package content

import (
	"net/url"
	"strings"
)

// personLinks reports whether a person's links list is one of named
// links, as jekyll-theme-conference writes a speaker's
// ([{name: Website, absolute_url: https://…}]): the same shape as a
// talk's buttons (see buttons). A list of bare addresses, or of books
// with their authors, stays a reading list.
func personLinks(list *node) bool {
	return list.kind == listNode && buttons(list)
}

// socialList reads a person's list of links: Hugo Academic's social
// links, [{icon, link}], whose icon names the network, and named links
// ([{name, url}], jekyll-theme-conference's absolute_url), whose address
// tells it where the icon does not. The first link to no network is the
// person's website. A disabled link is left out.
func (f *fields) socialList(p *Person, list *node) {
	for _, it := range list.items {
		if it.kind != mapNode || disabled(it) {
			continue
		}
		link := f.mapLink(it, append([]string{"link"}, linkAddressKeys...)...)
		if link == "" {
			continue
		}
		network := strings.ToLower(mapText(it, "icon"))
		if network == "" && mapText(it, "name", "title", "label") != "" {
			network = networkOf(link)
		}
		switch network {
		case "twitter", "x-twitter", "x":
			p.Twitter = cmpOr(p.Twitter, handle(&node{kind: scalarNode, text: link}))
		case "github":
			p.Github = cmpOr(p.Github, handle(&node{kind: scalarNode, text: link}))
		case "mastodon":
			p.Mastodon = cmpOr(p.Mastodon, link)
		case "globe", "home", "link", "website", "house":
			p.URL = cmpOr(p.URL, link)
		}
	}
}

// networkOf names the network a profile address is on, by its host:
// "twitter", "github" or "mastodon" (a path starting with "/@", as
// Mastodon's profiles have on any server), else "website".
func networkOf(link string) string {
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		return "website"
	}
	switch host := strings.TrimPrefix(strings.ToLower(u.Host), "www."); {
	case host == "twitter.com" || host == "x.com":
		return "twitter"
	case host == "github.com":
		return "github"
	case strings.HasPrefix(u.Path, "/@"):
		return "mastodon"
	}
	return "website"
}
