package site

import (
	"net/url"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
)

// TestNameSegment: a tag named by its name in its URL is spelled as
// Franklin names its tag folders.
func TestNameSegment(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"one word", "julia", "julia"},
		{"words", "Machine Learning", "machine_learning"},
		{"a run of spaces", "deep   learning", "deep_learning"},
		{"hyphen and underscore kept", "e-mail and_more", "e-mail_and_more"},
		{"punctuation dropped", "Julia & R: data", "julia_r_data"},
		{"a double underscore is one", "a__b", "a_b"},
		{"letters of other scripts kept", "Café Ünïcode", "café_ünïcode"},
		{"markup dropped", "<em>fast</em> code&#39;s", "fast_codes"},
		{"spaces around dropped characters", "& b &", "b"},
		{"nothing left", "++", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := nameSegment(tt.in); got != tt.want {
				t.Errorf("nameSegment(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTagURLNames checks that a tag is named in its URL by the rule of
// the site's tool: lectern's slug, Franklin's folder names, or Hugo's
// urlize, which keeps accents and letters of every script.
func TestTagURLNames(t *testing.T) {
	for _, tt := range []struct {
		name      string
		names     config.TagNames
		tag, want string
	}{
		{"lectern's slug drops accents", config.TagSlugs, "José Ñúñez", "/tags/jose-nunez/"},
		{"franklin's underscores", config.TagFranklinNames, "Machine Learning", "/tags/machine_learning/"},
		{"hugo keeps accents", config.TagHugoNames, "José Ñúñez", "/tags/josé-ñúñez/"},
		{"hugo keeps other scripts", config.TagHugoNames, "机器学习", "/tags/机器学习/"},
		{"hugo keeps plus and dot", config.TagHugoNames, "C++ and Node.js", "/tags/c++-and-node.js/"},
		{"hugo keeping nothing keeps the slug", config.TagHugoNames, "!!!", "/tags/slug/"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pl := config.Permalinks{Tag: "/tags/:slug/", TagNames: tt.names}
			slug := content.Slugify(tt.tag)
			if slug == "" {
				slug = "slug"
			}
			// URLs are held percent-encoded; want is written decoded.
			if got, _ := url.PathUnescape(tagURL(pl, tt.tag, slug)); got != tt.want {
				t.Errorf("tagURL(%q) = %q, want %q", tt.tag, got, tt.want)
			}
		})
	}
}

// TestAuthorURL checks that an author of a Hugo site's authors taxonomy
// without a page of their own is at the URL Hugo gives the term: the
// name as the post wrote it, made a URL part by urlize, accents kept.
func TestAuthorURL(t *testing.T) {
	for _, tt := range []struct {
		name   string
		person content.Person
		want   string
	}{
		{"accents kept", content.Person{Name: "José Ñúñez", Slug: "jose-nunez"}, "/authors/josé-ñúñez/"},
		{"a plain name", content.Person{Name: "Tom Bright", Slug: "tom-bright"}, "/authors/tom-bright/"},
		{"the term an authors file named", content.Person{Name: "Mira Stone", Slug: "mira-stone", Term: "mira"}, "/authors/mira/"},
		{"nothing kept falls back to the slug", content.Person{Name: "!!!", Slug: "author-1"}, "/authors/author-1/"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// URLs are held percent-encoded; want is written decoded.
			if got, _ := url.PathUnescape(authorURL("/authors/:slug/", tt.person)); got != tt.want {
				t.Errorf("authorURL(%q) = %q, want %q", tt.person.Name, got, tt.want)
			}
		})
	}
}
