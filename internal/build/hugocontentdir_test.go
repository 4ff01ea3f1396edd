package build

import (
	"strings"
	"testing"
)

// TestHugoContentDirElsewhere: a Hugo site whose pages are not in
// content/ but where its config's contentDir, or the module mount
// targeting content, puts them is built from there, at the URLs Hugo
// gives them (src/talks/a.md at /talks/a/).
func TestHugoContentDirElsewhere(t *testing.T) {
	page := `---
title: Ice talk
speakers: [Ana Lind]
date: 2026-03-01
---
About ice.
`
	for _, tt := range []struct{ name, site string }{
		{"contentDir", "-- config.toml --\nbaseURL = \"https://x.example.org/\"\ntitle = \"Lake\"\ncontentDir = \"src\"\n-- src/talks/a.md --\n" + page},
		{"module mount", "-- hugo.yaml --\nbaseURL: https://x.example.org/\ntitle: Lake\nmodule:\n  mounts:\n    - source: docs\n      target: content\n    - source: pics\n      target: static\n-- docs/talks/a.md --\n" + page},
	} {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, tt.site)
			if got := read("talks/a/index.html"); !strings.Contains(got, "About ice.") {
				t.Errorf("talks/a: %.300s", got)
			}
		})
	}
}
