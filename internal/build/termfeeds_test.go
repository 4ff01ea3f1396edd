package build

import (
	"context"
	"strings"
	"testing"
)

// TestHugoTermFeeds: a Hugo blog's subscribers to one tag, category or
// series keep their feed where Hugo wrote it (/tags/go/index.xml,
// /categories/<term>/index.xml, /series/<term>/index.xml), and links to
// the old /categories/… and /series/… pages are redirected to the tags
// lectern makes of them; a lectern site keeps its tags' feed.xml.
func TestHugoTermFeeds(t *testing.T) {
	const posts = `
-- content/posts/hello.md --
---
title: Hello
date: 2024-01-02
tags: [Go]
categories: [Machine Learning, C++]
---
Hi.
-- content/posts/day1.md --
---
title: Day one
date: 2024-03-20
series: ["KubeCon EU 2024"]
---
Operators.
`
	tests := []struct {
		name, site string
		want       map[string][]string // file: texts it holds
		absent     []string
	}{
		{"Hugo, default taxonomies", `
-- hugo.toml --
title = "Blog"
baseURL = "https://blog.example/"
` + posts, map[string][]string{
			"tags/go/index.xml":                      {"<title>Blog: Go</title>", "<title>Hello</title>", `href="https://blog.example/tags/go/index.xml"`},
			"tags/go/index.html":                     {`href="/tags/go/index.xml"`},
			"tags/machine-learning/index.xml":        {"<title>Hello</title>"},
			"categories/machine-learning/index.html": {`url=/tags/machine-learning/`, `<link rel="canonical" href="https://blog.example/tags/machine-learning/">`},
			"categories/machine-learning/index.xml":  {"<title>Hello</title>", `href="https://blog.example/categories/machine-learning/index.xml"`, `rel="alternate" type="text/html" href="https://blog.example/tags/machine-learning/"`},
			// Hugo names the tag C++ c++, as lectern does on a Hugo site.
			"categories/c++/index.html":         {`url=/tags/c%2B%2B/`},
			"categories/c-plus-plus/index.html": {`url=/tags/c%2B%2B/`},
			"categories/index.html":             {`url=/tags/`},
			"tags/kubecon-eu-2024/index.xml":    {"<title>Day one</title>"},
		}, []string{"tags/go/feed.xml", "categories/go/index.html", "categories/kubecon-eu-2024/index.html", "series/kubecon-eu-2024/index.html"}},
		{"Hugo, series taxonomy", `
-- hugo.toml --
title = "Blog"
[taxonomies]
tag = "tags"
series = "series"
` + posts, map[string][]string{
			"series/kubecon-eu-2024/index.html": {`url=/tags/kubecon-eu-2024/`},
			"series/kubecon-eu-2024/index.xml":  {"<title>Day one</title>"},
			"series/index.html":                 {`url=/tags/`},
		}, []string{"series/go/index.html", "categories/machine-learning/index.html"}},
		{"Hugo without RSS", `
-- hugo.toml --
title = "Blog"
disableKinds = ["RSS"]
` + posts, map[string][]string{
			"tags/go/feed.xml":                       {"<title>Hello</title>"},
			"categories/machine-learning/index.html": {`url=/tags/machine-learning/`},
		}, []string{"tags/go/index.xml", "categories/machine-learning/index.xml"}},
		{"Hugo, a page at the old URL", `
-- hugo.toml --
title = "Blog"
-- content/categories/machine-learning.md --
---
title: What I read on ML
---
A page of its own.
` + posts, map[string][]string{
			"categories/machine-learning/index.html": {"A page of its own."},
		}, nil},
		{"lectern", `
-- config.toml --
title = "Blog"
` + strings.ReplaceAll(posts, "content/posts/", "content/notes/"), map[string][]string{
			"tags/go/feed.xml":   {"<title>Hello</title>"},
			"tags/go/index.html": {`href="/tags/go/feed.xml"`},
		}, []string{"tags/go/index.xml", "categories/machine-learning/index.html", "categories/index.html"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, tt.site)
			hasTexts(t, read, tt.want)
			for _, file := range tt.absent {
				if read(file) != "" {
					t.Errorf("%s is written", file)
				}
			}
		})
	}
}

// The preview follows a Hugo blog's term feeds and old term URLs as a
// full build does: a tag added to a post puts it in the tag's feed, a
// category added writes its redirect and feed at /categories/…, a
// title edited shows in every feed, a category dropped takes them away,
// a post added is in its section's feed.
func TestHugoTermFeedPreview(t *testing.T) {
	dir, s := startSession(t, `
-- hugo.toml --
title = "Blog"
-- content/posts/hello.md --
---
title: Hello
date: 2024-01-02
tags: [Go]
---
Hi.
-- content/posts/other.md --
---
title: Other
date: 2024-01-03
tags: [Rust]
---
Else.
`)
	const post = "content/posts/other.md"
	steps := []struct {
		name, text string
		out, shows string
		gone       string // an output the step takes away
	}{
		{"a tag added", "---\ntitle: Other\ndate: 2024-01-03\ntags: [Rust, Go]\n---\nElse.\n", "tags/go/index.xml", "<title>Other</title>", ""},
		{"a category added", "---\ntitle: Other\ndate: 2024-01-03\ntags: [Rust, Go]\ncategories: [Systems]\n---\nElse.\n", "categories/systems/index.xml", "<title>Other</title>", ""},
		{"the title edited", "---\ntitle: Another\ndate: 2024-01-03\ntags: [Rust, Go]\ncategories: [Systems]\n---\nElse.\n", "categories/systems/index.xml", "<title>Another</title>", ""},
		{"the category dropped", "---\ntitle: Another\ndate: 2024-01-03\ntags: [Rust, Go]\n---\nElse.\n", "tags/go/index.xml", "<title>Another</title>", "categories/systems/index.html"},
	}
	for _, st := range steps {
		edit(t, dir, post, st.text)
		_, diags := s.Rebuild(context.Background(), []string{post})
		if got := body(t, s, st.out); !strings.Contains(got, st.shows) {
			t.Errorf("%s: %s does not show %q: %.2000s", st.name, st.out, st.shows, got)
		}
		if st.gone != "" {
			if _, ok := s.Output(st.gone); ok {
				t.Errorf("%s: %s is still there", st.name, st.gone)
			}
		}
		sameAsFullBuild(t, s, dir, diags)
	}
	// A post added to the section is in the section's feed.
	const added = "content/posts/added.md"
	edit(t, dir, added, "---\ntitle: Added\ndate: 2024-02-01\n---\nNew.\n")
	_, diags := s.Rebuild(context.Background(), []string{added})
	if got := body(t, s, "posts/index.xml"); !strings.Contains(got, "<title>Added</title>") {
		t.Errorf("a post added: posts/index.xml does not show it: %.2000s", got)
	}
	sameAsFullBuild(t, s, dir, diags)
}

// TestHugoSectionFeeds: a Hugo blog's subscribers to one section keep
// its feed where Hugo wrote it (/posts/index.xml), with that section's
// posts only, whether the section has an _index.md or not; a section
// of undated pages, a site without Hugo's feeds and a lectern site get
// none.
func TestHugoSectionFeeds(t *testing.T) {
	const site = `
-- content/posts/hello.md --
---
title: Hello
date: 2024-01-02
---
Hi.
-- content/talks-given/_index.md --
---
title: Talks I gave
---
-- content/talks-given/kubecon.md --
---
title: At KubeCon
date: 2024-03-20
---
Slides.
-- content/docs/setup.md --
---
title: Setup
---
How.
`
	tests := []struct {
		name, site string
		want       map[string][]string // file: texts it holds
		absent     []string
	}{
		{"Hugo", "-- hugo.toml --\ntitle = \"Blog\"\nbaseURL = \"https://blog.example/\"\n" + site, map[string][]string{
			"posts/index.xml":       {"<title>Blog: Posts</title>", "<title>Hello</title>", `href="https://blog.example/posts/index.xml"`},
			"talks-given/index.xml": {"<title>Blog: Talks I gave</title>", "<title>At KubeCon</title>"},
		}, []string{"docs/index.xml"}},
		{"Hugo without RSS", "-- hugo.toml --\ntitle = \"Blog\"\ndisableKinds = [\"RSS\"]\n" + site, nil,
			[]string{"posts/index.xml", "talks-given/index.xml"}},
		{"lectern", "-- config.toml --\ntitle = \"Blog\"\n" + site, nil,
			[]string{"posts/index.xml", "talks-given/index.xml", "talks-given/feed.xml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, tt.site)
			hasTexts(t, read, tt.want)
			if got := read("posts/index.xml"); strings.Contains(got, "At KubeCon") {
				t.Errorf("the posts' feed carries another section's post:\n%s", got)
			}
			for _, file := range tt.absent {
				if read(file) != "" {
					t.Errorf("%s is written", file)
				}
			}
		})
	}
}

// hasTexts reports each file of want that lacks one of its texts, read
// from a build's output by read.
func hasTexts(t *testing.T, read func(string) string, want map[string][]string) {
	t.Helper()
	for file, texts := range want {
		got := read(file)
		for _, w := range texts {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %s:\n%s", file, w, got)
			}
		}
	}
}
