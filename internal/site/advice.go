package site

import (
	"strings"

	"lectern/internal/config"
	"lectern/internal/diag"
)

// Advice returns what lectern check says beyond a build's warnings: what
// the site builds without, but readers would miss. A keynote speaker
// without a bio leaves the most visited talk page without the words about
// who is speaking; a site without base_url has only relative canonical
// links, a sitemap that is not valid and no calendar to subscribe to.
//
// configFile is the file that sets the site's address: config.toml, or
// the configuration of the tool a site read in place was written for.
func Advice(s *Site, configFile string) diag.List {
	var diags diag.List
	if s.Config.BaseURL == "" {
		fix := "set base_url = \"https://example.org/\" to the address the site is published at"
		if configFile != config.FileName {
			fix = "set the address the site is published at in " + configFile + ", or pass --base-url to lectern build"
		}
		diags.Warnf(diag.Pos{File: configFile}, "the site's address (base_url) is not set, so canonical links, og:url, the sitemap's addresses and the feeds' links are relative (a sitemap of relative addresses is not valid) and schedules offer no calendar subscription; %s", fix)
	}
	for _, p := range s.Talks {
		if p.Format == nil || !strings.EqualFold(p.Format.Name, "keynote") {
			continue
		}
		for _, sp := range p.Speakers {
			if strings.TrimSpace(sp.Bio) != "" || (sp.Page != nil && sp.Page.Content != "") {
				continue
			}
			diags.Warnf(p.Pos("speakers"), "%s gives the keynote %q but has no bio; write one in a bio field, or in a page of their own (content/speakers/%s.md)", sp.Name, p.Title, sp.Slug)
		}
	}
	return diags
}
