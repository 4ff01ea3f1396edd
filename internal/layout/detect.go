// Package layout recognises the folder layout of a site: lectern's own, or
// that of another generator (Jekyll, Hugo, Eleventy, Astro, Franklin)
// whose repository lectern reads in place. It is the adapter at the edge
// (style rule 14): it says which files are pages, which are copied as they
// are and which are the other tool's machinery, and it reads the other
// tool's site config into lectern's config.Config. Nothing past loading
// knows which tool a site was written for.
package layout

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/themes"
)

// Tool names, as printed.
const (
	Lectern  = "lectern"
	Jekyll   = "Jekyll"
	Hugo     = "Hugo"
	Eleventy = "Eleventy"
	Astro    = "Astro"
	Franklin = "Franklin"
	Quarto   = "Quarto"
	Quartz   = "Quartz"
	// Folder is a repository of markdown files that no generator
	// builds (a README tree, notes, a custom program's data): its pages
	// are its markdown files, wherever they are.
	Folder = "folder of markdown"
)

// Layout is what Detect found: where a site's pages and static files are
// and what must never be read or published.
type Layout struct {
	// Tool is the generator the site is laid out for; Lectern for
	// lectern's own layout.
	Tool string
	// Evidence is the file or folder that gave the tool away
	// ("_config.yml"); "" for lectern's layout.
	Evidence string
	// ContentDir is the folder pages are read from, relative to the
	// site root: "content" for lectern and Hugo, "." for Jekyll.
	ContentDir string
	// Dirs are further folders pages are read from, for a tool that
	// reads several (Astro's src/pages beside src/content).
	Dirs []string
	// AssetDirs are folders of files that pages name by a relative path
	// and the tool publishes (Astro's src/assets): each file is
	// published under the folder's own name (assets/x.jpg).
	AssetDirs []string
	// ResourceDir is the folder of files the tool publishes only when a
	// page or record names them (Hugo's assets/, which themes read with
	// resources.Get): a file named so is published at its path under the
	// folder (assets/images/a.png at /images/a.png), the others never;
	// "" for none.
	ResourceDir string
	// PageDirs are folders inside a data folder whose markdown files are
	// pages all the same (an Astro collection loaded from src/data/blog):
	// the data folder does not claim them (see PagesIn).
	PageDirs []string
	// StaticDir is the folder copied to the output as it is; "" when the
	// tool has none apart from its pages' folder.
	StaticDir string
	// Overrides reports whether the site's layouts/ folder holds lectern
	// template overrides: only in lectern's own layout; another tool's
	// layouts/ are its templates, which lectern cannot run.
	Overrides bool
	// ConfigFile is the other tool's site config read by Config; "" for
	// none.
	ConfigFile string
	// Mounts are folders the tool publishes at another path than their
	// own (Eleventy's addPassthroughCopy({"src/static": "/"})).
	Mounts []content.Mount
	// Collections name the collections the tool's config adds
	// (Eleventy's addCollection): a tag naming one files a page into
	// it and is no subject.
	Collections []string

	// skip leaves out a file or folder under ContentDir (path relative
	// to the site root), beside the hidden and backup files the loader
	// always leaves out.
	skip func(p string, dir bool) bool
	// fileTitles: the tool titles a page that sets no title by its file
	// name as written (FileTitles).
	fileTitles bool
	// fs is the site, for ToolData.
	fs fs.FS
}

// Same reports whether l and o read a site alike: the same tool, found
// by the same evidence, reading the same folders and config.
func (l Layout) Same(o Layout) bool {
	return l.Tool == o.Tool && l.Evidence == o.Evidence && l.ContentDir == o.ContentDir &&
		slices.Equal(l.Dirs, o.Dirs) && slices.Equal(l.AssetDirs, o.AssetDirs) && l.ResourceDir == o.ResourceDir && slices.Equal(l.PageDirs, o.PageDirs) && l.StaticDir == o.StaticDir && l.Overrides == o.Overrides &&
		l.ConfigFile == o.ConfigFile && l.fileTitles == o.fileTitles && slices.Equal(l.Mounts, o.Mounts) && slices.Equal(l.Collections, o.Collections)
}

// FileTitles reports whether the tool titles a page that sets no title
// by its file's name as written, as Quartz and Obsidian show a note's
// file name ("Peak - Notes") as its title.
func (l Layout) FileTitles() bool { return l.fileTitles }

// PagesIn reports whether p, a file or folder a data folder holds, is
// read for pages: a markdown or MDX file in one of PageDirs, or a folder
// on the way to one or inside one. MDX counts because Astro's glob
// loaders read .mdx as they read .md, and the loader reads it so in
// src/content.
func (l Layout) PagesIn(p string, dir bool) bool {
	for _, d := range l.PageDirs {
		switch {
		case dir && (p == d || strings.HasPrefix(d, p+"/") || strings.HasPrefix(p, d+"/")):
			return true
		case !dir && strings.HasPrefix(p, d+"/") && (content.IsMarkdown(p) || strings.EqualFold(path.Ext(p), ".mdx")):
			return true
		}
	}
	return false
}

// Foreign reports whether the site is laid out for another tool.
func (l Layout) Foreign() bool { return l.Tool != Lectern && l.Tool != "" }

// Describe is the line build, check, serve and inspect start with for a
// foreign site, such as "Reading a Jekyll site in place (_config.yml)";
// "" for lectern's own layout, which needs no saying.
func (l Layout) Describe() string {
	if !l.Foreign() {
		return ""
	}
	if l.Tool == Folder {
		return "Reading a folder of markdown in place (" + l.Evidence + ")"
	}
	article := "a "
	if strings.ContainsRune("AEIOU", rune(l.Tool[0])) || l.Tool == RMarkdown {
		// "an R Markdown site", as the letter is said.
		article = "an "
	}
	return "Reading " + article + l.Tool + " site in place (" + l.Evidence + ")"
}

// ToolData reports whether the file p (slash-separated, relative to the
// site root) is data the other tool's templates read for the pages
// beside it, never records of pages of its own: Eleventy's directory
// and template data files (talks/talks.json, intro.11tydata.json), which
// say a folder's layout and collection tags.
func (l Layout) ToolData(p string) bool {
	return l.Tool == Eleventy && l.fs != nil && isEleventyData(l.fs, p) || l.DirData(p)
}

// DirData reports whether the file p (slash-separated, relative to the
// site root) gives pages front matter values: Eleventy's directory data,
// a file named after its folder (talks/talks.json,
// talks/talks.11tydata.json), for the pages below it, and its template
// data (talks/intro.json, intro.11tydata.json beside talks/intro.md) for
// the page of its name. A Jekyll site reads
// such a file in a collection's folder so too: Jekyll gives it no
// meaning (its data is in _data/), and an Eleventy site, whose default
// folders are Jekyll's (_includes, _layouts, _data), is read as Jekyll
// when its config is not found. On a Quarto site it is a folder's
// _metadata.yml, for the pages below it.
func (l Layout) DirData(p string) bool {
	switch l.Tool {
	case Eleventy:
		return l.fs != nil && isEleventyData(l.fs, p)
	case Jekyll:
		rel := p
		if l.ContentDir != "." {
			rel = strings.TrimPrefix(p, l.ContentDir+"/")
		}
		return strings.HasPrefix(rel, "_") && dirNamed(p)
	case Quarto:
		// Quarto's directory metadata, merged into the front matter
		// of every document below its folder.
		base := path.Base(p)
		return base == "_metadata.yml" || base == "_metadata.yaml"
	}
	return false
}

// Cascades reports whether the page p (slash-separated, relative to the
// site root) gives the pages below its folder values: a Hugo section's
// _index.md, whose front matter's cascade its descendants inherit.
func (l Layout) Cascades(p string) bool {
	return l.Tool == Hugo && strings.HasPrefix(path.Base(p), "_index.")
}

// dirNamed reports whether p is a data file named after its folder.
func dirNamed(p string) bool {
	base := path.Base(p)
	stem, ok := strings.CutSuffix(base, ".json")
	if !ok {
		stem, ok = strings.CutSuffix(base, ".11tydata.js")
	}
	stem = strings.TrimSuffix(stem, ".11tydata")
	return ok && stem != "" && stem == path.Base(path.Dir(p))
}

// Skip reports whether the file or folder p (slash-separated, relative to
// the site root) is left out of the site: the other tool's machinery,
// what its config excludes, collections it does not publish.
func (l Layout) Skip(p string, dir bool) bool {
	if l.skip == nil {
		return false
	}
	return l.skip(p, dir)
}

// RoutesByPath reports whether the tool publishes a page at its file's
// path under its content folder unless its config sets a pattern (Hugo's
// /posts/hello/ for content/posts/hello.md, Eleventy's and Astro's, and
// the folder trees of Franklin, Quarto and plain markdown), where lectern
// files talks, notes and reading lists under /talks/, /notes/ and
// /reading/. Jekyll has patterns of its own, read from its config.
func (l Layout) RoutesByPath() bool {
	switch l.Tool {
	case Hugo, Eleventy, Astro, Franklin, Quarto, RMarkdown, Quartz, Folder:
		return true
	}
	return false
}

// PermalinkOnly reports whether the tool sets a page's own URL with the
// permalink field alone, so that a url field is the author's data (often
// a link to another page, as on a card): Jekyll and Eleventy read
// permalink, and Astro routes pages by their file. lectern and Hugo read
// url as the page's URL.
func (l Layout) PermalinkOnly() bool {
	switch l.Tool {
	case Jekyll, Eleventy, Astro:
		return true
	}
	return false
}

// RecordPermalinkOnly reports whether a data file's record reads its
// own URL from its permalink field alone, its url being the author's
// data (a talk's recording, the event's page, a speaker's site). Only
// lectern publishes a record at its url: Hugo, Franklin and the other
// tools make no page of a data record, and Jekyll's and Eleventy's
// generators place one by the permalink their config or template gives
// (config.Permalinks.Records), so on their sites a record's url is a
// link, as their templates use it.
func (l Layout) RecordPermalinkOnly() bool {
	return l.PermalinkOnly() || l.Foreign()
}

// Native is lectern's own layout.
func Native() Layout {
	return Layout{Tool: Lectern, ContentDir: "content", StaticDir: "static", Overrides: true}
}

// native is lectern's layout for fsys: its layouts/ are lectern's
// overrides unless none of its files has the name of a template of
// lectern's theme, as in a blog whose own Go program renders content/
// with layouts/; such templates would fail on functions lectern lacks,
// and would override nothing anyway.
func native(fsys fs.FS) Layout {
	l := Native()
	found, ours := false, false
	fs.WalkDir(fsys, "layouts", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		found = true
		if themes.IsTemplate(strings.TrimPrefix(p, "layouts/")) {
			ours = true
			return fs.SkipAll
		}
		return nil
	})
	if found && !ours {
		l.Overrides = false
	}
	return l
}

// eleventyConfigs and astroConfigs are the names of those tools'
// config files, the first found read.
var (
	eleventyConfigs = []string{".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs", "eleventy.config.ts"}
	astroConfigs    = []string{"astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts", "astro.config.cjs"}
)

// Detect looks at the top of fsys and returns its layout. lectern's own
// layout wins whenever it is there: a content/ folder that is not Hugo's,
// nor beside another tool's config without a config.toml (Eleventy's base
// blog reads its pages from content/).
// The site's lectern output, public/ holding lectern's marker, is never
// read as input.
func Detect(fsys fs.FS) Layout {
	has := func(name string) bool { _, err := fs.Stat(fsys, name); return err == nil }
	first := func(names ...string) string {
		for _, n := range names {
			if has(n) {
				return n
			}
		}
		return ""
	}
	// Hugo reads its config file by any of its formats' extensions,
	// .yml as well as .yaml.
	if f := first("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"); f != "" {
		return hugo(f)
	}
	if has("config.toml") && hugoConfig(fsys, "config.toml") {
		return hugo("config.toml")
	}
	if has(QuartzConfig) && has("content") {
		return quartz(fsys)
	}
	if has("content") && !has("config.toml") {
		if f := hugoConfigDir(fsys); f != "" {
			return hugo(f)
		}
	}
	if has("content") {
		if !has("config.toml") {
			if f := first("config.yaml", "config.yml", "config.json"); f != "" && (has("archetypes") || hugoConfig(fsys, f)) {
				return hugo(f)
			}
			if has("archetypes") {
				return hugo("archetypes")
			}
			// Another tool's config beats a folder named content/, which
			// Eleventy's base blog reads its pages from (dir.input).
			if f := first(eleventyConfigs...); f != "" {
				return eleventy(fsys, f)
			}
			if f := first(astroConfigs...); f != "" {
				return astro(fsys, f)
			}
			if f := first("_config.yml", "_config.yaml"); f != "" {
				return jekyll(fsys, f)
			}
			if dependsOn(fsys, "@11ty/eleventy") {
				return eleventy(fsys, "package.json")
			}
		}
		return native(fsys)
	}
	if f := first("_config.yml", "_config.yaml"); f != "" {
		return jekyll(fsys, f)
	}
	if f := first(eleventyConfigs...); f != "" {
		return eleventy(fsys, f)
	}
	if f := first(astroConfigs...); f != "" {
		return astro(fsys, f)
	}
	if dependsOn(fsys, "@11ty/eleventy") {
		// A site whose config is not at hand (or, in Eleventy 3,
		// not needed): the package it is built with says it.
		return eleventy(fsys, "package.json")
	}
	if has(FranklinConfig) && has("_layout") {
		return franklin()
	}
	if has("_quarto.yml") {
		return quarto()
	}
	// Before _posts/: a distill blog keeps its posts there too.
	if has(RMarkdownConfig) {
		return rmarkdown(fsys)
	}
	if f := first("_posts", "_layouts"); f != "" {
		return jekyll(fsys, f)
	}
	if has("src/content") || has("src/pages") {
		return astro(fsys, astroEvidence(fsys))
	}
	// Jekyll with its source: folder set, as DjangoCon's src/.
	if f := first("src/_config.yml", "src/_layouts", "src/_posts", "src/_includes"); f != "" {
		return jekyllIn(fsys, "src", f)
	}
	if has("config.toml") {
		return native(fsys)
	}
	// A Hugo site with no content/ at all, whose theme makes every page
	// from the config and data/ (hugo-conference keeps the whole
	// programme in config.yml's params): its config's Hugo keys and
	// its theme say it, before its README could make it a folder of
	// markdown.
	if f := first("config.yaml", "config.yml", "config.json"); f != "" && hugoConfig(fsys, f) && (has("themes") || has("layouts") || has("archetypes") || hugoThemed(fsys, f)) {
		return hugo(f)
	}
	if hasMarkdown(fsys, ".", 2) {
		l := folder()
		// An Obsidian vault: its notes are titled by their file names.
		l.fileTitles = has(".obsidian")
		return l
	}
	return Native() // so that the loader says content/ is missing
}

// hasMarkdown reports whether dir or its folders, down to depth levels,
// hold a markdown file.
func hasMarkdown(fsys fs.FS, dir string, depth int) bool {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		if !e.IsDir() {
			switch strings.ToLower(path.Ext(name)) {
			case ".mdx", ".qmd", ".rmd":
				return true
			}
			if content.IsMarkdown(name) {
				return true
			}
			continue
		}
		if depth > 1 && hasMarkdown(fsys, path.Join(dir, name), depth-1) {
			return true
		}
	}
	return false
}

func quarto() Layout {
	return Layout{Tool: Quarto, Evidence: "_quarto.yml", ContentDir: ".", ConfigFile: "_quarto.yml", skip: func(p string, dir bool) bool {
		// Quarto leaves out every name starting with an underscore.
		return strings.HasPrefix(path.Base(p), "_") || packageFiles[strings.ToLower(top(p))] || (!dir && isScript(p))
	}}
}

// folderMachinery are folders that hold a program's templates or
// dependencies in a repository no known generator builds.
var folderMachinery = topIn("templates", "layouts", "views", "models", "partials", "includes", "tools", "scripts", "bin")

// folderConfig are the config files at the top of a folder of markdown
// (lectern's own config.toml makes it lectern's layout): the settings of
// whatever program builds it, never a page nor a file to publish.
var folderConfig = topIn("config.yml", "config.yaml", "config.json")

func folder() Layout {
	return Layout{Tool: Folder, Evidence: "no content/ folder", ContentDir: ".", skip: func(p string, dir bool) bool {
		t := strings.ToLower(top(p))
		return packageFiles[t] || folderMachinery[t] || strings.HasPrefix(path.Base(p), "_") || (!dir && (isScript(p) || folderConfig[strings.ToLower(p)]))
	}}
}

// topIn returns a skip function leaving out the top-level names given,
// compared without regard to case.
func topIn(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[strings.ToLower(n)] = true
	}
	return m
}

// top is the first component of p.
func top(p string) string {
	t, _, _ := strings.Cut(p, "/")
	return t
}

// packageFiles are the files of language package managers and CI, at the
// top of any site: never pages, never published.
var packageFiles = topIn("Gemfile", "Gemfile.lock", "package.json", "package-lock.json", "yarn.lock",
	"pnpm-lock.yaml", "bun.lockb", "Rakefile", "Makefile", "netlify.toml", "vercel.json", "Dockerfile",
	"docker-compose.yml", "requirements.txt", "Pipfile", "Pipfile.lock", "pyproject.toml", "tsconfig.json",
	"Project.toml", "Manifest.toml", "node_modules", "vendor", "public", "__pycache__", "go.mod", "go.sum",
	"runtime.txt", "Procfile", "setup.py", "setup.cfg", "tox.ini", "poetry.lock", "uv.lock", "environment.yml",
	"Cargo.toml", "Cargo.lock", "composer.json", "composer.lock", "deno.json", "pnpm-workspace.yaml",
	"renovate.json", "mkdocs.yml", "Justfile", "Brewfile")

func hugo(evidence string) Layout {
	return Layout{Tool: Hugo, Evidence: evidence, ContentDir: "content", StaticDir: "static", ResourceDir: "assets", ConfigFile: configOf(evidence)}
}

func configOf(evidence string) string {
	if strings.Contains(evidence, ".") || evidence == HugoConfigDir {
		return evidence
	}
	return ""
}

// isScript reports whether a file is a template or program of the other
// tool, never a page nor a file to publish at the top of its input.
func isScript(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".njk", ".liquid", ".11ty.js", ".cjs", ".mjs", ".ts", ".hbs", ".ejs", ".pug", ".astro", ".jl", ".rb", ".haml":
		return true
	}
	return strings.HasSuffix(p, ".11ty.js") || (path.Dir(p) == "." && strings.HasSuffix(p, ".js"))
}
