package site

import (
	"maps"
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// assets places every non-page file. A file in a folder that holds one page,
// or an index page, belongs to that page and goes beside its output, so
// that relative links from the page keep working; any other file keeps its
// path under content/. The top folder's files (a favicon, CNAME, a site's
// data) stay at the top beside a lone page there, which is no bundle.
// The files of a draft's bundle are left out with it (drafts: Build's
// Options.Drafts), as Hugo publishes nothing of a draft bundle.
func (b *builder) assets(set content.Set, drafts bool) {
	files := set.Assets
	draftDirs := draftBundles(set.Docs, drafts)
	dirPages := map[string][]*Page{}
	for _, p := range b.site.Pages {
		dir := path.Dir(p.Doc.Path)
		dirPages[dir] = append(dirPages[dir], p)
	}
	// A file a mount publishes wins over one at the same path outside it:
	// the mount is the folder the tool copies there (Franklin's _assets/
	// to assets/), and a file beside it at that path is most often a copy
	// of an earlier build committed with the sources.
	mounted := map[string]bool{}
	for _, f := range files {
		if set.Mounted(f) {
			mounted[set.Rel(f)] = true
		}
	}
	for _, f := range files {
		rel := set.Rel(f)
		if mounted[rel] && !set.Mounted(f) {
			continue
		}
		dir, name := path.Dir(rel), path.Base(rel)
		out := rel
		if inDraftBundle(draftDirs, dir, set.LeafBundles) && ownerOf(dirPages[dir], dir == ".") == nil {
			continue
		}
		if owner := ownerOf(dirPages[dir], dir == "."); owner != nil {
			out = path.Join(path.Dir(owner.Output), name)
		} else if owner, sub := bundleOf(dirPages, dir, set.LeafBundles); owner != nil {
			out = path.Join(path.Dir(owner.Output), sub, name)
		}
		// The loader skips hidden files; a name may still hold what no
		// output path may (a backslash, a control character).
		if problem, _ := urlProblem(EscapePath("/" + out)); problem != "" {
			b.diags.Errorf(diag.Pos{File: f}, "this file cannot be published: its output path %q %s; rename it", out, problem)
			continue
		}
		b.site.Assets = append(b.site.Assets, Asset{Source: f, Output: out})
	}
}

// bundleOf is, for a file in folder dir holding no page, the index page
// of the leaf bundle dir is in (Hugo's: content.Options.LeafBundles)
// and the path from the bundle's folder to dir: Hugo publishes a
// bundle's files below its page's URL, those of its sub-folders too
// (intro/slides/x.pdf beside intro/index.md), so relative links from the
// page reach them wherever the page is published.
func bundleOf(dirPages map[string][]*Page, dir string, leaf bool) (*Page, string) {
	if !leaf || len(dirPages[dir]) > 0 {
		return nil, ""
	}
	for up := path.Dir(dir); up != "."; up = path.Dir(up) {
		for _, p := range dirPages[up] {
			if strings.TrimSuffix(path.Base(p.Doc.Path), path.Ext(p.Doc.Path)) == "index" {
				rest, _ := strings.CutPrefix(dir, up+"/")
				return p, rest
			}
		}
	}
	return nil, ""
}

// ownerOf is the page that owns the assets of its folder: the index page,
// else the only page, but at the top.
func ownerOf(pages []*Page, top bool) *Page {
	for _, p := range pages {
		stem := strings.TrimSuffix(path.Base(p.Doc.Path), path.Ext(p.Doc.Path))
		if stem == "index" || stem == "_index" {
			return p
		}
	}
	if len(pages) == 1 && !top {
		return pages[0]
	}
	return nil
}

// draftBundles are the folders (under the content root, as Doc.Path)
// whose index page is a draft that Build leaves out.
func draftBundles(docs []*content.Document, drafts bool) map[string]bool {
	var out map[string]bool
	for _, d := range docs {
		stem := strings.TrimSuffix(path.Base(d.Path), path.Ext(d.Path))
		if d.Draft && !drafts && (stem == "index" || stem == "_index") {
			if out == nil {
				out = map[string]bool{}
			}
			out[path.Dir(d.Path)] = true
		}
	}
	return out
}

// inDraftBundle reports whether a file of folder dir belongs to a draft
// bundle: dir is one, or, with leaf bundles, a folder dir is in.
func inDraftBundle(draftDirs map[string]bool, dir string, leaf bool) bool {
	for d := dir; d != "." && d != "/" && len(draftDirs) > 0; d = path.Dir(d) {
		if draftDirs[d] {
			return true
		}
		if !leaf {
			break
		}
	}
	return false
}

// publishResources adds to the site's assets the files of the resource
// folder that photos and covers named (used, by output path), each at
// its path under the folder, as Hugo publishes a resource a template
// asks for its RelPermalink; the folder's other files are not published,
// as Hugo publishes none it is not asked for.
func (b *builder) publishResources(used map[string]string) {
	for _, out := range slices.Sorted(maps.Keys(used)) {
		b.site.Assets = append(b.site.Assets, Asset{Source: used[out], Output: out})
	}
}
