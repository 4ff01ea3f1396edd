package layout

import (
	"fmt"

	"gopkg.in/yaml.v3"

	"lectern/internal/diag"
)

// unmarshalYAML decodes src, the YAML config or data file file, into v
// as yaml.Unmarshal does, but as Jekyll and Hugo read YAML: a key written
// twice in one mapping is no error, the last value wins, and warn (when
// not nil) is told of each such key with both lines, so that the author
// can delete the one not meant.
func unmarshalYAML(file string, src []byte, v any, warn func(diag.Pos, string)) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return err
	}
	lastWins(file, &doc, warn)
	boundAliases(file, &doc, warn)
	return doc.Decode(v)
}

// maxAliasValues bounds the values that expanding a config file's aliases
// may build: defaults repeated with "<<: *defaults" are a few values each,
// while aliases of aliases ("billion laughs") build billions.
const maxAliasValues = 100_000

// boundAliases replaces with an empty value each alias of doc, in the
// file's order, whose values would take those built by expanding aliases
// past maxAliasValues, or past the share of the file's values yaml.v3
// lets aliases build (99%, once a file has more than a thousand values
// and a hundred from aliases; it refuses more with "document contains
// excessive aliasing", naming no line, and the whole site failed). It
// tells warn (when not nil) of the first, at its line: the rest of the
// file is read, as for a data file or front matter.
func boundAliases(file string, doc *yaml.Node, warn func(diag.Pos, string)) {
	sizes := map[*yaml.Node]int{}
	built, plain, told := 0, 0, false
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind != yaml.AliasNode {
			plain++
			for _, c := range n.Content {
				walk(c)
			}
			return
		}
		plain++ // the alias itself, outside any expansion
		size := maxAliasValues + 1
		if n.Alias != nil {
			size = expandedSize(n.Alias, sizes, 0)
		}
		if after := built + size; after <= maxAliasValues && (after <= 100 || float64(after) <= 0.98*float64(after+plain)) {
			built = after
			return
		}
		if warn != nil && !told {
			told = true
			warn(diag.Pos{File: file, Line: n.Line, Col: n.Column}, fmt.Sprintf("the alias *%s repeats values that repeat aliases themselves, so that nearly all of the file's values would be built from aliases (a \"billion laughs\"), which YAML readers refuse; it and the aliases after it that do the same are read as empty: write out the values you mean", n.Value))
		}
		*n = yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Line: n.Line, Column: n.Column}
	}
	walk(doc)
}

// expandedSize counts the values yaml.v3 builds for n, its aliases
// expanded (each alias a value too), stopping past maxAliasValues; sizes
// remembers the count of each node seen, so that an anchor used a
// thousand times is counted once. An alias of its own ancestor (a cycle)
// or nesting deeper than yaml.v3 reads counts as too many.
func expandedSize(n *yaml.Node, sizes map[*yaml.Node]int, depth int) int {
	if s, ok := sizes[n]; ok {
		return s
	}
	if depth > 10_000 {
		return maxAliasValues + 1
	}
	sizes[n] = maxAliasValues + 1 // a cycle back to n is too many
	size := 1
	if n.Kind == yaml.AliasNode {
		size = maxAliasValues + 1
		if n.Alias != nil {
			size = 1 + expandedSize(n.Alias, sizes, depth+1)
		}
	}
	for _, c := range n.Content {
		if size > maxAliasValues {
			break
		}
		size += expandedSize(c, sizes, depth+1)
	}
	size = min(size, maxAliasValues+1)
	sizes[n] = size
	return size
}

// lastWins removes from every mapping under n each key written again
// later, keeping the later value.
func lastWins(file string, n *yaml.Node, warn func(diag.Pos, string)) {
	if n.Kind == yaml.MappingNode {
		last := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; k.Kind == yaml.ScalarNode && k.Tag != "!!merge" {
				last[k.Value] = i
			}
		}
		kept := n.Content[:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if j, ok := last[k.Value]; ok && j != i && k.Kind == yaml.ScalarNode && k.Tag != "!!merge" {
				if warn != nil {
					later := n.Content[j]
					warn(diag.Pos{File: file, Line: k.Line, Col: k.Column}, fmt.Sprintf("%q is written again on line %d, whose value is used; delete one of them", k.Value, later.Line))
				}
				continue
			}
			kept = append(kept, n.Content[i], n.Content[i+1])
		}
		n.Content = kept
	}
	for _, c := range n.Content {
		lastWins(file, c, warn)
	}
}
