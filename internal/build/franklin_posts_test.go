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
