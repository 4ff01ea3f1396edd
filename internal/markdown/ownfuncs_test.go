package markdown

import (
	"strings"
	"testing"
)

// TestSiteShortcodeCollections: Hugo's isset, in, split and delimit, as
// shortcodes use them on their arguments.
func TestSiteShortcodeCollections(t *testing.T) {
	tests := []struct {
		name, call, tmpl, want string
	}{
		{"isset of a named argument", `{{< sc class="wide" >}}`, `<p{{ if isset .Params "class" }} class="{{ .Get "class" }}"{{ end }}{{ if isset .Params "id" }} id="x"{{ end }}>a</p>`, `<p class="wide">a</p>`},
		{"isset of a position", `{{< sc one >}}`, `<p>{{ if isset .Params 0 }}0{{ end }}{{ if isset .Params 1 }}1{{ end }}</p>`, `<p>0</p>`},
		{"in a list and a text", `{{< sc tags="go,web" >}}`, `<p>{{ if in (split (.Get "tags") ",") "web" }}web{{ end }}{{ if in (.Get "tags") "rust" }}rust{{ end }}</p>`, `<p>web</p>`},
		{"delimit", `{{< sc tags="go,web,css" >}}`, `<p>{{ delimit (split (.Get "tags") ",") ", " " and " }}</p>`, `<p>go, web and css</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := New(Options{RawHTML: RawHTMLKeep}).ConvertPage("x.md", []byte(tt.call+"\n"), 1, pageTags(tt.tmpl, pageValues))
			if got := string(res.HTML); !strings.Contains(got, tt.want) {
				t.Errorf("HTML %s\nlacks %s", got, tt.want)
			}
			if diags := res.Diags.Strings(); len(diags) > 0 {
				t.Errorf("warnings %q", diags)
			}
		})
	}
}
