package layout

import (
	"strings"

	"lectern/internal/config"
)

// hugoTerms are the taxonomies lectern has term pages for, by the plural
// name Hugo's config and front matter give them, and where their pattern
// goes.
var hugoTerms = map[string]func(*config.Permalinks) *string{
	"tags":    func(p *config.Permalinks) *string { return &p.Tag },
	"tracks":  func(p *config.Permalinks) *string { return &p.Track },
	"formats": func(p *config.Permalinks) *string { return &p.Format },
	"levels":  func(p *config.Permalinks) *string { return &p.Level },
}

// hugoPermalinks reads Hugo's [permalinks] from m, the config with its
// keys lowercased. Each key names a section (a top folder of content/)
// or a taxonomy by its plural name, never one of lectern's kinds: a
// Hugo site's "event" section may hold talks, and lectern's events,
// made from the talks' event field, are no pages of Hugo's. So a
// section's pattern places the pages of that folder (Sections), and a
// taxonomy's the term pages lectern makes of it.
func (f *foreign) hugoPermalinks(m map[string]any) {
	perm, ok := m["permalinks"].(map[string]any)
	if !ok {
		return
	}
	taxonomies := hugoTaxonomies(m)
	if term, ok := perm["term"].(map[string]any); ok {
		// Hugo 0.120's [permalinks.term]: the taxonomies' terms.
		for name, v := range term {
			f.hugoTermPermalink(name, str(v))
		}
	}
	if page, ok := perm["page"].(map[string]any); ok {
		perm = page // Hugo 0.120's [permalinks.page]: sections only
		taxonomies = nil
	}
	for key, v := range perm {
		if _, table := v.(map[string]any); table {
			continue // [permalinks.section], [permalinks.taxonomy]: lists lectern makes its own
		}
		if taxonomies[key] {
			f.hugoTermPermalink(key, str(v))
			continue
		}
		// Hugo's :title is the title made a URL part; its :slug, the
		// slug the page sets, else its title (lectern's
		// :slug_or_title); its :filename and the like, the file's name
		// (lectern's :slug).
		p := strings.NewReplacer(":title", ":slugified_title", ":slugorfilename", ":slug", ":slug", ":slug_or_title", ":filename", ":slug", ":contentbasename", ":slug", ":sections", key, ":section", key).Replace(hugoRooted(str(v)))
		if !config.ValidPermalink(p) {
			f.diags.Warnf(f.pos(key), "permalink %q uses what lectern cannot fill (see docs/corpora.md for the tokens it knows), so these pages get lectern's URLs; write a pattern such as \"/:year/:month/:day/:title/\"", str(v))
			continue
		}
		if f.c.Permalinks.Sections == nil {
			f.c.Permalinks.Sections = map[string]string{}
		}
		f.c.Permalinks.Sections[key] = p
	}
}

// hugoTermPermalink sets the pattern of the term pages of the taxonomy
// named (plural) when lectern makes term pages of it. Other taxonomies
// (categories, which lectern reads as tags, authors, series) have no
// pages of their own in lectern, and their patterns are left out.
func (f *foreign) hugoTermPermalink(name, pattern string) {
	at, ok := hugoTerms[name]
	if !ok {
		return
	}
	// A term is named by its slug: Hugo's :title and :filename of a
	// term are its name made a URL part.
	p := strings.NewReplacer(":title", ":slug", ":filename", ":slug", ":contentbasename", ":slug", ":slugorfilename", ":slug", ":sections", name, ":section", name).Replace(hugoRooted(pattern))
	if !config.ValidPermalink(p) || !strings.Contains(p, ":slug") {
		f.diags.Warnf(f.pos(name), "permalink %q of the taxonomy %s uses what lectern cannot fill, so its pages keep lectern's URLs; write a pattern such as \"/%s/:slug/\"", pattern, name, name)
		return
	}
	*at(&f.c.Permalinks) = p
}

// hugoTaxonomies are the plural names of the site's taxonomies: those
// of its [taxonomies] table, else Hugo's defaults, tags and categories.
func hugoTaxonomies(m map[string]any) map[string]bool {
	t, ok := m["taxonomies"].(map[string]any)
	if !ok {
		return map[string]bool{"tags": true, "categories": true}
	}
	out := map[string]bool{}
	for _, v := range t {
		if s := strings.ToLower(str(v)); s != "" {
			out[s] = true
		}
	}
	return out
}

// hugoRooted is a Hugo permalink pattern as Hugo reads it: a pattern
// written without a leading slash (":title/", ":filename") is still read
// from the site's root, and one without a trailing slash names a folder,
// since Hugo's pretty URLs put the page at its index.html; a pattern
// ending in a file name (".html") is kept as written.
func hugoRooted(pattern string) string {
	if pattern == "" {
		return ""
	}
	if !strings.HasPrefix(pattern, "/") {
		pattern = "/" + pattern
	}
	if !strings.HasSuffix(pattern, "/") && !strings.HasSuffix(pattern, ".html") {
		pattern += "/"
	}
	return pattern
}

// hugoTermTaxonomies are the taxonomies, by the plural name a Hugo site
// gives them, whose terms are lectern's terms of the taxonomy named:
// categories and topics are tags in lectern (content's field aliases),
// and so is a post's series (content's seriesTags).
var hugoTermTaxonomies = map[string]string{
	"tags": "tags", "categories": "tags", "topics": "tags", "series": "tags",
	"tracks": "tracks", "formats": "formats", "levels": "levels",
}

// hugoTermFolders sets config.Permalinks.TermFolders from the site's
// taxonomies: Hugo writes a term's own page at
// content/<taxonomy>/<term>/_index.md, so those folders hold the pages
// introducing lectern's term pages.
func (f *foreign) hugoTermFolders(m map[string]any) {
	for name := range hugoTaxonomies(m) {
		tax, ok := hugoTermTaxonomies[name]
		if !ok {
			continue
		}
		if f.c.Permalinks.TermFolders == nil {
			f.c.Permalinks.TermFolders = map[string]string{}
		}
		f.c.Permalinks.TermFolders[name] = tax
	}
}

// hugoAuthorPages sets config.Permalinks.Author when the site declares
// Hugo's authors taxonomy: Hugo then writes a page for every author its
// posts name (authors: [ada]) at /authors/<term>/, listing their posts,
// whether or not content/authors/<term>/_index.md introduces them, and
// themes (Blowfish's and Congo's author badges, PaperMod's) link it. A
// pattern the site's [permalinks] gives the taxonomy is kept when
// lectern can fill it.
func (f *foreign) hugoAuthorPages(m map[string]any) {
	if !hugoTaxonomies(m)["authors"] {
		return
	}
	pattern := "/authors/:slug/"
	if perm, ok := m["permalinks"].(map[string]any); ok {
		v := perm["authors"]
		if term, ok := perm["term"].(map[string]any); ok && term["authors"] != nil {
			v = term["authors"]
		}
		p := strings.NewReplacer(":title", ":slug", ":filename", ":slug", ":contentbasename", ":slug", ":slugorfilename", ":slug", ":sections", "authors", ":section", "authors").Replace(hugoRooted(str(v)))
		if p != "" && config.ValidPermalink(p) && strings.Contains(p, ":slug") {
			pattern = p
		}
	}
	f.c.Permalinks.Author = pattern
}
