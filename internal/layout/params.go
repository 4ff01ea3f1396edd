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

// MediaPrefix returns the address a podcast site's episodes name their
// audio files under, from the site settings params holds (see
// content.Options.MediaPrefix), "" when it names none: Castanet's
// params.media_prefix, which its templates put before each episode's
// podcast_file; else the episodeUrlBase of Eleventy's podcaster plugin
// (_data/podcast.json), against which it resolves each episode's
// filename as a URL, so up to its last slash, or, without one, the
// plugin's default, the episodes/ folder of the show's siteUrl. Only an
// absolute http(s) address or a path from the root counts.
func MediaPrefix(params map[string]string) string {
	if s := strings.TrimSpace(params["media_prefix"]); mediaBase(s) {
		return s
	}
	base := strings.TrimSpace(params["podcast.episodeUrlBase"])
	if base == "" {
		if site := strings.TrimSpace(params["podcast.siteUrl"]); site != "" {
			base = strings.TrimSuffix(site, "/") + "/episodes/"
		}
	}
	if !mediaBase(base) {
		return ""
	}
	if scheme := strings.Index(base, "://"); scheme >= 0 && !strings.Contains(base[scheme+3:], "/") {
		return base + "/"
	}
	return base[:strings.LastIndexByte(base, '/')+1]
}

// mediaBase reports whether s is an absolute http(s) address or a path
// from the root.
func mediaBase(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") || strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//")
}
