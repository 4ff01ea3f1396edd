package render

import (
	"path"
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/site"
)

// layoutPageOf is the page its layout makes (site.LayoutPage) that menu
// entry it names, by its URL or its file, or nil. One of a list lectern
// makes itself (OwnList: tags, search…) is returned only when lectern
// can tell where it writes that list (ownListURL), which the link then
// leads to; else a link by URL stays as written.
func layoutPageOf(s *site.Site, it config.MenuItem) *site.LayoutPage {
	for i := range s.LayoutPages {
		lp := &s.LayoutPages[i]
		if lp.OwnList && ownListURL(s, lp) == "" {
			continue
		}
		if it.Page != "" && namesFile(refKey(it.Page), lp.File, lp.Path) {
			return lp
		}
		if it.Page == "" && it.URL != "" && refKey(it.URL) == refKey(lp.URL) {
			return lp
		}
	}
	return nil
}

// standIn is the URL of lectern's own list of what lp listed: the
// reading list for a shelf of books, the talks, notes, speakers, events
// or sponsors; "" when lectern cannot tell what it listed or makes no
// such list for this site.
func standIn(s *site.Site, lp *site.LayoutPage) string {
	if lp.OwnList {
		if u := ownListURL(s, lp); u != "" {
			return u
		}
	}
	switch lp.Lists {
	case content.KindReading:
		if hasReading(s) {
			return readingURL(s)
		}
	case content.KindTalk:
		if len(listedTalks(s)) > 0 {
			if u := talksURL(s); u != "" {
				return u
			}
			return "/"
		}
	case content.KindNote:
		if len(visible(s.Notes)) > 0 {
			return notesURL(s)
		}
	case content.KindSpeaker:
		if len(s.Speakers) > 0 {
			return speakersURL(s)
		}
	case content.KindEvent:
		return eventsIndexURL(s)
	case content.KindSponsor:
		if len(s.Sponsors) > 0 {
			return sponsorsURL
		}
	}
	return ""
}

// namesFile reports whether key, a menu's page reference (refKey), names
// one of files as pageRefs reads such references: with or without its
// extension, a folder for its index page.
func namesFile(key string, files ...string) bool {
	for _, f := range files {
		stem := strings.TrimSuffix(f, path.Ext(f))
		if key == refKey(f) || key == refKey(stem) {
			return true
		}
		if base := strings.ToLower(path.Base(stem)); (base == "index" || base == "_index") && key == refKey(path.Dir(stem)) {
			return true
		}
	}
	return false
}

// ownListURL is the URL of lectern's own list that lp, a page made by a
// list layout lectern makes itself (OwnList), listed, where it is not
// at lp's URL: Minimal Mistakes' and Chirpy's pages of categories
// (/categories/), whose categories are lectern's tags, and of the posts
// by year (layout: posts at /posts/ or /year-archive/; an archives
// layout is no own list, content.OwnList) lead to
// the tags and the notes; a page of the programme leads to the site's
// schedule. "" for a list lectern cannot tell the URL of (search) or
// does not have for this site.
func ownListURL(s *site.Site, lp *site.LayoutPage) string {
	switch content.ListLayout(lp.Layout) {
	case "tags", "categories", "terms", "taxonomy":
		if s.Tags != nil && len(s.Tags.Terms) > 0 {
			return s.Tags.URL
		}
	case "posts", "notes":
		if len(visible(s.Notes)) > 0 {
			return notesURL(s)
		}
	case "schedule", "program", "programme", "agenda":
		// jekyll-theme-conference's program/index.md (layout: program,
		// no text), where its navigation links: the site's schedule.
		if s.Schedule != nil && s.Schedule.URL != "" {
			return s.Schedule.URL
		}
	}
	return ""
}
