package build

import (
	"context"
	"strings"
	"testing"
)

// TestInPlaceURLsFollowTheTool: a site read in place keeps the URLs its
// tool gives its talks, notes and reading lists — their paths, for the
// tools that route pages by file, unless the tool's config or lectern's
// sets a pattern — while lectern's own layout files them by kind. The
// talks' index stays at /talks/ either way.
func TestInPlaceURLsFollowTheTool(t *testing.T) {
	const post = "---\ntitle: Hello\ndate: 2025-01-02\n---\nHi.\n"
	const talk = "---\ntitle: Keynote\ndate: 2025-05-03 09:00\nspeakers: [Alex Kim]\n---\nThe keynote.\n"
	for _, tc := range []struct {
		name, archive string
		want, absent  []string
	}{{
		name: "Hugo: sections, nested sections and page bundles",
		archive: "-- hugo.toml --\nbaseURL = \"https://h.example.org/\"\n" +
			"-- content/posts/hello.md --\n" + post +
			"-- content/sessions/keynote/index.md --\n" + talk +
			"-- content/talks/2024/old.md --\n" + talk,
		want:   []string{"posts/hello/index.html", "sessions/keynote/index.html", "talks/2024/old/index.html", "talks/index.html", "notes/index.html"},
		absent: []string{"notes/hello/index.html", "talks/keynote/index.html"},
	}, {
		name: "Hugo's [permalinks] win",
		archive: "-- hugo.toml --\nbaseURL = \"https://h.example.org/\"\n[permalinks]\nposts = \"/:year/:slug/\"\n" +
			"-- content/posts/hello.md --\n" + post,
		want: []string{"2025/hello/index.html"},
	}, {
		// Hugo's keys name a section and a taxonomy: the talks of the
		// "event" section move, the event they name (lectern's own page)
		// does not, and the tag pages follow "tags".
		name: "Hugo's [permalinks] name sections and taxonomies, not kinds",
		archive: "-- config/_default/hugo.yaml --\nbaseURL: 'https://h.example.org/'\npermalinks:\n  event: '/talk/:slug/'\n  tags: '/tag/:slug/'\n" +
			"-- content/event/example/index.md --\n---\ntitle: Example Talk\nevent: Wowchemy Conference\nevent_url: https://example.org\n" +
			"authors: [admin]\nabstract: An abstract\ndate: \"2019-06-01T13:00:00Z\"\ntags: [Open Science]\n---\nBody\n" +
			"-- content/event/second/index.md --\n---\ntitle: Second Talk\nslug: own_slug\ndate: 2019-07-01\n---\nBody\n",
		// Hugo's :slug is the slug the page sets, else its title.
		want:   []string{"talk/example-talk/index.html", "talk/own_slug/index.html", "tag/open-science/index.html", "events/wowchemy-conference/index.html"},
		absent: []string{"event/example/index.html", "talk/example/index.html", "talk/wowchemy-conference/index.html", "tags/open-science/index.html"},
	}, {
		name: "Eleventy",
		archive: "-- .eleventy.js --\nmodule.exports = {}\n" +
			"-- blog/hello.md --\n" + post,
		want:   []string{"blog/hello/index.html"},
		absent: []string{"notes/hello/index.html"},
	}, {
		name: "Eleventy's base blog, reading content/, a page named as its folder",
		archive: "-- eleventy.config.js --\nexport const config = {\n\tdir: {\n\t\tinput: \"content\",\n\t\tincludes: \"../_includes\"\n\t}\n};\n" +
			"-- content/blog/firstpost.md --\n" + post +
			"-- content/blog/fourthpost/fourthpost.md --\n---\ntitle: Fourth\ndate: 2025-01-04\n---\nFour.\n",
		want:   []string{"blog/firstpost/index.html", "blog/fourthpost/index.html", "notes/index.html"},
		absent: []string{"notes/firstpost/index.html", "blog/fourthpost/fourthpost/index.html"},
	}, {
		name: "Astro's content collections",
		archive: "-- astro.config.mjs --\nexport default {}\n" +
			"-- src/content/blog/hello.md --\n" + post,
		want: []string{"blog/hello/index.html"},
	}, {
		name: "Astro schemas' defaults of published and draft",
		archive: "-- astro.config.mjs --\nexport default {}\n" +
			"-- src/content.config.ts --\nconst blog = defineCollection({\n  schema: z.object({ title: z.string(), published: z.boolean().default(false) }),\n});\n" +
			"const news = defineCollection({\n  schema: z.object({ draft: z.boolean().optional().default(true) }),\n});\n" +
			"export const collections = { blog, news };\n" +
			"-- src/content/blog/hello.md --\n---\ntitle: Hello\ndate: 2025-01-02\npublished: true\n---\nHi.\n" +
			"-- src/content/blog/unsaid.md --\n---\ntitle: Unsaid\ndate: 2025-01-03\n---\nNot yet.\n" +
			"-- src/content/news/old.md --\n---\ntitle: Old\ndate: 2025-01-04\ndraft: false\n---\nOut.\n" +
			"-- src/content/news/new.md --\n---\ntitle: New\ndate: 2025-01-05\n---\nIn the works.\n",
		want:   []string{"blog/hello/index.html", "news/old/index.html"},
		absent: []string{"blog/unsaid/index.html", "news/new/index.html"},
	}, {
		// AstroPaper's schema tags a post that writes no tags "others",
		// which its tag pages list: so does lectern.
		name: "Astro schemas' default tags",
		archive: "-- astro.config.mjs --\nexport default {}\n" +
			"-- src/content.config.ts --\nexport const BLOG_PATH = \"src/data/blog\";\nconst blog = defineCollection({\n  loader: glob({ pattern: \"**/[^_]*.md\", base: `./${BLOG_PATH}` }),\n" +
			"  schema: z.object({ title: z.string(), tags: z.array(z.string()).default([\"others\"]) }),\n});\nexport const collections = { blog };\n" +
			"-- src/data/blog/tagged.md --\n---\ntitle: Tagged\npubDatetime: 2025-01-02T10:00:00Z\ntags: [go]\n---\nHi.\n" +
			"-- src/data/blog/untagged.md --\n---\ntitle: Untagged\npubDatetime: 2025-01-03T10:00:00Z\n---\nHi.\n",
		want: []string{"blog/untagged/index.html", "tags/others/index.html", "tags/go/index.html"},
	}, {
		// Astro's build.format: 'file' writes each page as an .html file
		// of its name, an index as its folder's, the home page aside;
		// lectern's own lists keep their folders.
		name: "Astro's build.format: 'file'",
		archive: "-- astro.config.mjs --\nexport default defineConfig({\n  site: 'https://a.example.org',\n  trailingSlash: 'never',\n  build: {\n    assets: '_assets',\n    format: 'file',\n  },\n});\n" +
			"-- src/content/talks/keynote.md --\n" + talk +
			"-- src/content/speakers/alex-kim.md --\n---\nname: Alex Kim\n---\nAlex.\n" +
			"-- src/pages/about.md --\n---\ntitle: About\n---\nSee [the keynote](/talks/keynote.html).\n" +
			"-- src/pages/notes/index.md --\n---\ntitle: Notes\n---\nA few notes.\n" +
			"-- src/pages/index.md --\n---\ntitle: Home\n---\nWelcome.\n",
		want:   []string{"talks/keynote.html", "speakers/alex-kim.html", "about.html", "notes.html", "index.html", "talks/index.html"},
		absent: []string{"talks/keynote/index.html", "about/index.html", "speakers/alex-kim/index.html", "notes/index.html", ".html"},
	}, {
		name: "Astro's build.format commented out",
		archive: "-- astro.config.mjs --\nexport default defineConfig({\n  build: {\n    // format: 'file',\n  },\n});\n" +
			"-- src/pages/about.md --\n---\ntitle: About\n---\nHi.\n",
		want:   []string{"about/index.html"},
		absent: []string{"about.html"},
	}, {
		name: "Jekyll's front matter defaults and collection paths",
		archive: "-- _config.yml --\ntitle: J\ncollections:\n  programme:\n    output: true\n    permalink: /:collection/:path/\n" +
			"defaults:\n  - scope: {path: \"\", type: posts}\n    values: {permalink: \"/blog/:year/:title/\"}\n" +
			"  - scope: {path: _programme}\n    values: {layout: session}\n" +
			"-- _posts/2025-01-02-hello.md --\n" + post +
			"-- _programme/day1/opening.md --\n---\ntitle: Opening\ndate: 2025-05-03 09:00\n---\nWelcome.\n",
		want:   []string{"blog/2025/hello/index.html", "programme/day1/opening/index.html", "talks/index.html"},
		absent: []string{"2025/01/02/hello.html"},
	}, {
		name: "Eleventy permalinks written in template code",
		archive: "-- .eleventy.js --\nmodule.exports = {}\n" +
			"-- talks/keynote.md --\n---\ntitle: Keynote\ndate: 2025-05-03 09:00\nspeakers: [Alex Kim]\npermalink: \"/talks/{{ page.fileSlug }}/\"\n---\nK.\n" +
			"-- talks/other.md --\n---\ntitle: Other Talk\ndate: 2025-05-03 10:00\nspeakers: [Alex Kim]\npermalink: \"/sessions/{{ title | slugify }}/index.html\"\n---\nO.\n",
		want:   []string{"talks/keynote/index.html", "sessions/other-talk/index.html"},
		absent: []string{"talks/{{ page.fileSlug }}/index.html"},
	}, {
		name: "Jekyll's collections_dir",
		archive: "-- _config.yml --\ntitle: J\npermalink: pretty\ncollections_dir: collections\ncollections:\n  talks:\n    output: true\n" +
			"-- collections/_posts/2025-01-02-hello.md --\n" + post +
			"-- collections/_talks/keynote.md --\n" + talk,
		want:   []string{"2025/01/02/hello/index.html", "talks/keynote/index.html"},
		absent: []string{"collections/_talks/keynote/index.html"},
	}, {
		name: "Jekyll's pages under its default permalink style",
		archive: "-- _config.yml --\ntitle: J\n" +
			"-- about.md --\n---\ntitle: About\n---\nSee the [code of conduct](/CODE_OF_CONDUCT.html).\n" +
			"-- CODE_OF_CONDUCT.md --\n---\ntitle: Code of Conduct\n---\nBe kind.\n" +
			"-- docs/index.md --\n---\ntitle: Docs\n---\nDocs.\n" +
			"-- docs/faq.md --\n---\ntitle: FAQ\n---\nQ.\n" +
			"-- talks/keynote.md --\n" + talk +
			"-- _posts/2025-01-02-hello.md --\n" + post,
		want:   []string{"about.html", "CODE_OF_CONDUCT.html", "docs/index.html", "docs/faq.html", "talks/keynote.html", "2025/01/02/hello.html", "talks/index.html"},
		absent: []string{"about/index.html", "code_of_conduct/index.html", "docs/faq/index.html", "talks/keynote/index.html"},
	}, {
		name: "Jekyll's pages under a style ending in a slash",
		archive: "-- _config.yml --\ntitle: J\npermalink: /news/:title/\n" +
			"-- about.md --\n---\ntitle: About\n---\nA.\n" +
			"-- _posts/2025-01-02-hello.md --\n" + post,
		want:   []string{"about/index.html", "news/hello/index.html"},
		absent: []string{"about.html"},
	}, {
		// Jekyll's pages are no collection's documents: one in a folder
		// named for talks or reading lists stays at its path, name as
		// written, rather than taking lectern's pattern for its kind.
		name: "Jekyll's pretty pages in folders named for a kind",
		archive: "-- _config.yml --\ntitle: J\npermalink: pretty\n" +
			"-- books/some-book.html --\n---\ntitle: Some Book\nlayout: default\n---\n<p>A book.</p>\n" +
			"-- talks/my_talk.md --\n" + talk +
			"-- notes/a_note.md --\n---\ntitle: A note\n---\nHi.\n",
		want:   []string{"books/some-book/index.html", "talks/my_talk/index.html", "notes/a_note/index.html"},
		absent: []string{"reading/some-book/index.html", "talks/my-talk/index.html"},
	}, {
		name: "lectern's own layout files pages by kind",
		archive: "-- config.toml --\ntitle = \"L\"\n" +
			"-- content/posts/hello.md --\n" + post +
			"-- content/sessions/keynote.md --\n" + talk,
		want:   []string{"notes/hello/index.html", "talks/keynote/index.html"},
		absent: []string{"posts/hello/index.html"},
	}, {
		name: "an empty pattern in lectern's config keeps paths",
		archive: "-- config.toml --\ntitle = \"L\"\n[permalinks]\nnote = \"\"\n" +
			"-- content/posts/hello.md --\n" + post,
		want: []string{"posts/hello/index.html", "notes/index.html"},
	}, {
		name: "Jekyll: a folder of notes the config does not declare is a collection, dated or not",
		archive: "-- _config.yml --\ntitle: J\n" +
			"-- _notes/a-note.md --\n---\ntitle: A note\n---\nHi.\n" +
			"-- _notes/dated.md --\n" + post +
			"-- _posts/2025-01-03-hi.md --\n---\ntitle: Hi\n---\nHi.\n",
		want:   []string{"notes/a-note.html", "notes/dated.html", "2025/01/03/hi.html"},
		absent: []string{"1/01/01/a-note.html", "2025/01/02/dated.html"},
	}, {
		name: "an undated note under a dated pattern keeps its folder's path, never year 1",
		archive: "-- config.toml --\ntitle = \"L\"\n[permalinks]\nnote = \"/:year/:month/:slug/\"\n" +
			"-- content/notes/undated.md --\n---\ntitle: Undated\nkind: note\n---\nHi.\n" +
			"-- content/notes/hello.md --\n" + post,
		want:   []string{"notes/undated/index.html", "2025/01/hello/index.html"},
		absent: []string{"1/01/undated/index.html"},
	}} {
		t.Run(tc.name, func(t *testing.T) { buildWrites(t, tc.archive, tc.want, tc.absent) })
	}
}

// TestPermalinkFalseWritesNoPage: a page whose permalink is false (as
// Eleventy's sponsors and data-only pages write it) has no output of its
// own and no link to one, and is still listed where a break is: a
// sponsor among the sponsors, a talk on the schedule.
func TestPermalinkFalseWritesNoPage(t *testing.T) {
	read, _ := buildSite(t, "-- config.toml --\ntitle = \"L\"\n"+
		"-- content/sponsors/acme.md --\n---\ntitle: Acme\ntier: Gold\npermalink: false\n---\nA sponsor.\n"+
		"-- content/talks/keynote.md --\n---\ntitle: Keynote\ndate: 2025-05-03 09:00\nspeakers: [Alex Kim]\npermalink: false\n---\nThe keynote.\n"+
		"-- content/talks/other.md --\n---\ntitle: Other\ndate: 2025-05-03 10:00\nspeakers: [Alex Kim]\n---\nAnother.\n"+
		"-- content/talks/third.md --\n---\ntitle: Third\ndate: 2025-05-03 11:00\nspeakers: [Alex Kim]\n---\nA third.\n")
	for _, p := range []string{"false/index.html", "sponsors/acme/index.html", "talks/keynote/index.html"} {
		if read(p) != "" {
			t.Errorf("%s was written", p)
		}
	}
	if s := read("sponsors/index.html"); !strings.Contains(s, "Acme") || strings.Contains(s, "/sponsors/acme/") {
		t.Errorf("the sponsors page should name Acme without a link to a page of its own:\n%s", s)
	}
	if s := read("schedule/index.html"); !strings.Contains(s, "Keynote") || strings.Contains(s, `href="/talks/keynote/"`) {
		t.Errorf("the schedule should show the keynote without a link")
	}
	if s := read("search.json"); strings.Contains(s, "keynote") {
		t.Errorf("the search index links to the keynote: %s", s)
	}
}

// TestDirectoryDataInPlace: an Eleventy site's directory data gives the
// pages of its folder their layout (so their kind), values they do not
// set and permalink: false, in a build and in the preview, which builds
// the site again when such a file changes: the pages it reused would
// otherwise keep the old values.
func TestDirectoryDataInPlace(t *testing.T) {
	dir, s := startSession(t, "-- .eleventy.js --\nmodule.exports = {}\n"+
		"-- programme/programme.json --\n{\"layout\": \"layouts/session.njk\", \"room\": \"Hall A\", \"tags\": \"programme\"}\n"+
		"-- programme/opening.md --\n---\ntitle: Opening\ndate: 2025-05-03 09:00\n---\nWelcome.\n"+
		"-- programme/second.md --\n---\ntitle: Second\ndate: 2025-05-03 10:00\n---\nS.\n"+
		"-- programme/third.md --\n---\ntitle: Third\ndate: 2025-05-03 11:00\n---\nT.\n"+
		"-- sponsors/sponsors.json --\n{\"permalink\": false}\n"+
		"-- sponsors/acme.md --\n---\ntitle: Acme\ntier: Gold\n---\nA sponsor.\n")
	page := body(t, s, "programme/opening/index.html")
	if !strings.Contains(page, "Hall A") {
		t.Errorf("the talk does not show its folder's room")
	}
	for _, p := range []string{"sponsors/acme/index.html", "tags/programme/index.html", "programme/programme.json"} {
		if _, ok := s.Output(p); ok {
			t.Errorf("%s was written", p)
		}
	}
	if !strings.Contains(body(t, s, "schedule/index.html"), "Opening") {
		t.Errorf("the talk is not on the schedule")
	}
	edit(t, dir, "programme/programme.json", "{\"layout\": \"session\", \"room\": \"Hall B\"}\n")
	if _, diags := s.Rebuild(context.Background(), []string{"programme/programme.json"}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if page := body(t, s, "programme/opening/index.html"); !strings.Contains(page, "Hall B") {
		t.Errorf("after the edit, the talk does not show the new room")
	}
}

// TestHugoCascadeInPlace: a Hugo section's cascade reaches the pages
// below it in a build and in the preview, which builds the site again
// when a section page changes: the pages it reused would otherwise keep
// the old values.
func TestHugoCascadeInPlace(t *testing.T) {
	dir, s := startSession(t, "-- hugo.toml --\nbaseURL = \"https://h.example.org/\"\n"+
		"-- content/programme/_index.md --\n---\ntitle: Programme\ncascade:\n  type: talk\n  room: Hall A\n---\n"+
		"-- content/programme/opening.md --\n---\ntitle: Opening\ndate: 2025-05-03 09:00\n---\nWelcome.\n"+
		"-- content/programme/second.md --\n---\ntitle: Second\ndate: 2025-05-03 10:00\n---\nS.\n"+
		"-- content/programme/third.md --\n---\ntitle: Third\ndate: 2025-05-03 11:00\n---\nT.\n")
	if page := body(t, s, "programme/opening/index.html"); !strings.Contains(page, "Hall A") {
		t.Errorf("the talk does not show its section's room")
	}
	if !strings.Contains(body(t, s, "schedule/index.html"), "Opening") {
		t.Errorf("the cascaded type did not make the page a talk")
	}
	edit(t, dir, "content/programme/_index.md", "---\ntitle: Programme\ncascade:\n  type: talk\n  room: Hall B\n---\n")
	if _, diags := s.Rebuild(context.Background(), []string{"content/programme/_index.md"}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if page := body(t, s, "programme/opening/index.html"); !strings.Contains(page, "Hall B") {
		t.Errorf("after the edit, the talk does not show the new room")
	}
}
