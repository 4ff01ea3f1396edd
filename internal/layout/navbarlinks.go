package layout

import (
	"strings"

	"gopkg.in/yaml.v3"

	"lectern/internal/config"
	"lectern/internal/diag"
)

// navbarLinks reads Beautiful Jekyll's navigation from the config's
// text: navbar-links, a mapping of each link's text to its URL, in the
// order written (which a decoded mapping loses), a URL written without
// a slash read from the site's root as the theme's relative_url reads
// it ("aboutme" is /aboutme). A text whose value is a list is a
// dropdown, left out: the navigation is one row. nil when the config
// has no such mapping.
func navbarLinks(file string, src []byte) []config.MenuItem {
	var raw struct {
		Links yaml.Node `yaml:"navbar-links"`
	}
	if unmarshalYAML(file, src, &raw, nil) != nil || raw.Links.Kind != yaml.MappingNode {
		return nil
	}
	var items []config.MenuItem
	for i := 0; i+1 < len(raw.Links.Content); i += 2 {
		k, v := raw.Links.Content[i], raw.Links.Content[i+1]
		name, link := strings.TrimSpace(k.Value), strings.TrimSpace(v.Value)
		if v.Kind != yaml.ScalarNode || name == "" || link == "" {
			continue
		}
		items = append(items, config.MenuItem{Name: name, URL: fromRoot(link), Pos: diag.Pos{File: file, Line: v.Line, Col: v.Column}})
	}
	return items
}
