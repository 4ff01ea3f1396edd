package markdown

import "testing"

func TestLaxTags(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"a condition", "{% if {{paper.slides}} %}x{% endif %}", "{% if paper.slides %}x{% endif %}"},
		{"a filter's argument", `{% assign s = site.talks | where:"session",{{ session.name }} %}`, `{% assign s = site.talks | where:"session",session.name %}`},
		{"an index and a trim mark", "{%- if {{- a[0].b -}} -%}", "{%- if a[0].b -%}"},
		{"an output with a filter stays", "{% if {{ page.url | slice: -5 }} == '.html' %}", "{% if {{ page.url | slice: -5 }} == '.html' %}"},
		{"outputs outside tags stay", "{{ page.title }} {% if x %}{{ y }}{% endif %}", "{{ page.title }} {% if x %}{{ y }}{% endif %}"},
		{"a raw block stays", "{% raw %}{% if {{x}} %}{% endraw %} {% if {{x}} %}", "{% raw %}{% if {{x}} %}{% endraw %} {% if x %}"},
		{"a tag over lines", "{% for t in\n  {{ site.talks }} %}", "{% for t in\n  site.talks %}"},
		{"an include expands its outputs itself", "{% include {{ page.card }} title=\"{{ t.title }}\" %}", "{% include {{ page.card }} title=\"{{ t.title }}\" %}"},
		{"text in quotes stays", `{% if a == "{{b}}" or {{c}} %}`, `{% if a == "{{b}}" or c %}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(laxTags([]byte(tc.src))); got != tc.want {
				t.Errorf("laxTags(%q) = %q, want %q", tc.src, got, tc.want)
			}
		})
	}
}
