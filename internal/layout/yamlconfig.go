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
	return doc.Decode(v)
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
