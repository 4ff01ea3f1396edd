package layout

import (
	"strings"
	"testing"

	"lectern/internal/diag"
)

// FuzzUnmarshalYAML: no config file makes unmarshalYAML panic or build
// more values from aliases than maxAliasValues allows, and every warning
// names a line of the file.
func FuzzUnmarshalYAML(f *testing.F) {
	bomb := "a: &a [l, l, l, l, l, l, l, l, l]\n"
	for _, c := range "bcdefghi" {
		prev := string(c - 1)
		bomb += string(c) + ": &" + string(c) + " [" + strings.Repeat("*"+prev+", ", 8) + "*" + prev + "]\n"
	}
	for _, s := range []string{
		"title: T\n", bomb, "a: &a [*a]\n", "a: &a {b: *a}\n<<: *a\n",
		"base: &b {x: 1}\nt: [{<<: *b}, {<<: *b, y: 2}]\n", "a: *nothing\n", "&a\n", "- &a\n- *a\n- [*a, *a]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		lines := strings.Count(string(src), "\n") + 1
		var m map[string]any
		_ = unmarshalYAML("_config.yml", src, &m, func(p diag.Pos, msg string) {
			if p.File != "_config.yml" || p.Line < 1 || p.Line > lines {
				t.Errorf("warning at %v, outside the file's %d lines: %s", p, lines, msg)
			}
		})
	})
}
