package site

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// The Liquid of a Jekyll page's body (a loop over site.talks, an include
// of the site's) sees the site as Jekyll gives it: its config, its data
// files, its posts, collections and pages, each document its front
// matter by the keys it was written with, its url, date, slug and
// collection, and its content: its body as HTML, read again from its
// file when a page's Liquid asks (Jekyll prints a document as its
// content). A page whose Liquid showed a body makes every body edit
// check the Liquid pages again (showsBodies). See docs/template-tags.md.

// liquidSite is what a site's Liquid reads of it, made once per model,
// when the first page that needs it asks.
type liquidSite struct {
	run  *markdown.Liquid
	once sync.Once
	vars map[string]any
	// pages are the variables of each page, by page.
	pages map[*Page]map[string]any
	// eleventy is set for an Eleventy site, whose Liquid sees other
	// variables (eleventy.go).
	eleventy bool
	// bodies is set once a page's Liquid has read a document's content:
	// from then on, an edit of a body may change other pages.
	bodies atomic.Bool
}

// showsBodies reports whether a page's Liquid has shown a document's
// content, so that an edit of any body may change what it shows.
func (l *liquidSite) showsBodies() bool { return l != nil && l.bodies.Load() }

// newLiquidSite returns the Liquid of s when its bodies are Liquid (a
// Jekyll site: includes is its _includes folder, never nil then).
func newLiquidSite(s *Site, base, origin string) *liquidSite {
	if s.includes == nil {
		return nil
	}
	run := markdown.NewLiquid(s.includes, s.readFile, base, origin)
	if !s.eleventy {
		sch := newScholar(s.Config.Settings, s.bibs, base)
		run.Tag("bibliography", sch.bibliography)
		run.Tag("cite", sch.cite)
		run.Filter("datapage_url", dataPageURL(s.Config.Permalinks))
	}
	return &liquidSite{run: run, eleventy: s.eleventy}
}

// render runs src, the body of p, as Liquid.
func (l *liquidSite) render(s *Site, x *refIndex, p *Page, src []byte) ([]byte, error) {
	if l.eleventy {
		l.once.Do(func() { l.makeEleventy(s) })
		return l.run.RenderWith(src, l.eleventyBindings(p))
	}
	l.once.Do(func() { l.make(s, x) })
	return l.run.Render(p.Doc.File, src, l.vars, l.pages[p])
}

// forget drops the variables made, for a model edited in place (see
// Site.Patch); the next page asking makes them again. Nothing may run
// Liquid meanwhile.
func (l *liquidSite) forget() {
	if l != nil {
		l.once, l.vars, l.pages = sync.Once{}, nil, nil
	}
}

// make builds the site's variables from the model, whose URLs are
// decided. It reads nothing a page's conversion writes.
func (l *liquidSite) make(s *Site, x *refIndex) {
	l.pages = make(map[*Page]map[string]any, len(s.Pages))
	vars := maps.Clone(s.Config.Settings)
	if vars == nil {
		vars = map[string]any{}
	}
	for _, k := range slices.Sorted(maps.Keys(s.Config.Params)) {
		if !hasPath(vars, k) {
			setPath(vars, k, s.Config.Params[k])
		}
	}
	vars["title"] = s.Config.Title
	vars["description"] = s.Config.Description
	vars["author"] = s.Config.Author
	vars["url"] = x.origin
	vars["baseurl"] = x.base
	vars["time"] = s.Updated
	vars["data"] = s.Data
	// Dates are made values the Liquid engine compares (sort: 'date',
	// {% if a.date > b.date %}); the model's own maps are not touched.
	vars = markdown.LiquidDates(vars).(map[string]any)
	groups := map[string][]*Page{}
	docs := make(map[*Page]markdown.LiquidDocument, len(s.Pages))
	sep, _ := s.Config.Settings["excerpt_separator"].(string)
	for _, p := range s.Pages {
		l.pages[p] = markdown.LiquidDates(pageVars(p)).(map[string]any)
		if c := collectionOf(p.Doc.File); c != "data" {
			groups[c] = append(groups[c], p)
			// In a list, the page is a document, which prints as its
			// content; its own page variable has no content, as the
			// page's own body is what is being run.
			doc := markdown.LiquidDocument(maps.Clone(l.pages[p]))
			read := l.bodyOf(s, p.Doc.File, p.Doc.BodyLine)
			if _, ok := doc["content"]; !ok {
				doc["content"] = markdown.NewLiquidContent(p.Doc.File, read)
			}
			if _, ok := doc["excerpt"]; !ok && c != "" {
				// Jekyll's excerpt of a post or a collection's
				// document (not of a page): its first paragraph.
				doc["excerpt"] = markdown.NewLiquidExcerpt(p.Doc.File, read, sep)
			}
			docs[p] = doc
		}
	}
	list := func(ps []*Page) []any {
		out := make([]any, len(ps))
		for i, p := range ps {
			out[i] = docs[p]
		}
		return out
	}
	var all []any
	for _, c := range slices.Sorted(maps.Keys(groups)) {
		ps := groups[c]
		switch c {
		case "":
			vars["pages"] = list(ps)
			continue
		case "posts":
			// Newest first, as site.posts is.
			slices.SortStableFunc(ps, func(a, b *Page) int {
				return cmp.Or(b.Doc.Date.Compare(a.Doc.Date), strings.Compare(b.Doc.File, a.Doc.File))
			})
		default:
			slices.SortStableFunc(ps, func(a, b *Page) int {
				return cmp.Or(a.Doc.Date.Compare(b.Doc.Date), strings.Compare(a.Doc.File, b.Doc.File))
			})
		}
		docs := list(ps)
		vars[c] = docs
		all = append(all, docs...)
	}
	vars["documents"] = all
	if _, ok := vars["pages"]; !ok {
		vars["pages"] = []any{}
	}
	if _, ok := vars["posts"]; !ok {
		vars["posts"] = []any{}
	}
	tags, categories := map[string]any{}, map[string]any{}
	for _, v := range vars["posts"].([]any) {
		m := v.(markdown.LiquidDocument)
		for _, t := range words(m["tags"]) {
			tags[t] = append(asList(tags[t]), m)
		}
		for _, t := range words(m["categories"]) {
			categories[t] = append(asList(categories[t]), m)
		}
	}
	vars["tags"], vars["categories"] = tags, categories
	l.vars = vars
}

// bodyOf reads the body of the page file file, which starts on its
// line line, again from the site's folder: other pages are being
// converted meanwhile and let their markdown go (Doc.Body), and in the
// preview the file holds the edit being patched.
func (l *liquidSite) bodyOf(s *Site, file string, line int) func() ([]byte, bool) {
	return func() ([]byte, bool) {
		l.bodies.Store(true)
		if s.readFile == nil {
			return nil, false
		}
		text, err := s.readFile(file)
		if err != nil {
			return nil, false
		}
		return bodyText(text, line), true
	}
}

// bodyText is the body of a page file's text: after its front matter
// as Jekyll finds it (a line "---", up to the next line "---" or "..."),
// else from its line line on (lectern's headless front matter, which
// has no opening line).
func bodyText(text []byte, line int) []byte {
	first, rest, _ := bytes.Cut(text, []byte("\n"))
	if string(bytes.TrimRight(first, " \t\r")) == "---" {
		for len(rest) > 0 {
			l, after, _ := bytes.Cut(rest, []byte("\n"))
			if d := string(bytes.TrimRight(l, " \t\r")); d == "---" || d == "..." {
				return after
			}
			rest = after
		}
		return nil
	}
	for n := line; n > 1 && len(text) > 0; n-- {
		_, text, _ = bytes.Cut(text, []byte("\n"))
	}
	return text
}

// words are the tags or categories of a post's variable v as Jekyll
// reads them: a list's texts, or the words of a text ("tags: go web").
func words(v any) []string {
	switch v := v.(type) {
	case string:
		return strings.Fields(v)
	case []any:
		var out []string
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			} else if x != nil {
				out = append(out, fmt.Sprint(x))
			}
		}
		return out
	case []string:
		return v
	}
	return nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// collectionOf is the Jekyll collection of a file: its folder named with
// a leading underscore ("_talks/x.md" is in talks, "_posts/2024/x.md" in
// posts), or "" for a page of no collection. A page made from a record
// of a data file is in "data": it is in no list, as Jekyll has it only
// under site.data.
func collectionOf(file string) string {
	dirs := strings.Split(path.Dir(file), "/")
	for _, d := range dirs {
		if len(d) > 1 && d[0] == '_' {
			return d[1:]
		}
	}
	return ""
}

// hasPath reports whether m has the dotted key k.
func hasPath(m map[string]any, k string) bool {
	head, rest, ok := strings.Cut(k, ".")
	v, found := m[head]
	if !ok || !found {
		return found
	}
	sub, isMap := v.(map[string]any)
	return isMap && hasPath(sub, rest)
}

// setPath sets the dotted key k ("social.github") of m to v.
func setPath(m map[string]any, k string, v any) {
	head, rest, ok := strings.Cut(k, ".")
	if !ok {
		m[k] = v
		return
	}
	sub, isMap := m[head].(map[string]any)
	if !isMap {
		sub = map[string]any{}
	} else {
		// The config's own table is not written to.
		sub = maps.Clone(sub)
	}
	m[head] = sub
	setPath(sub, rest, v)
}

// pageVars are a page's variables: its front matter as written (Params,
// the fields lectern does not know, when it was not kept), and what
// Jekyll adds to a document. A field the front matter has keeps its
// shape: presenter_slugs stays a list of slugs.
func pageVars(p *Page) map[string]any {
	// Only fields the model has settled are read: other pages are being
	// converted meanwhile, and let their markdown go (Doc.Body).
	d := &p.Doc
	front := d.Front
	if front == nil {
		front = d.Params
	}
	v := make(map[string]any, len(front)+12)
	for k, x := range front {
		v[k] = x
	}
	v["url"] = p.URL
	v["id"] = strings.TrimSuffix(p.URL, "/")
	v["collection"] = collectionOf(d.File)
	absent := func(k string, x any) {
		if _, ok := v[k]; !ok {
			v[k] = x
		}
	}
	// A speaker's front matter often has a name of its own.
	absent("name", path.Base(d.File))
	absent("path", d.File)
	absent("relative_path", d.File)
	absent("title", d.Title)
	absent("slug", d.Slug)
	if !d.Date.IsZero() {
		// Jekyll's date is a time, whatever the front matter wrote (a
		// post's may come from its file name).
		v["date"] = d.Date
	}
	absent("tags", texts(d.Tags))
	absent("categories", texts(d.Categories))
	if d.Summary != "" {
		absent("excerpt", d.Summary)
		absent("description", d.Summary)
	}
	if len(d.Speakers) > 0 {
		absent("speakers", people(d.Speakers))
	}
	if len(d.Authors) > 0 {
		absent("authors", people(d.Authors))
	}
	return v
}

func texts(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// people are speakers or authors as a Jekyll page lists them.
func people(ps []content.Person) []any {
	out := make([]any, len(ps))
	for i, p := range ps {
		m := map[string]any{"name": p.Name}
		for k, x := range map[string]string{
			"slug": p.Slug, "bio": p.Bio, "company": p.Company, "twitter": p.Twitter,
			"github": p.Github, "mastodon": p.Mastodon, "linkedin": p.LinkedIn, "url": p.URL, "photo": p.Photo,
			"pronouns": p.Pronouns, "role": p.Role,
		} {
			if x != "" {
				m[k] = x
			}
		}
		out[i] = m
	}
	return out
}

// dataPageURL is the datapage_url filter of Jekyll's data page
// generator ({{ speaker.full_name | datapage_url: 'speakers' }}): the
// path, from the site's root and without its leading slash, of the page
// the generator makes of the record so named in the folder dir,
// speakers/mara-kovac.html, or speakers/mara-kovac/ on a site whose
// page_gen-dirs is true, where lectern publishes it
// (config.RecordURL). A name written as a number is its digits.
func dataPageURL(p config.Permalinks) func(in any, dir string) string {
	ext := ".html"
	if p.DataPages.Dirs {
		ext = "/"
	}
	return func(in any, dir string) string {
		name := ""
		if in != nil {
			name = fmt.Sprint(in)
		}
		if p.DataPages.Slugify {
			name = content.Slugify(name)
		} else {
			name = content.DataPageName(name)
		}
		return dir + "/" + name + ext
	}
}
