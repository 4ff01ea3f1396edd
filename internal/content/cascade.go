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
	add := func(values *node) {
		if values != nil && values.kind == mapNode && len(values.keys) > 0 {
			out = append(out, Default{scope: dir, values: values, pagesOnly: true})
		}
	}
	switch c.kind {
	case mapNode:
		add(withoutTarget(c))
	case listNode:
		for _, it := range c.items {
			if it.kind == mapNode && targetsPages(it) {
				add(withoutTarget(it))
			}
		}
	}
	return out
}

// targetsPages reports whether a cascade entry's target (Hugo's _target
// or target) may hold the pages lectern builds: it names no other kind
// than "page" and no environment other than production. A target path
// is not followed: the entry applies to the whole section.
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
