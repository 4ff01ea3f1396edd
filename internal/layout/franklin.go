package layout

import (
	"strings"

	"lectern/internal/content"
)

// FranklinConfig is a Franklin site's config: its settings and the
// \newcommand macros its pages use.
const FranklinConfig = "config.md"

func franklin() Layout {
	machinery := topIn("_layout", "_libs", "__site", FranklinConfig, "utils.jl")
	// Franklin copies _assets/ to assets/: its pages name the files there
	// (\fig{/assets/a.png}, <img src="/assets/map.jpg">), never /_assets/.
	mounts := []content.Mount{{Source: "_assets", Target: "assets"}}
	return Layout{Tool: Franklin, Evidence: "config.md, _layout/", ContentDir: ".", Mounts: mounts, skip: func(p string, dir bool) bool {
		t := strings.ToLower(top(p))
		return machinery[t] || packageFiles[t] || (!dir && isScript(p))
	}}
}
