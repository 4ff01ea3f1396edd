package render

import (
	"fmt"
	"html"

	"lectern/internal/diag"
	"lectern/internal/site"
)

// aliases adds a redirect at each old URL of a page (site.Page.Aliases),
// after every other output: what else is written at that path (a list,
// a copied file) wins, with a warning at the page's field. A page with
// no page of its own has nowhere to redirect to.
func (b *jobs) aliases() {
	for _, p := range b.s.Pages {
		if len(p.Aliases) == 0 || p.Pageless {
			continue
		}
		for _, a := range p.Aliases {
			out := outputPath(a)
			if i, taken := b.byPath[out]; taken {
				b.diags.Warnf(p.Doc.Pos("aliases"), "old URL %s is taken by %s, so no redirect to this page is written there; delete it here", a, describe(b.list[i]))
				continue
			}
			if src, ok := b.assets[out]; ok {
				b.diags.Warnf(p.Doc.Pos("aliases"), "old URL %s is where the file %s is copied, so no redirect to this page is written there; delete it here", a, src)
				continue
			}
			b.add(Job{
				Path: out, Kind: KindRedirect, Sources: pageSources(p), Reads: calendarReads(p),
				render: func(t *task) (Output, diag.List) {
					writeRedirect(t, b.urls.rel(p.URL), b.urls.abs(p.URL), p.Doc.Title, b.s.Config.Language)
					return Output{Path: out, MediaType: "text/html", Body: t.buf.Bytes()}, nil
				},
			})
		}
	}
}

// redirect adds the page p, whose redirect_to sends browsers elsewhere,
// as a redirect written at its own output out: it is the author's page,
// so it wins over what lectern would write there, and it is not in the
// sitemap.
func (b *jobs) redirect(out string, p *site.Page) {
	target := p.Doc.Extras().RedirectTo
	link := b.urls.rel(target)
	b.add(Job{
		Path: out, Kind: KindRedirect, Sources: pageSources(p), owner: p.Doc.File,
		render: func(t *task) (Output, diag.List) {
			writeRedirect(t, link, b.urls.abs(target), p.Doc.Title, b.s.Config.Language)
			return Output{Path: out, MediaType: "text/html", Body: t.buf.Bytes()}, nil
		},
	})
}

// writeRedirect writes a page that sends browsers to link at once and
// tells search engines that canonical is where the content is: the
// redirect a static host can serve, without server configuration.
func writeRedirect(t *task, link, canonical, title, lang string) {
	l, c, ti := html.EscapeString(link), html.EscapeString(canonical), html.EscapeString(title)
	if ti == "" {
		ti = l
	}
	fmt.Fprintf(t.buf, `<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=%s"></head><body><p>This page has moved to <a href="%s">%s</a>.</p></body></html>`,
		html.EscapeString(lang), ti, c, l, l, ti)
}
