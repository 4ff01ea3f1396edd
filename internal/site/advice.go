package site

import (
	"fmt"
	"path"
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// Advice returns what lectern check says beyond a build's warnings: what
// the site builds without, but readers would miss. A keynote speaker
// without a bio leaves the most visited talk page without the words about
// who is speaking; a site without base_url has only relative canonical
// links, a sitemap that is not valid and no calendar to subscribe to.
//
// configFile and key say where the site's address is set (see
// NoBaseURL), zoneFile and zoneKey where its time zone is (see
// AssumedZone).
func Advice(s *Site, configFile, key, zoneFile, zoneKey string) diag.List {
	var diags diag.List
	diags.Append(NoBaseURL(s, configFile, key))
	diags.Append(AssumedZone(s, zoneFile, zoneKey))
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

// AssumedZone warns when talks or events give a time of day without an
// offset on a site that names no zone, neither in its configuration nor
// in their events: lectern shows them as floating local times
// (config.Floating), "18:00" with no zone, and calendars put the talk at
// 18:00 wherever their reader is, hours from where a meetup in Prague or
// a conference in Cardiff meets for a reader elsewhere, no reader can be
// shown the time in their own zone, and the frab export, whose formats
// require an offset, gives UTC's. Only the author knows the
// zone; the warning is at the first such page, in file order, and counts
// the others. lectern check says it: a site whose readers are all where
// it meets builds without a word.
//
// zoneFile is the file that names the site's zone, key the name it
// gives it there (layout.Layout.ZoneSetting): the advice shows the line
// to write in that file's own syntax.
func AssumedZone(s *Site, zoneFile, key string) diag.List {
	var diags diag.List
	if s.Config.ZoneSet {
		return diags
	}
	var first *Page
	n := 0
	for _, p := range s.Pages {
		d := p.Doc
		if d.Kind != content.KindTalk && d.Kind != content.KindEvent || d.Hidden || !d.Floating ||
			d.DatePrecision.Partial() || !config.IsFloating(d.Date) || !HasTime(d.Date) ||
			p.Event != nil && p.Event.zoned {
			continue
		}
		n++
		if first == nil || d.File < first.Doc.File || d.File == first.Doc.File && d.Line < first.Doc.Line {
			first = p
		}
	}
	if first == nil {
		return diags
	}
	others := ""
	if n > 1 {
		others = fmt.Sprintf(" (and %s)", plural(n-1, "other talk or event", "other talks and events"))
	}
	diags.Warnf(first.Doc.Pos("date"), "%q%s gives a time of day without a time zone, and the site names none, so its times are local times of no zone: its pages say %s with no zone, calendars put it at that hour wherever their reader is, no reader elsewhere can be shown it in their own zone, and the frab export for conference apps, which must give an offset, says UTC; name the zone its times are in with an IANA name, %s say, in %s, or with a timezone field on its event",
		first.Doc.Title, others, first.Doc.Date.Format("15:04"), settingLine(zoneFile, key, "Europe/Lisbon"), zoneFile)
	return diags
}

// settingLine is the line that sets key to value in a config file of
// file's format: TOML's key = "value", YAML's key: value, JSON's.
func settingLine(file, key, value string) string {
	switch strings.ToLower(path.Ext(file)) {
	case ".yml", ".yaml":
		return key + ": " + value
	case ".json":
		return fmt.Sprintf("%q: %q", key, value)
	}
	return fmt.Sprintf("%s = %q", key, value)
}
