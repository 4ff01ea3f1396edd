package site

import (
	"fmt"
	"maps"
	"net/url"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"lectern/internal/content"
	"lectern/internal/markdown"
)

// Template tags in bodies are resolved by the markdown stage, which asks
// the model, through markdown.Tags, for what only the model knows once
// URLs are decided: other pages' URLs and site and page values. The
// rules are in docs/template-tags.md.

// refIndex finds pages by the names template tags give them.
type refIndex struct {
	// byFile is by path from the site's source ("_posts/x.md"), byPath
	// by path from the content folder, byPost by a post's name under
	// _posts without extension ("2011-06-28-x", "sub/2011-06-28-x"),
	// byStem by file name without extension; the last two may hold
	// several pages, in file order.
	byFile, byPath map[string]*Page
	// byPathFold is byPath with lower-cased keys, for a Hugo ref whose
	// case differs from the file's (see refIndex.content); of paths that
	// differ only by case it holds the first in byte order.
	byPathFold map[string]*Page
	// byFolder is the index page of each folder (a page whose path in
	// the content folder is index.* or _index.*), by the folder's path
	// from the site's source, for markdown.RefFolder.
	byFolder map[string]*Page
	// byName is for markdown.RefWiki: the pages by file name without
	// extension, lower-cased, in file order, and the published files by
	// name, lower-cased, the first in path order.
	byName         map[string][]*Page
	filesNamed     map[string]string
	byPost, byStem map[string][]*Page
	// assets are the published files by the names jekyll-assets gives
	// them (see assetNames), each the output path of the file.
	assets map[string]assetName
	// published maps a file beside the pages (Asset.Source) to where
	// it is published (Asset.Output), for markdown.RefFile.
	published map[string]string
	// The maps above are made at the first lookup (fill, once), of the
	// pages and assets the index was made of: most sites' bodies hold
	// no template tag, and an edit in place that adds or removes a page
	// makes the index again, which cost milliseconds per ten thousand
	// pages at every such edit for lookups that never came.
	once       sync.Once
	pages      []*Page
	assetFiles []Asset
	// base is the site's base path ("/blog", or ""), origin its scheme and
	// host ("https://example.org", or "").
	base, origin string
	params       map[string]string
	cfgTitle     string
	cfgDesc      string
	cfgAuthor    string
	// site and liquid run a Jekyll body's Liquid; liquid is nil on other
	// sites.
	site   *Site
	liquid *liquidSite
}

// newRefIndex indexes pages, which are in file order.
func newRefIndex(s *Site) *refIndex {
	x := &refIndex{
		pages: slices.Clone(s.Pages), assetFiles: s.Assets,
		params: s.Config.Params, cfgTitle: s.Config.Title, cfgDesc: s.Config.Description, cfgAuthor: s.Config.Author,
	}
	if u, err := url.Parse(s.Config.BaseURL); err == nil && u.Host != "" {
		x.origin = u.Scheme + "://" + u.Host
		x.base = strings.TrimSuffix(u.Path, "/")
	}
	x.site, x.liquid = s, newLiquidSite(s, x.base, x.origin)
	return x
}

// fill makes the maps of the pages and assets x was made of; lookups
// call it first (see refIndex.once).
func (x *refIndex) fill() {
	x.byFile, x.byPath, x.byFolder = map[string]*Page{}, map[string]*Page{}, map[string]*Page{}
	x.byPathFold = map[string]*Page{}
	x.byPost, x.byStem, x.byName = map[string][]*Page{}, map[string][]*Page{}, map[string][]*Page{}
	x.filesNamed = map[string]string{}
	for _, p := range x.pages {
		x.byFile[p.Doc.File] = p
		x.byPath[p.Doc.Path] = p
		if was := x.byPathFold[strings.ToLower(p.Doc.Path)]; was == nil || p.Doc.Path < was.Doc.Path {
			x.byPathFold[strings.ToLower(p.Doc.Path)] = p
		}
		if s := strings.ToLower(strings.TrimSuffix(path.Base(p.Doc.Path), path.Ext(p.Doc.Path))); s == "index" || s == "_index" {
			if dir := path.Dir(p.Doc.File); x.byFolder[dir] == nil || p.Doc.File < x.byFolder[dir].Doc.File {
				x.byFolder[dir] = p
			}
		}
		stem := strings.TrimSuffix(path.Base(p.Doc.File), path.Ext(p.Doc.File))
		x.byStem[stem] = append(x.byStem[stem], p)
		x.byName[strings.ToLower(stem)] = append(x.byName[strings.ToLower(stem)], p)
		if i := strings.LastIndex("/"+p.Doc.File, "/_posts/"); i >= 0 {
			post := strings.TrimSuffix(p.Doc.File[i+len("_posts/"):], path.Ext(p.Doc.File))
			x.byPost[post] = append(x.byPost[post], p)
		}
	}
	x.assets = assetIndex(x.assetFiles)
	x.published = make(map[string]string, len(x.assetFiles))
	for _, a := range x.assetFiles {
		x.published[a.Source] = a.Output
		name := strings.ToLower(path.Base(a.Source))
		if was, ok := x.filesNamed[name]; !ok || a.Output < was {
			x.filesNamed[name] = a.Output
		}
	}
	// The first in file order wins, whatever order the pages are in.
	for _, m := range []map[string][]*Page{x.byPost, x.byStem, x.byName} {
		for _, ps := range m {
			slices.SortFunc(ps, func(a, b *Page) int { return strings.Compare(a.Doc.File, b.Doc.File) })
		}
	}
	x.pages, x.assetFiles = nil, nil
}

// tags returns what page p's template tags may ask.
func (x *refIndex) tags(p *Page) markdown.Tags {
	t := markdown.Tags{
		URL:   func(r markdown.Ref) (string, bool) { return x.url(p, r) },
		Value: func(name string) (markdown.Value, bool) { return x.value(p, name) },
		// The document's own: no lookup, the same while it is.
		Execute:    markdown.Execute(p.Doc.Extras().Execute),
		Repository: x.site.repository,
	}
	if sc := x.site.shortcodes; sc != nil {
		t.Shortcode = func(name string) (markdown.ShortcodeTemplate, bool) { tmpl, ok := sc[name]; return tmpl, ok }
	}
	if x.liquid != nil {
		t.Liquid = func(src []byte) ([]byte, error) { return x.liquid.render(x.site, x, p, src) }
	}
	return t
}

// url is the URL of the page r names, as a link from page p.
func (x *refIndex) url(from *Page, r markdown.Ref) (string, bool) {
	x.once.Do(x.fill)
	t := r.Target
	if r.FromContent {
		// The content folder is where the linking page's path in it
		// starts in its path from the site's folder.
		if root, ok := strings.CutSuffix(from.Doc.File, from.Doc.Path); ok {
			t = path.Join(root, t)
		}
	}
	var p *Page
	switch r.Kind {
	case markdown.RefPost:
		p = first(x.byPost[strings.Trim(t, "/")])
		if p == nil && !strings.Contains(strings.Trim(t, "/"), "/") {
			// A post in a subfolder of _posts is named by its file name too.
			for name, ps := range x.byPost {
				if path.Base(name) == t && (p == nil || ps[0].Doc.File < p.Doc.File) {
					p = ps[0]
				}
			}
		}
		if p == nil {
			// A post moved out of _posts (into posts/, notes/ or blog/)
			// keeps its file name: the note of that name is the one meant.
			p = firstNote(x.byStem[path.Base(strings.Trim(t, "/"))])
		}
	case markdown.RefLink:
		p = x.byFile[strings.TrimPrefix(path.Clean("/"+t), "/")]
	case markdown.RefFolder:
		p = x.byFolder[strings.TrimPrefix(path.Clean("/"+t), "/")]
	case markdown.RefWiki:
		if ext := path.Ext(t); ext != "" && !content.IsMarkdown(t) && !strings.EqualFold(ext, ".html") {
			if out, ok := x.filesNamed[strings.ToLower(path.Base(t))]; ok {
				return x.base + EscapePath("/"+out), true
			}
			// No file: a page's name may hold a dot ([[Version 1.2]]).
		}
		if p = x.content(from, t); p == nil {
			p = first(x.byName[strings.ToLower(strings.TrimSuffix(path.Base(t), path.Ext(t)))])
		}
	case markdown.RefFile:
		out, ok := x.published[t]
		if !ok {
			return "", false
		}
		return x.base + EscapePath("/"+out), true
	case markdown.RefAsset:
		a, ok := x.assets[strings.TrimPrefix(path.Clean("/"+t), "/")]
		if !ok {
			return "", false
		}
		return x.base + EscapePath("/"+a.output), true
	default:
		p = x.content(from, t)
	}
	if p == nil {
		return "", false
	}
	if r.Kind == markdown.RefAbsolute && x.origin != "" {
		return x.origin + x.base + p.URL, true
	}
	return x.base + p.URL, true
}

// firstNote returns the first note of ps in file order, or nil.
func firstNote(ps []*Page) *Page {
	for _, p := range ps {
		if p.Doc.Kind == content.KindNote {
			return p
		}
	}
	return nil
}

// first returns the page of ps that comes first in file order (ps are in
// that order), or nil.
func first(ps []*Page) *Page {
	if len(ps) == 0 {
		return nil
	}
	return ps[0]
}

// content finds the page a Hugo ref names: a path from the content folder
// when it starts with "/", else from the page's own folder, else a file
// name anywhere in the site; each with or without its extension, and a
// folder for its index page.
func (x *refIndex) content(from *Page, t string) *Page {
	t = strings.TrimSuffix(t, "/")
	if t == "" {
		return nil
	}
	var tries []string
	if strings.HasPrefix(t, "/") {
		tries = append(tries, path.Clean(t)[1:])
	} else {
		tries = append(tries, path.Join(path.Dir(from.Doc.Path), t), path.Clean(t))
	}
	// The exact case first; then without regard to case, as Hugo finds
	// pages by lower-cased paths, so "/location/Hall.md" names
	// content/location/hall.md (and Hugo fails a build on a ref it
	// cannot resolve, so a deployed site's refs all name a page).
	for i, m := range []map[string]*Page{x.byPath, x.byPathFold} {
		for _, c := range tries {
			if i == 1 {
				c = strings.ToLower(c)
			}
			for _, name := range []string{c, c + ".md", c + "/index.md", c + "/_index.md", c + ".markdown", c + ".html"} {
				if p := m[name]; p != nil {
					return p
				}
			}
		}
	}
	if strings.Contains(t, "/") {
		return nil
	}
	stem := strings.TrimSuffix(t, path.Ext(t))
	if ps := x.byStem[stem]; len(ps) > 0 {
		return ps[0]
	}
	return first(x.byName[strings.ToLower(stem)])
}

// value is a site or page variable, as Liquid would print it.
func (x *refIndex) value(p *Page, name string) (markdown.Value, bool) {
	scope, key, _ := strings.Cut(name, ".")
	switch scope {
	case "site":
		if k, ok := strings.CutPrefix(key, "params."); ok {
			// Hugo's .Site.Params.k, by itself: no key of the site's
			// own (title, url) stands for a param of that name.
			return x.siteParam(k)
		}
		switch key {
		case "baseurl":
			return markdown.Value{Text: x.base}, true
		case "url":
			return markdown.Value{Text: x.origin}, true
		case "title":
			return markdown.Value{Text: x.cfgTitle}, true
		case "description":
			return markdown.Value{Text: x.cfgDesc}, true
		case "author":
			if x.cfgAuthor != "" {
				return markdown.Value{Text: x.cfgAuthor}, true
			}
		}
		if v, ok := x.params[key]; ok {
			return markdown.Value{Text: v}, true
		}
	case "param":
		return x.param(p, key)
	case "pageparam":
		return x.pageParam(p, key)
	case "var":
		// Quarto's {{< var key >}}: the site's params, which on a
		// Quarto site are its _variables.yml (layout).
		if v, ok := x.params[key]; ok {
			return markdown.Value{Text: v}, true
		}
	case "page":
		switch key {
		case "title":
			return markdown.Value{Text: p.Doc.Title}, true
		case "url":
			return markdown.Value{Text: p.URL}, true
		case "slug":
			return markdown.Value{Text: p.Doc.Slug}, true
		case "date":
			if !p.Doc.Date.IsZero() {
				return markdown.Value{Text: p.Doc.Date.Format("2006-01-02 15:04:05 -0700"), Time: p.Doc.Date}, true
			}
			return markdown.Value{}, false
		case "description", "summary", "excerpt":
			if p.Doc.Summary != "" {
				return markdown.Value{Text: p.Doc.Summary}, true
			}
		case "abstract":
			// Read apart from the summary beside it (content.Document.Abstract).
			if p.Doc.Extras().Abstract != "" {
				return markdown.Value{Text: p.Doc.Extras().Abstract}, true
			}
		}
		if v, ok := scalar(p.Doc.Params[key]); ok {
			return v, true
		}
		// A field lectern read into the model (published, a date;
		// authors, people) is still the page's variable as written,
		// where the front matter was kept: Franklin posts fill
		// {{published}} and {{authors}} into their text.
		return scalar(p.Doc.Front[key])
	}
	return markdown.Value{}, false
}

// scalar is a front matter value that prints as one text.
func scalar(v any) (markdown.Value, bool) {
	switch v := v.(type) {
	case string:
		return markdown.Value{Text: v}, true
	case bool, int, int64, uint64, float64:
		return markdown.Value{Text: fmt.Sprint(v)}, true
	case time.Time:
		return markdown.Value{Text: v.Format("2006-01-02 15:04:05 -0700"), Time: v}, true
	}
	return markdown.Value{}, false
}

// param is the value of Hugo's {{< param "key" >}} on page p: the page's
// front matter field, else the site's parameter, as Hugo's Page.Param
// has it. Keys are compared without regard to case, as Hugo compares
// them, and a dotted key reaches into maps.
func (x *refIndex) param(p *Page, key string) (markdown.Value, bool) {
	switch strings.ToLower(key) {
	case "title", "date", "slug", "description", "summary", "abstract":
		if v, ok := x.value(p, "page."+strings.ToLower(key)); ok && v.Text != "" {
			return v, true
		}
	}
	if v, ok := frontParam(p, key); ok {
		return v, true
	}
	return x.siteParam(key)
}

// frontParam is the value of p's front matter field key, a dotted key
// reaching into maps, keys compared without regard to case as Hugo
// compares them; false when it is not a value a text can show.
func frontParam(p *Page, key string) (markdown.Value, bool) {
	var cur any = p.Doc.Params
	for _, k := range strings.Split(key, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return markdown.Value{}, false
		}
		cur = field(m, k)
	}
	return scalar(cur)
}

// field is m[k], else the value of the first key in order that equals k
// without regard to case.
func field(m map[string]any, k string) any {
	if v, ok := m[k]; ok {
		return v
	}
	for _, name := range slices.Sorted(maps.Keys(m)) {
		if strings.EqualFold(name, k) {
			return m[name]
		}
	}
	return nil
}

// assetName is one file a jekyll-assets name stands for.
type assetName struct {
	output string
	// depth is 0 for a file right under _assets/ or assets/, 1 for one
	// under a folder of theirs or of the site's top (images/, css/).
	depth int
}

// assetTops are the folders at the top of a site that jekyll-assets
// looks in by default besides _assets/ and assets/ and their folders.
var assetTops = map[string]bool{
	"css": true, "fonts": true, "images": true, "image": true, "img": true,
	"js": true, "javascript": true, "javascripts": true, "stylesheets": true, "videos": true, "video": true,
}

// assetIndex maps each name jekyll-assets' {% asset name %} may give a
// published file to that file: its path under _assets/ or assets/, or
// under a folder in them or one of assetTops. Where two files have one
// name, the one higher up wins, then the first in path order, so the
// answer is the same on every build.
func assetIndex(assets []Asset) map[string]assetName {
	idx := map[string]assetName{}
	add := func(name string, a assetName) {
		if old, ok := idx[name]; ok && (old.depth < a.depth || old.depth == a.depth && old.output < a.output) {
			return
		}
		idx[name] = a
	}
	for _, a := range assets {
		parts := strings.Split(a.Output, "/")
		if len(parts) < 2 {
			continue
		}
		switch top := strings.ToLower(parts[0]); {
		case top == "_assets" || top == "assets":
			add(strings.Join(parts[1:], "/"), assetName{a.Output, 0})
			if len(parts) > 2 {
				add(strings.Join(parts[2:], "/"), assetName{a.Output, 1})
			}
		case assetTops[top]:
			add(strings.Join(parts[1:], "/"), assetName{a.Output, 1})
		}
	}
	return idx
}

// siteParam is the site's param key, found without regard to case as
// Hugo's are.
func (x *refIndex) siteParam(key string) (markdown.Value, bool) {
	if v, ok := x.params[key]; ok {
		return markdown.Value{Text: v}, true
	}
	for _, k := range slices.Sorted(maps.Keys(x.params)) {
		if strings.EqualFold(k, key) {
			return markdown.Value{Text: x.params[k]}, true
		}
	}
	return markdown.Value{}, false
}

// pageParam is Hugo's .Page.Params.key on page p: its front matter
// value, a dotted key reaching into maps, keys compared without regard
// to case as Hugo's are; a field lectern lifted out of the params
// (title, date, summary) is read as page.key reads it. The site's
// params are not looked at, as Hugo's .Params does not.
func (x *refIndex) pageParam(p *Page, key string) (markdown.Value, bool) {
	if v, ok := frontParam(p, key); ok {
		return v, true
	}
	if strings.Contains(key, ".") {
		return markdown.Value{}, false
	}
	return x.value(p, "page."+strings.ToLower(key))
}
