package site

import (
	"strings"

	"lectern/internal/config"
)

// homeTitles are the titles of home pages that say what the page is, not
// what the site is called: they never name a site.
var homeTitles = map[string]bool{"home": true, "home page": true, "homepage": true, "index": true, "welcome": true, "start": true, "main": true, "front page": true}

// nameSite calls a site that neither a config nor its README names
// (config.Default's placeholder title) after the title the front matter
// of its home page gives, the page the author wrote at "/": a
// conference's home page titled "PyCon UK 2016" names the conference,
// which every page's header then shows. A site whose home page names
// nothing either is called after its folder, as a code host shows a
// repository of data or notes by its name; config.Default's placeholder
// is left only to a site read from no folder of its own.
func (b *builder) nameSite(folder string) {
	if b.site.Config.Title != config.Default().Title {
		return
	}
	for _, p := range b.site.Pages {
		if p.URL != "/" || p.Doc.NoPage {
			continue
		}
		if _, written := p.Doc.Fields.Get("title"); written && p.Doc.Title != "" && !homeTitles[strings.ToLower(strings.TrimSpace(p.Doc.Title))] {
			b.site.Config.Title, b.site.NamedBy = strings.TrimSpace(p.Doc.Title), p.Doc.File
			return
		}
		break
	}
	if folder != "" {
		b.site.Config.Title = folder
	}
}
