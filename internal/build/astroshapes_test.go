package build

import (
	"strings"
	"testing"
)

// TestAstroLoaderBases: an Astro 5 site whose collections load from
// folders outside src/content (glob({base: "./src/data/blog"})) has
// those pages read, of the kind the collection's folder names, while the
// data files beside them stay data.
func TestAstroLoaderBases(t *testing.T) {
	read, diags := buildSite(t, `
-- astro.config.mjs --
export default {}
-- src/content.config.ts --
const blog = defineCollection({ loader: glob({ pattern: "**/*.md", base: "./src/data/blog" }) });
const shelf = defineCollection({ loader: glob({ pattern: "**/*.md", base: './src/data/books' }) });
export const collections = { blog, shelf };
-- src/data/blog/first-post.md --
---
title: First post
pubDate: 2024-05-01
---
Hello.
-- src/data/books/dune.md --
---
title: Dune
author: Frank Herbert
rating: 5
---
Sand.
-- src/data/site.json --
{"title": "Astro blog"}
`)
	if post := read("blog/first-post/index.html"); !strings.Contains(post, "Hello.") {
		t.Errorf("the blog post was not read: %q", diags)
	}
	if !strings.Contains(read("books/dune/index.html"), "Sand.") {
		t.Errorf("the book was not read: %q", diags)
	}
	if read("site.json") != "" || read("data/site.json") != "" {
		t.Error("a data file was published")
	}
	if !strings.Contains(read("index.html"), "Astro blog") {
		t.Error("src/data/site.json no longer names the site")
	}
}
