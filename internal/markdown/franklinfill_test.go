package markdown

import (
	"slices"
	"strings"
	"testing"
)

// TestFranklinBareFill: on a Franklin site "{{name}}" alone is
// "{{fill name}}" when name is a variable of the page or the site, as
// Franklin reads it; posts open with "{{ published }} | {{ authors }}".
// A name that is no variable stays a call of the site's Julia code, and
// elsewhere a bare name is no Liquid variable at all.
func TestFranklinBareFill(t *testing.T) {
	const call = `: warning: template tag %q is shown as written: lectern does not run the site's Julia functions (%s in utils.jl); replace it with markdown or HTML`
	tests := []struct {
		name     string
		franklin bool
		src      string
		want     string
		diags    []string
	}{
		{"page's variable", true, "{{ title }} | {{baseurl}}\n", "<p>Launch | /blog</p>", nil},
		{"no variable: a call", true, "{{blogposts}}\n", "{{blogposts}}",
			[]string{"x.md:3:1" + strings.NewReplacer("%q", `"{{blogposts}}"`, "%s", "hfun_blogposts").Replace(call)}},
		{"a call with arguments stays", true, "{{title x}}\n", "{{title x}}",
			[]string{"x.md:3:1" + strings.NewReplacer("%q", `"{{title x}}"`, "%s", "hfun_title").Replace(call)}},
		{"not Franklin: no variable", false, "{{ title }}\n", "{{ title }}",
			[]string{"x.md:3:1" + strings.ReplaceAll(unrunMsg, "%q", `"{{ title }}"`)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New(Options{Franklin: tt.franklin})
			res := r.ConvertPage("x.md", []byte(tt.src), 3, testTags)
			if !strings.Contains(string(res.HTML), tt.want) {
				t.Errorf("HTML %s\nlacks %s", res.HTML, tt.want)
			}
			if got := res.Diags.Strings(); !slices.Equal(got, tt.diags) {
				t.Errorf("diags %q\nwant  %q", got, tt.diags)
			}
		})
	}
}
