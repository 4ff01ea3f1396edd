package build

import (
	"context"
	"strings"
	"testing"
)

// notebook is a Jupyter notebook of one markdown cell and one code cell
// with its output.
func notebook(title, output string) string {
	return `{"cells": [
 {"cell_type": "markdown", "metadata": {}, "source": ["---\n", "title: ` + title + `\n", "date: 2023-06-01\n", "---\n", "\n", "Notes on the talk."]},
 {"cell_type": "code", "metadata": {}, "source": "print(1)", "outputs": [{"output_type": "stream", "name": "stdout", "text": "` + output + `\n"}]}
], "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4, "nbformat_minor": 5}
`
}

// TestQuartoNotebooks: a Quarto site's notebook is a page, with its
// code and the outputs it keeps, listed among the posts; the preview
// follows an edit of it. A notebook on a Hugo site is a file.
func TestQuartoNotebooks(t *testing.T) {
	dir, s := startSession(t, `
-- _quarto.yml --
website:
  title: Data notes
-- index.qmd --
---
title: Data notes
listing:
  contents: posts
---
-- posts/pydata/index.ipynb --
`+notebook("Notes from PyData", "first output")+`
-- posts/other.qmd --
---
title: Other
date: 2023-01-01
---
Other.
`)
	page := body(t, s, "posts/pydata/index.html")
	for _, want := range []string{"<h1>Notes from PyData</h1>", "Notes on the talk.", `<span class="nb">print</span>`, "<pre><code>first output\n</code></pre>"} {
		if !strings.Contains(page, want) {
			t.Errorf("the notebook's page lacks %q:\n%s", want, page)
		}
	}
	if home := body(t, s, "index.html"); !strings.Contains(home, "Notes from PyData") {
		t.Errorf("the home page's listing lacks the notebook:\n%s", home)
	}
	edit(t, dir, "posts/pydata/index.ipynb", notebook("Renamed notes", "second output"))
	_, diags := s.Rebuild(context.Background(), []string{"posts/pydata/index.ipynb"})
	sameAsFullBuild(t, s, dir, diags)
	if page := body(t, s, "posts/pydata/index.html"); !strings.Contains(page, "second output") || !strings.Contains(page, "Renamed notes") {
		t.Errorf("the edit is not shown:\n%s", page)
	}

	out, _ := buildSite(t, `
-- hugo.toml --
title = "Hugo"
-- static/nb/talk.ipynb --
`+notebook("A file", "x")+`
-- content/a.md --
---
title: A
---
`)
	if got := out("nb/talk.ipynb"); !strings.Contains(got, `"cell_type"`) {
		t.Errorf("the Hugo site's notebook is not published as it is: %q", got)
	}
}
