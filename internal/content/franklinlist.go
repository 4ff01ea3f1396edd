package content

import (
	"bytes"
	"path"
	"regexp"
	"strings"
)

// Franklin has no list of posts of its own: its blogs list them with a
// function of their utils.jl, most often the julialang.org site's
// hfun_blogposts, copied from site to site, which lists the posts of
// the blog's folder newest first. A page whose line is only such a call
// ("{{blogposts}}") is the intro of lectern's list of that folder, as a
// Quarto listing is, and the call, which lectern cannot run, goes.

// postListCall matches a line that is only a call of a function without
// arguments, or with a count ("{{recent_posts 5}}"), which lectern's
// list does not need.
var postListCall = regexp.MustCompile(`^\s*\{\{\s*([A-Za-z_]\w*)(?:\s+\d+)?\s*\}\}\s*$`)

// postListName reports whether a function's name says it lists posts:
// blogposts, list_posts, recentPosts, postlist.
func postListName(name string) bool {
	b := BareKey(name)
	return strings.Contains(b, "posts") || b == "postlist" || b == "bloglist"
}

// franklinPostList makes doc the intro of the list of its folder's pages
// when a line of its body, outside code, is only a call of a function
// listing posts, and blanks that line (so it keeps its number). The
// folder is the page's own for an index page (blog/index.md lists
// blog/), else the folder of the page's name (blog.md lists blog/),
// where Franklin publishes both at /blog/.
func franklinPostList(doc *Document) {
	lines := splitLines(doc.Body)
	var code fences
	found := false
	for i, l := range lines {
		if code.skip(l) {
			continue
		}
		m := postListCall.FindSubmatch(l)
		if m == nil || !postListName(string(m[1])) {
			continue
		}
		lines[i], found = nil, true
	}
	if !found {
		return
	}
	body := bytes.Join(lines, nl)
	if bytes.HasSuffix(doc.Body, nl) {
		body = append(body, '\n')
	}
	doc.Body = body
	doc.Intro = true
	stem := strings.TrimSuffix(doc.Path, path.Ext(doc.Path))
	if path.Base(stem) != "index" {
		doc.EditExtra().ListDirs = []string{stem}
	}
}
