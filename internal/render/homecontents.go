package render

import (
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/site"
)

// homeContents is what the home page of a folder of markdown
// (config.FolderHome) lists below its intro, as a code host shows a
// repository's folders and files below its README: each top folder, by
// the page at its URL (its README, its folder list or lectern's index
// there) and that page's title, then each page at the top, each in URL
// order. Nothing else may link a page of such a site, so a top folder
// with no page at its URL is left out for its pages, listed one by one:
// every page is reached from the home page through lists. What the
// intro already links is left out: a folder when the intro links it or
// every page below it, a page when the intro links it. It returns the
// links and the pages whose titles and URLs they show.
func (b *jobs) homeContents(intro *site.Page) ([]Link, []*site.Page) {
	s := b.s
	if !s.Config.FolderHome {
		return nil, nil
	}
	var text string
	if intro != nil {
		text = string(intro.Content())
	}
	linked := func(url string) bool { return strings.Contains(text, `href="`+url+`"`) }
	at := map[string]*site.Page{}
	for _, p := range s.Pages {
		if shown(p) {
			if _, taken := at[p.URL]; !taken {
				at[p.URL] = p
			}
		}
	}
	lists := map[string]string{}
	for _, l := range b.lists {
		lists[l.url] = l.title
	}
	indexes := b.indexTitles()
	owned := b.ownedPages()
	// below are the pages under each top folder's URL, in model order.
	below := map[string][]*site.Page{}
	var folders, files []string
	for _, p := range s.Pages {
		if !shown(p) || p == intro || owned[p] || p.URL == "/" {
			continue
		}
		switch p.Doc.Kind {
		case content.KindTalk, content.KindNote, content.KindPage:
		default:
			continue
		}
		seg, _, nested := strings.Cut(strings.Trim(p.URL, "/"), "/")
		top := "/" + seg + "/"
		switch {
		case nested || top == p.URL && folderPage(p):
			if _, seen := below[top]; !seen {
				folders = append(folders, top)
				below[top] = nil // seen, with no page below yet
			}
			if top != p.URL {
				below[top] = append(below[top], p)
			}
		default:
			files = append(files, p.URL)
		}
	}
	slices.Sort(folders)
	var links []Link
	var read []*site.Page
	for _, url := range folders {
		var title string
		if p := at[url]; p != nil {
			title = p.Doc.Title
			read = append(read, p)
		} else if t, ok := lists[url]; ok {
			title = t
		} else if t, ok := indexes[url]; ok {
			title = t
		} else {
			// No page at the folder's URL: its pages stand in for it.
			files = append(files, urlsOf(below[url])...)
			continue
		}
		if linked(url) || len(below[url]) > 0 && !slices.ContainsFunc(below[url], func(p *site.Page) bool { return !linked(p.URL) }) {
			continue
		}
		links = append(links, Link{Title: cmpTitle(title, url), URL: url})
	}
	slices.Sort(files)
	for _, url := range slices.Compact(files) {
		p := at[url]
		if p == nil || linked(url) {
			continue
		}
		read = append(read, p)
		links = append(links, Link{Title: cmpTitle(p.Doc.Title, url), URL: url})
	}
	return links, read
}

// shown reports whether p has a page of its own to link.
func shown(p *site.Page) bool {
	return p.URL != "" && !p.Doc.Hidden && !p.Pageless
}

// folderPage reports whether p is the page of its folder: its README or
// index file.
func folderPage(p *site.Page) bool {
	base := strings.ToLower(path.Base(p.Doc.File))
	base = strings.TrimSuffix(base, path.Ext(base))
	return base == "readme" || base == "index" || base == "_index" || p.Doc.Intro
}

// indexTitles are the URLs of the indexes of lectern's this site has,
// with their headings.
func (b *jobs) indexTitles() map[string]string {
	s := b.s
	out := map[string]string{}
	if len(listedTalks(s)) > 0 {
		out[talksURL(s)] = "Talks"
	}
	if len(visible(s.Notes)) > 0 {
		out[notesURL(s)] = "Notes"
	}
	if len(s.Speakers) > 0 {
		out[speakersURL(s)] = "Speakers"
	}
	if u := eventsIndexURL(s); u != "" {
		out[u] = "Events"
	}
	for u, p := range b.intros {
		for url := range out {
			if outputPath(url) == u && p.Doc.Title != "" {
				out[url] = p.Doc.Title
			}
		}
	}
	return out
}

func urlsOf(ps []*site.Page) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.URL
	}
	return out
}

// cmpTitle is title, or the URL for a page without one.
func cmpTitle(title, url string) string {
	if title == "" {
		return url
	}
	return title
}
