package render

import (
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/site"
)

// contentPages adds one job per content page. Speaker and event pages
// that belong to a Speaker or an Event are rendered with them instead;
// breaks that have no page (site.Page.Pageless) have none.
func (b *jobs) contentPages() {
	owned := b.ownedPages()
	for _, p := range b.s.Pages {
		if owned[p] || p.Pageless || b.intros[pageOutput(p)] == p {
			// A break without a page of its own shows on the schedule;
			// an intro on the index it introduces.
			continue
		}
		if p.Doc.Extras().Code != "" {
			// Planned once lectern's own pages are (templatePages).
			b.templates = append(b.templates, p)
			continue
		}
		b.contentPage(p)
	}
}

// templatePages adds the pages of other tools' lists (HTML pages whose
// Liquid loops, content.Document.Code) after lectern's own
// pages, lists and feeds: at an address where lectern writes one of
// those, the template is the list or home page lectern makes itself,
// which gives what the template would have shown, and lectern's is kept
// (add says so); elsewhere the template is a page as any other.
func (b *jobs) templatePages() {
	for _, p := range b.templates {
		b.contentPage(p)
	}
	b.templates = nil
}

// contentPage adds the page of content page p.
func (b *jobs) contentPage(p *site.Page) {
	kind := kindOf(p.Doc.Kind)
	link, out := p.URL, pageOutput(p)
	if p.Doc.Extras().RedirectTo != "" {
		b.redirect(out, p)
		return
	}
	n := len(b.list)
	if p.Doc.Extras().Standalone && b.s.Config.Markup.RawHTML == config.RawHTMLKeep {
		b.document(out, p)
		b.setReads(n, b.pageReads(p, false))
		return
	}
	b.pageAt(out, kind, link, p.Doc.File, p.Doc.File, pageSources(p), !p.Doc.Hidden && !p.Doc.NoSitemap, func() *Data {
		d := b.base(kind, link).titled(p.Doc.Title).described(p.Description)
		d.Page, d.OGType = b.views.PageOf(p), "article"
		if p.Doc.Extras().Canonical != "" {
			// A post first published elsewhere names the original, so
			// search engines credit it rather than this copy.
			d.Canonical = p.Doc.Extras().Canonical
		}
		if b.r.readsOf(kind).wholeEvent {
			// The whole event holds an entry of each of its talks.
			d.Event = b.views.Event(p.Event)
		}
		switch p.Doc.Kind {
		case content.KindTalk:
			if u := b.ownPicture(p); u != "" {
				// The talk's own picture (its featured.jpg, its
				// image) before a card drawn of its facts.
				d.Image, d.ImageAlt = u, p.Doc.Extras().ImageAlt
			} else {
				b.withCard(d, b.talkCard(p))
			}
			d.JSONLD = b.talkLD(p)
		case content.KindNote:
			d.Image = b.ogImage(p.Authors)
			if u := b.ownPicture(p); u != "" {
				// The post's own picture before its author's.
				d.Image, d.ImageAlt = u, p.Doc.Extras().ImageAlt
			}
			d.JSONLD = b.noteLD(p)
		case content.KindReading:
			d.JSONLD = b.readingLD(p.Doc.Title, p.URL, p.Items)
		}
		return d
	})
	b.setReads(n, b.pageReads(p, b.r.readsOf(kind).wholeEvent))
}

// document adds the page p, an HTML page written as a whole document
// (content.Document.Standalone), as that document: its body, its template
// tags run, with nothing of the theme around it, as Jekyll publishes a
// page without a layout. Under a raw HTML policy other than keep, such a
// page is shown in the theme as any other, what the policy leaves of it.
// No theme template renders it, so Options.LiveReload adds nothing to it:
// the preview's server adds its script to every HTML page it serves.
func (b *jobs) document(out string, p *site.Page) {
	link := p.URL
	if p.Doc.Hidden || p.Doc.NoSitemap {
		link = ""
	}
	b.add(Job{
		Path: out, Kind: KindPage, Sources: pageSources(p), url: link, owner: p.Doc.File,
		render: func(t *task) (Output, diag.List) {
			t.buf.WriteString(string(p.Content()))
			return Output{Path: out, MediaType: "text/html", Body: t.buf.Bytes()}, nil
		},
	})
}

// ownPicture is the absolute URL of page p's own picture (Page.Image)
// for link previews, "" when it has none, when the site has no base URL
// to make it absolute, or when it is an SVG, which link previews do not
// draw.
func (b *jobs) ownPicture(p *site.Page) string {
	if p.Image == "" {
		return ""
	}
	if u := b.urls.abs(p.Image); isAbsolute(u) && !strings.HasSuffix(strings.ToLower(u), ".svg") {
		return u
	}
	return ""
}
