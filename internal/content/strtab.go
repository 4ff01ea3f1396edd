package content

import (
	"strings"
	"sync"
)

// strtab holds one copy of each front matter text the documents of one
// Load read, so that the values pages repeat — a speaker's name and bio
// on each of their talks, a track, a room, a layout, every key — are held
// once by all of them rather than once by each: a build holds every
// document to its end. It owns its strings (it copies each the first
// time), so a value never keeps alive the text it was decoded from. The
// table itself lives only as long as the Load: what it saves is held by
// the documents. A nil *strtab copies nothing and returns its argument.
type strtab struct {
	mu sync.Mutex
	m  map[string]string
	// boxes holds each text as Params holds it, an interface value:
	// boxing a string allocates, once per value rather than per page.
	boxes map[string]any
}

func newStrtab() *strtab {
	return &strtab{m: make(map[string]string), boxes: make(map[string]any)}
}

// get returns the table's copy of s, making one the first time.
func (t *strtab) get(s string) string {
	if t == nil || s == "" {
		return s
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if c, ok := t.m[s]; ok {
		return c
	}
	c := strings.Clone(s)
	t.m[c] = c
	return c
}

// box returns s as an interface value, the same one each time s is
// asked for.
func (t *strtab) box(s string) any {
	if t == nil {
		return s
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if b, ok := t.boxes[s]; ok {
		return b
	}
	var b any = s
	t.boxes[s] = b
	return b
}

// tree replaces every key and scalar text of the tree at n by the
// table's copy. The tree is bounded by maxNodes (aliases are expanded
// into nodes of their own, counted), so the walk is too.
func (t *strtab) tree(n *node) {
	if t == nil || n == nil {
		return
	}
	switch n.kind {
	case scalarNode:
		n.text = t.get(n.text)
	case listNode:
		for _, it := range n.items {
			t.tree(it)
		}
	case mapNode:
		for i := range n.keys {
			n.keys[i].key = t.get(n.keys[i].key)
			t.tree(n.keys[i].val)
		}
	}
}
