package layout

import (
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// astroPage is one file of an Astro site's src folder that may read a
// collection.
type astroPage struct {
	// file is its path from the site root.
	file string
	// route is, for a page of src/pages, the folder of its URL before
	// its first dynamic part ("posts" for posts/[...slug]/index.astro,
	// "" for [slug].astro); dynamic marks a page that has such a part.
	route   string
	dynamic bool
	// param is the name of the route's one dynamic part, its last
	// (routeParam).
	param   string
	inPages bool
	// paginate marks a route that pages a list (Astro's paginate()),
	// not one that gives each entry its page.
	paginate bool
	text     string
}

// scriptExts are the files of src that may call getCollection.
var scriptExts = map[string]bool{".astro": true, ".ts": true, ".js": true, ".mjs": true, ".jsx": true, ".tsx": true, ".svelte": true, ".vue": true, ".mdx": true}

// astroPages reads the files of src/ that may call getCollection, but for
// the collections' own folders and src/content.
func astroPages(fsys fs.FS, skip []string) []astroPage {
	var out []astroPage
	fs.WalkDir(fsys, "src", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p == "src/content" || slices.Contains(skip, p) || d.Name() == "node_modules" {
				return fs.SkipDir
			}
			return nil
		}
		if !scriptExts[path.Ext(p)] {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil
		}
		pg := astroPage{file: p, text: string(src)}
		if rel, ok := strings.CutPrefix(p, "src/pages/"); ok {
			pg.inPages = true
			var static []string
			for _, seg := range strings.Split(rel, "/") {
				if strings.HasPrefix(seg, "_") {
					return nil // Astro routes no file or folder named _x
				}
				if strings.Contains(seg, "[") {
					pg.dynamic = true
					break
				}
				static = append(static, seg)
			}
			if pg.dynamic {
				pg.route = strings.Join(static, "/")
				pg.param = routeParam(rel)
				pg.paginate = strings.Contains(pg.text, "paginate(")
			}
		}
		out = append(out, pg)
		return nil
	})
	return out
}

// callsCollection matches getCollection("name"), the name captured.
var callsCollection = regexp.MustCompile(`\bgetCollection\s*\(\s*["'\x60]([^"'\x60]+)["'\x60]`)

// astroRoutes decides, from src/pages, where the entries of the site's
// collections are published, and which have no page at all; both by the
// top folder of their pages' paths (the collection's folder).
//
//   - A collection read by the routes of exactly one dynamic route folder
//     that does not paginate (src/pages/posts/[...slug]/index.astro
//     calling getCollection("blog")) is published under that folder
//     (prefixes: blog → posts), as Astro publishes it. When that
//     route reads no other collection and sets its parameter from a
//     front matter field of the entry (params: { code: s.data.code }),
//     fields names it: the entries' URLs end in its value, as written.
//   - A collection that only pages without a dynamic part read
//     (src/pages/talks.astro), which no dynamic route names and no other
//     file of src reads, has no page of its own: the site lists it and
//     never routes it.
//
// Anything less clear leaves the collection at its folder's path. l is
// the site's layout and cols the collections its content config declares.
func astroRoutes(fsys fs.FS, l Layout, cols []astroCollection) (prefixes, fields map[string]string, noPages []string) {
	if len(cols) == 0 {
		return nil, nil, nil
	}
	if info, err := fs.Stat(fsys, "src/pages"); err != nil || !info.IsDir() {
		return nil, nil, nil
	}
	dirs := append([]string{l.ContentDir}, l.Dirs...)
	var skip []string
	for _, c := range cols {
		if c.base != "" {
			skip = append(skip, c.base)
		}
	}
	pages := astroPages(fsys, skip)
	for _, c := range cols {
		folder := path.Base(c.base)
		if c.base == "" || !slices.Contains(dirs, path.Dir(c.base)) {
			continue
		}
		routes := map[string]bool{}
		var entryPage astroPage
		named, listed, elsewhere := false, false, false
		for _, pg := range pages {
			reads, others := false, false
			for _, m := range callsCollection.FindAllStringSubmatch(pg.text, -1) {
				reads = reads || m[1] == c.name
				others = others || m[1] != c.name
			}
			switch {
			case pg.dynamic && reads && !pg.paginate:
				routes[pg.route] = true
				entryPage = pg
				if others {
					// Which collection its parameter comes from is
					// not read: the entry's id, as before.
					entryPage.param = ""
				}
				named = true
			case pg.dynamic && (reads || strings.Contains(pg.text, `"`+c.name+`"`) || strings.Contains(pg.text, `'`+c.name+`'`)):
				named = true
			case reads && pg.inPages:
				listed = true
			case reads:
				elsewhere = true
			}
		}
		if len(routes) == 1 {
			for r := range routes {
				if r != folder {
					if prefixes == nil {
						prefixes = map[string]string{}
					}
					prefixes[folder] = r
				}
			}
			if entryPage.param != "" {
				if field, ok := paramSource(entryPage.text, entryPage.param); ok && field != "" {
					if fields == nil {
						fields = map[string]string{}
					}
					fields[folder] = field
				}
			}
		}
		if listed && !named && !elsewhere {
			noPages = append(noPages, folder)
		}
	}
	sort.Strings(noPages)
	return prefixes, fields, noPages
}
