package layout

import (
	"bytes"
	"io/fs"
	"path"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"lectern/internal/config"
	"lectern/internal/diag"
)

// franklinNavFiles are the _layout/ files a Franklin site writes its
// navigation in, in the order they are tried: Franklin's templates put
// it in header.html (its lanyon and hyde templates in sidebar.html);
// sites split it into nav.html (or navbar.html, menu.html), and some
// write it in head.html itself.
var franklinNavFiles = []string{"header.html", "sidebar.html", "nav.html", "navbar.html", "menu.html", "head.html"}

// IsFranklinNav reports whether rel, a path from the site's root, is a
// Franklin layout file its navigation is read from, or their folder:
// an edit of one changes the site's menu.
func IsFranklinNav(rel string) bool {
	dir, name := path.Split(rel)
	return rel == "_layout" || dir == "_layout/" && slices.Contains(franklinNavFiles, name)
}

// franklinMenu reads a Franklin site's navigation from the first of its
// layout files that holds one: the links of the list items of its <nav>
// elements, else of the whole <nav>, else of its list items, in the
// order written, each named by its text. Franklin
// writes these links by hand in HTML, where no config names them. A
// link made by Julia ({{for (name, url) in menus}}, {{navbar}}), which
// lectern cannot run, an in-page link and a link with no text are left
// out; a file with fewer than two links into the site is no navigation
// (a logo's link, a lone external link), and the next file is tried.
// nil when none holds one.
func franklinMenu(fsys fs.FS) []config.MenuItem {
	for _, name := range franklinNavFiles {
		file := path.Join("_layout", name)
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			continue
		}
		// The list of a <nav>, without its buttons (a GitHub star), else
		// the whole <nav>, else any list.
		for _, in := range [][]atom.Atom{{atom.Nav, atom.Li}, {atom.Nav}, {atom.Li}} {
			if items := navLinks(file, src, in...); inSite(items) >= 2 {
				return items
			}
		}
	}
	return nil
}

// inSite counts the items that link into the site: from its root.
func inSite(items []config.MenuItem) int {
	n := 0
	for _, it := range items {
		if strings.HasPrefix(it.URL, "/") && !strings.HasPrefix(it.URL, "//") {
			n++
		}
	}
	return n
}

// navLinks are the links of src written inside an element of each kind
// of in (a <li> inside a <nav>), in order, each positioned at its line.
func navLinks(file string, src []byte, in ...atom.Atom) []config.MenuItem {
	z := html.NewTokenizer(bytes.NewReader(src))
	var items []config.MenuItem
	depths := make([]int, len(in))
	line := 1
	inside := func() bool {
		for _, d := range depths {
			if d == 0 {
				return false
			}
		}
		return true
	}
	var href string
	var text strings.Builder
	inLink, linkLine := false, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return items
		}
		raw := z.Raw()
		start := line
		line += bytes.Count(raw, []byte("\n"))
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			if i := slices.Index(in, tok.DataAtom); i >= 0 && tt == html.StartTagToken {
				depths[i]++
			}
			if tok.DataAtom == atom.A && inside() && tt == html.StartTagToken {
				inLink, href, linkLine = true, attr(tok, "href"), start
				text.Reset()
			}
		case html.EndTagToken:
			if tok.DataAtom == atom.A && inLink {
				inLink = false
				name := strings.Join(strings.Fields(text.String()), " ")
				if href == "" || name == "" || strings.HasPrefix(href, "#") || strings.Contains(href+name, "{{") {
					continue
				}
				items = append(items, config.MenuItem{Name: name, URL: href, Pos: diag.Pos{File: file, Line: linkLine}})
			}
			if i := slices.Index(in, tok.DataAtom); i >= 0 && depths[i] > 0 {
				depths[i]--
			}
		case html.TextToken:
			if inLink {
				text.WriteString(tok.Data)
			}
		}
	}
}

// attr is the value of tok's attribute key, "" when it has none.
func attr(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}
