package layout

import (
	"io/fs"
	"path"
	"slices"
	"strings"
)

// RMarkdown is the tool of an R Markdown website (rmarkdown's
// render_site, a distill blog), told by its _site.yml.
const RMarkdown = "R Markdown"

// RMarkdownConfig is an R Markdown website's config (rmarkdown's
// render_site, and the distill package's blogs): its name, title,
// description, base_url, navbar and output_dir.
const RMarkdownConfig = "_site.yml"

// distillPosts is the collection of a distill blog's posts, each in a
// folder of its own (_posts/2020-11-19-hello/hello.Rmd), which distill
// publishes at /posts/<folder>/.
const distillPosts = "posts"

// rmarkdown is the layout of an R Markdown website: its pages are the
// .Rmd and .md files at its top (about.Rmd at about.html), a distill
// blog's posts are in _posts/, and those of each other collection its
// _site.yml declares (collections: {talks: …}) in a folder of the
// collection's name after an underscore (_talks/). Like Quarto,
// render_site leaves out every name starting with an underscore but the
// collections', and the site's output
// folder (output_dir, _site by default), R's scripts, projects, data
// and package environments (analysis.R, site.Rproj, renv/). The .html file rendered beside
// each page's source (about.html beside about.Rmd, and each post's) is
// that page's output, committed with it, not a second page.
func rmarkdown(fsys fs.FS) Layout {
	out, cols := siteFolders(fsys)
	return Layout{Tool: RMarkdown, Evidence: RMarkdownConfig, ContentDir: ".", ConfigFile: RMarkdownConfig, skip: func(p string, dir bool) bool {
		t := top(p)
		if c, ok := strings.CutPrefix(t, "_"); ok && slices.Contains(cols, c) {
			return !dir && renderedBeside(fsys, p)
		}
		if strings.HasPrefix(path.Base(p), "_") || packageFiles[strings.ToLower(t)] || rMachinery[strings.ToLower(t)] || (out != "" && t == out) {
			return true
		}
		return !dir && (isScript(p) || rFiles[strings.ToLower(path.Ext(p))] || renderedBeside(fsys, p))
	}}
}

// rMachinery are the files and folders render_site never copies to the
// site: R's package environments and deployment records.
var rMachinery = topIn("renv", "renv.lock", "packrat", "rsconnect")

// rFiles are the extensions of R's scripts, projects and data, which
// render_site leaves out of the site.
var rFiles = topIn(".r", ".rproj", ".rdata", ".rds")

// siteFolders reads an R Markdown website's _site.yml for its folders:
// out is the folder the site is rendered to, as output_dir names it
// ("docs" for GitHub Pages), when it is a folder at the top, "" otherwise
// (the default _site starts with an underscore, so it is left out
// anyway); cols are its distill collections, posts first, then those
// collections: names, a mapping or a list, in sorted order.
func siteFolders(fsys fs.FS) (out string, cols []string) {
	cols = []string{distillPosts}
	src, err := fs.ReadFile(fsys, RMarkdownConfig)
	if err != nil {
		return "", cols
	}
	var m struct {
		OutputDir   string `yaml:"output_dir"`
		Collections any    `yaml:"collections"`
	}
	if unmarshalYAML(RMarkdownConfig, src, &m, nil) != nil {
		return "", cols
	}
	var names []string
	switch c := m.Collections.(type) {
	case map[string]any:
		for k := range c {
			names = append(names, k)
		}
	case []any:
		for _, k := range c {
			names = append(names, str(k))
		}
	}
	slices.Sort(names)
	for _, n := range names {
		if n != "" && !strings.ContainsAny(n, "/\\ .") && !slices.Contains(cols, n) {
			cols = append(cols, n)
		}
	}
	d := path.Clean(strings.Trim(strings.TrimSpace(m.OutputDir), "/"))
	if d == "." || d == ".." || strings.Contains(d, "/") {
		d = ""
	}
	return d, cols
}

// renderedBeside reports whether p is an .html file rendered from the
// R Markdown or markdown file of its name beside it.
func renderedBeside(fsys fs.FS, p string) bool {
	return renderedFrom(fsys, p) != ""
}

// renderedFrom is the R Markdown or markdown file beside p, an .html
// file, that render_site renders to p; "" when p is no .html file or
// none is there.
func renderedFrom(fsys fs.FS, p string) string {
	ext := path.Ext(p)
	if !strings.EqualFold(ext, ".html") {
		return ""
	}
	stem := strings.TrimSuffix(p, ext)
	for _, e := range []string{".Rmd", ".rmd", ".Rmarkdown", ".md"} {
		if _, err := fs.Stat(fsys, stem+e); err == nil {
			return stem + e
		}
	}
	return ""
}

// rmarkdown reads _site.yml: the site's title (else its name), its
// description, base_url and navbar, which has Quarto's shape (left and
// right lists of {text, href} or {icon, href}). Pages are published as
// render_site writes them, each at its path as an .html file, and a
// distill post at /posts/<its folder>/, a collection's at
// /<collection>/<its folder>/.
func (f *foreign) rmarkdown(fsys fs.FS) {
	f.c.Permalinks.Pages = "/:path.html"
	if f.c.Permalinks.Folders == nil {
		f.c.Permalinks.Folders = map[string]string{}
	}
	_, cols := siteFolders(fsys)
	for _, c := range cols {
		f.c.Permalinks.Folders["_"+c] = "/" + c + "/:folder/"
	}
	src := f.read(fsys, RMarkdownConfig)
	if src == nil {
		return
	}
	var m struct {
		Name        any            `yaml:"name"`
		Title       any            `yaml:"title"`
		Description any            `yaml:"description"`
		BaseURL     string         `yaml:"base_url"`
		Navbar      map[string]any `yaml:"navbar"`
	}
	if err := unmarshalYAML(f.file, src, &m, f.warnAt); err != nil {
		f.diags.Errorf(yamlPos(f.file, err), "cannot parse %s: %s", f.file, yamlMessage(err))
		return
	}
	if m.Title != nil {
		f.title(m.Title)
	} else {
		f.title(m.Name)
	}
	f.description(m.Description)
	f.baseURL("base_url", m.BaseURL)
	if m.Navbar != nil {
		f.quartoMenu(m.Navbar)
		// The navbar names the pages' rendered files (about.html),
		// lectern's menu their sources (about.Rmd).
		for i, it := range f.c.Menu {
			if src := renderedFrom(fsys, strings.TrimPrefix(it.Page, "/")); src != "" {
				f.c.Menu[i].Page = src
			}
		}
	}
}
