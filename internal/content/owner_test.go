package content

import (
	"fmt"
	"strings"
	"testing"
)

// ownerConfig is an academicpages config: the owner's author: mapping
// and the defaults that put their profile beside every talk.
const ownerConfig = `author:
  name             : "Mara Quill"
  avatar           : "profile.png"
  bio              : "Studies moss."
  location         : "Tromsø"
  employer         : "Lichen Institute"
  uri              :
  github           : "maraquill"
  twitter          : "@maraquill"
defaults:
  - scope: {path: "", type: talks}
    values: {layout: talk, author_profile: true}
  - scope: {path: "", type: publications}
    values: {layout: single, author_profile: true}
`

// TestOwnerSpeaker covers a one-person talk archive (academicpages,
// Minimal Mistakes): a talk naming no speaker whose page shows the
// owner's profile (author_profile: true, by the config's defaults or
// its own front matter) is given by the config's author: person.
func TestOwnerSpeaker(t *testing.T) {
	defaults, diags := ReadDefaults("_config.yml", []byte(ownerConfig))
	if len(diags) != 0 {
		t.Fatalf("defaults: %q", diags.Strings())
	}
	owner := ReadOwner("_config.yml", []byte(ownerConfig))
	people := func(ps []Person) string {
		var out []string
		for _, p := range ps {
			out = append(out, strings.Join([]string{p.Name, p.Company, p.Bio, p.Photo, p.Github, p.Twitter}, ","))
		}
		return strings.Join(out, ";")
	}
	for _, tc := range []struct {
		name, file, front string
		want              string
	}{
		{"a talk of no speaker is the owner's", "_talks/2019-moss.md", "title: Moss\nvenue: Days\ndate: 2019-04-02",
			"talk|Mara Quill,Lichen Institute,Studies moss.,/images/profile.png,maraquill,maraquill|"},
		{"a talk's own speakers win", "_talks/2020-duo.md", "title: Duo\nspeakers: [Bo Rivers]\ndate: 2020-01-01",
			"talk|Bo Rivers,,,,,|"},
		{"a talk's author speaks", "_talks/2020-au.md", "title: Au\nauthor: Bo Rivers\ndate: 2020-01-01",
			"talk|Bo Rivers,,,,,|"},
		{"a talk showing no profile has no speaker", "_talks/2021-off.md", "title: Off\nauthor_profile: false\ndate: 2021-01-01",
			"talk||"},
		{"a break is nobody's", "_talks/2019-lunch.md", "title: Lunch\ntype: break\ndate: 2019-04-02",
			"talk||"},
		{"a break by its title is nobody's", "_talks/2019-coffee.md", "title: Coffee break\ndate: 2019-04-02",
			"talk||"},
		{"a publication keeps its authors", "_publications/2020-paper.md", "title: Paper\nvenue: Journal\ndate: 2020-01-01",
			"note||"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Parse(tc.file, []byte("---\n"+tc.front+"\n---\nText.\n"), Options{Dir: ".", Defaults: defaults, Owner: owner})
			if got := fmt.Sprintf("%s|%s|%s", d.Kind, people(d.Speakers), people(d.Authors)); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
	t.Run("without an owner nobody speaks", func(t *testing.T) {
		d := Parse("_talks/2019-moss.md", []byte("---\ntitle: Moss\ndate: 2019-04-02\n---\n"), Options{Dir: ".", Defaults: defaults})
		if len(d.Speakers) != 0 {
			t.Errorf("speakers %v", d.Speakers)
		}
	})
}

// TestReadOwner covers the shapes of a Jekyll config's author: an
// academicpages avatar file name, in images/;
// Minimal Mistakes' avatar path and links list; a bare name, which is
// nobody's profile.
func TestReadOwner(t *testing.T) {
	for _, tc := range []struct {
		name, config string
		want         string
	}{
		{"avatar in images", "author: {name: Ada, avatar: ada.png}", "Ada|/images/ada.png||"},
		{"avatar path kept", "author: {name: Ada, avatar: /assets/images/bio.jpg}", "Ada|/assets/images/bio.jpg||"},
		{"avatar address kept", "author: {name: Ada, avatar: \"https://img.example.org/ada.png\"}", "Ada|https://img.example.org/ada.png||"},
		{"links list", "author:\n  name: Ada\n  uri: https://ada.example.org\n  links:\n    - {label: GitHub, icon: fab fa-github, url: \"https://github.com/ada-l\"}\n",
			"Ada||https://ada.example.org|ada-l"},
		{"a bare name is no profile", "author: Ada", "<nil>"},
		{"a mapping without a name is none", "author: {avatar: a.png}", "<nil>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := ReadOwner("_config.yml", []byte(tc.config))
			got := "<nil>"
			if p != nil {
				got = strings.Join([]string{p.Name, p.Photo, p.URL, p.Github}, "|")
			}
			if got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}
