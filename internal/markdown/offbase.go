package markdown

import (
	"path"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Sites published under a base path (a GitHub project's
// https://ada.github.io/conf2020/, a conference's /2021/) are written
// with that path in their links from the root: "[talks](/conf2020/talks/)",
// "![logo](/conf2020/assets/logo.png)", `<img src="/conf2020/logo.png">`,
// as Jekyll, Hugo and Astro leave such links as written. lectern
// publishes the site under its own base path (base_url's, often none),
// so such a link is read without the site's and put under lectern's. A
// link to a path merely starting with the same letters
// ("/conf2020-videos/"), or under another base path ("/conf2019/", last
// year's site), is left alone.

// offBase puts under base the destinations of links and images in doc
// written under from, the path the site's own tool published it under,
// that name no file or folder of the site as written (see rebase), and
// returns the lookups made; a link to a markdown file is left without
// from, for sourceLinks to give it its page's URL, which holds base.
func offBase(doc ast.Node, tags Tags, from, base string) []Lookup {
	var lookups []Lookup
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		dest := destination(n)
		if !entering || dest == nil {
			return ast.WalkContinue, nil
		}
		d, l, ok := rebase(string(*dest), tags, from, base, true)
		if l != nil {
			lookups = append(lookups, *l)
		}
		if ok {
			*dest = []byte(d)
		}
		return ast.WalkContinue, nil
	})
	return lookups
}

// rebase returns d, a link's destination, under base instead of from
// when it is under from (followed by "/", "#", "?" or nothing) and names
// no file or folder of the site as written: tags are asked with RefFile
// (a path with an extension) or RefFolder, the lookup returned, as a
// folder of the site named as the base path is published there. A link
// to a markdown file is given without from when md is set. ok is false
// when d is to stay as written.
func rebase(d string, tags Tags, from, base string, md bool) (string, *Lookup, bool) {
	rest, ok := strings.CutPrefix(d, from)
	if !ok || rest != "" && !strings.ContainsAny(rest[:1], "/#?") {
		return "", nil, false
	}
	var lookup *Lookup
	if tags.URL != nil {
		p, _, _ := strings.Cut(d, "#")
		p, _, _ = strings.Cut(p, "?")
		ref := Ref{Kind: RefFolder, Target: strings.Trim(path.Clean(p), "/")}
		if path.Ext(p) != "" {
			ref.Kind = RefFile
		}
		u, found := tags.URL(ref)
		lookup = &Lookup{Ref: &ref, Text: u, OK: found}
		if found {
			return "", lookup, false
		}
	}
	if !strings.HasPrefix(rest, "/") {
		rest = "/" + rest // "/conf2020" and "/conf2020#venue" are the home page
	}
	if ext := strings.ToLower(path.Ext(strings.SplitN(rest, "#", 2)[0])); md && (ext == ".md" || ext == ".markdown") {
		return rest, lookup, true
	}
	return base + rest, lookup, true
}

// baseAttr finds, in raw HTML, an src, href or poster attribute's value
// from the root (group 2 the value up to its end).
var baseAttr = regexp.MustCompile(`(?i)(\s(?:src|href|poster)\s*=\s*["']?)(/[^"'\s>]*)`)

// offBaseHTML does for the raw HTML of doc, blocks and inline tags, what
// offBase does for links: an src, href or poster attribute under from is
// put under base (rebase). The result, to render doc from, is src itself
// when nothing changed (see rewriteRawHTML).
func offBaseHTML(doc ast.Node, src []byte, tags Tags, from, base string) ([]byte, []Lookup) {
	var lookups []Lookup
	out := rewriteRawHTML(doc, src, func(d string) (string, bool) {
		d, l, ok := rebase(d, tags, from, base, false)
		if l != nil {
			lookups = append(lookups, *l)
		}
		return d, ok
	})
	return out, lookups
}

// rewriteRawHTML gives each src, href or poster attribute from the root
// in the raw HTML of doc (HTML blocks, inline tags and raw blocks, see
// rawInfo) to fix, which returns the value to write instead, or false to
// leave it. The HTML is the source's, which other nodes point into, so
// the rewritten text is appended to a copy of src, where the node's
// segments then point: the result, to render doc from, is src itself
// when nothing changed.
func rewriteRawHTML(doc ast.Node, src []byte, fix func(d string) (string, bool)) []byte {
	out := src
	move := func(seg text.Segment) (text.Segment, bool) {
		v := seg.Value(out)
		changed := false
		nv := baseAttr.ReplaceAllFunc(v, func(m []byte) []byte {
			sm := baseAttr.FindSubmatchIndex(m)
			d, ok := fix(string(m[sm[4]:sm[5]]))
			if !ok {
				return m
			}
			changed = true
			return append(append([]byte(nil), m[:sm[4]]...), d...)
		})
		if !changed {
			return seg, false
		}
		if len(out) == len(src) {
			out = append(src[:len(src):len(src)], nv...)
		} else {
			out = append(out, nv...)
		}
		seg.Start, seg.Stop, seg.Padding = len(out)-len(nv), len(out), 0
		return seg, true
	}
	moveLines := func(lines *text.Segments) {
		for i := range lines.Len() {
			if seg, ok := move(lines.At(i)); ok {
				lines.Set(i, seg)
			}
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock:
			moveLines(n.Lines())
			if n.HasClosure() {
				if seg, ok := move(n.ClosureLine); ok {
					n.ClosureLine = seg
				}
			}
		case *ast.RawHTML:
			moveLines(n.Segments)
		case *ast.FencedCodeBlock:
			// A raw block's lines are HTML too; its info string is read
			// from src, which still holds it where it was.
			if isRawFence(n, src) {
				moveLines(n.Lines())
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// underBaseHTML does for the raw HTML of doc what underBase does for its
// links and images: an src, href or poster attribute from the root is
// put under base, as Franklin's prepath puts every such attribute of the
// pages it publishes; one already under base, or naming a host
// ("//cdn…"), is left alone.
func underBaseHTML(doc ast.Node, src []byte, base string) []byte {
	return rewriteRawHTML(doc, src, func(d string) (string, bool) {
		if strings.HasPrefix(d, "//") || d == base || strings.HasPrefix(d, base+"/") || strings.HasPrefix(d, base+"#") || strings.HasPrefix(d, base+"?") {
			return "", false
		}
		return base + d, true
	})
}
