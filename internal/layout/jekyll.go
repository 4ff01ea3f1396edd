package layout

import (
	"cmp"
	"io"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
)

// jekyllMachinery are the folders and files at the top of a Jekyll site
// that Jekyll itself reads to build, never publishes, and lectern never
// reads: templates, includes, styles, data, plugins, its output.
var jekyllMachinery = topIn("_layouts", "_includes", "_sass", "_data", "_site", "_plugins",
	"_config.yml", "_config.yaml", ".jekyll-cache", ".sass-cache")

func jekyll(fsys fs.FS, evidence string) Layout {
	return jekyllIn(fsys, jekyllSource(fsys, evidence), evidence)
}

// jekyllSource is the folder a Jekyll site is read from: the one its
// config at the top names in source: (PyCon UK 2025's source: src, its
// _config.yml, Gemfile and README beside the folder), as Jekyll reads
// the config from where it runs and the site from there; else the
// top. A source naming no folder of the site, or one outside it, is the
// top, as the site then holds nothing else lectern could read.
func jekyllSource(fsys fs.FS, evidence string) string {
	if !strings.HasPrefix(evidence, "_config.") {
		return "."
	}
	b, err := fs.ReadFile(fsys, evidence)
	if err != nil {
		return "."
	}
	var raw struct {
		Source string `yaml:"source"`
	}
	if unmarshalYAML(evidence, b, &raw, nil) != nil || raw.Source == "" {
		return "."
	}
	dir := path.Clean(strings.TrimSpace(raw.Source))
	if dir == "." || path.IsAbs(dir) || dir == ".." || strings.HasPrefix(dir, "../") {
		return "."
	}
	if info, err := fs.Stat(fsys, dir); err != nil || !info.IsDir() {
		return "."
	}
	return dir
}

// jekyllIn is the layout of a Jekyll site whose source folder (Jekyll's
// source: key) is dir.
func jekyllIn(fsys fs.FS, dir, evidence string) Layout {
	var exclude, include []string
	noOutput := map[string]bool{}
	cfg, cdir := "", ""
	if strings.HasPrefix(path.Base(evidence), "_config.") {
		cfg = evidence
		if b, err := fs.ReadFile(fsys, cfg); err == nil {
			var raw struct {
				Exclude        []string `yaml:"exclude"`
				Include        []string `yaml:"include"`
				Collections    any      `yaml:"collections"`
				CollectionsDir string   `yaml:"collections_dir"`
			}
			// Errors are reported by Config, with their position;
			// here a broken file only means no exclude list.
			if unmarshalYAML(cfg, b, &raw, nil) == nil {
				exclude, include = raw.Exclude, raw.Include
				cdir = collectionsDir(fsys, dir, raw.CollectionsDir)
				for name, v := range collectionMap(raw.Collections) {
					if m, ok := v.(map[string]any); ok {
						if out, ok := m["output"].(bool); ok && !out && !recordCollection(name) {
							noOutput["_"+strings.ToLower(name)] = true
						}
					}
				}
			}
		}
	}
	l := Layout{Tool: Jekyll, Evidence: evidence, ContentDir: dir, ConfigFile: cfg, skip: func(p string, isDir bool) bool {
		if cdir != "" {
			if p == cdir {
				return true // read as a folder of its own, below
			}
			// Its collections are read as if they were at the top.
			if rest, ok := strings.CutPrefix(p, cdir+"/"); ok {
				p = path.Join(dir, rest)
			}
		}
		if dir != "." {
			p = strings.TrimPrefix(p, dir+"/")
		}
		if matchAny(include, p) {
			return false
		}
		t := strings.ToLower(top(p))
		switch {
		case jekyllMachinery[t], packageFiles[t], noOutput[t]:
			return true
		case matchAny(exclude, p):
			return true
		case strings.HasPrefix(path.Base(p), "_") && p != top(p):
			// Jekyll leaves out every file or folder whose name starts
			// with an underscore, below the top as at it.
			return true
		case p == top(p) && strings.HasPrefix(p, "_") && !isDir:
			return true
		case !isDir && strings.HasPrefix(p, "_") && dataExt[strings.ToLower(path.Ext(p))]:
			// Data beside a collection's pages feeds its templates.
			return true
		case !isDir && undatedPost(p):
			return true
		}
		return false
	}}
	l.skip = templatesToo(fsys, l.skip)
	if cdir != "" {
		l.Dirs = []string{cdir}
	}
	return l
}

// collectionMap is the collections of a Jekyll config by name, each
// with its options. Jekyll takes both of its forms: the mapping of names
// to options (talks: {output: true}) and the list of names
// (collections: [talks, speakers]), each then a collection with no
// options, whose documents Jekyll reads but does not publish. Any
// other shape declares none.
func collectionMap(v any) map[string]any {
	switch c := v.(type) {
	case map[string]any:
		return c
	case []any:
		m := make(map[string]any, len(c))
		for _, name := range c {
			if s, ok := name.(string); ok && strings.TrimSpace(s) != "" {
				m[strings.TrimSpace(s)] = map[string]any{}
			}
		}
		return m
	}
	return nil
}

// postName is the name Jekyll reads a post file by: its date, then its
// slug and extension (2024-01-31-hello.md).
var postName = regexp.MustCompile(`^\d{2,4}-\d{1,2}-\d{1,2}-.*\.[^.]+$`)

// undatedPost reports a page file in a _posts folder whose name holds no
// date: Jekyll reads no post of it and publishes nothing (a snippet an
// include reads, notes for later). Other files there (a post's pictures)
// are not pages and stay.
func undatedPost(p string) bool {
	if !strings.HasPrefix(p, "_posts/") && !strings.Contains(p, "/_posts/") {
		return false
	}
	if ext := strings.ToLower(path.Ext(p)); !content.IsMarkdown(p) && ext != ".html" && ext != ".htm" {
		return false
	}
	return !postName.MatchString(path.Base(p))
}

// collectionsDir is the folder (from the site root) that Jekyll's
// collections_dir names, where a site keeps its collections and posts
// (collections/_talks, collections/_posts), or "" when it names none, or
// no folder of the site.
func collectionsDir(fsys fs.FS, dir, name string) string {
	name = strings.Trim(path.Clean("/"+name), "/")
	if name == "" {
		return ""
	}
	p := path.Join(dir, name)
	if info, err := fs.Stat(fsys, p); err != nil || !info.IsDir() {
		return ""
	}
	return p
}

// dataExt are the extensions of data files, which in a collection
// folder are read by templates, never published.
var dataExt = map[string]bool{".json": true, ".yml": true, ".yaml": true, ".csv": true, ".tsv": true, ".toml": true}

// templatedExt are the extensions of files that Jekyll and Eleventy run
// through their template engine when they start with front matter.
var templatedExt = map[string]bool{".html": true, ".htm": true, ".xml": true, ".json": true, ".scss": true, ".sass": true, ".css": true, ".js": true, ".svg": true, ".webmanifest": true, ".txt": true}

// templatesToo extends skip to leave out the files of those extensions
// that start with front matter: they are the other tool's templates
// (feed.xml, a manifest made of Liquid), which published as they are
// would show their template code. An HTML file with YAML front matter
// is a page: content reads it, runs its Liquid, and leaves out the
// templates it cannot run.
func templatesToo(fsys fs.FS, skip func(string, bool) bool) func(string, bool) bool {
	return func(p string, dir bool) bool {
		if skip(p, dir) {
			return true
		}
		ext := strings.ToLower(path.Ext(p))
		if dir || !templatedExt[ext] {
			return false
		}
		f, err := fsys.Open(p)
		if err != nil {
			return false
		}
		defer f.Close()
		head := make([]byte, 64<<10)
		n, _ := io.ReadFull(f, head)
		text := string(head[:n])
		if !strings.HasPrefix(text, "---") {
			return false
		}
		if ext != ".html" && ext != ".htm" {
			return true
		}
		// An HTML file is a page, its Liquid run as a markdown page's
		// is (content reads it, and leaves out a template it cannot
		// run), unless its front matter is JavaScript or JSON
		// ("---js"), which only Eleventy reads, or its body is empty:
		// its layout makes the whole page. In a folder of speakers,
		// talks, sponsors or events (_speakers/ada.html), front matter
		// alone is the record its layout shows: a page of that kind.
		first, rest, _ := strings.Cut(text, "\n")
		if strings.TrimSpace(first) != "---" {
			return true
		}
		end := strings.Index("\n"+rest, "\n---")
		if end >= 0 && recordFolder(p) {
			return false
		}
		return end < 0 || strings.TrimSpace(rest[min(end+3, len(rest)):]) == ""
	}
}

// recordCollection reports whether the Jekyll collection name holds
// records (see recordFolder) or the cards of the site's team
// (_organizers, _organisers, _volunteers: content.InTeamFolder). Declared
// output: false, Jekyll writes no page for its documents but its
// templates show them where they are named (a talk's presenters, the
// sponsors on the home page, {% for organizer in site.organizers %} on
// the organizers' page), so lectern reads them, with no page of their
// own (config.Permalinks.Unrouted), rather than lose a speaker's bio and
// photo with the page, or leave the team's page empty.
func recordCollection(name string) bool {
	p := "_" + name + "/x.md"
	return recordFolder(p) || content.InTeamFolder(p)
}

// recordFolder reports whether p is in a folder of records: speakers,
// talks, sponsors or events, whose pages are their fields.
func recordFolder(p string) bool {
	switch k, _ := content.FolderKind(p); k {
	case content.KindSpeaker, content.KindTalk, content.KindSponsor, content.KindEvent:
		return true
	}
	return false
}

// matchAny reports whether p is one of Jekyll's exclude or include
// entries, or lies under one: an entry is a path from the site root or a
// glob, and a folder's entry covers what it holds.
func matchAny(patterns []string, p string) bool {
	for _, pat := range patterns {
		pat = strings.Trim(strings.TrimPrefix(pat, "./"), "/")
		if pat == "" {
			continue
		}
		if p == pat || strings.HasPrefix(p, pat+"/") {
			return true
		}
		if ok, _ := path.Match(pat, p); ok {
			return true
		}
		// A glob without a slash ("*.log") names files anywhere, as
		// Jekyll's fnmatch, whose * crosses slashes, does.
		if !strings.Contains(pat, "/") && strings.ContainsAny(pat, "*?[") {
			if ok, _ := path.Match(pat, path.Base(p)); ok {
				return true
			}
		}
	}
	return false
}

// jekyllStyles are Jekyll's named permalink styles.
var jekyllStyles = map[string]string{
	"date":     "/:categories/:year/:month/:day/:title:output_ext",
	"pretty":   "/:categories/:year/:month/:day/:title/",
	"ordinal":  "/:categories/:year/:y_day/:title:output_ext",
	"weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
	"none":     "/:categories/:title:output_ext",
}

// jekyllPattern turns a Jekyll permalink of the site's config into
// lectern's pattern language: a named style becomes its pattern, whose
// tokens content.JekyllPattern reads.
func jekyllPattern(p, collection string) string {
	if s, ok := jekyllStyles[strings.TrimSpace(p)]; ok {
		p = s
	}
	return content.JekyllPattern(p, collection)
}

func (f *foreign) jekyll(fsys fs.FS, file, dir string, dataDirs []string) {
	// Jekyll's default: posts at /:year/:month/:day/:title.html, pages
	// at /:path.html.
	f.c.Permalinks.Note = jekyllPattern("date", "posts")
	f.c.Permalinks.Pages = pagePattern("")
	if file == "" {
		return
	}
	src := f.read(fsys, file)
	if src == nil {
		return
	}
	var m map[string]any
	if err := unmarshalYAML(file, src, &m, f.warnAt); err != nil {
		f.diags.Errorf(yamlPos(file, err), "cannot parse %s: %s", file, yamlMessage(err))
		return
	}
	f.params(m)
	f.programme(m)
	f.polyglot(m)
	f.jekyllDataPages(fsys, m, path.Dir(file), dataDirs)
	defer f.jekyllMenu(fsys, m, navbarLinks(file, src), dir, dataDirs)
	// jekyll-seo-tag names the site by its title, else its name.
	f.title(cmp.Or(blankTitle(m), str(m["title"]), str(m["name"])))
	f.description(m["description"])
	f.author(m["author"])
	// jekyll-feed writes the site's feed at feed.path (atom.xml), where
	// its readers subscribed.
	if fm, ok := m["feed"].(map[string]any); ok {
		if p, ok := config.FeedURL(str(fm["path"])); ok {
			f.c.Feed = p
		}
	}
	f.timezone("timezone", m["timezone"])
	if s := str(m["lang"]); s != "" {
		f.c.Language = s
	}
	f.sourceBase(str(m["baseurl"]))
	if u := str(m["url"]); u != "" {
		base := strings.Trim(str(m["baseurl"]), "/")
		if base != "" {
			u = strings.TrimSuffix(u, "/") + "/" + base
		}
		f.baseURL("url", u)
	}
	site := str(m["permalink"])
	if site != "" {
		f.permalink("permalink", "_posts", jekyllPattern(site, "posts"))
	}
	f.c.Permalinks.Pages = pagePattern(site)
	cols := collectionMap(m["collections"])
	f.noteCollections(fsys, path.Dir(file), cols, site)
	if cols != nil {
		// In name order: two collections of one kind must not set its
		// pattern by map order.
		for _, name := range slices.Sorted(maps.Keys(cols)) {
			if c, ok := cols[name].(map[string]any); ok {
				out, set := c["output"].(bool)
				switch p := str(c["permalink"]); {
				case set && !out && recordCollection(name):
					// Its records name the site's speakers, talks,
					// sponsors, events or team, which Jekyll's
					// templates show elsewhere: read, with no page of
					// their own.
					f.c.Permalinks.Unrouted = append(f.c.Permalinks.Unrouted, "_"+name)
				case set && !out:
					// not published, so its URLs do not matter
				case p != "" && !strings.Contains(jekyllPattern(p, name), ":"):
					// A pattern naming no document (/:collection/)
					// is one URL for them all, which Jekyll writes
					// over each other: each document's own
					// permalink places it (DjangoCon's presenters),
					// and one without takes lectern's URL.
				case p != "":
					f.folderPermalink(name, "_"+name, jekyllPattern(p, name))
				case out && name != "posts":
					f.folderPermalink(name, "_"+name, collectionPattern(name, site))
				}
			}
		}
	}
}

// noteCollections gives the folders of notes the config does not declare,
// or declares by name alone (_notes, _blog, _articles beside _posts, in
// the source folder dir), the
// URLs Jekyll gives a collection's documents, /notes/:path.html, as
// declaring it would: the posts' pattern is for _posts, and dated by the
// day, it would put an undated note at /1/01/01/.
func (f *foreign) noteCollections(fsys fs.FS, dir string, declared map[string]any, site string) {
	entries, _ := fs.ReadDir(fsys, dir)
	for _, e := range entries {
		name, ok := strings.CutPrefix(e.Name(), "_")
		if !ok || !e.IsDir() || name == "posts" || name == "drafts" {
			continue
		}
		if c, ok := declared[name]; ok && publishSet(c) {
			continue // the config's loop gives it its pattern, or none
		}
		if kind, ok := content.FolderKind(e.Name() + "/x.md"); ok && kind == content.KindNote {
			f.folderPermalink(name, e.Name(), collectionPattern(name, site))
		}
	}
}

// publishSet reports whether a collection's options say whether it is
// published or where: a collection declared by name alone (the list
// form, or {}) is published by lectern all the same, and a folder of
// notes among them needs the pattern of an undeclared one.
func publishSet(options any) bool {
	c, _ := options.(map[string]any)
	_, out := c["output"]
	_, perm := c["permalink"]
	return out || perm
}

// pagePattern is the URL pattern of a Jekyll site's pages (files outside
// its collections) for the site's permalink style: Jekyll publishes a
// page at its path, as a folder of its own where the style ends in a
// slash ("pretty", "/news/:title/": "/:path/"), else as a .html file
// (the default style, "date"). Never "", which would leave a page in a
// folder named for a kind (books/, talks/) to lectern's pattern for it.
func pagePattern(site string) string {
	if s, ok := jekyllStyles[strings.TrimSpace(site)]; ok {
		site = s
	}
	if site != "" && strings.HasSuffix(strings.TrimSpace(site), "/") {
		return "/:path/"
	}
	return "/:path.html"
}

// collectionPattern is the permalink Jekyll gives the documents of a
// published collection that sets none: their path in its folder, as a
// folder of their own where the site's permalink style ends in a slash
// ("pretty"), else as a .html file.
func collectionPattern(name, site string) string {
	if s, ok := jekyllStyles[strings.TrimSpace(site)]; ok {
		site = s
	}
	if strings.HasSuffix(site, "/") {
		return "/" + name + "/:path/"
	}
	return "/" + name + "/:path.html"
}

// blankTitle is the person's name that al-folio-style themes show as
// the site's title when _config.yml's title is the word "blank" (their
// way of saying "my name"): first_name, middle_name and last_name, those
// set; "" for any other title, or when no name is set.
func blankTitle(m map[string]any) string {
	if str(m["title"]) != "blank" {
		return ""
	}
	var names []string
	for _, k := range []string{"first_name", "middle_name", "last_name"} {
		if s := str(m[k]); s != "" {
			names = append(names, s)
		}
	}
	if str(m["first_name"]) == "" && str(m["last_name"]) == "" {
		return ""
	}
	return strings.Join(names, " ")
}
