package layout

import (
	"io/fs"
	"regexp"
)

// hugoKey matches Hugo's spelling of the base URL, which lectern's own
// config.toml spells base_url, in TOML, YAML or JSON (quoted).
var hugoKey = regexp.MustCompile(`(?m)^\s*(?:"?(?:baseURL|baseurl|languageCode)\b|\[params\]|\[taxonomies\])`)

func hugoConfig(fsys fs.FS, name string) bool {
	b, err := fs.ReadFile(fsys, name)
	return err == nil && hugoKey.Match(b)
}

// hugoThemeKey matches Hugo's theme setting (theme: "hugo-conference",
// "theme": […]) at the start of a line of a YAML or JSON config.
var hugoThemeKey = regexp.MustCompile(`(?m)^\s*"?theme"?\s*:`)

// hugoThemed reports whether the config file name names a Hugo theme.
func hugoThemed(fsys fs.FS, name string) bool {
	b, err := fs.ReadFile(fsys, name)
	return err == nil && hugoThemeKey.Match(b)
}
