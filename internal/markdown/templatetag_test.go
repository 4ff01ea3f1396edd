package markdown

import (
	"fmt"
	"slices"
	"testing"
)

func TestTemplateTagWarnings(t *testing.T) {
	const msg = `: warning: template tag %s is shown as written: lectern does not run Liquid or Hugo tags; replace it with markdown or HTML`
	w := func(pos, tag string) []string { return []string{pos + fmt.Sprintf(msg, tag)} }
	const franklin = `: warning: template tag %s is shown as written: lectern does not run the site's Julia functions (%s in utils.jl); replace it with markdown or HTML`
	tests := []struct {
		name     string
		src      string
		first    int
		franklin bool
		want     []string
	}{
		{
			name:  "include, once per file",
			src:   "# Title\n\nText\n{% include x.html %} and {{ site.title }}\n",
			first: 9,
			want:  []string{w("content/notes/x.md:12:1", `"{% include x.html %}"`)[0] + " (and 1 more tag in this file)"},
		},
		{
			name:  "column counts bytes",
			src:   "Héllo {{ site.title }}\n",
			first: 1,
			want:  w("content/notes/x.md:1:8", `"{{ site.title }}"`),
		},
		{
			name:  "hugo shortcode",
			src:   "Watch:\n\n{{< youtube abc >}}\n",
			first: 4,
			want:  w("content/notes/x.md:6:1", `"{{< youtube abc >}}"`),
		},
		{
			name:  "whitespace control",
			src:   "{%- raw -%}\n",
			first: 2,
			want:  w("content/notes/x.md:2:1", `"{%- raw -%}"`),
		},
		{
			name:  "in a link destination",
			src:   "[Home]({{site.baseurl}}/)\n",
			first: 1,
			want:  w("content/notes/x.md:1:8", `"{{site.baseurl}}"`),
		},
		{
			name:  "in raw HTML",
			src:   "<a href=\"{{ page.url }}\">x</a>\n",
			first: 1,
			want:  w("content/notes/x.md:1:10", `"{{ page.url }}"`),
		},
		{
			name:  "code spans and code blocks are fine",
			src:   "Use `{{ site.title }}` or ``{% raw %}``.\n\n```liquid\n{% include x.html %}\n```\n\n    {{ indented }}\n\n- item\n\n  ```\n  {{ in list }}\n  ```\n",
			first: 1,
		},
		{
			name:  "after code, the first tag outside it",
			src:   "`{{ a }}`\n\n```\n{{ b }}\n```\n\nThen {{ c }}.\n",
			first: 5,
			want:  w("content/notes/x.md:11:6", `"{{ c }}"`),
		},
		{
			name:  "footnote definitions are scanned in source order",
			src:   "[^1]: {{ late }}\n\n`{{ code }}` {% early %}[^1]\n",
			first: 1,
			want:  []string{w("content/notes/x.md:1:7", `"{{ late }}"`)[0] + " (and 1 more tag in this file)"},
		},
		{
			// Franklin's {{name args}} calls the site's hfun_name:
			// the warning names it, and counts the file's other tags.
			name:     "Franklin function calls",
			src:      "## Talks\n{{talks highlights}}\n\nwith {{person \"Ada\"}}, `{{code}}` and {{talks}}\n",
			first:    1,
			franklin: true,
			want:     []string{"content/notes/x.md:2:1" + fmt.Sprintf(franklin, `"{{talks highlights}}"`, "hfun_talks") + " (and 2 more tags in this file)"},
		},
		{
			name:     "Liquid on a Franklin site is not a function call",
			src:      "{{ site.x | upcase }} and {% if x %}\n",
			first:    1,
			franklin: true,
			want:     []string{w("content/notes/x.md:1:1", `"{{ site.x | upcase }}"`)[0] + " (and 1 more tag in this file)"},
		},
		{
			name:  "braces that are not tags",
			src:   "A set {a, b}, a map {{a: 1}, and { % } and {{ unclosed\n}}\n",
			first: 1,
		},
		{
			name:  "long tag shortened",
			src:   "{% include very/long/path/to/a/partial/template/file/name.html param=\"value\" %}\n",
			first: 1,
			want:  w("content/notes/x.md:1:1", `"{% include very/long/path/to/a/partial/template/file/name.ht…"`),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := New(Options{Franklin: tt.franklin}).Convert("content/notes/x.md", []byte(tt.src), tt.first)
			if got := res.Diags.Strings(); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
