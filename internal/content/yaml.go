package content

import (
	"regexp"

	"gopkg.in/yaml.v3"

	"lectern/internal/diag"
)

// maxNodes bounds the values built from one front matter, so that YAML
// aliases that refer to each other many times over (a "billion laughs")
// cannot exhaust memory; maxDepth bounds nesting and alias cycles.
const (
	maxNodes = 100_000
	maxDepth = 64
)

// yamlTree parses YAML front matter. The YAML is decoded into a yaml.Node
// rather than into Go values so that every key keeps its line and column
// and every scalar its text as written: with YAML 1.1 decoders (yaml.v2,
// the default of adrg/frontmatter) "room: NO" or "level: on" would become
// booleans. firstLine is the file line on which data starts.
func yamlTree(file string, data []byte, firstLine int) (*node, diag.List) {
	root, diags := yamlValue(file, data, firstLine, frontMatter)
	if root == nil {
		return nil, diags
	}
	if root.kind == scalarNode && root.tag == tagNull {
		return &node{kind: mapNode, pos: root.pos}, diags
	}
	if root.kind != mapNode {
		diags.Errorf(root.pos, "cannot parse front matter: it is %s, not key: value lines; write one field per line, like title: My talk", root.shape())
		return nil, diags
	}
	return root, diags
}

// what names the text being decoded in messages: front matter, or a
// data file (see DecodeData), whose values are many more.
type what struct {
	name  string
	limit int // the most values built, see maxNodes
	// yaml11Times types plain scalars of YAML 1.1's timestamp shape as
	// times (see yaml11Time); front matter dates are read from their
	// text by fields.date, so this is a data file's.
	yaml11Times bool
}

var (
	frontMatter = what{"front matter", maxNodes, false}
	dataFile    = what{"data file", maxDataNodes, true}
)

// maxDataNodes bounds the values of one data file: a programme of ten
// thousand talks is a few hundred thousand values, and aliases
// repeated over and over stop here.
const maxDataNodes = 1_000_000

// maxAliasNodes bounds the values built by expanding aliases, in any
// text: defaults repeated with "<<: *defaults" are a few values each.
const maxAliasNodes = 100_000

// yamlValue parses YAML of any shape; an empty text is a mapping with no
// keys.
func yamlValue(file string, data []byte, firstLine int, w what) (root *node, diags diag.List) {
	defer func() {
		// yaml.v3 is a port of libyaml and has panicked on odd input
		// before; a page must never crash the build.
		if r := recover(); r != nil {
			root = nil
			diags = diag.List{diag.Errorf(diag.Pos{File: file, Line: firstLine - 1, Col: 1},
				"cannot parse %s: the YAML parser failed (%v); simplify the %s", w.name, r, w.name)}
		}
	}()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, diag.List{yamlError(file, data, firstLine, err, w.name)}
	}
	b := yamlBuilder{file: file, offset: firstLine - 1, limit: w.limit, what: w.name, yaml11Times: w.yaml11Times}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		// Empty front matter ("---" straight after "---"): valid, no fields.
		return &node{kind: mapNode, pos: diag.Pos{File: file, Line: firstLine, Col: 1}}, nil
	}
	return b.build(doc.Content[0], 0), b.diags
}

type yamlBuilder struct {
	file   string
	offset int
	nodes  int
	limit  int
	// inAlias counts the aliases being expanded, and aliased the values
	// built for them: aliases that repeat each other ("billion laughs")
	// stop at maxAliasNodes, however large limit is.
	inAlias, aliased int
	what             string
	yaml11Times      bool
	diags            diag.List
	failed           bool
}

func (b *yamlBuilder) pos(n *yaml.Node) diag.Pos {
	return diag.Pos{File: b.file, Line: n.Line + b.offset, Col: n.Column}
}

func (b *yamlBuilder) build(n *yaml.Node, depth int) *node {
	b.nodes++
	if b.inAlias > 0 {
		b.aliased++
	}
	if b.nodes > b.limit || b.aliased > maxAliasNodes || depth > maxDepth {
		if !b.failed {
			b.failed = true
			b.diags.Warnf(b.pos(n), "%s is nested too deeply or repeats aliases too often; values past this point are ignored", b.what)
		}
		return &node{kind: scalarNode, tag: tagNull, pos: b.pos(n)}
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) > 0 {
			return b.build(n.Content[0], depth+1)
		}
	case yaml.AliasNode:
		if n.Alias != nil {
			b.inAlias++
			out := b.build(n.Alias, depth+1)
			b.inAlias--
			cp := *out
			cp.pos = b.pos(n)
			return &cp
		}
	case yaml.SequenceNode:
		out := &node{kind: listNode, pos: b.pos(n), items: make([]*node, 0, len(n.Content))}
		for _, c := range n.Content {
			out.items = append(out.items, b.build(c, depth+1))
		}
		return out
	case yaml.MappingNode:
		return b.mapping(n, depth)
	case yaml.ScalarNode:
		tag := yamlTag(n)
		if tag == tagString && b.yaml11Times && n.Style == 0 && yaml11Time.MatchString(n.Value) {
			tag = tagTime
		}
		return &node{kind: scalarNode, pos: b.pos(n), tag: tag, text: n.Value}
	}
	return &node{kind: scalarNode, tag: tagNull, pos: b.pos(n)}
}

func (b *yamlBuilder) mapping(n *yaml.Node, depth int) *node {
	out := &node{kind: mapNode, pos: b.pos(n)}
	index := make(map[string]int, len(n.Content)/2)
	var merges []*node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		val := b.build(v, depth+1)
		if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			merges = append(merges, val)
			continue
		}
		key := k.Value
		if k.Kind != yaml.ScalarNode {
			b.diags.Warnf(b.pos(k), "a key of the %s is %s, not a word; the field is ignored", b.what, b.build(k, depth+1).shape())
			continue
		}
		e := entry{key: key, pos: b.pos(k), val: val}
		if j, dup := index[key]; dup {
			prev := out.keys[j].pos
			b.diags.Warnf(e.pos, "%q is set twice, on lines %d and %d; the last value is used, so delete one of them",
				key, prev.Line, e.pos.Line)
			out.keys[j] = e
			continue
		}
		index[key] = len(out.keys)
		out.keys = append(out.keys, e)
	}
	// Merge keys ("<<: *defaults") add the keys a mapping does not set
	// itself, as YAML's merge specification says.
	for _, m := range merges {
		srcs := []*node{m}
		if m.kind == listNode {
			srcs = m.items
		}
		for _, src := range srcs {
			if src.kind != mapNode {
				continue
			}
			for _, e := range src.keys {
				if _, ok := index[e.key]; !ok {
					index[e.key] = len(out.keys)
					out.keys = append(out.keys, e)
				}
			}
		}
	}
	return out
}

// yaml11Time is YAML 1.1's timestamp with a time of day, which Ruby's
// YAML (behind Jekyll's site.data) and js-yaml (Eleventy's) type as a
// time: its month, day and hour may have one digit and its zone may
// follow a space ("2014-12-8 18:00:00 -0500"), where yaml.v3 types only
// the narrower YAML 1.2 forms and leaves these text.
var yaml11Time = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?$`)

func yamlTag(n *yaml.Node) scalarTag {
	switch n.ShortTag() {
	case "!!int":
		return tagInt
	case "!!float":
		return tagFloat
	case "!!bool":
		return tagBool
	case "!!null":
		return tagNull
	case "!!timestamp":
		return tagTime
	}
	return tagString
}
