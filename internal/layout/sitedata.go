package layout

import (
	"encoding/json"
	"io/fs"
	"path"

	"github.com/BurntSushi/toml"

	"lectern/internal/config"
)

// siteData overlays the settings of the site's global data files
// (site.json or metadata.json, or YAML, TOML or JavaScript exporting a
// literal or written plainly (scriptSettings), in a data folder), which
// Eleventy's starters keep instead of a config, where no config gave
// them: the site's title, URL, description, author and language (SiteSettings;
// also from podcast.json, where Eleventy's podcaster plugin keeps them),
// its time zone, and the conference's dates (programme). A global data
// file named for the conference (conference.json, event.json:
// conferenceData) dates the conference alone, as a conference table of
// a config would. A file that does not parse gives nothing here: the
// data loader reports it.
func (f *foreign) siteData(fsys fs.FS, dirs []string) {
	for _, dir := range dirs {
		for _, name := range []string{"site", "metadata", "podcast", "conference", "event"} {
			for _, ext := range []string{".json", ".yaml", ".yml", ".toml", ".js", ".mjs", ".cjs"} {
				file := path.Join(dir, name+ext)
				src, err := fs.ReadFile(fsys, file)
				if err != nil {
					continue
				}
				var m map[string]any
				switch ext {
				case ".json":
					err = json.Unmarshal(src, &m)
				case ".toml":
					err = toml.Unmarshal(src, &m)
				case ".js", ".mjs", ".cjs":
					m = scriptSettings(file, src)
				default:
					err = unmarshalYAML(file, src, &m, nil)
				}
				if err != nil || m == nil {
					continue
				}
				f.file, f.src = file, src
				if conferenceData[name] {
					// The file is the conference itself: its name
					// and dates are the conference's, not the site's.
					f.programme(map[string]any{"conference": m})
					continue
				}
				*f.c = SiteSettings(*f.c, m)
				if name == "podcast" {
					// Eleventy's podcaster plugin keeps the show in
					// _data/podcast.json: the site's settings, and
					// where its episodes' files are (MediaPrefix).
					f.params(map[string]any{"podcast": m})
				}
				f.programme(m)
				if f.c.Timezone == config.Default().Timezone {
					for _, key := range []string{"timezone", "timeZone", "time_zone"} {
						if _, ok := m[key]; ok {
							f.timezone(key, m[key])
							break
						}
					}
				}
			}
		}
	}
}

// conferenceData are the names of global data files that describe the
// conference itself ({"name": …, "startDate": …, "location": …}), as
// Eleventy conference sites keep them beside their speakers and
// sponsors, rather than the site.
var conferenceData = map[string]bool{"conference": true, "event": true}
