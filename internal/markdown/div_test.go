package markdown

import (
	"strings"
	"testing"
)

// TestDiv: Franklin's "@@class" … "@@" lines wrap markdown in a div;
// divs nest, and the closing line of a code block or raw HTML inside is
// theirs.
func TestDiv(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"one div", "@@row,row-section\nSome *text*.\n@@\n",
			"<div class=\"row row-section\">\n<p>Some <em>text</em>.</p>\n</div>\n"},
		{"nested and indented", "@@row\n  @@col-12\n  A list:\n\n  - one\n  @@\n@@\nAfter.\n",
			"<div class=\"row\">\n<div class=\"col-12\">\n<p>A list:</p>\n<ul>\n<li>one</li>\n</ul>\n</div>\n</div>\n<p>After.</p>\n"},
		{"a code block holding @@", "@@note\n```\n@@\n```\n@@\n",
			"<div class=\"note\">\n<pre><code>@@\n</code></pre>\n</div>\n"},
		{"a heading inside", "@@box\n## Title\nText.\n@@\n",
			"<div class=\"box\">\n<h2 id=\"title\">Title <a class=\"anchor\" href=\"#title\" aria-label=\"Link to section: Title\">#</a></h2>\n<p>Text.</p>\n</div>\n"},
		{"a comment before the close", "@@row\nText.\n<!-- a note -->\n@@\nAfter.\n",
			"<div class=\"row\">\n<p>Text.</p>\n<!-- a note -->\n</div>\n<p>After.</p>\n"},
		{"a comment over lines holds @@", "@@row\n<!-- a\n@@\n-->\n@@\n",
			"<div class=\"row\">\n<!-- a\n@@\n-->\n</div>\n"},
		{"a line of tags ends at @@", "@@row\n<div class=\"x\">\n@@\nAfter.\n",
			"<div class=\"row\">\n<div class=\"x\">\n</div>\n<p>After.</p>\n"},
		{"a diff hunk is text", "@@ -1,3 +1,4 @@\n", "<p>@@ -1,3 +1,4 @@</p>\n"},
		{"a class of another shape is text", "@@x y\n", "<p>@@x y</p>\n"},
		{"never closed", "@@row\nText.\n", "<div class=\"row\">\n<p>Text.</p>\n</div>\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(convert(t, tc.src).HTML)
			if strings.TrimSpace(got) != strings.TrimSpace(tc.want) {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestAlerts: GitHub's alerts and Obsidian's callouts, quotes opening
// with a kind in brackets, are admonitions under the title written or
// the kind's name; any other quote stays a quote.
func TestAlerts(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"GitHub's", "> [!NOTE]\n> Useful *information*.\n",
			"<div class=\"admonition admonition-note\">\n<p class=\"admonition-title\">Note</p>\n<p>Useful <em>information</em>.</p>\n</div>\n"},
		{"Obsidian's, with a title and paragraphs", "> [!warning] Mind the gap\n> Between.\n>\n> Second.\n",
			"<div class=\"admonition admonition-warning\">\n<p class=\"admonition-title\">Mind the gap</p>\n<p>Between.</p>\n<p>Second.</p>\n</div>\n"},
		{"folded, an alias kind", "> [!faq]- Why?\n> Because.\n",
			"<div class=\"admonition admonition-info\">\n<p class=\"admonition-title\">Why?</p>\n<p>Because.</p>\n</div>\n"},
		{"a kind of its own", "> [!custom-thing]\n> Text.\n",
			"<div class=\"admonition admonition-note\">\n<p class=\"admonition-title\">Custom thing</p>\n<p>Text.</p>\n</div>\n"},
		{"a title alone", "> [!TIP]\n",
			"<div class=\"admonition admonition-tip\">\n<p class=\"admonition-title\">Tip</p>\n</div>\n"},
		{"nested in a list", "- item\n\n  > [!CAUTION]\n  > Hot.\n",
			"<ul>\n<li>\n<p>item</p>\n<div class=\"admonition admonition-caution\">\n<p class=\"admonition-title\">Caution</p>\n<p>Hot.</p>\n</div>\n</li>\n</ul>\n"},
		{"brackets later in a quote", "> A quote with [!note] in it.\n", "<blockquote>\n<p>A quote with [!note] in it.</p>\n</blockquote>\n"},
		{"a link first is no alert", "> [!note](https://example.org) text\n", "<blockquote>\n<p><a href=\"https://example.org\">!note</a> text</p>\n</blockquote>\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(convert(t, tc.src).HTML)
			if strings.TrimSpace(got) != strings.TrimSpace(tc.want) {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
