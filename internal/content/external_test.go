package content

import "testing"

// TestExternal checks where an entry with no page of its own is read:
// the first absolute http(s) address of its link fields, and that
// externalUrl alone makes a page such an entry.
func TestExternal(t *testing.T) {
	tests := []struct {
		name, fm string
		noPage   bool
		external string
	}{
		{"headless article", "headless: true\narticleUrl: https://mag.example/a", true, "https://mag.example/a"},
		{"headless talk with url", "headless: true\nurl: https://conf.example/s/1\nvod: https://youtu.be/x", true, "https://conf.example/s/1"},
		{"article before url", "headless: true\nurl: https://b.example/\narticleUrl: https://a.example/", true, "https://a.example/"},
		{"link", "permalink: false\nlink: http://x.example/p", true, "http://x.example/p"},
		{"href", "headless: true\nhref: https://h.example/", true, "https://h.example/"},
		{"a path is not outside", "headless: true\nlink: /here/", true, ""},
		{"Blowfish's externalUrl", "externalUrl: https://out.example/i", true, "https://out.example/i"},
		{"external_url", "external_url: https://out.example/j", true, "https://out.example/j"},
		{"a relative externalUrl", "externalUrl: /local/", false, ""},
		{"url on a page of its own", "url: https://old.example/p", false, ""},
		{"articleUrl on a page of its own", "articleUrl: https://mag.example/a", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML("notes/a.md", "title: A\n"+tt.fm)
			if d.NoPage != tt.noPage || d.Extras().External != tt.external {
				t.Errorf("no page %v, external %q; want %v %q", d.NoPage, d.Extras().External, tt.noPage, tt.external)
			}
		})
	}
}

// TestLinkTo checks the outside page a link post is about: a note with
// a page of its own writing "link" or "link_url" keeps its page and
// links there; other kinds, paths and pageless entries do not.
func TestLinkTo(t *testing.T) {
	tests := []struct {
		name, path, fm string
		noPage         bool
		linkTo         string
	}{
		{"Minimal Mistakes' link", "notes/a.md", "link: https://daringfireball.net/2004/06/linked_list", false, "https://daringfireball.net/2004/06/linked_list"},
		{"link_url", "notes/a.md", "link_url: https://x.example/p", false, "https://x.example/p"},
		{"linkUrl", "notes/a.md", "linkUrl: https://x.example/p", false, "https://x.example/p"},
		{"link before link_url", "notes/a.md", "link_url: https://b.example/\nlink: https://a.example/", false, "https://a.example/"},
		{"a path", "notes/a.md", "link: /elsewhere/", false, ""},
		{"pageless: its address, not a link post", "notes/a.md", "permalink: false\nlink: https://x.example/p", true, ""},
		{"a talk", "talks/a.md", "link: https://x.example/p", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, "title: A\n"+tt.fm)
			if d.NoPage != tt.noPage || d.Extras().LinkTo != tt.linkTo {
				t.Errorf("no page %v, link to %q; want %v %q", d.NoPage, d.Extras().LinkTo, tt.noPage, tt.linkTo)
			}
		})
	}
}

// TestExternalPosts checks that on a site of a tool that publishes a page
// naming externalUrl (Options.ExternalPosts: all but Hugo), the page keeps
// its page and is a link post about that address.
func TestExternalPosts(t *testing.T) {
	tests := []struct {
		name, path, fm string
		noPage         bool
		linkTo         string
	}{
		{"external_url", "posts/a.md", "external_url: https://conf.example/2024/", false, "https://conf.example/2024/"},
		{"externalUrl", "posts/a.md", "externalUrl: https://conf.example/2024/", false, "https://conf.example/2024/"},
		{"link before external_url", "posts/a.md", "external_url: https://b.example/\nlink: https://a.example/", false, "https://a.example/"},
		{"a path", "posts/a.md", "external_url: /here/", false, ""},
		{"pageless keeps its address", "posts/a.md", "permalink: false\nexternal_url: https://conf.example/", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/"+tt.path, []byte("---\ntitle: A\n"+tt.fm+"\n---\nBody.\n"), Options{ExternalPosts: true})
			if d.NoPage != tt.noPage || d.Extras().LinkTo != tt.linkTo {
				t.Errorf("no page %v, link to %q; want %v %q", d.NoPage, d.Extras().LinkTo, tt.noPage, tt.linkTo)
			}
		})
	}
}
