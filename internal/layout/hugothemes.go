package layout

import "strings"

// hugoThemeShortcodes sets config.ThemeShortcodes from Hugo's theme
// setting, one theme's name or a list of them, the first winning as in
// Hugo; a name that would leave themes/ is left out.
func (f *foreign) hugoThemeShortcodes(v any) {
	list, ok := v.([]any)
	if !ok {
		list = []any{v}
	}
	for _, t := range list {
		name := strings.TrimSpace(str(t))
		if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) {
			continue
		}
		f.c.ThemeShortcodes = append(f.c.ThemeShortcodes, "themes/"+name+"/layouts/shortcodes")
	}
}
