package site

import (
	"path"
	"slices"
	"strings"
)

// aliases resolves the old URLs of every page (content.Document.Aliases)
// into Page.Aliases, after every page has its URL: a path relative to
// the page's folder is joined to it, as Hugo does; a trailing-slash-less
// path stays a file ("/old.html") and gets no folder. lectern decides
// what an old URL cannot be, with a warning at the field: a path that
// cannot be published, the page's own URL, another page's, or one an
// earlier page (in file order) already claims.
func (b *builder) aliases() {
	if !slices.ContainsFunc(b.site.Pages, func(p *Page) bool { return len(p.Doc.Aliases) > 0 }) {
		return // most sites: no table of every output for nothing
	}
	taken := make(map[string]*Page, len(b.site.Pages))
	for _, p := range b.site.Pages {
		taken[FoldCase(p.Output)] = p
	}
	for _, p := range b.site.Pages {
		if len(p.Doc.Aliases) == 0 {
			continue
		}
		p.Aliases = nil
		for _, a := range p.Doc.Aliases {
			u := aliasURL(p, a)
			if problem, fix := urlProblem(u); problem != "" {
				b.diags.Warnf(p.Doc.Pos("aliases"), "old URL %q %s, so no redirect is written there; %s", a, problem, fix)
				continue
			}
			key := FoldCase(OutputPath(u))
			other, ok := taken[key]
			switch {
			case !ok:
				taken[key] = p
				p.Aliases = append(p.Aliases, u)
			case other == p:
				// Its own URL, or an old URL written twice.
			case FoldCase(other.Output) == key:
				b.diags.Warnf(p.Doc.Pos("aliases"), "old URL %s is where %s is written, so no redirect to this page is written there; delete it here", u, other.Doc.File)
			default:
				b.diags.Warnf(p.Doc.Pos("aliases"), "old URL %s is an old URL of %s too; the redirect goes there, the first in file order; delete it from one of them", u, other.Doc.File)
			}
		}
	}
}

// aliasURL is the URL old URL a of page p stands for: a path relative to
// the page's folder is joined to its URL.
func aliasURL(p *Page, a string) string {
	u := a
	if !strings.HasPrefix(u, "/") {
		u = path.Join(path.Dir(strings.TrimSuffix(p.URL, "/")), u)
		if strings.HasSuffix(a, "/") {
			u += "/"
		}
	}
	return EscapePath(u)
}

// aliasAt reports whether an old URL of a page of pages but p, taken or
// not, is written at output path out (or one differing only in case):
// whether that old URL gets its redirect depends on out being a page's.
func aliasAt(pages []*Page, p *Page, out string) bool {
	for _, q := range pages {
		if q == p {
			continue
		}
		for _, a := range q.Doc.Aliases {
			if sameFold(OutputPath(aliasURL(q, a)), out) {
				return true
			}
		}
	}
	return false
}
