package layout

import (
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/content"
)

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

// load reads fsys as the build does and returns the pages' and assets'
// paths, sorted.
func load(t *testing.T, fsys fstest.MapFS) (Layout, []string, []string) {
	t.Helper()
	l := Detect(fsys)
	c, diags := l.Config(fsys)
	if diags.HasErrors() {
		t.Fatalf("config: %v", diags.Strings())
	}
	set, _ := content.Load(fsys, content.Options{Dir: l.ContentDir, Dirs: l.Dirs, AssetDirs: l.AssetDirs, Skip: l.Skip, Location: c.Location, TextFiles: l.Tool != Lectern})
	var pages []string
	for _, d := range set.Docs {
		pages = append(pages, d.File)
	}
	return l, pages, set.Assets
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name     string
		fsys     fstest.MapFS
		tool     string
		evidence string
		pages    []string
		assets   []string
	}{
		{
			name: "lectern's own layout wins",
			fsys: fstest.MapFS{
				"config.toml":        file("title = \"x\"\n"),
				"content/talks/a.md": file("---\ntitle: A\n---\n"),
				"layouts/talk.html":  file("{{ .Title }}"),
				"_config.yml":        file("title: Jekyll\n"),
			},
			tool: Lectern, pages: []string{"content/talks/a.md"},
		},
		{
			// A distill blog: its posts in _posts/ do not make it a
			// Jekyll site; the .html rendered beside each source and
			// the output folders are no pages.
			name: "R Markdown website with distill posts",
			fsys: fstest.MapFS{
				"_site.yml":                             file("name: ada\ntitle: Ada\noutput_dir: docs\ncollections: [posts, talks]\noutput: distill::distill_article\n"),
				"_talks/2023-05-01-keynote/keynote.Rmd": file("---\ntitle: Keynote\n---\n"),
				"_drafts/2023-05-01-wip/wip.Rmd":        file("---\ntitle: WIP\n---\n"),
				"index.Rmd":                             file("---\ntitle: Ada\nlisting: posts\n---\n"),
				"about.Rmd":                             file("---\ntitle: About\n---\n"),
				"about.html":                            file("<html></html>"),
				"timeline.html":                         file("<html></html>"),
				"_posts/2020-11-19-hello/hello.Rmd":     file("---\ntitle: Hello\ndate: 2020-11-19\n---\n"),
				"_posts/2020-11-19-hello/hello.html":    file("<html></html>"),
				"_posts/2020-11-19-hello/cover.png":     file("x"),
				"_site/index.html":                      file("<html></html>"),
				"docs/index.html":                       file("<html></html>"),
				"_footer.html":                          file("<p>f</p>"),
				"analysis.R":                            file("x <- 1\n"),
				"ada.Rproj":                             file("Version: 1.0\n"),
				"renv/activate.R":                       file("x\n"),
				"renv.lock":                             file("{}\n"),
			},
			tool: RMarkdown, evidence: "_site.yml",
			pages:  []string{"_posts/2020-11-19-hello/hello.Rmd", "_talks/2023-05-01-keynote/keynote.Rmd", "about.Rmd", "index.Rmd"},
			assets: []string{"_posts/2020-11-19-hello/cover.png", "timeline.html"},
		},
		{
			name: "Eleventy's base blog reads content/ without a config.toml",
			fsys: fstest.MapFS{
				"eleventy.config.js":         file("export const config = {\n\tdir: {\n\t\tinput: \"content\",\n\t}\n};\n"),
				"content/blog/firstpost.md":  file("---\ntitle: First\n---\n"),
				"content/about.md":           file("---\ntitle: About\n---\n"),
				"_includes/layouts/post.njk": file("{{ content }}"),
			},
			tool: Eleventy, evidence: "eleventy.config.js",
			pages: []string{"content/about.md", "content/blog/firstpost.md"},
		},
		{
			// Hugo takes hugo.yml as it takes hugo.yaml; lectern's
			// own config.toml is beside it on no such site.
			name: "Hugo's config as hugo.yml",
			fsys: fstest.MapFS{
				"hugo.yml":                 file("title: Winter Days\nbaseURL: https://winter.example.org/\n"),
				"content/program/index.md": file("+++\ntitle = 'Program'\n+++\n"),
				"data/program.yaml":        file("- date: 9 Dec 2026\n"),
			},
			tool: Hugo, evidence: "hugo.yml",
			pages: []string{"content/program/index.md"},
		},
		{
			// hugo-conference's sites: the whole programme in
			// config.yml's params, no content/ at all, a README beside.
			name: "Hugo with no content folder, its theme named in config.yml",
			fsys: fstest.MapFS{
				"config.yml":         file("baseurl: \"https://lake.example.org/\"\ntitle: Lake Summit\ntheme: \"hugo-conference\"\nparams:\n  Schedule:\n    - name: Check-in\n"),
				"README.md":          file("# Lake Summit\n"),
				"static/img/ana.jpg": file("x"),
			},
			tool: Hugo, evidence: "config.yml",
		},
		{
			// A config.yml with a base URL alone is some program's
			// settings beside notes, not Hugo's.
			name: "a folder of markdown with a config.yml naming no theme",
			fsys: fstest.MapFS{
				"config.yml": file("baseurl: https://notes.example.org/\n"),
				"notes.md":   file("# Notes\n"),
			},
			tool: Folder, evidence: "no content/ folder",
			pages: []string{"notes.md"},
		},
		{
			name: "a Jekyll site with a content/ folder",
			fsys: fstest.MapFS{
				"_config.yml":     file("title: J\n"),
				"content/page.md": file("---\ntitle: P\n---\n"),
				"about.md":        file("---\ntitle: About\n---\n"),
			},
			tool: Jekyll, evidence: "_config.yml",
			pages: []string{"about.md", "content/page.md"},
		},
		{
			name: "Jekyll: collections_dir holds the collections and posts",
			fsys: fstest.MapFS{
				"_config.yml":                            file("title: Conf\ncollections_dir: collections\ncollections:\n  talks:\n    output: true\n"),
				"about.md":                               file("---\ntitle: About\n---\n"),
				"collections/_talks/keynote.md":          file("---\ntitle: K\n---\n"),
				"collections/_posts/2020-01-02-hello.md": file("---\ntitle: Hello\n---\n"),
				"collections/_talks/_draft-notes.md":     file("---\ntitle: N\n---\n"),
			},
			tool: Jekyll, evidence: "_config.yml",
			pages: []string{"about.md", "collections/_posts/2020-01-02-hello.md", "collections/_talks/keynote.md"},
		},
		{
			// A config at the top whose source: names the folder the
			// site is read from, as PyCon UK 2025's writes source: src;
			// what is outside it (the README) is no page of the site.
			name: "Jekyll: source names the site's folder",
			fsys: fstest.MapFS{
				"_config.yml":                    file("title: Conf\nsource: src\ndestination: _site\n"),
				"README.md":                      file("# Conf\n\nRun bundle exec jekyll serve.\n"),
				"src/index.md":                   file("---\ntitle: Home\n---\n"),
				"src/_posts/2025-02-04-venue.md": file("---\ntitle: Venue\n---\n"),
				"src/_data/prices.yaml":          file("a: 1\n"),
				"src/images/hall.jpg":            file("x"),
			},
			tool: Jekyll, evidence: "_config.yml",
			pages:  []string{"src/_posts/2025-02-04-venue.md", "src/index.md"},
			assets: []string{"src/images/hall.jpg"},
		},
		{
			// A source: naming no folder of the site is no source.
			name: "Jekyll: source naming no folder",
			fsys: fstest.MapFS{
				"_config.yml": file("title: Conf\nsource: site\n"),
				"index.md":    file("---\ntitle: Home\n---\n"),
			},
			tool: Jekyll, evidence: "_config.yml",
			pages: []string{"index.md"},
		},
		{
			// Jekyll's list of names declares collections as well as its
			// mapping does: the config is read, its exclude list too.
			name: "Jekyll: collections as a list of names",
			fsys: fstest.MapFS{
				"_config.yml":              file("title: Symposium\ncollections:\n  - invited_speakers\n  - sessions\nexclude:\n  - private\n  - NOTES.md\n"),
				"index.md":                 file("---\ntitle: Home\n---\n"),
				"NOTES.md":                 file("excluded"),
				"private/plan.md":          file("excluded"),
				"_invited_speakers/ada.md": file("---\nname: Ada\n---\n"),
				"_sessions/01-opening.md":  file("---\ntitle: Opening\n---\n"),
			},
			tool: Jekyll, evidence: "_config.yml",
			pages: []string{"_invited_speakers/ada.md", "_sessions/01-opening.md", "index.md"},
		},
		{
			// Jekyll publishes no page for a collection with output:
			// false, but its templates show the records (a talk's
			// presenters): read, where they name people, talks,
			// sponsors or events; other such collections are not.
			name: "Jekyll: records of a collection with output false",
			fsys: fstest.MapFS{
				"_config.yml":         file("collections:\n  presenters:\n    output: false\n    permalink: /:collection/\n  sponsors:\n    output: false\n  places:\n    output: false\n"),
				"_presenters/ada.md":  file("---\nname: Ada\n---\nBio.\n"),
				"_sponsors/acme.md":   file("---\nname: Acme\n---\n"),
				"_places/cafe.md":     file("---\nname: Cafe\n---\n"),
				"_schedule/a-talk.md": file("---\ntitle: A talk\npresenter_slugs: [ada]\n---\n"),
			},
			tool: Jekyll, evidence: "_config.yml",
			pages: []string{"_presenters/ada.md", "_schedule/a-talk.md", "_sponsors/acme.md"},
		},
		{
			name: "Jekyll: root and collections, never its machinery",
			fsys: fstest.MapFS{
				"_config.yml":                file("title: Conf\nexclude: [notes.md, drafts-old]\ncollections:\n  talks:\n    output: true\n  places:\n    output: false\n"),
				"about.md":                   file("---\ntitle: About\n---\n"),
				"notes.md":                   file("excluded"),
				"drafts-old/x.md":            file("excluded"),
				"_posts/2020-01-02-hello.md": file("---\ntitle: Hello\n---\n"),
				"_talks/keynote.md":          file("---\ntitle: K\n---\n"),
				"_talks/talks.json":          file("[]"),
				"_talks/slides.pdf":          file("pdf"),
				"_places/cafe.md":            file("---\nname: Cafe\n---\n"),
				"_layouts/default.html":      file("{{ content }}"),
				"_includes/head.html":        file("x"),
				"_sass/main.scss":            file("x"),
				"_data/people.yml":           file("x"),
				"_site/index.html":           file("x"),
				"Gemfile":                    file("x"),
				"node_modules/a/b.md":        file("x"),
				"vendor/bundle/c.md":         file("x"),
				"index.html":                 file("---\nlayout: home\n---\n{{ site.title }}"),
				"venue.html":                 file("---\ntitle: Venue\n---\n{% for h in page.hotels %}{{ h }}{% endfor %}\n"),
				"redirects.html":             file("---js\n{ permalink: \"/r/\" }\n---\n{{ redirect.to }}\n"),
				"coc.html":                   file("---\ntitle: Code of conduct\n---\n<h2>Be kind</h2>\n"),
				"empty.html":                 file("---\nlayout: default\n---\n"),
				"feed.xml":                   file("---\n---\n"),
				"robots.txt":                 file("---\nlayout: null\n---\nSitemap: {{ site.url }}/sitemap.xml\n"),
				"_posts/snippet.md":          file("Included by a post, no post itself.\n"),
				"_posts/diagram.png":         file("png"),
				"humans.txt":                 file("Ada wrote this.\n"),
				"CNAME":                      file("conf.example.org"),
				"img/logo.png":               file("png"),
				"img/_hidden.png":            file("png"),
			},
			tool: Jekyll, evidence: "_config.yml",
			pages:  []string{"_posts/2020-01-02-hello.md", "_talks/keynote.md", "about.md", "coc.html", "index.html", "venue.html"},
			assets: []string{"CNAME", "_posts/diagram.png", "_talks/slides.pdf", "humans.txt", "img/logo.png"},
		},
		{
			name: "Hugo: content/ and static/, not layouts/",
			fsys: fstest.MapFS{
				"hugo.toml":                  file("baseURL = \"https://example.org/\"\n"),
				"content/posts/a.md":         file("---\ntitle: A\n---\n"),
				"layouts/_default/list.html": file("{{ partial \"x\" . }}"),
				"archetypes/default.md":      file("x"),
				"static/favicon.ico":         file("x"),
			},
			tool: Hugo, evidence: "hugo.toml", pages: []string{"content/posts/a.md"},
		},
		{
			name: "Hugo by its config.toml",
			fsys: fstest.MapFS{
				"config.toml":        file("baseURL = \"https://example.org/\"\ntitle = \"H\"\n"),
				"content/_index.md":  file("---\ntitle: Home\n---\n"),
				"layouts/index.html": file("x"),
			},
			tool: Hugo, evidence: "config.toml", pages: []string{"content/_index.md"},
		},
		{
			name: "Hugo by its config folder",
			fsys: fstest.MapFS{
				"config/_default/config.yaml": file("title: H\n"),
				"config/_default/params.yaml": file("x: 1\n"),
				"content/talk/a/index.md":     file("---\ntitle: A\n---\n"),
			},
			tool: Hugo, evidence: "config/_default/config.yaml", pages: []string{"content/talk/a/index.md"},
		},
		{
			name: "Hugo by its config folder's key files alone",
			fsys: fstest.MapFS{
				"config/_default/params.toml": file("x = 1\n"),
				"content/post/a.md":           file("---\ntitle: A\n---\n"),
			},
			tool: Hugo, evidence: "config/_default", pages: []string{"content/post/a.md"},
		},
		{
			name: "Hugo by its config.yaml",
			fsys: fstest.MapFS{
				"config.yaml":           file("baseURL: \"https://example.org/\"\ntitle: H\n"),
				"content/sessions/a.md": file("---\ntitle: A\n---\n"),
			},
			tool: Hugo, evidence: "config.yaml", pages: []string{"content/sessions/a.md"},
		},
		{
			name: "Hugo by its config.json",
			fsys: fstest.MapFS{
				"config.json":           file("{\n  \"baseURL\": \"https://example.org/\"\n}\n"),
				"content/sessions/a.md": file("---\ntitle: A\n---\n"),
			},
			tool: Hugo, evidence: "config.json", pages: []string{"content/sessions/a.md"},
		},
		{
			name: "a config.yaml of something else beside content/",
			fsys: fstest.MapFS{
				"config.yaml":        file("database: postgres\n"),
				"content/talks/a.md": file("---\ntitle: A\n---\n"),
			},
			tool: Lectern, evidence: "", pages: []string{"content/talks/a.md"},
		},
		{
			name: "Eleventy with dir.input",
			fsys: fstest.MapFS{
				".eleventy.js":               file("module.exports = function() { return { dir: { input: \"site\" } } }"),
				"package.json":               file("{}"),
				"README.md":                  file("# Repo"),
				"site/index.md":              file("---\ntitle: Home\n---\n"),
				"site/_includes/b.njk":       file("x"),
				"site/_data/site.json":       file("{}"),
				"site/talks/t.md":            file("---\ntitle: T\n---\n"),
				"site/talks/t.njk":           file("x"),
				"site/talks/talks.json":      file("{\"layout\": \"talk.njk\", \"tags\": \"talks\"}"),
				"site/talks/t.json":          file("{\"room\": \"A\"}"),
				"site/talks/u.11tydata.json": file("{\"room\": \"B\"}"),
				"site/talks/u.11tydata.js":   file("module.exports = {}"),
				"site/talks/u.md":            file("---\ntitle: U\n---\n"),
				"site/data.json":             file("[1, 2]"),
				"site/feed.xml":              file("---\npermalink: feed.xml\n---\n"),
				"site/img/a.png":             file("png"),
				"site/node_modules/x.md":     file("x"),
			},
			tool: Eleventy, evidence: ".eleventy.js",
			pages:  []string{"site/index.md", "site/talks/t.md", "site/talks/u.md"},
			assets: []string{"site/data.json", "site/img/a.png"},
		},
		{
			// No config at hand: package.json says Eleventy, and the
			// folder holding _data is its input.
			name: "Eleventy by its package.json, input by its _data",
			fsys: fstest.MapFS{
				"package.json":         file(`{"scripts": {"build": "eleventy"}, "devDependencies": {"@11ty/eleventy": "^2.0.1"}}`),
				"README.md":            file("# Repo"),
				"src/_data/site.json":  file("{}"),
				"src/posts/a.md":       file("---\ntitle: A\n---\n"),
				"src/posts/posts.json": file(`{"tags": "posts"}`),
				"src/about.md":         file("---\ntitle: About\n---\n"),
				"src/_includes/b.html": file("x"),
			},
			tool: Eleventy, evidence: "package.json",
			pages: []string{"src/about.md", "src/posts/a.md"},
		},
		{
			name: "Eleventy's input from package.json's scripts",
			fsys: fstest.MapFS{
				"package.json":   file(`{"scripts": {"build": "npx @11ty/eleventy --input=site --output=dist"}, "dependencies": {"@11ty/eleventy": "3"}}`),
				"site/index.md":  file("---\ntitle: Home\n---\n"),
				"notes/draft.md": file("---\ntitle: Not the input\n---\n"),
			},
			tool: Eleventy, evidence: "package.json",
			pages: []string{"site/index.md"},
		},
		{
			name: "a package.json without Eleventy is no evidence",
			fsys: fstest.MapFS{
				"package.json": file(`{"devDependencies": {"prettier": "3"}}`),
				"notes/a.md":   file("---\ntitle: A\n---\n"),
			},
			tool: Folder, evidence: "no content/ folder",
			pages: []string{"notes/a.md"},
		},
		{
			name: "Astro: content collections and markdown pages",
			fsys: fstest.MapFS{
				"astro.config.mjs":         file("export default defineConfig({\n  site: 'https://astro.example.org',\n})\n"),
				"src/content/blog/a.md":    file("---\ntitle: A\n---\n"),
				"src/content/config.ts":    file("x"),
				"src/content/days/1.yaml":  file("x"),
				"src/pages/about.md":       file("---\ntitle: About\n---\n"),
				"src/pages/index.astro":    file("x"),
				"src/components/Nav.astro": file("x"),
				"public/logo.svg":          file("x"),
			},
			tool: Astro, evidence: "astro.config.mjs",
			pages:  []string{"src/content/blog/a.md", "src/pages/about.md"},
			assets: []string{},
		},
		{
			name: "Astro without its config: package.json says it",
			fsys: fstest.MapFS{
				"package.json":           file(`{"dependencies": {"astro": "^4.0.0"}}`),
				"src/content/talks/a.md": file("---\ntitle: A\n---\n"),
			},
			tool: Astro, evidence: "package.json",
			pages:  []string{"src/content/talks/a.md"},
			assets: []string{},
		},
		{
			name: "Astro with only src/content: the folder that is there says it",
			fsys: fstest.MapFS{
				"src/content/talks/a.md": file("---\ntitle: A\n---\n"),
			},
			tool: Astro, evidence: "src/content",
			pages:  []string{"src/content/talks/a.md"},
			assets: []string{},
		},
		{
			name: "Astro: images in src/assets are published",
			fsys: fstest.MapFS{
				"astro.config.mjs":          file("export default {}\n"),
				"src/content/blog/a.md":     file("---\ntitle: A\nheroImage: '../../assets/hero.jpg'\n---\n"),
				"src/assets/hero.jpg":       file("jpg"),
				"src/assets/notes.md":       file("# kept as a file"),
				"src/assets/icons/logo.svg": file("svg"),
				"src/assets/data.json":      file("{}"),
				"src/assets/.DS_Store":      file("x"),
			},
			tool: Astro, evidence: "astro.config.mjs",
			pages:  []string{"src/content/blog/a.md"},
			assets: []string{"src/assets/hero.jpg", "src/assets/icons/logo.svg", "src/assets/notes.md"},
		},
		{
			name: "Franklin",
			fsys: fstest.MapFS{
				"config.md":         file("@def website_title = \"Julia\"\n"),
				"_layout/head.html": file("x"),
				"_libs/katex.js":    file("x"),
				"__site/index.html": file("x"),
				"index.md":          file("# Home"),
				"2020/cfp.md":       file("# CFP"),
				"_assets/logo.png":  file("png"),
				"utils.jl":          file("x"),
			},
			tool: Franklin, evidence: "config.md, _layout/",
			pages:  []string{"2020/cfp.md", "index.md"},
			assets: nil,
		},
		{
			name: "a folder of markdown",
			fsys: fstest.MapFS{
				"README.md":           file("# Papers"),
				"ai/README.md":        file("# AI"),
				"templates/base.html": file("x"),
				"requirements.txt":    file("x"),
				"runtime.txt":         file("3.7"),
				"Procfile":            file("web: x"),
				"config.yml":          file("project-name: X\n"),
				"ai/config.yml":       file("a: b\n"),
				"img/a.png":           file("png"),
			},
			tool: Folder, evidence: "no content/ folder",
			pages:  []string{"README.md", "ai/README.md"},
			assets: []string{"ai/config.yml", "img/a.png"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, pages, assets := load(t, tt.fsys)
			if l.Tool != tt.tool || l.Evidence != tt.evidence {
				t.Fatalf("Detect = %s (%s), want %s (%s)", l.Tool, l.Evidence, tt.tool, tt.evidence)
			}
			if got, want := strings.Join(pages, " "), strings.Join(tt.pages, " "); got != want {
				t.Errorf("pages:\n got %s\nwant %s", got, want)
			}
			if tt.assets != nil || tt.tool == Jekyll {
				if got, want := strings.Join(assets, " "), strings.Join(tt.assets, " "); got != want {
					t.Errorf("assets:\n got %s\nwant %s", got, want)
				}
			}
			if l.Overrides != (tt.tool == Lectern) {
				t.Errorf("Overrides = %v for %s", l.Overrides, l.Tool)
			}
		})
	}
}
