package build

import (
	"strings"
	"testing"
)

// TestQuartoExecute: Quarto's execute: defaults, from _quarto.yml, a
// folder's _metadata.yml and the page's front matter, each over the one
// before, hide the code of executable cells unless a cell's own option
// shows it; a folder's other metadata reaches its pages too.
func TestQuartoExecute(t *testing.T) {
	const cells = "```{r}\nlibrary(pkg)\n```\n\n```{r}\n#| echo: true\nshown(x)\n```\n"
	tests := []struct {
		name, archive string
		want, notWant []string
	}{
		{"no defaults show the code", `
-- _quarto.yml --
project:
  type: website
-- talks/a/index.qmd --
---
title: A
---
` + cells, []string{"library", "shown"}, nil},
		{"the folder's metadata hides it", `
-- _quarto.yml --
project:
  type: website
-- talks/_metadata.yml --
execute:
  echo: false
  warning: true
categories: [R]
-- talks/a/index.qmd --
---
title: A
---
` + cells, []string{"shown", `href="/tags/r/"`}, []string{"library"}},
		{"the project's execute hides it", `
-- _quarto.yml --
project:
  type: website
execute:
  echo: false
-- talks/a/index.qmd --
---
title: A
---
` + cells, []string{"shown"}, []string{"library"}},
		{"the page's front matter wins over its folder", `
-- _quarto.yml --
project:
  type: website
execute:
  echo: false
-- talks/_metadata.yml --
execute:
  warning: false
-- talks/a/index.qmd --
---
title: A
execute:
  echo: true
---
` + cells, []string{"library", "shown"}, nil},
		{"include: false hides the cells whole", `
-- _quarto.yml --
project:
  type: website
-- talks/_metadata.yml --
execute:
  include: false
-- talks/a/index.qmd --
---
title: A
---
` + cells, nil, []string{"library", "shown"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := buildSite(t, tt.archive)
			page := out("talks/a/index.html")
			if page == "" {
				t.Fatal("talks/a/index.html was not written")
			}
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("the page lacks %q:\n%s", w, page)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(page, w) {
					t.Errorf("the page shows %q:\n%s", w, page)
				}
			}
		})
	}
}
