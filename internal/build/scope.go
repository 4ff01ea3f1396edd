package build

import (
	"slices"
	"strings"

	"lectern/internal/config"
	"lectern/internal/layout"
)

// scope is what a set of changed files calls for.
type scope struct {
	config, templates, static, content bool
}

func (c scope) none() bool { return !c.config && !c.templates && !c.static && !c.content }

func (s *Session) scope(changed []string) scope {
	if changed == nil || s.outputs == nil {
		return scope{config: true, templates: true, static: true, content: true}
	}
	if !layout.Detect(s.fsys).Same(s.layout) {
		// A file added or removed tells another tool's site, or none
		// (the last markdown file of a folder of notes): the site is
		// read anew, as a build would read it.
		return scope{config: true, templates: true, static: true, content: true}
	}
	var c scope
	for _, f := range changed {
		if layout.IsReadme(f) && !c.config {
			// The README names a site no config names: an edit that
			// renames it is a change of the config's title.
			if cfg, _ := s.layout.Config(s.fsys); cfg.Title != s.cfg.Title {
				c.config = true
			}
		}
		switch {
		case Ignored(f, false):
		case f == config.FileName, s.layout.Foreign() && f == s.layout.ConfigFile,
			s.layout.Tool == layout.Franklin && (f == layout.FranklinConfig || layout.IsFranklinNav(f)),
			s.layout.Tool == layout.Quarto && f == layout.QuartoVariables,
			s.layout.Tool == layout.Hugo && strings.HasPrefix(f, layout.HugoConfigDir+"/"),
			s.layout.Tool == layout.Astro && slices.Contains(layout.AstroSiteObjects, f): // the consts files among them
			c.config = true
		case dataOptions(s.layout, s.cfg, nil).Claims(f), s.layout.Cascades(f), shortcodeFile(s.layout, f):
			// A data file may add to any page and any template, a
			// section's cascade to each page below it: the whole site
			// is built again.
			c.config = true
		case s.layout.Foreign() && s.machinery(f):
			// Another tool's machinery, which no build reads and the
			// watcher does not follow.
		case s.layout.Foreign() && s.pageFile(f):
			c.content = true
		case s.layout.Foreign():
			// Another tool's site: what is not skipped may be a page,
			// an asset or a static file, wherever it is.
			c.static, c.content = true, true
		case strings.HasPrefix(f, "layouts/"), strings.HasPrefix(f, "themes/") && strings.Contains(f, "/layouts/"):
			c.templates = true
		case strings.HasPrefix(f, "static/"), strings.HasPrefix(f, "themes/"):
			c.static = true
		case strings.HasPrefix(f, "content/"), f == "content":
			c.content = true
		}
	}
	return c
}

// machinery reports whether f is in what the layout of another tool's
// site leaves out (its own templates, scripts, the repository's
// documents), and neither the README, which may name the site, nor the
// data files and includes lectern reads (Watched).
func (s *Session) machinery(f string) bool {
	if layout.IsReadme(f) || Watched(s.layout, f) {
		return false
	}
	for i := range len(f) {
		if f[i] == '/' && s.layout.Skip(f[:i], true) {
			return true
		}
	}
	return s.layout.Skip(f, false)
}

// pageFile reports whether f is a page file the last walk read as a page,
// or a new one it would read (newPageFile): on another tool's site, a
// file that is only content, not a static file too.
func (s *Session) pageFile(f string) bool {
	if !isPageFile(f) {
		return false
	}
	if st, ok := s.files[f]; ok {
		return st.doc != nil
	}
	return s.newPageFile(f)
}
