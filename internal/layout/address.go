package layout

import (
	"strings"

	"lectern/internal/config"
)

// AddressSetting is where the site's address is set, as lectern reads
// it: the file of the site's own tool and the key in it (Jekyll's url in
// _config.yml, Hugo's baseURL, Astro's site: in astro.config.mjs,
// Quarto's site-url, Franklin's website_url), or config.toml and "" for
// lectern's own site and a tool whose config lectern does not read the
// address from, where base_url sets it. A warning about a missing
// address names this file, one the site has.
func (l Layout) AddressSetting() (file, key string) {
	switch {
	case l.Tool == Jekyll && l.ConfigFile != "":
		return l.ConfigFile, "url"
	case l.Tool == Hugo && l.ConfigFile != "":
		return l.ConfigFile, "baseURL"
	case l.Tool == Astro && strings.HasPrefix(l.Evidence, "astro.config"):
		return l.Evidence, "site"
	case l.Tool == Quarto:
		return l.ConfigFile, "site-url"
	case l.Tool == RMarkdown:
		return RMarkdownConfig, "base_url"
	case l.Tool == Franklin:
		return FranklinConfig, "website_url"
	}
	return config.FileName, ""
}

// ZoneSetting returns the file that names the site's time zone and the
// key that names it there, as the site's tool reads it: Jekyll's
// timezone in _config.yml, Hugo's timeZone in its config; config.toml's
// timezone for lectern's own layout and the tools whose zone lectern
// reads nowhere else.
func (l Layout) ZoneSetting() (file, key string) {
	switch {
	case l.Tool == Jekyll && l.ConfigFile != "":
		return l.ConfigFile, "timezone"
	case l.Tool == Hugo && l.ConfigFile != "":
		return l.ConfigFile, "timeZone"
	}
	return config.FileName, "timezone"
}
