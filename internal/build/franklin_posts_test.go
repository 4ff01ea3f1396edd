package build

import (
	"strings"
	"testing"
)

// TestFranklinPostVariables: a Franklin post fills its own variables
// into its text, "{{ published }} | **{{ authors }}**" as written,
// though lectern read published as the post's date and authors as its
// people.
func TestFranklinPostVariables(t *testing.T) {
	out, _ := buildSite(t, `
-- config.md --
@def website_title = "Notes"
-- _layout/head.html --
<html>
-- blog/a.md --
@def title = "A post"
@def authors = "R. Quill"
@def published = "22 February 2021"

{{ published }} | **{{ authors }}**

Text.
`)
	page := out("blog/a/index.html")
	if want := "22 February 2021 | <strong>R. Quill</strong>"; !strings.Contains(page, want) {
		t.Errorf("the post lacks %q:\n%s", want, page)
	}
}

// TestFranklinBlogIndexLists: a Franklin blog's index, whose
// {{blogposts}} calls the site's Julia code, lists the posts of its
// folder newest first, without a warning about the call.
func TestFranklinBlogIndexLists(t *testing.T) {
	out, diags := buildSite(t, `
-- config.md --
@def website_title = "Notes"
-- _layout/head.html --
<html>
-- blog/index.md --
@def title = "Blog"

{{blogposts}}
-- blog/old.md --
@def title = "Old post"
@def date = Date(2020, 1, 2)
Old.
-- blog/new.md --
@def title = "New post"
@def date = Date(2021, 3, 4)
New.
`)
	page := out("blog/index.html")
	i, j := strings.Index(page, "New post"), strings.Index(page, "Old post")
	if i < 0 || j < 0 || i > j || strings.Contains(page, "{{blogposts}}") {
		t.Errorf("the blog's index does not list its posts newest first:\n%s", page)
	}
	for _, d := range diags {
		if strings.Contains(d, "blogposts") {
			t.Errorf("unexpected warning: %s", d)
		}
	}
}
