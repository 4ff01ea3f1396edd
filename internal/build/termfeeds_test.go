package build

import (
	"strings"
	"testing"
)

// TestHugoTermFeeds: a Hugo blog's subscribers to one tag keep their
// feed where Hugo wrote it (/tags/go/index.xml); a lectern site keeps
// its tags' feed.xml.
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
			"tags/go/index.xml":               {"<title>Blog: Go</title>", "<title>Hello</title>", `href="https://blog.example/tags/go/index.xml"`},
			"tags/go/index.html":              {`href="/tags/go/index.xml"`},
			"tags/machine-learning/index.xml": {"<title>Hello</title>"},
			"tags/kubecon-eu-2024/index.xml":  {"<title>Day one</title>"},
		}, []string{"tags/go/feed.xml"}},
		{"Hugo without RSS", `
-- hugo.toml --
title = "Blog"
disableKinds = ["RSS"]
` + posts, map[string][]string{
			"tags/go/feed.xml": {"<title>Hello</title>"},
		}, []string{"tags/go/index.xml"}},
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
			for file, texts := range tt.want {
				got := read(file)
				for _, want := range texts {
					if !strings.Contains(got, want) {
						t.Errorf("%s lacks %s:\n%s", file, want, got)
					}
				}
			}
			for _, file := range tt.absent {
				if read(file) != "" {
					t.Errorf("%s is written", file)
				}
			}
		})
	}
}
