package build

import (
	"slices"
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

// TestStarlightDocsAtRoot: Starlight's integration routes the docs
// collection at the site's root, with no file of src/pages saying so:
// src/content/docs/guides/cfp.md is at /guides/cfp/, a blog post of
// starlight-blog at /blog/…, and docs/index.mdx introduces the home
// page, without a warning that it takes the home page's place. A site
// without Starlight keeps its collection's folder.
func TestStarlightDocsAtRoot(t *testing.T) {
	const docs = `
-- src/content.config.ts --
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
-- src/content/docs/index.mdx --
---
title: Docs Conf
template: splash
---
import { Card } from '@astrojs/starlight/components';

<Card title="Venue">
  A library by the river.
</Card>
-- src/content/docs/guides/cfp.md --
---
title: Call for proposals
---
Submit by June.
-- src/content/docs/blog/recap.md --
---
title: Conference recap
date: 2024-09-20
---
It went well.
`
	for _, tc := range []struct {
		name, config string
		root         bool
	}{
		{"the astro config names Starlight", "-- astro.config.mjs --\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Docs Conf' })] });\n", true},
		{"package.json depends on Starlight", "-- package.json --\n{\"dependencies\": {\"astro\": \"^5.0.0\", \"@astrojs/starlight\": \"^0.30.0\"}}\n", true},
		{"no Starlight", "-- astro.config.mjs --\nexport default defineConfig({});\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read, diags := buildSite(t, tc.config+docs)
			guide, post, home := "guides/cfp/index.html", "blog/recap/index.html", "index.html"
			if !tc.root {
				guide, post, home = "docs/"+guide, "docs/"+post, "docs/index.html"
			}
			if !strings.Contains(read(guide), "Submit by June.") || !strings.Contains(read(post), "It went well.") {
				t.Errorf("the docs are not at their paths under %q: %q", strings.TrimSuffix(home, "index.html"), diags)
			}
			if !strings.Contains(read(home), "A library by the river.") {
				t.Errorf("%s does not show the docs' index: %q", home, diags)
			}
			if all := strings.Join(diags, "\n"); strings.Contains(all, "home page") {
				t.Errorf("a warning about the home page: %q", diags)
			}
		})
	}
}

// TestStarlightTranslations: a Starlight site's pages of its other
// locales (src/content/docs/es/…) are translations, left out with one
// warning, and its pages say the root locale's language.
func TestStarlightTranslations(t *testing.T) {
	read, diags := buildSite(t, `
-- astro.config.mjs --
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({
	title: 'Docs Conf',
	defaultLocale: 'root',
	locales: {
		root: { label: 'Deutsch', lang: 'de' },
		es: { label: 'Español' },
	},
})] });
-- src/content/docs/guides/cfp.md --
---
title: Einreichungen
---
Bis Juni.
-- src/content/docs/es/guides/cfp.md --
---
title: Propuestas
---
Hasta junio.
`)
	if !strings.Contains(read("guides/cfp/index.html"), "Bis Juni.") {
		t.Errorf("the root locale's page is missing: %q", diags)
	}
	if read("es/guides/cfp/index.html") != "" {
		t.Errorf("the translation is published")
	}
	if !strings.Contains(read("guides/cfp/index.html"), `lang="de"`) {
		t.Errorf("the page does not say the root locale's language")
	}
	want := "src/content/docs/es/guides/cfp.md:1:1: warning: this page is a translation into another of the site's languages: lectern builds the site in its default language, so it is left out"
	if !slices.Contains(diags, want) {
		t.Errorf("diags %q, want %q", diags, want)
	}
}

// TestStarlightBlogAuthors: a starlight-blog post naming its authors by
// the ids of the plugin's authors map is by those people, named as the
// map names them; an author written out in the post stays as written.
func TestStarlightBlogAuthors(t *testing.T) {
	read, diags := buildSite(t, `
-- astro.config.mjs --
import starlight from '@astrojs/starlight';
import starlightBlog from 'starlight-blog';
export default defineConfig({ integrations: [starlight({
	title: 'Docs Conf',
	plugins: [starlightBlog({ authors: {
		ida: { name: 'Ida Lund', title: 'Maintainer', url: 'https://ida.example.org' },
		bo: { name: 'Bo Nyx' },
	} })],
})] });
-- src/content/docs/blog/first.md --
---
title: First release
date: 2024-03-02
authors: [ida, bo]
---
We shipped.
-- src/content/docs/blog/guest.md --
---
title: A guest post
date: 2024-06-02
authors:
  name: Kim Ray
---
Hello.
`)
	if page := read("blog/first/index.html"); !strings.Contains(page, "by Ida Lund, Bo Nyx") {
		t.Errorf("the post does not name its authors from the map: %q", diags)
	}
	if page := read("blog/guest/index.html"); !strings.Contains(page, "by Kim Ray") {
		t.Errorf("the guest post's author is lost: %q", diags)
	}
}

// TestStarlightSidebarNavigation: a Starlight site's sidebar is the
// navigation of every page, its pages linked at their URLs and named by
// their titles where the sidebar names them by slug alone.
func TestStarlightSidebarNavigation(t *testing.T) {
	read, diags := buildSite(t, `
-- astro.config.mjs --
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({
	title: 'Kettle',
	sidebar: [
		{ label: 'Guides', items: ['guides/install'] },
		'guides/install',
		{ label: 'Reference', autogenerate: { directory: 'reference' } },
	],
})] });
-- src/content/docs/guides/install.md --
---
title: Install
---
Plug it in.
-- src/content/docs/reference/cli.md --
---
title: CLI
---
Flags.
`)
	page := read("index.html")
	for _, want := range []string{`<a href="/guides/install/">Guides</a>`, `<a href="/guides/install/">Install</a>`, `<a href="/reference/cli/">Reference</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("the navigation has no %s: %q", want, diags)
		}
	}
	if all := strings.Join(diags, "\n"); strings.Contains(all, "navigation") {
		t.Errorf("a warning about the navigation: %q", diags)
	}
}
