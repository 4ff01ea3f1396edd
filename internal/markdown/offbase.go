package markdown

import (
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Sites published under a base path (a GitHub project's
// https://ada.github.io/conf2020/, a conference's /2021/) are written
// with that path in their links from the root: "[talks](/conf2020/talks/)",
// "![logo](/conf2020/assets/logo.png)", as Jekyll, Hugo and Astro leave
// such links as written. lectern publishes the site under its own base
// path (base_url's, often none), so such a link is read without the
// site's and put under lectern's. A link to a path merely starting with
// the same letters ("/conf2020-videos/"), or under another base path
// ("/conf2019/", last year's site), is left alone.

// offBase puts under base the destinations of links and images in doc
// written under from, the path the site's own tool published it under,
// that name no file or folder of the site as written (tags asked with
// RefFile and RefFolder, the lookups made returned); a link to a
// markdown file is left without from, for sourceLinks to give it its
// page's URL, which holds base.
func offBase(doc ast.Node, tags Tags, from, base string) []Lookup {
	var lookups []Lookup
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		dest := destination(n)
		if !entering || dest == nil {
			return ast.WalkContinue, nil
		}
		d := string(*dest)
		rest, ok := strings.CutPrefix(d, from)
		if !ok || rest != "" && !strings.ContainsAny(rest[:1], "/#?") {
			return ast.WalkContinue, nil
		}
		if tags.URL != nil {
			// A folder of the site named as the base path is published
			// there, and a link into it is one as written.
			p, _, _ := strings.Cut(d, "#")
			p, _, _ = strings.Cut(p, "?")
			ref := Ref{Kind: RefFolder, Target: strings.Trim(path.Clean(p), "/")}
			if path.Ext(p) != "" {
				ref.Kind = RefFile
			}
			u, found := tags.URL(ref)
			lookups = append(lookups, Lookup{Ref: &ref, Text: u, OK: found})
			if found {
				return ast.WalkContinue, nil
			}
		}
		if !strings.HasPrefix(rest, "/") {
			rest = "/" + rest // "/conf2020" and "/conf2020#venue" are the home page
		}
		if ext := strings.ToLower(path.Ext(strings.SplitN(rest, "#", 2)[0])); ext == ".md" || ext == ".markdown" {
			*dest = []byte(rest)
			return ast.WalkContinue, nil
		}
		*dest = []byte(base + rest)
		return ast.WalkContinue, nil
	})
	return lookups
}
