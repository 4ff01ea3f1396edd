package build

import (
	"strings"
	"testing"
)

// TestAstroRoutesBuild: an Astro site's entries are published under the
// folder of the route that reads their collection; a collection only a
// list page reads has no pages, and is listed linking to the address
// its entries give (url) or, without one, without a link; a schedule
// day of talks without times of day never says the filters emptied it.
func TestAstroRoutesBuild(t *testing.T) {
	read, _ := buildSite(t, `
-- package.json --
{"dependencies": {"astro": "5.0.0"}}
-- src/content.config.ts --
export const BLOG_PATH = "src/data/blog";
const blog = defineCollection({ loader: glob({ pattern: "**/*.md", base: `+"`./${BLOG_PATH}`"+` }) });
const talks = defineCollection({ loader: glob({ base: "./src/content/talks" }) });
export const collections = { blog, talks };
-- src/pages/posts/[...slug]/index.astro --
---
const posts = await getCollection("blog");
---
-- src/pages/talks.astro --
---
const talks = await getCollection("talks");
---
-- src/data/blog/2025/hello.md --
---
title: Hello
pubDatetime: 2025-01-02T10:00:00Z
---
Hi.
-- src/content/talks/first.md --
---
title: First Talk
date: 2023-10-11
event: Meetup
url: https://example.org/first
---
-- src/content/talks/second.md --
---
title: Second Talk
date: 2023-11-11
event: Meetup
url: /second/
---
`)
	if read("posts/2025/hello/index.html") == "" || read("blog/2025/hello/index.html") != "" {
		t.Errorf("the post is not at /posts/2025/hello/ alone")
	}
	if read("talks/first/index.html") != "" {
		t.Errorf("the talk no route publishes has a page")
	}
	sched := read("schedule/index.html")
	if !strings.Contains(sched, `<a class="item-title" href="https://example.org/first" rel="external">First Talk</a>`) {
		t.Errorf("the schedule does not list the talk linking to its url:\n%s", sched)
	}
	if !strings.Contains(sched, `<span class="item-title">Second Talk</span>`) {
		t.Errorf("the schedule does not list the talk without an address without a link:\n%s", sched)
	}
	if strings.Contains(sched, "filter-empty") {
		t.Errorf("a day without timed sessions says the filters emptied it")
	}
}

// TestAstroRouteFieldBuild: an entry whose route takes its URL from a
// front matter field is published at that field's value, case kept, as
// Astro publishes it; an entry without the field keeps its file's name.
func TestAstroRouteFieldBuild(t *testing.T) {
	read, _ := buildSite(t, `
-- package.json --
{"dependencies": {"astro": "5.0.0"}}
-- src/content.config.ts --
const sessions = defineCollection({ loader: glob({ base: "./src/content/sessions" }) });
export const collections = { sessions };
-- src/pages/schedule/[code].astro --
---
export async function getStaticPaths() {
  const sessions = await getCollection("sessions");
  return sessions.map((session) => ({ params: { code: session.data.code } }));
}
---
-- src/content/sessions/AbC12.md --
---
title: Coded Talk
code: XYZ9Q
---
Hi.
-- src/content/sessions/plain.md --
---
title: Plain Talk
---
Hi.
`)
	if read("schedule/XYZ9Q/index.html") == "" || read("schedule/abc12/index.html") != "" {
		t.Errorf("the session is not at /schedule/XYZ9Q/ alone")
	}
	if read("schedule/plain/index.html") == "" {
		t.Errorf("the session without the field is not at its file's name")
	}
}
