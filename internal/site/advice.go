package site

import (
	"strings"

	"lectern/internal/diag"
)

// Advice returns what lectern check says beyond a build's warnings: what
// the site builds without, but readers would miss. A keynote speaker
// without a bio leaves the most visited talk page without the words about
// who is speaking; a site without base_url has only relative canonical
// links, a sitemap that is not valid and no calendar to subscribe to.
//
// configFile and key say where the site's address is set (see
// NoBaseURL).
func Advice(s *Site, configFile, key string) diag.List {
	var diags diag.List
	diags.Append(NoBaseURL(s, configFile, key))
	for _, p := range s.Talks {
		if p.Format == nil || !strings.EqualFold(p.Format.Name, "keynote") {
			continue
		}
		for _, sp := range p.Speakers {
			if strings.TrimSpace(sp.Bio) != "" || (sp.Page != nil && sp.Page.ContentSize() > 0) {
				continue
			}
			diags.Warnf(p.Doc.Pos("speakers"), "%s gives the keynote %q but has no bio; write one in a bio field, or in a page of their own (content/speakers/%s.md)", sp.Name, p.Doc.Title, sp.Slug)
		}
	}
	return diags
}

// NoBaseURL warns when the site has no base_url: the outputs that must
// hold absolute URLs are then left out (the sitemap, og:url, og:image,
// the share preview cards, calendar subscriptions) and canonical links
// are root-relative. build and check say it in the same words. The
// warning is at configFile, the file that sets the address, which key
// of it names: the site's own tool's config (astro.config.mjs and site,
// see layout.Layout.AddressSetting), or config.toml and "" for base_url.
func NoBaseURL(s *Site, configFile, key string) diag.List {
	var diags diag.List
	if s.Config.BaseURL != "" {
		return diags
	}
	fix := "set base_url = \"https://your.site/\" in " + configFile + " or pass --base-url"
	if key != "" {
		fix = "set " + key + " to the address the site is published at (\"https://your.site/\") in " + configFile + ", as a plain string lectern can read, or pass --base-url"
	}
	diags.Warnf(diag.Pos{File: configFile}, "base_url is not set, so no absolute URL can be written: the sitemap, og:url, og:image, share preview cards and calendar subscriptions are left out and canonical links are root-relative; %s", fix)
	return diags
}
