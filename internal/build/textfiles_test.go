package build

import (
	"strings"
	"testing"
)

// TestTextFilesOfAFolderOfMarkdown: in a repository of markdown files a
// .txt file without front matter is a file, published where its README
// links to it, not a page; the top folder's files stay at the top beside
// its lone README.
func TestTextFilesOfAFolderOfMarkdown(t *testing.T) {
	out, diags := buildSite(t, `
-- README.md --
# Papers

- [Logic](logic_and_programming/)
-- logic_and_programming/README.md --
# Logic and programming

* [The Event Calculus as a Linear Logic Program](event-calculus.txt)
-- logic_and_programming/event-calculus.txt --
"The Event Calculus as a Linear Logic Program"
Vladimir Alexiev
-- test-requirements.txt --
pytest
-- CNAME --
papers.example.org
`)
	folder := out("logic-and-programming/index.html")
	if !strings.Contains(folder, `href="/logic-and-programming/event-calculus.txt"`) {
		t.Errorf("the README's link does not reach the text file:\n%s", folder)
	}
	if got := out("logic-and-programming/event-calculus.txt"); !strings.Contains(got, "Vladimir Alexiev") {
		t.Errorf("the text file is not published as it is: %q", got)
	}
	if out("test-requirements.txt") != "pytest\n" || out("CNAME") == "" {
		t.Errorf("the top folder's files are not at the top: %q, %q", out("test-requirements.txt"), out("CNAME"))
	}
	for _, d := range diags {
		if strings.Contains(d, "no title") {
			t.Errorf("a text file was read as a page: %s", d)
		}
	}
}
