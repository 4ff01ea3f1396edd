package layout

import (
	"maps"
	"slices"

	"lectern/internal/config"
)

// hugoSettingsRecords names the lists of records among a Hugo config
// file's params (params: {Speakers: [{name, bio}], Sponsors: [{name,
// logo, url}]}), which a theme that has no content/ shows as the site's
// programme (hugo-conference): the data stage reads each as a data file
// of its key's name (speakers.yml), and leaves out those whose name
// says no records. A list of anything but mappings (Sections: [about,
// speakers]) is a setting.
func (f *foreign) hugoSettingsRecords(file string, params map[string]any) {
	if file == HugoConfigDir || len(params) == 0 {
		return
	}
	for _, k := range slices.Sorted(maps.Keys(params)) {
		switch list := params[k].(type) {
		case []map[string]any: // TOML's [[params.speakers]]
			if len(list) == 0 {
				continue
			}
		case []any:
			if len(list) == 0 {
				continue
			}
			if _, ok := list[0].(map[string]any); !ok {
				continue
			}
		default:
			continue
		}
		f.c.SettingsRecords = append(f.c.SettingsRecords, config.SettingsRecords{File: file, Path: []string{"params", k}})
	}
}
