package markdown

import (
	"bytes"
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"

	"lectern/internal/diag"
)

// Links between markdown files, as a repository of them is written to be
// read on a code host (README.md linking ../papers/README.md,
// /notes/a.md), point at the page each file becomes: the model knows its
// URL, asked for as a RefLink, the path of the file from the site's
// folder. A link is relative to the linking file's folder, or, starting
// with "/", to the site's folder, as the code host reads it. A link to a
// markdown file that is no page is left as written.
//
// Pelican writes such links with a prefix, {filename}, the older
// |filename|, {static} or {attach}: the rest is a path from the linking
// file's folder, or, starting with "/", from its content folder (Pelican's
// PATH). Such a destination is never a URL as written, so one that names
// nothing of the site is a warning and loses its prefix.

// sourceLinks rewrites in doc the destinations of links to markdown files
// that tags knows as pages, and of images and links to other files of the
// site that tags knows as published files, and returns the lookups made.
// file is the linking page's path from the site's folder. An image naming
// a file the site does not publish is a warning in diags, at lines: the
// page would show a broken image.
func sourceLinks(doc ast.Node, file string, tags Tags, lines *lineIndex, diags *diag.List) []Lookup {
	if tags.URL == nil {
		return nil
	}
	var lookups []Lookup
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		dest := destination(n)
		if !entering || dest == nil {
			return ast.WalkContinue, nil
		}
		written := string(*dest)
		if ref, frag, ok := ownRepoTarget(written, tags.Repository); ok {
			u, found := tags.URL(ref)
			lookups = append(lookups, Lookup{Ref: &ref, Text: u, OK: found})
			if found {
				*dest = []byte(u + frag)
			}
			return ast.WalkContinue, nil
		}
		rest, prefixed := pelicanPrefix(written)
		ref, frag, ok := sourceTarget(rest, file, prefixed)
		if !ok {
			if prefixed {
				*dest = []byte(rest)
			}
			return ast.WalkContinue, nil
		}
		u, found := tags.URL(ref)
		lookups = append(lookups, Lookup{Ref: &ref, Text: u, OK: found})
		if found {
			*dest = []byte(u + frag)
			return ast.WalkContinue, nil
		}
		off, at := nodeOffset(n)
		_, img := n.(*ast.Image)
		switch {
		case !at:
		case img && ref.Kind == RefFile:
			diags.Warnf(lines.pos(file, off), "the image %q is not a file of this site (%s is not among its files), so the page shows a broken image; add the file or correct the path", written, ref.Target)
		case prefixed:
			diags.Warnf(lines.pos(file, off), "the link %q names no page or file of this site, so it is broken; correct the path (from this file's folder, or from the content folder when it starts with \"/\")", written)
		}
		if prefixed {
			*dest = []byte(rest)
		}
		return ast.WalkContinue, nil
	})
	return lookups
}

// pelicanPrefixes start a Pelican link to another file of the site.
var pelicanPrefixes = []string{"{filename}", "|filename|", "{static}", "{attach}"}

// pelicanPrefix returns dest without a Pelican prefix and true, or dest
// and false when it has none.
func pelicanPrefix(dest string) (string, bool) {
	for _, p := range pelicanPrefixes {
		if rest, ok := strings.CutPrefix(dest, p); ok {
			return rest, true
		}
	}
	return dest, false
}

// sourceTarget returns the Ref of the file that a link destination
// dest, written in file, names, and its "#fragment". Its Target is the
// path from the site's folder, and its Kind how to look it up: RefLink
// for a markdown file, RefFile for another file named by a relative path
// (a path from the site's root is already where the file is published),
// RefFolder for a relative path without an extension that ends in "/" or
// starts with "./" or "../"; false when dest names none (an address with
// a scheme or a host, a page, a path from the root, a path out of the
// site). A destination that had a Pelican prefix (pelican) names a file
// whatever its extension, and one starting with "/" is from the content
// folder (Ref.FromContent).
func sourceTarget(dest, file string, pelican bool) (ref Ref, frag string, ok bool) {
	if dest == "" || strings.Contains(dest, ":") || strings.HasPrefix(dest, "//") || strings.Contains(dest, "?") {
		return Ref{}, "", false
	}
	p, frag, _ := strings.Cut(dest, "#")
	if frag != "" {
		frag = "#" + frag
	}
	if dec, err := url.PathUnescape(p); err == nil {
		p = dec
	}
	kind := RefLink
	switch ext := strings.ToLower(path.Ext(p)); {
	case ext == ".md" || ext == ".markdown":
	case pelican && p != "":
		// Pelican reads HTML files as pages too.
		switch {
		case ext == "" || strings.HasSuffix(p, "/"):
			kind = RefFolder
		case ext != ".html" && ext != ".htm":
			kind = RefFile
		}
	case ext == ".html" || ext == ".htm" || strings.HasPrefix(p, "/") || p == "":
		return Ref{}, "", false
	case ext == "":
		// "talks/" or "./talks" is a folder; "about" could as well be
		// a page's URL relative to this one, and is not looked up.
		if !strings.HasSuffix(p, "/") && !strings.HasPrefix(p, "./") && !strings.HasPrefix(p, "../") {
			return Ref{}, "", false
		}
		kind = RefFolder
	default:
		kind = RefFile
	}
	fromContent := false
	if rooted := strings.TrimLeft(p, "/"); rooted != p {
		p, fromContent = rooted, pelican
	} else {
		p = path.Join(path.Dir(file), p)
	}
	p = path.Clean(p)
	if p == "." || p == ".." || strings.HasPrefix(p, "../") {
		return Ref{}, "", false
	}
	return Ref{Kind: kind, Target: p, FromContent: fromContent}, frag, true
}

// mayLinkSource reports whether src may hold a link to a markdown file
// or a relative link to another file, so that pages without one are not
// walked for them.
func mayLinkSource(src []byte) bool {
	for _, p := range pelicanPrefixes {
		if bytes.Contains(src, []byte(p)) {
			return true
		}
	}
	return bytes.Contains(src, []byte(".md")) || bytes.Contains(src, []byte(".markdown")) ||
		bytes.Contains(src, []byte("](./")) || bytes.Contains(src, []byte("](../")) || relativeDest.Match(src)
}

// relativeDest matches an inline link or image destination that starts
// with a letter or digit: a path relative to the page (images/a.png),
// or a scheme (https:), which sourceTarget then leaves alone.
var relativeDest = regexp.MustCompile(`\]\(<?[A-Za-z0-9_]`)

// nodeOffset returns where in the source the inline node n starts, or
// near it: its first text's, else its paragraph's first line's.
func nodeOffset(n ast.Node) (int, bool) {
	if t, ok := n.FirstChild().(*ast.Text); ok {
		return t.Segment.Start, true
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start, true
		}
	}
	return 0, false
}

// underBase puts base before the destinations of links and images in doc
// written from the site's root ("/posts/a/" becomes "/blog/posts/a/"), as
// Franklin does with its prepath; a destination already under base, a
// host ("//cdn…") and anything relative are left alone.
func underBase(doc ast.Node, base string) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		dest := destination(n)
		if !entering || dest == nil {
			return ast.WalkContinue, nil
		}
		d := *dest
		if len(d) == 0 || d[0] != '/' || len(d) > 1 && d[1] == '/' ||
			string(d) == base || bytes.HasPrefix(d, []byte(base+"/")) || bytes.HasPrefix(d, []byte(base+"#")) {
			return ast.WalkContinue, nil
		}
		*dest = append([]byte(base), d...)
		return ast.WalkContinue, nil
	})
}

// destination returns the destination of a link or an image, to read or
// set, or nil for any other node.
func destination(n ast.Node) *[]byte {
	switch l := n.(type) {
	case *ast.Link:
		return &l.Destination
	case *ast.Image:
		return &l.Destination
	}
	return nil
}

// sourceItems gives the reading items read from links that sourceLinks
// rewrote the address the body's HTML links to, so that an item linking
// a file of the site ("slides.pdf", "../notes/a.md") is where the page
// links it, and lets go of the link nodes.
func sourceItems(items []Link) {
	for i := range items {
		if dest := destination(items[i].link); dest != nil {
			items[i].URL = string(unescape(*dest))
		}
		items[i].link = nil
	}
}
