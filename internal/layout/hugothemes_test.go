package layout

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestHugoThemeShortcodes: Hugo's theme, one name or a list, names the
// folders of the themes' shortcodes, the first theme first; a name
// leaving themes/ names none.
func TestHugoThemeShortcodes(t *testing.T) {
	tests := []struct {
		name, config string
		want         []string
	}{
		{"one theme", "theme = 'summit'\n", []string{"themes/summit/layouts/shortcodes"}},
		{"a list", "theme = ['summit', 'base']\n", []string{"themes/summit/layouts/shortcodes", "themes/base/layouts/shortcodes"}},
		{"none", "title = 'x'\n", nil},
		{"out of themes/", "theme = '../x'\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"hugo.toml": file(tt.config), "content/post/a.md": file("x")}
			c, _ := Detect(fsys).Config(fsys)
			if !slices.Equal(c.ThemeShortcodes, tt.want) {
				t.Errorf("theme shortcodes %q, want %q", c.ThemeShortcodes, tt.want)
			}
		})
	}
}
