package content

import (
	"reflect"
	"testing"
)

// TestProfileLinks: a speaker's profiles are read from a linkedin field
// (devopsdays' speaker pages) and from a list of social links, whether
// it is Academic's social or the DevFest theme's socials, its entries
// naming their network by icon, type, platform or name, or only by the
// link's host.
func TestProfileLinks(t *testing.T) {
	tests := []struct {
		name, src string
		want      Person
	}{
		{
			name: "devopsdays fields",
			src:  "+++\nTitle = \"Ada Lovelace\"\nTwitter = \"adal\"\nLinkedin = \"https://linkedin.com/in/adal\"\nGithub = \"https://github.com/adal\"\ntype = \"speaker\"\n+++\nBio.\n",
			want: Person{Name: "Ada Lovelace", Slug: "ada-lovelace", Twitter: "adal", Github: "adal", LinkedIn: "https://linkedin.com/in/adal", Bio: "Bio."},
		},
		{
			name: "devfest socials",
			src: "---\ntitle: Ada Lovelace\nsocials:\n  - {icon: home, link: 'https://ada.example.org/'}\n" +
				"  - {icon: twitter, link: 'https://twitter.com/adal', name: '@adal'}\n" +
				"  - {icon: linkedin, link: 'https://www.linkedin.com/in/adal', name: Ada Lovelace}\n" +
				"  - {icon: github, link: 'https://github.com/adal', name: adal}\n---\nBio.\n",
			want: Person{Name: "Ada Lovelace", Slug: "ada-lovelace", Twitter: "adal", Github: "adal", LinkedIn: "https://www.linkedin.com/in/adal", URL: "https://ada.example.org/", Bio: "Bio."},
		},
		{
			name: "academic social with linkedin",
			src:  "---\ntitle: Ada Lovelace\nsocial:\n  - {icon: linkedin, icon_pack: fab, link: 'https://www.linkedin.com/in/adal'}\n---\nBio.\n",
			want: Person{Name: "Ada Lovelace", Slug: "ada-lovelace", LinkedIn: "https://www.linkedin.com/in/adal", Bio: "Bio."},
		},
		{
			name: "network told by type, platform, class or host",
			src: "---\ntitle: Ada Lovelace\nsocials:\n  - {type: github, url: 'https://github.com/adal'}\n" +
				"  - {platform: LinkedIn, url: 'https://linkedin.com/in/adal'}\n" +
				"  - {icon: 'fab fa-mastodon', href: 'https://fosstodon.org/@adal'}\n" +
				"  - {name: '@adal', link: 'https://x.com/adal'}\n---\nBio.\n",
			want: Person{Name: "Ada Lovelace", Slug: "ada-lovelace", Twitter: "adal", Github: "adal", Mastodon: "https://fosstodon.org/@adal", LinkedIn: "https://linkedin.com/in/adal", Bio: "Bio."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/speakers/ada.md", []byte(tt.src), Options{})
			if len(d.Speakers) == 0 || !reflect.DeepEqual(d.Speakers[0], tt.want) {
				t.Errorf("person\n%#v\nwant\n%#v", d.Speakers, tt.want)
			}
			for _, k := range []string{"linkedin", "socials", "social"} {
				if _, kept := d.Params[k]; kept {
					t.Errorf("%s read as profiles stays in params", k)
				}
			}
			if len(d.Diags) > 0 {
				t.Errorf("diagnostics: %v", d.Diags)
			}
		})
	}
}
