package content

import (
	"reflect"
	"testing"
)

// TestSocialLinks: a person's links kept as a list of {network, link} or
// a mapping, under the names conference sites give them, set the person's
// accounts and web site, whether the network is named by a label, an
// icon's file or class, or only by the link's host.
func TestSocialLinks(t *testing.T) {
	for _, tc := range []struct {
		name, social string
		want         Person
	}{
		{"eleventy speaker page's {name, link, icon}", `social:
  - name: Twitter
    link: https://twitter.com/annvole
    icon: /img/Twitter.svg
  - name: LinkedIn
    link: https://www.linkedin.com/in/annvole
    icon: /img/linkedin_white.png`,
			Person{Twitter: "annvole", LinkedIn: "https://www.linkedin.com/in/annvole"}},
		{"{platform, url} under socials", `socials:
  - {platform: github, url: "https://github.com/annvole"}
  - {platform: website, url: "https://ann.example.org"}
  - {platform: mastodon, url: "https://fosstodon.org/@ann"}`,
			Person{Github: "annvole", URL: "https://ann.example.org", Mastodon: "https://fosstodon.org/@ann"}},
		{"font classes", `social_links:
  - {icon: "fa-brands fa-x-twitter", href: "https://x.com/annvole"}
  - {icon: "fab fa-github-square", href: "https://github.com/ann"}`,
			Person{Twitter: "annvole", Github: "ann"}},
		{"the host names the network", `socials:
  - {label: Me, url: "https://github.com/annvole"}
  - "https://x.com/annv"`,
			Person{Github: "annvole", Twitter: "annv"}},
		{"a mapping under socials", `socials:
  twitter: "@annvole"
  website: https://ann.example.org`,
			Person{Twitter: "annvole", URL: "https://ann.example.org"}},
		{"x in a mapping of accounts", `social:
  x: https://x.com/annvole`,
			Person{Twitter: "annvole"}},
		{"profile addresses under twitterUrl, githubUrl, mastodon_url", `twitterUrl: https://twitter.com/annvole
githubUrl: https://github.com/annvole
mastodon_url: https://hachyderm.io/@ann`,
			Person{Twitter: "annvole", Github: "annvole", Mastodon: "https://hachyderm.io/@ann"}},
		{"linkedin as a handle", `linkedin: annvole`, Person{LinkedIn: "https://www.linkedin.com/in/annvole/"}},
		{"linkedinUrl without its scheme", `linkedinUrl: www.linkedin.com/in/annvole`, Person{LinkedIn: "https://www.linkedin.com/in/annvole"}},
		{"linkedin in a mapping of accounts", `social:
  linkedin: in/annvole`, Person{LinkedIn: "https://www.linkedin.com/in/annvole/"}},
		{"a Mastodon profile by its path, not Medium's", `socials:
  - {label: Blog, url: "https://medium.com/@annvole"}
  - {label: Toots, url: "https://social.example/@ann"}`,
			Person{Mastodon: "https://social.example/@ann", URL: "https://medium.com/@annvole"}},
		{"named links: a disabled one is left out, the first to no network is the site", `links:
  - {name: Old site, absolute_url: "https://old.example", disabled: true}
  - {name: Portfolio, absolute_url: "https://ann.example"}
  - {name: Code, absolute_url: "https://github.com/annvole"}`,
			Person{URL: "https://ann.example", Github: "annvole"}},
		{"a list of one link per network, under its name", `social:
  - github: https://github.com/annvole
  - x-twitter: https://x.com/annv
  - linkedin: https://www.linkedin.com/in/annvole
  - link: https://ann.example.org
  - email: mailto:ann@example.org`,
			Person{Github: "annvole", Twitter: "annv", LinkedIn: "https://www.linkedin.com/in/annvole", URL: "https://ann.example.org"}},
		{"pretalx's gitx: a GitHub profile is the GitHub account", `gitx: https://github.com/annvole
gitx_url: https://github.com/annv`,
			Person{Github: "annvole"}},
		{"pretalx's gitx_url on GitLab is no GitHub account", `gitx_url: https://gitlab.com/annvole
twitter_url: https://x.com/annv`,
			Person{Twitter: "annv"}},
		{"pretalx's gitx as a handle is GitHub's", `gitx: "@annvole"`, Person{Github: "annvole"}},
		{"pretalx's gitx without its scheme", `gitx: www.github.com/annvole`, Person{Github: "annvole"}},
		{"pretalx's gitx naming GitHub but no account", `gitx: http://github.com`, Person{}},
		{"pretalx's gitx on another host", `gitx: https://git.sr.ht/~annvole/`, Person{}},
		{"github wins over gitx", `github: ann-own
gitx: https://github.com/annvole`, Person{Github: "ann-own"}},
		{"hugo-conference's one link as {href, text}: Twitter by its host", `link:
  href: "http://twitter.com/annvole"
  text: "@annvole"`, Person{Twitter: "annvole"}},
		{"hugo-conference's one link as {href, text}: a site", `link:
  href: "https://ann.example.org"
  text: "ann.example.org"`, Person{URL: "https://ann.example.org"}},
		{"own fields win", `twitter: ann_own
socials:
  - {platform: twitter, url: "https://twitter.com/annvole"}`,
			Person{Twitter: "ann_own"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\nname: Ann Vole\nbio: Builds keyboards.\n" + tc.social + "\n---\n"
			d := Parse("content/speakers/ann.md", []byte(src), Options{})
			want := tc.want
			want.Name, want.Slug, want.Bio = "Ann Vole", "ann-vole", "Builds keyboards."
			if len(d.Speakers) == 0 || !reflect.DeepEqual(d.Speakers[0], want) {
				t.Fatalf("person\n%#v\nwant\n%#v", d.Speakers, want)
			}
			for _, k := range []string{"social", "socials", "social_links", "twitterUrl", "githubUrl", "mastodon_url", "linkedin", "linkedinUrl", "gitx", "gitx_url", "link"} {
				if _, kept := d.Params[k]; kept {
					t.Errorf("%s read as the person's links stays in params", k)
				}
			}
			if len(d.Diags) != 0 {
				t.Errorf("diagnostics: %v", d.Diags)
			}
		})
	}
}
