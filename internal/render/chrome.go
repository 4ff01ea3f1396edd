package render

import (
	"slices"
	"strings"
	"sync"

	"lectern/internal/diag"
	"lectern/internal/site"
	"lectern/internal/view"
)

// siteFor returns the view of the site the page template of kind reads:
// the whole site when the template may read its lists, made by the first
// job that asks and held to the end of the jobs; else its chrome only,
// which holds no entry (see view.Builder.SiteChrome).
func (b *jobs) siteFor(kind Kind) *view.Site {
	b.linksOnce.Do(func() {
		s := b.s
		b.links = view.Links{Menu: b.menu, SpeakersURL: speakersURL(s), NotesURL: notesURL(s), ReadingURL: readingURL(s), TalksURL: talksURL(s), EventsURL: eventsIndexURL(s)}
	})
	if b.r.readsOf(kind).siteLists {
		return b.views.Site(b.s, b.links)
	}
	return b.views.SiteChrome(b.s, b.links)
}

// taxonomiesFor returns Data.Taxonomies for the page template of kind:
// nil when the template reads neither them nor the site's lists.
func (b *jobs) taxonomiesFor(kind Kind, sv *view.Site) []*view.Taxonomy {
	switch reads := b.r.readsOf(kind); {
	case reads.siteLists:
		return sv.Taxonomies
	case reads.taxonomies && reads.termPages:
		return b.views.Taxonomies(b.s)
	case reads.taxonomies:
		// Names and links alone: no entry of every page at once.
		return b.views.TaxonomiesNamed(b.s)
	}
	return nil
}

// taxonomies returns the taxonomies of s that have terms, in the order
// tags, tracks, formats, levels.
func taxonomies(s *site.Site) []*site.Taxonomy {
	var out []*site.Taxonomy
	for _, t := range []*site.Taxonomy{s.Tags, s.Tracks, s.Formats, s.Levels} {
		if t != nil && len(t.Terms) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// menu returns the configured navigation, or one made of the indexes the
// site has. It is the same on every page but for the link marked Current
// (see current), so a site's jobs make it once.
func menu(s *site.Site) []MenuLink {
	links, _ := menuOf(s)
	return links
}

// menuOf is menu with the warnings of the author's menu (authorMenu).
// When none of its links leads anywhere, the site's indexes are its
// navigation, as without one.
func menuOf(s *site.Site) ([]MenuLink, diag.List) {
	links, diags := authorMenu(s)
	if len(links) > 0 {
		return links, diags
	}
	var out []MenuLink
	// A conference's programme is what its visitors come for: the
	// schedule leads when it places talks at times of day (an event's
	// own is linked from the event's page). Talks dated by the day
	// alone, or a speaker's archive of years, are a list, which Talks
	// links (site.Schedule.Programme).
	if s.Schedule.Programme() {
		out = append(out, MenuLink{Name: "Schedule", URL: "/schedule/"})
	}
	// The talks' own index, when they have one, marks the talks'
	// pages as that section's; else the home page lists them. A
	// site that lists no talks (a blog) has no Talks link to an
	// empty list.
	if len(listedTalks(s)) > 0 {
		talks := "/"
		if u := talksURL(s); u != "" {
			talks = u
		}
		out = append(out, MenuLink{Name: "Talks", URL: talks})
	}
	if len(visible(s.Notes)) > 0 {
		out = append(out, MenuLink{Name: "Notes", URL: notesURL(s)})
	}
	if len(s.Speakers) > 0 {
		out = append(out, MenuLink{Name: "Speakers", URL: speakersURL(s)})
	}
	if u := eventsIndexURL(s); u != "" {
		out = append(out, MenuLink{Name: "Events", URL: u})
	}
	for _, t := range taxonomies(s) {
		out = append(out, MenuLink{Name: t.Title, URL: t.URL})
	}
	if hasReading(s) {
		out = append(out, MenuLink{Name: "Reading", URL: readingURL(s)})
	}
	if len(s.Sponsors) > 0 {
		out = append(out, MenuLink{Name: "Sponsors", URL: sponsorsURL})
	}
	return out, diags
}

// current returns a copy of the navigation links with the link of the
// section that link is in marked Current.
func current(links []MenuLink, link string) []MenuLink {
	out := slices.Clone(links)
	best := -1
	for i, m := range out {
		if m.URL == link || (m.URL != "/" && strings.HasPrefix(link, m.URL) && strings.HasSuffix(m.URL, "/")) {
			if best < 0 || len(m.URL) > len(out[best].URL) {
				best = i
			}
		}
	}
	if best >= 0 {
		out[best].Current = true
	}
	return out
}

func speakersURL(s *site.Site) string { return indexURL(s.Config.Permalinks.Speaker, "/speakers/") }
func readingURL(s *site.Site) string  { return indexURL(s.Config.Permalinks.Reading, "/reading/") }
func notesURL(s *site.Site) string    { return indexURL(s.Config.Permalinks.Note, "/notes/") }

// eventsIndexURL is the events index's URL, "" when the site has fewer
// than two events to list: a site of one event is that event, which the
// home page names, and an index of it would be a page to click through.
func eventsIndexURL(s *site.Site) string {
	if len(listedEvents(s)) < 2 {
		return ""
	}
	return indexURL(s.Config.Permalinks.Event, "/events/")
}

// talksURL is "" when the talks' permalink starts with a placeholder:
// the home page lists them, and there is no folder to hold their index.
// Talks published at their own paths are listed at /talks/.
func talksURL(s *site.Site) string {
	if s.Config.Permalinks.Talk == "" {
		return "/talks/"
	}
	return indexURL(s.Config.Permalinks.Talk, "")
}

func hasReading(s *site.Site) bool {
	return len(s.Reading) > 0 || len(visible(s.Readings)) > 0
}

// warmSite starts making, in the preview, the entries every page's view
// of the site holds (view.Builder.Warm), while the jobs are made: the
// preview renders right after, and making the jobs leaves a core idle.
// Those the last build made of pages still unchanged are kept first
// (see keep). The jobs and the entries only read the model. It returns
// a function that waits for the entries, which Jobs calls before it
// returns, so that nothing reads the model once the session may patch
// it.
func (b *jobs) warmSite(k *keep) (wait func()) {
	var warm sync.WaitGroup
	var failed diag.Carrier
	if b.r.preview() {
		warm.Go(func() {
			defer failed.Catch()
			if k != nil && k.last != nil {
				if unchanged := k.unchanged(); unchanged != nil {
					b.kept = b.views.Keep(k.last, b.s.Pages, unchanged)
				}
			}
			b.views.Warm(b.s.Pages)
		})
	}
	return func() {
		warm.Wait()
		failed.Raise()
	}
}

// keep is what JobsAfter takes of the last build: its views, and how to
// tell the pages whose entries did not change.
type keep struct {
	last      *view.Builder
	unchanged func() func(*site.Page) bool
}
