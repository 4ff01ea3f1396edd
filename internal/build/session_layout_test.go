package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSessionReadsTheLayoutAnew checks that a file added or removed that
// tells the site's layout anew (another tool's config, the last markdown
// file of a folder of notes) makes the preview read the site as a fresh
// build reads it, not as it first read it; and that a failing site stays
// failing, and says so, when a file it does not read is saved.
func TestSessionReadsTheLayoutAnew(t *testing.T) {
	dir, s := startSession(t, `
-- notes.md --
# Notes

Some notes.
-- other.md --
# Other

More notes.
`)
	ctx := context.Background()
	steps := []struct {
		name   string
		change func()
		file   string
	}{
		{"a Jekyll config added", func() { edit(t, dir, "_config.yml", "title: Jekyll notes\n") }, "_config.yml"},
		{"the Jekyll config removed", func() { remove(t, dir, "_config.yml") }, "_config.yml"},
		{"one of two notes removed", func() { remove(t, dir, "other.md") }, "other.md"},
		{"the last note removed", func() { remove(t, dir, "notes.md") }, "notes.md"},
		// The site fails now; a file it does not read leaves it failing.
		{"a file beside it saved", func() { edit(t, dir, "todo.txt", "later\n") }, "todo.txt"},
		{"a note added again", func() { edit(t, dir, "notes.md", "# Back\n\nAgain.\n") }, "notes.md"},
	}
	for _, st := range steps {
		st.change()
		_, diags := s.Rebuild(ctx, []string{st.file})
		t.Run(st.name, func(t *testing.T) { sameAsFullBuild(t, s, dir, diags) })
	}
}

func remove(t *testing.T, dir, name string) {
	t.Helper()
	if err := os.Remove(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
		t.Fatal(err)
	}
}

// TestSessionHugoConfigFolder checks that the preview reads an edit of a
// file of Hugo's config folder (config/_default/params.yaml) as an edit
// of the config, as a fresh build reads it.
func TestSessionHugoConfigFolder(t *testing.T) {
	dir, s := startSession(t, `
-- config/_default/hugo.yaml --
title: Folder Conf
-- config/_default/params.yaml --
description: First words
-- content/talk/a/index.md --
---
title: A talk
speakers: [Ada]
date: 2024-05-01T10:00:00Z
---
Body.
`)
	ctx := context.Background()
	edit(t, dir, "config/_default/params.yaml", "description: Second words\n")
	_, diags := s.Rebuild(ctx, []string{"config/_default/params.yaml"})
	sameAsFullBuild(t, s, dir, diags)
	if home := body(t, s, "index.html"); !strings.Contains(home, "Second words") {
		t.Errorf("the home page lacks the new description:\n%s", home)
	}
}

// TestSessionAstroConsts checks that the preview reads an edit of the
// Astro blog starter's src/consts.ts, which names the site, as an edit
// of the config.
func TestSessionAstroConsts(t *testing.T) {
	dir, s := startSession(t, `
-- astro.config.mjs --
export default { site: 'https://astro.example.org' }
-- src/consts.ts --
export const SITE_TITLE = 'First title';
-- src/content/blog/a.md --
---
title: A post
pubDate: 'Jul 08 2022'
---
Body.
`)
	edit(t, dir, "src/consts.ts", "export const SITE_TITLE = 'Second title';\n")
	_, diags := s.Rebuild(context.Background(), []string{"src/consts.ts"})
	sameAsFullBuild(t, s, dir, diags)
	if home := body(t, s, "index.html"); !strings.Contains(home, "Second title") {
		t.Errorf("the home page lacks the new title:\n%s", home)
	}
	// AstroPaper's src/config.ts, added: its SITE object names the site.
	edit(t, dir, "src/consts.ts", "export const SITE_DESCRIPTION = 'Words';\n")
	edit(t, dir, "src/config.ts", "export const SITE = {\n  title: \"Third title\",\n};\n")
	_, diags = s.Rebuild(context.Background(), []string{"src/consts.ts", "src/config.ts"})
	sameAsFullBuild(t, s, dir, diags)
	edit(t, dir, "src/config.ts", "export const SITE = {\n  title: \"Fourth title\",\n};\n")
	_, diags = s.Rebuild(context.Background(), []string{"src/config.ts"})
	sameAsFullBuild(t, s, dir, diags)
	if home := body(t, s, "index.html"); !strings.Contains(home, "Fourth title") {
		t.Errorf("the home page lacks the title of src/config.ts:\n%s", home)
	}
}

// TestSessionAstroAssets checks that an Astro site's src/assets is
// published under assets/, so that a hero image named by a relative path
// shows, and that the preview follows a picture added there and a post
// naming it.
func TestSessionAstroAssets(t *testing.T) {
	dir, s := startSession(t, `
-- astro.config.mjs --
export default { site: 'https://astro.example.org' }
-- src/assets/hero.png --
not really a png
-- src/content/blog/a.md --
---
title: A post
pubDate: 'Jul 08 2022'
heroImage: '../../assets/hero.png'
---
Body.
`)
	if page := body(t, s, "blog/a/index.html"); !strings.Contains(page, `src="/assets/hero.png"`) {
		t.Errorf("the post does not show its hero image at /assets/hero.png:\n%s", page)
	}
	if got := body(t, s, "assets/hero.png"); got != "not really a png\n" {
		t.Errorf("assets/hero.png holds %q", got)
	}
	edit(t, dir, "src/assets/second.png", "another\n")
	edit(t, dir, "src/content/blog/a.md", "---\ntitle: A post\npubDate: 'Jul 08 2022'\nheroImage: '../../assets/second.png'\n---\nBody.\n")
	_, diags := s.Rebuild(context.Background(), []string{"src/assets/second.png", "src/content/blog/a.md"})
	sameAsFullBuild(t, s, dir, diags)
	if page := body(t, s, "blog/a/index.html"); !strings.Contains(page, `src="/assets/second.png"`) {
		t.Errorf("the post does not show its new hero image:\n%s", page)
	}
}

// TestSessionLeafBundles checks that the preview follows a Hugo leaf
// bundle's index coming and going: the markdown beside it stops, then
// starts again, being pages, as a fresh build reads them.
func TestSessionLeafBundles(t *testing.T) {
	dir, s := startSession(t, `
-- config.toml --
baseURL = "https://example.org/"
title = "Bundles"
-- content/home/about.md --
---
title: Biography
---
About me.
-- content/home/hero.md --
---
title: Hero
---
Hello.
-- content/post/first/index.md --
---
title: First
date: 2024-01-01
---
Body.
`)
	for _, st := range []step{
		{"a headless index added", "content/home/index.md", "---\nheadless: true\n---\n"},
		{"a resource edited", "content/home/about.md", "---\ntitle: Biography\n---\nAbout me, again.\n"},
		{"a bundle's page edited", "content/post/first/index.md", "---\ntitle: First\ndate: 2024-01-01\n---\nAnother body.\n"},
		{"a resource added", "content/post/first/notes.md", "---\ntitle: Notes\n---\nNotes.\n"},
		{"the index removed", "content/home/index.md", ""},
	} {
		applySteps(t, dir, s, []step{st})
		if _, ok := s.Output("home/about/index.html"); ok == (st.name != "the index removed") {
			t.Errorf("%s: home/about/ published: %v", st.name, ok)
		}
	}
}

// TestSessionQuartoVariables checks that the preview reads an edit of a
// Quarto project's _variables.yml, whose values pages print with
// {{< var >}}, as an edit of the config.
func TestSessionQuartoVariables(t *testing.T) {
	dir, s := startSession(t, `
-- _quarto.yml --
website:
  title: Stats
  site-url: https://stats.example.org
-- _variables.yml --
course: STA 101
-- syllabus.qmd --
---
title: Syllabus
---
Welcome to {{< var course >}}.
`)
	if got := body(t, s, "syllabus.html"); !strings.Contains(got, "Welcome to STA 101.") {
		t.Errorf("the page lacks the variable:\n%s", got)
	}
	edit(t, dir, "_variables.yml", "course: STA 102\n")
	_, diags := s.Rebuild(context.Background(), []string{"_variables.yml"})
	sameAsFullBuild(t, s, dir, diags)
	if got := body(t, s, "syllabus.html"); !strings.Contains(got, "Welcome to STA 102.") {
		t.Errorf("the page lacks the edited variable:\n%s", got)
	}
}

// TestSessionQuartoInclude: a Quarto page shows the text of the file its
// {{< include >}} names, and an edit of that file, which is no page of
// its own, shows in the preview as the build would show it.
func TestSessionQuartoInclude(t *testing.T) {
	dir, s := startSession(t, `
-- _quarto.yml --
website:
  title: Talks
-- talks/_bio.qmd --
Ada writes compilers.
-- talks/keynote.qmd --
---
title: Keynote
---
About the talk.

{{< include _bio.qmd >}}
`)
	if got := body(t, s, "talks/keynote.html"); !strings.Contains(got, "Ada writes compilers.") {
		t.Errorf("the page lacks the included text:\n%s", got)
	}
	edit(t, dir, "talks/_bio.qmd", "Ada writes parsers.\n")
	_, diags := s.Rebuild(context.Background(), []string{"talks/_bio.qmd"})
	sameAsFullBuild(t, s, dir, diags)
	if got := body(t, s, "talks/keynote.html"); !strings.Contains(got, "Ada writes parsers.") {
		t.Errorf("the page lacks the edited include:\n%s", got)
	}
}
