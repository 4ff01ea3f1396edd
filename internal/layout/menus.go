package layout

import (
	"cmp"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// The navigation an author gave their site in another tool is its menu
// in lectern (config.Config.Menu): Hugo's menu.main, Quarto's navbar, a
// Jekyll theme's header_pages, its _data/navigation.yml, or a list of
// links in _config.yml that a theme's include loops over. Pages that put
// themselves in the menu (Hugo's menu: main, Eleventy's
// eleventyNavigation) are added by render, which knows their URLs.

// menuLabels and menuLinks are the keys a menu item's text and link are
// written under, in the tools' menus and the themes' own lists.
var (
	menuLabels = []string{"name", "text", "title", "label"}
	// relative_url and absolute_url: jekyll-theme-conference's links.
	menuLinks = []string{"url", "permalink", "href", "link", "pageref", "relative_url", "absolute_url"}
)

// navKey matches the names of a Jekyll config's lists of navigation
// links, as themes name them: nav, navigation, menu, main_menu,
// navigationLinks, header_links, nav_links.
var navKey = regexp.MustCompile(`(?i)^(?:main[_-]?|header[_-]?|site[_-]?)?(?:nav|navigation|menu)(?:[_-]?(?:links|items|main))?$|^(?:header|nav|navigation)[_-]?links$`)

// menuItems reads a list of menu items: maps with a label and a link
// under one of the keys above. An item under a parent (a submenu) is
// left out: the navigation is one row. ok is false when v is not such a
// list, so that another key's list of maps is not taken for one.
func (f *foreign) menuItems(v any) (items []config.MenuItem, ok bool) {
	list, isList := v.([]any)
	if !isList {
		if maps, isMaps := v.([]map[string]any); isMaps {
			for _, m := range maps {
				list = append(list, m)
			}
		} else {
			return nil, false
		}
	}
	for _, e := range list {
		m, isMap := e.(map[string]any)
		if !isMap {
			return nil, false
		}
		m = lower(m)
		if str(m["parent"]) != "" {
			continue
		}
		label, link := first(m, menuLabels), first(m, menuLinks)
		if d, isBool := m["disabled"].(bool); isBool && d {
			continue // a link not to be followed yet (Tickets, disabled: true)
		}
		if link == "" {
			if _, sub := m["children"]; sub && label != "" {
				continue // a heading of a submenu, with no link of its own
			}
			if _, sub := m["menu"]; sub && label != "" {
				continue // jekyll-theme-conference's dropdown, left out too
			}
			if _, live := m["live"]; live {
				// jekyll-theme-conference's live-stream entry, shown
				// only during the conference by its script.
				continue
			}
			return nil, false
		}
		it := config.MenuItem{Name: label, Pos: f.valuePos(link)}
		if w, isInt := m["weight"].(int); isInt {
			it.Weight = w
		} else if w, isInt64 := m["weight"].(int64); isInt64 {
			it.Weight = int(w)
		}
		if _, isRef := m["pageref"]; isRef && !isAddress(link) {
			it.Page = link
		} else {
			it.URL = fromRoot(link)
		}
		items = append(items, it)
	}
	return items, len(items) > 0
}

// fromRoot is a menu link written without a scheme or a leading slash
// (url: experience/, files/cv.pdf) read from the site's root, as Hugo's
// themes pass menu URLs through relLangURL and Jekyll's through
// relative_url: left as written, it would lead elsewhere from every page
// below the home page.
func fromRoot(link string) string {
	if link == "" || isAddress(link) || strings.HasPrefix(link, "/") || scheme.MatchString(link) {
		return link
	}
	return "/" + strings.TrimPrefix(link, "./")
}

// scheme matches a link that opens with a URL scheme (tel:, javascript:).
var scheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

// first is the first of keys that m has as a string.
func first(m map[string]any, keys []string) string {
	for _, k := range keys {
		if s := str(m[k]); s != "" {
			return s
		}
	}
	return ""
}

// isAddress reports a link to another site, or to a place in the page.
func isAddress(link string) bool {
	return strings.Contains(link, "://") || strings.HasPrefix(link, "//") || strings.HasPrefix(link, "mailto:") || strings.HasPrefix(link, "#")
}

// valuePos is the position of the first line of the file read last that
// holds s, its start if none does.
func (f *foreign) valuePos(s string) diag.Pos {
	i := strings.Index(string(f.src), s)
	if i < 0 {
		return diag.Pos{File: f.file, Line: 1, Col: 1}
	}
	line := 1 + strings.Count(string(f.src[:i]), "\n")
	return diag.Pos{File: f.file, Line: line, Col: i - strings.LastIndexByte(string(f.src[:i]), '\n')}
}

// hugoMenu reads Hugo's main menu, with its weights, by which render
// orders it with the pages' own entries: the default language's (lang,
// named def; languages.en.menus, or a menus.en.toml) where it has one,
// as Hugo builds that language's pages with it, else the site's (menu.main,
// or menus.main). A site with no main menu whose menus hold a single one
// named as themes name their header's (navMenu: header, nav, navbar,
// navigation, top; Apéro's menu.header) has that one as its navigation.
// Each item's position is in the file that holds it.
func (f *foreign) hugoMenu(m, lang map[string]any, def string) {
	type menus struct {
		table   map[string]any
		keyPath string
	}
	var tables []menus
	for _, key := range []string{"menu", "menus"} {
		t, _ := lang[key].(map[string]any)
		tables = append(tables, menus{t, "languages." + def + "." + key})
	}
	for _, key := range []string{"menu", "menus"} {
		t, _ := m[key].(map[string]any)
		tables = append(tables, menus{t, key})
	}
	main := source{f.file, f.src}
	defer func() { f.file, f.src = main.file, main.src }()
	read := func(t menus, name string) bool {
		f.file, f.src = main.file, main.src
		if s, ok := f.origin(t.keyPath + "." + name); ok {
			f.file, f.src = s.file, s.src
		}
		items, ok := f.menuItems(t.table[name])
		if ok {
			f.c.Menu = items
		}
		return ok
	}
	for _, t := range tables {
		if read(t, "main") {
			return
		}
	}
	for _, t := range tables {
		var names []string
		for name := range t.table {
			if navMenu.MatchString(name) {
				names = append(names, name)
			}
		}
		// Two such menus (a header and a navbar) leave no way to tell
		// which one the theme shows: lectern keeps its own.
		if len(names) == 1 && read(t, names[0]) {
			return
		}
	}
}

// navMenu matches the names themes give the menu of their header, where
// Hugo's is main: header, nav, navbar, navigation, top, topnav,
// header_menu, nav-links.
var navMenu = regexp.MustCompile(`(?i)^(?:header|nav|navbar|navigation|top)(?:[_-]?(?:menu|nav|bar|links))?$`)

// quartoMenu reads Quarto's navbar: its left and then right items, each
// a file (the page it names, by its title) or an href with its text,
// else its aria-label, else, for an address, its icon.
// A dropdown's items are left out: the navigation is one row.
func (f *foreign) quartoMenu(navbar map[string]any) {
	var items []config.MenuItem
	for _, side := range []string{"left", "right"} {
		list, _ := navbar[side].([]any)
		for _, e := range list {
			switch e := e.(type) {
			case string:
				items = append(items, f.linkItem("", e))
			case map[string]any:
				href, text := str(e["href"]), str(e["text"])
				if href == "" {
					continue // a dropdown menu
				}
				if text == "" {
					// An icon's aria-label is the name Quarto gives
					// the link (icon: postage-heart-fill, aria-label:
					// family), where the icon's own name says what
					// it looks like, not where it leads.
					text = str(e["aria-label"])
				}
				if text == "" && isAddress(href) {
					// An icon alone (github, twitter) names the site.
					text = capitalized(iconName(str(e["icon"])))
					if text == "" {
						text = href
					}
				}
				items = append(items, f.linkItem(text, href))
			}
		}
	}
	if len(items) > 0 {
		f.c.Menu = items
	}
}

// iconName is the name of a navbar icon: Bootstrap's as Quarto writes
// it ("github"), or Font Awesome's last class without its prefix, as
// distill writes it ("fab fa-github" is "github").
func iconName(icon string) string {
	f := strings.Fields(icon)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimPrefix(f[len(f)-1], "fa-")
}

// capitalized is s with its first letter in upper case.
func capitalized(s string) string {
	for i := range s {
		if i > 0 {
			return strings.ToUpper(s[:i]) + s[i:]
		}
	}
	return strings.ToUpper(s)
}

// linkItem is the menu item of a link written as a file of the site
// ("about.qmd", "talks/index.md") or a URL.
func (f *foreign) linkItem(name, link string) config.MenuItem {
	it := config.MenuItem{Name: name, Pos: f.valuePos(link)}
	if !isAddress(link) && pageExt(link) {
		it.Page = link
	} else {
		it.URL = link
	}
	return it
}

// pageExt reports a link to a page's source file.
func pageExt(link string) bool {
	switch strings.ToLower(path.Ext(link)) {
	case ".qmd", ".rmd", ".ipynb", ".html", ".mdx", ".njk", ".liquid":
		return true
	}
	return content.IsMarkdown(link)
}

// jekyllMenu reads a Jekyll site's navigation: minima's header_pages
// (files), else a list of links in _config.yml under a name themes give
// it (navKey), else _data/navigation.yml (its main list, or the file's
// list itself), else Chirpy's tabs (tabsMenu). navbar is Beautiful
// Jekyll's navbar-links (navbarLinks), read after the lists of links
// and before the data files; dir is the site's source folder.
func (f *foreign) jekyllMenu(fsys fs.FS, m map[string]any, navbar []config.MenuItem, dir string, dataDirs []string) {
	if pages, ok := m["header_pages"].([]any); ok {
		var items []config.MenuItem
		for _, p := range pages {
			if s := str(p); s != "" {
				items = append(items, config.MenuItem{Page: s, Pos: f.valuePos(s)})
			}
		}
		if len(items) > 0 {
			f.c.Menu = items
			return
		}
	}
	for _, k := range navKeys(m) {
		if items, ok := f.menuItems(m[k]); ok {
			f.c.Menu = items
			return
		}
	}
	if items, ok := f.settingsMenu(m); ok {
		f.c.Menu = items
		return
	}
	if len(navbar) > 0 {
		f.c.Menu = navbar
		return
	}
	for _, name := range []string{"navigation", "nav", "menu"} {
		for _, file := range dataFiles(dataDirs, name) {
			src := f.read(fsys, file)
			if src == nil {
				continue
			}
			var v any
			if unmarshalYAML(file, src, &v, nil) != nil {
				continue // the data loader reports it
			}
			if t, ok := v.(map[string]any); ok {
				v = t["main"]
			}
			if items, ok := f.menuItems(v); ok {
				f.c.Menu = items
				return
			}
		}
	}
	cdir := cmp.Or(collectionsDir(fsys, dir, str(m["collections_dir"])), dir)
	f.c.Menu = f.tabsMenu(fsys, m, cdir)
}

// settingsMenu reads the navigation a theme keeps among its own
// settings, one level down in the config: jekyll-theme-conference's
// conference: {navigation: {links: [{name, relative_url}]}}, a list of
// links under a key named as navigation is (navKey) or a mapping so
// named holding one under links or items. Mappings are tried in the
// order of their keys; ok is false when none holds such a list.
func (f *foreign) settingsMenu(m map[string]any) (items []config.MenuItem, ok bool) {
	keys := make([]string, 0, len(m))
	for k, v := range m {
		if _, isMap := v.(map[string]any); isMap {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		settings := m[k].(map[string]any)
		for _, name := range navKeys(settings) {
			v := settings[name]
			if nav, isMap := v.(map[string]any); isMap {
				v = cmp.Or[any](nav["links"], nav["items"])
			}
			if items, ok := f.menuItems(v); ok {
				return items, true
			}
		}
	}
	return nil, false
}

// dataFiles are the YAML files of name in the data folders dirs.
func dataFiles(dirs []string, name string) []string {
	var out []string
	for _, d := range dirs {
		out = append(out, path.Join(d, name+".yml"), path.Join(d, name+".yaml"))
	}
	return out
}

// navKeys are the keys of m named as navigation is (navKey), sorted, so
// that the first holding a menu is the same from build to build.
func navKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		if navKey.MatchString(k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}
