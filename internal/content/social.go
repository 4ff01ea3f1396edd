package content

import (
	"net/url"
	"path"
	"strings"
)

// twitterKeys, githubKeys and mastodonKeys name a person's accounts: the
// network's name, or it with Url or _url as conference sites' speaker
// records write a profile's address (twitterUrl, github_url).
var (
	twitterKeys  = []string{"twitter", "twitter_url", "twitter_handle"}
	githubKeys   = []string{"github", "github_url", "github_handle"}
	mastodonKeys = []string{"mastodon", "mastodon_url"}
	linkedInKeys = []string{"linkedin", "linkedin_url"}
	// gitxKeys name a person's profile on a code host, as pretalx
	// programme exports write it for speakers (gitx, gitx_url: GitHub's,
	// GitLab's, Codeberg's…); only a GitHub profile is read, as the
	// person's GitHub account, lectern showing no other code host.
	gitxKeys = []string{"gitx", "gitx_url"}
)

// gitxGithub is the GitHub account of the first code host profile of
// gitxKeys that m writes, else "". A bare handle ("ada", "@ada") is
// GitHub's, as EuroPython's programme API reads what speakers type
// there; an address, with its scheme or without ("github.com/ada"), is
// read only on github.com: a GitLab profile is no GitHub account.
func gitxGithub(m *node) string {
	for _, k := range gitxKeys {
		v := m.get(k)
		if v == nil || v.kind != scalarNode || v.tag == tagNull {
			continue
		}
		s := strings.ToLower(strings.TrimSpace(v.text))
		if i := strings.Index(s, "://"); i >= 0 {
			s = s[i+3:]
		}
		host, _, hasPath := strings.Cut(s, "/")
		if (hasPath || strings.Contains(host, ".")) && strings.TrimPrefix(host, "www.") != "github.com" {
			continue
		}
		if h := handle(v); h != "" && !strings.Contains(h, ".") && IsWebAddress(h) {
			return h
		}
	}
	return ""
}

// linkedInURL is the address of a LinkedIn profile written as an address
// (with or without its scheme) or as the handle at its end ("ada",
// "in/ada"), "" for "".
func linkedInURL(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case s == "" || strings.Contains(s, "://"):
		return s
	case strings.Contains(strings.ToLower(s), "linkedin.com"):
		return "https://" + strings.TrimPrefix(s, "//")
	}
	s = strings.TrimPrefix(strings.Trim(s, "/@"), "in/")
	return "https://www.linkedin.com/in/" + s + "/"
}

// socialKeys are the fields a person's accounts are gathered under, as a
// mapping of network to account ({twitter: ada, github: ada-l}) or a list
// of links, each naming its network (see socialList). Hugo Academic
// writes "social"; Eleventy and Astro conference sites also "socials"
// and "social_links".
var socialKeys = []string{"social", "socials", "social_links", "socialLinks"}

// socialLinks sets p's accounts and web site from the first of
// socialKeys that m holds, where the person's own fields (twitter,
// github…) have not set them.
func (f *fields) socialLinks(p *Person, m *node) {
	for _, k := range socialKeys {
		social := m.get(k)
		if social == nil {
			continue
		}
		switch social.kind {
		case mapNode:
			// Within a mapping of accounts, x can only be X's (Twitter's).
			p.Twitter = cmpOr(p.Twitter, cmpOr(f.handle(social, twitterKeys...), f.handle(social, "x")))
			p.Github = cmpOr(p.Github, f.handle(social, githubKeys...))
			p.Mastodon = cmpOr(p.Mastodon, f.mapLink(social, mastodonKeys...))
			p.LinkedIn = cmpOr(p.LinkedIn, linkedInURL(f.mapLink(social, linkedInKeys...)))
			p.URL = cmpOr(p.URL, f.mapLink(social, "website", "homepage", "url"))
		case listNode:
			f.socialList(p, social, false)
		}
		return
	}
}

// socialLabelKeys name an account's network in a list of links: Hugo
// Academic's {icon, link}, and the {name, link, icon: /img/Twitter.svg},
// {platform, url} and {network, url} of conference sites' speakers.
var socialLabelKeys = []string{"icon", "platform", "network", "name", "type", "label", "title", "service", "site"}

// socialList reads a list of a person's links. Each is a mapping whose
// link is under link, url or href and whose network one of
// socialLabelKeys names, or a bare web address; when no label names a
// known network, the link's host does (twitter.com, x.com, github.com),
// so {name: Me, url: https://github.com/ada} is still the GitHub account.
// Links of networks lectern shows no field for (Facebook) are left out,
// but in a person's list of named links (named: jekyll-theme-conference's
// links, see personLinks) the first link to no network is their web
// site. A link may also be under absolute_url or relative_url, as named
// links write it; one marked disabled is left out. A mapping of one key
// is a link under its network's name ({github: https://github.com/ada}).
func (f *fields) socialList(p *Person, list *node, named bool) {
	for _, it := range list.items {
		if it.kind == mapNode && disabled(it) {
			continue
		}
		var link string
		var labels []string
		switch {
		case it.kind == mapNode:
			link = f.mapLink(it, "link", "url", "href", "absolute_url", "relative_url")
			for _, k := range socialLabelKeys {
				labels = append(labels, mapText(it, k))
			}
			if len(it.keys) == 1 {
				// Blowfish's authors data: one key per link, the
				// network's name ({github: https://github.com/ada},
				// {x-twitter: …}, {link: https://ada.example}).
				k := it.keys[0].key
				labels = append(labels, k)
				if link == "" && networkNamed(k) != "" {
					link = f.mapLink(it, k)
				}
			}
		case it.kind == scalarNode && it.tag != tagNull:
			if s := cleanText(it.text); strings.Contains(s, "://") {
				link = f.link(it.pos, "social", s)
			}
		}
		if link == "" {
			continue
		}
		network := socialNetwork(labels, link)
		if network == "" && named {
			network = "website"
		}
		switch network {
		case "twitter":
			p.Twitter = cmpOr(p.Twitter, handle(&node{kind: scalarNode, text: link}))
		case "github":
			p.Github = cmpOr(p.Github, handle(&node{kind: scalarNode, text: link}))
		case "mastodon":
			p.Mastodon = cmpOr(p.Mastodon, link)
		case "linkedin":
			p.LinkedIn = cmpOr(p.LinkedIn, linkedInURL(link))
		case "website":
			p.URL = cmpOr(p.URL, link)
		}
	}
}

// socialNetwork is the network one of labels names ("twitter",
// "github", "mastodon", "linkedin" or "website"), else the one link's
// host or path is, else "". A label may be an icon's file
// (/img/Twitter.svg) or font class (fab fa-github), read by its last
// word.
func socialNetwork(labels []string, link string) string {
	for _, l := range labels {
		if n := networkNamed(l); n != "" {
			return n
		}
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	switch host {
	case "twitter.com", "x.com":
		return "twitter"
	case "github.com":
		return "github"
	case "linkedin.com":
		return "linkedin"
	}
	if strings.HasPrefix(u.Path, "/@") && !atHandleHosts[host] {
		// A Mastodon profile, on whichever server.
		return "mastodon"
	}
	return ""
}

// atHandleHosts write profiles as /@name too, and are no Mastodon server.
var atHandleHosts = map[string]bool{
	"medium.com": true, "youtube.com": true, "m.youtube.com": true, "tiktok.com": true,
	"threads.net": true, "threads.com": true, "substack.com": true,
}

// networkNamed is the network a label names, "" for none it knows.
func networkNamed(label string) string {
	l := strings.ToLower(strings.TrimSpace(label))
	if l == "" {
		return ""
	}
	if strings.ContainsAny(l, "/.") {
		// An icon's file: its name without extension and folders.
		l = strings.TrimSuffix(path.Base(l), path.Ext(l))
	}
	if f := strings.Fields(l); len(f) > 0 {
		// A font's classes ("fab fa-twitter"): the last names the icon.
		l = f[len(f)-1]
	}
	l = strings.TrimPrefix(strings.TrimPrefix(l, "fa-"), "bi-")
	l = strings.TrimSuffix(strings.TrimSuffix(l, "-square"), "-alt")
	switch l {
	case "twitter", "x-twitter", "x":
		return "twitter"
	case "github", "github-alt":
		return "github"
	case "mastodon":
		return "mastodon"
	case "linkedin", "linkedin-in":
		return "linkedin"
	case "globe", "home", "link", "website", "house", "web", "homepage", "blog", "site":
		return "website"
	}
	return ""
}
