package content

import (
	"io/fs"
	"path"
	"strings"
	"time"
)

// isSectionFile reports whether the page at p is a Hugo section's own
// page (_index.md), whose cascade gives its descendants values.
func isSectionFile(p string) bool {
	return strings.HasPrefix(path.Base(p), "_index.")
}

// cascadeDefaults reads the cascade of the section page at file (path
// from the site root; rel its path in the content folder): the values
// Hugo gives every page below the section, as a map, or as a list of
// maps each with a target. Its problems are the page's own and are
// reported when it is parsed; here a cascade lectern cannot read is
// simply none.
func cascadeDefaults(fsys fs.FS, file, rel string, loc *time.Location) []Default {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil
	}
	text, _ := repair(file, src)
	c := splitFrontMatter(file, text, loc).root.get("cascade")
	if c == nil {
		return nil
	}
	dir := path.Dir(rel)
	if dir == "." {
		dir = ""
	}
	var out []Default
	add := func(entry *node) {
		values := withoutTarget(entry)
		scope, ok := targetScope(entry, dir)
		if ok && len(values.keys) > 0 {
			out = append(out, Default{scope: scope, values: values, pagesOnly: true})
		}
	}
	switch c.kind {
	case mapNode:
		add(c)
	case listNode:
		for _, it := range c.items {
			if it.kind == mapNode && targetsPages(it) {
				add(it)
			}
		}
	}
	return out
}

// targetScope is the scope of a cascade entry: the section's folder dir,
// or the part of it its target's path names, a glob of Hugo's logical
// paths ("/blog/**" the pages below blog, "/blog/*" those in it). ok is
// false for a path lectern cannot follow ("**" inside it) or one outside
// the section: the entry is then left out rather than given to pages it
// does not name.
func targetScope(entry *node, dir string) (scope string, ok bool) {
	t := entry.get("target")
	if t == nil {
		t = entry.get("_target")
	}
	p := t.get("path")
	if p == nil || p.kind != scalarNode || strings.TrimSpace(p.text) == "" {
		return dir, true
	}
	scope = strings.Trim(strings.TrimSpace(p.text), "/")
	scope = strings.TrimSuffix(strings.TrimSuffix(scope, "**"), "/")
	if strings.Contains(scope, "**") {
		return "", false
	}
	if dir != "" && scope != dir && !strings.HasPrefix(scope, dir+"/") {
		return "", false
	}
	return scope, true
}

// targetsPages reports whether a cascade entry's target (Hugo's _target
// or target) may hold the pages lectern builds: it names no other kind
// than "page" and no environment other than production (its path is
// targetScope's).
func targetsPages(n *node) bool {
	t := n.get("target")
	if t == nil {
		t = n.get("_target")
	}
	if t == nil || t.kind != mapNode {
		return true
	}
	if k := t.get("kind"); k != nil && k.kind == scalarNode && k.text != "" && !strings.EqualFold(k.text, "page") && k.text != "{page,section}" {
		return false
	}
	if e := t.get("environment"); e != nil && e.kind == scalarNode && e.text != "" && !strings.EqualFold(e.text, "production") {
		return false
	}
	return true
}

// withoutTarget is a cascade entry's values: the entry without its
// target.
func withoutTarget(n *node) *node {
	out := &node{kind: mapNode, pos: n.pos}
	for _, e := range n.keys {
		if k := strings.ToLower(e.key); k != "target" && k != "_target" {
			out.keys = append(out.keys, e)
		}
	}
	return out
}
