package layout

import (
	"fmt"
	"strings"
)

// The settings of another tool's config that are not lectern's own are
// kept for pages' template tags: the scalars as the site's params, every
// setting as written for a Jekyll page's Liquid.

// params keeps the settings of m as the site's params (see AddParams).
func (f *foreign) params(m map[string]any) {
	if len(m) == 0 {
		return
	}
	if f.c.Params == nil {
		f.c.Params = map[string]string{}
		f.c.Settings = map[string]any{}
	}
	AddParams(f.c.Params, m)
	for k, v := range m {
		if _, ok := f.c.Settings[k]; !ok {
			f.c.Settings[k] = v
		}
	}
}

// AddParams adds to params the settings of m that hold one text, number
// or boolean and that params lacks, for the {{ site.key }} and
// {{< param "key" >}} tags of pages; a setting inside a table is added by
// its dotted key ("social.github"). Lists and dates are left out: they
// print as no one text.
func AddParams(params map[string]string, m map[string]any) { addParams(params, "", m) }

func addParams(params map[string]string, prefix string, m map[string]any) {
	for k, v := range m {
		var s string
		switch v := v.(type) {
		case string:
			s = v
		case bool, int, int64, uint64, float64:
			s = fmt.Sprint(v)
		case map[string]any:
			addParams(params, prefix+k+".", v)
			continue
		default:
			continue
		}
		if _, ok := params[prefix+k]; !ok {
			params[prefix+k] = s
		}
	}
}

// mediaPrefixKeys are the site settings that name where a podcast's
// audio files are published: Castanet's params.media_prefix, which its
// templates put before each episode's podcast_file.
var mediaPrefixKeys = []string{"media_prefix"}

// MediaPrefix returns the address a podcast site's episodes name their
// audio files under, from the site settings params holds (see
// content.Options.MediaPrefix), "" when it names none. Only an absolute
// http(s) address or a path from the root counts.
func MediaPrefix(params map[string]string) string {
	for _, k := range mediaPrefixKeys {
		s := strings.TrimSpace(params[k])
		l := strings.ToLower(s)
		if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") || strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//") {
			return s
		}
	}
	return ""
}
