package markdown

import (
	"bytes"
	"net/url"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Links between markdown files, as a repository of them is written to be
// read on a code host (README.md linking ../papers/README.md,
// /notes/a.md), point at the page each file becomes: the model knows its
// URL, asked for as a RefLink, the path of the file from the site's
// folder. A link is relative to the linking file's folder, or, starting
// with "/", to the site's folder, as the code host reads it. A link to a
// markdown file that is no page is left as written.

// sourceLinks rewrites in doc the destinations of links to markdown files
// that tags knows as pages, and returns the lookups made. file is the
// linking page's path from the site's folder.
func sourceLinks(doc ast.Node, file string, tags Tags) []Lookup {
	if tags.URL == nil {
		return nil
	}
	var lookups []Lookup
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		l, ok := n.(*ast.Link)
		if !ok {
			return ast.WalkContinue, nil
		}
		target, frag, ok := sourceTarget(string(l.Destination), file)
		if !ok {
			return ast.WalkContinue, nil
		}
		ref := Ref{Kind: RefLink, Target: target}
		u, found := tags.URL(ref)
		lookups = append(lookups, Lookup{Ref: &ref, Text: u, OK: found})
		if found {
			l.Destination = []byte(u + frag)
		}
		return ast.WalkContinue, nil
	})
	return lookups
}

// sourceTarget returns the path from the site's folder of the markdown
// file that a link destination dest, written in file, names, and its
// "#fragment"; false when dest names no markdown file of the site (an
// address with a scheme or a host, another kind of file, a path out of
// the site).
func sourceTarget(dest, file string) (target, frag string, ok bool) {
	if dest == "" || strings.Contains(dest, ":") || strings.HasPrefix(dest, "//") || strings.Contains(dest, "?") {
		return "", "", false
	}
	p, frag, _ := strings.Cut(dest, "#")
	if frag != "" {
		frag = "#" + frag
	}
	if dec, err := url.PathUnescape(p); err == nil {
		p = dec
	}
	switch strings.ToLower(path.Ext(p)) {
	case ".md", ".markdown":
	default:
		return "", "", false
	}
	if rooted := strings.TrimLeft(p, "/"); rooted != p {
		p = rooted
	} else {
		p = path.Join(path.Dir(file), p)
	}
	p = path.Clean(p)
	if p == "." || p == ".." || strings.HasPrefix(p, "../") {
		return "", "", false
	}
	return p, frag, true
}

// mayLinkSource reports whether src may hold a link to a markdown file,
// so that pages without one are not walked for them.
func mayLinkSource(src []byte) bool {
	return bytes.Contains(src, []byte(".md")) || bytes.Contains(src, []byte(".markdown"))
}
