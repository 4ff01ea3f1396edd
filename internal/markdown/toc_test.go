package markdown

import "testing"

// TestTOCMarkers: the line other tools replace with a table of contents
// is one, and is taken neither for the excerpt nor for a wiki link; the
// same text within a line, or in code, stays text.
func TestTOCMarkers(t *testing.T) {
	const toc = "<ul id=\"markdown-toc\">\n<li><a href=\"#one\">One</a>\n<ul>\n<li><a href=\"#two\">Two</a></li>\n</ul>\n</li>\n</ul>"
	for _, marker := range []string{"[TOC]", "[toc]", "[[_TOC_]]", "[[toc]]", `\toc`, `\tableofcontents`, "  [TOC]  ", "{{< toc >}}", "{{% toc %}}", "{% toc %}"} {
		t.Run(marker, func(t *testing.T) {
			res := New(Options{}).ConvertPage("x.md", []byte(marker+"\n\nFirst words.\n\n## One\n\n### Two\n"), 1, testTags)
			checkHTML(t, string(res.HTML), []string{toc}, []string{"TOC", `\toc`, "toc %}", "toc >}}"})
			if res.Excerpt != "First words." {
				t.Errorf("excerpt %q, want the first paragraph of prose", res.Excerpt)
			}
			if len(res.Diags) > 0 {
				t.Errorf("warnings: %v", res.Diags.Strings())
			}
		})
	}
	for _, src := range []string{"See [TOC] above.\n", "```\n[TOC]\n```\n", "`\\toc`\n", "[TOC]\nand more\n"} {
		checkHTML(t, string(convert(t, src+"\n## One\n").HTML), nil, []string{"markdown-toc"})
	}
}
