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
const talks = defineCollection({ loader: glob({ pattern: "**/*.mdx", base: "src/data/talks/" }) });
export const collections = { blog, shelf, talks };
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
-- src/data/talks/keynote.mdx --
---
title: Keynote
---
import Card from "../../components/Card.astro";

Opening words.

<Card title="Slides" />
-- src/data/site.json --
{"title": "Astro blog"}
`)
	if post := read("blog/first-post/index.html"); !strings.Contains(post, "Hello.") {
		t.Errorf("the blog post was not read: %q", diags)
	}
	if !strings.Contains(read("books/dune/index.html"), "Sand.") {
		t.Errorf("the book was not read: %q", diags)
	}
	if !strings.Contains(read("talks/keynote/index.html"), "Opening words.") {
		t.Errorf("the .mdx talk was not read: %q", diags)
	}
	if !strings.Contains(strings.Join(diags, "\n"), "src/data/talks/keynote.mdx:4:1: ") {
		t.Errorf("no warning about the MDX import left out: %q", diags)
	}
	if read("site.json") != "" || read("data/site.json") != "" {
		t.Error("a data file was published")
	}
	if !strings.Contains(read("index.html"), "Astro blog") {
		t.Error("src/data/site.json no longer names the site")
	}
}
