package site

import (
	"fmt"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"lectern/internal/content"
)

// URL clashes are resolved here, never refused: lectern decides who keeps
// a URL and where the others go, and warns. The rules, and why each was
// chosen, are in docs/urls.md ("URL clashes"). Every decision depends only
// on the pages' files and their order by path, never on the order they
// were read in, so two builds of the same files give the same URLs.

// claim is a page's first choice of URL, before clashes are resolved.
type claim struct {
	p *Page
	// written reports that the author wrote the URL (url: or permalink:);
	// otherwise lectern derived it from a pattern, a file or folder name.
	written bool
}

// resolveClashes gives each of pages, in path order, with URL and Output
// set to its first choice, a URL of its own, and returns the pages to
// publish, in path order. Identical copies sharing a URL are published
// once; of different pages, one keeps the URL (keeper) and the others
// move (see move), each with a warning at the page that moved.
func (b *builder) resolveClashes(pages []*Page) []*Page {
	groups := map[string][]claim{}
	var order []string
	for _, p := range pages {
		if _, ok := groups[p.Output]; !ok {
			order = append(order, p.Output)
		}
		groups[p.Output] = append(groups[p.Output], claim{p, p.Doc.URL != ""})
	}
	owner := make(map[string]*Page, len(pages))
	dropped := map[*Page]bool{}
	type loser struct {
		claim
		winner *Page
	}
	var losers []loser
	for _, out := range order {
		if len(groups[out]) > 1 {
			for _, c := range groups[out] {
				c.p.clashed = true
			}
		}
		g := b.dropCopies(groups[out], dropped)
		w := keeper(g)
		owner[out] = w.p
		for _, c := range g {
			if c.p != w.p {
				losers = append(losers, loser{c, w.p})
			}
		}
	}
	// Every first choice that stands is taken before any page moves, so a
	// moved page never takes a URL another page derived or was given.
	slices.SortStableFunc(losers, func(x, y loser) int { return strings.Compare(x.p.Doc.File, y.p.Doc.File) })
	for _, l := range losers {
		b.move(l.p, l.written, l.winner, owner, dropped)
	}
	kept := pages[:0]
	for _, p := range pages {
		if !dropped[p] {
			kept = append(kept, p)
		}
	}
	return kept
}

// dropCopies removes from g, and marks in dropped, every page identical
// to an earlier one in path order, with a warning naming both: a site
// that keeps two copies of one file under one URL means one page.
func (b *builder) dropCopies(g []claim, dropped map[*Page]bool) []claim {
	if len(g) < 2 {
		return g
	}
	var out []claim
next:
	for _, c := range g {
		for _, k := range out {
			if sameDocument(k.p.source, c.p.source) {
				dropped[c.p] = true
				b.diags.Warnf(c.p.Doc.Pos("url"), "this page is a copy of %s (the same front matter and body) at the URL %s; it is published once, from %s", sourceOf(k.p, c.p), k.p.URL, sourceOf(k.p, c.p))
				continue next
			}
		}
		out = append(out, c)
	}
	return out
}

// sameDocument reports whether x and y say the same: the same fields and
// body, whatever their file names and the lines they were written on.
func sameDocument(x, y *content.Document) bool {
	a, b := *x, *y
	for _, d := range []*content.Document{&a, &b} {
		d.File, d.Path, d.Slug, d.Fields, d.Diags, d.BodyLine, d.Line = "", "", "", content.Positions{}, nil, 0, 0
	}
	return reflect.DeepEqual(a, b)
}

// keeper chooses who of a group claiming one URL keeps it:
//
//   - a written URL beats a derived one: the author asked for it;
//   - of written ones, the last in path order, as Jekyll publishes the
//     last file it reads, so a site moved from Jekyll keeps its pages;
//   - of derived ones, a page whose name made the URL as written beats one
//     whose name lost symbols ("C" beats "C++", both "c"), then the first
//     in path order, which for dated files is the earliest: a page added
//     later rarely sorts first, so published URLs stay put.
func keeper(g []claim) claim {
	w := g[0]
	for _, c := range g[1:] {
		switch {
		case c.written && !w.written:
			w = c
		case c.written && w.written:
			w = c // later in path order
		case !c.written && !w.written && lossy(w.p) && !lossy(c.p):
			w = c
		}
	}
	return w
}

// move gives p, which lost its URL to winner, the first free URL of its
// alternatives, records it in owner, and warns at p. They end with a hash
// of p's path, so one is free unless none can be published (a permalink
// pattern that climbs out of the site with ".." makes every one of them
// refused): then p is marked in dropped and left out, with a warning,
// as two pages cannot write one file.
func (b *builder) move(p *Page, written bool, winner *Page, owner map[string]*Page, dropped map[*Page]bool) {
	lost := p.URL
	var why string
	switch {
	case written && winner.Doc.URL != "":
		why = fmt.Sprintf("url %s is also written in %s, a different page; the later file in path order keeps it, as Jekyll does", lost, sourceOf(winner, p))
	case winner.Doc.URL != "":
		why = fmt.Sprintf("this page's URL %s is written as the url of %s; a written url wins over one lectern derived", lost, sourceOf(winner, p))
	case lossy(p) && !lossy(winner):
		why = fmt.Sprintf("%s and this page both make the URL %s; %s keeps it, as its name makes it without dropping symbols", sourceOf(winner, p), lost, sourceOf(winner, p))
	default:
		why = fmt.Sprintf("%s and this page both make the URL %s; the first in path order keeps it", sourceOf(winner, p), lost)
	}
	for _, u := range b.alternatives(p, written) {
		if bad, _ := urlProblem(u); bad != "" {
			continue
		}
		out := OutputPath(u)
		if _, taken := owner[out]; taken {
			continue
		}
		owner[out] = p
		p.URL, p.Output = u, out
		if !written && datedRecords(p, winner) && u == b.datedURL(p) {
			// One talk listed again in a data file, given another day
			// (a speaker's archive): its day tells the two apart, as
			// for a talk's list of deliveries, and a record has no
			// natural place for a slug of its own.
			return
		}
		b.diags.Warnf(p.Doc.Pos("url"), "%s, so this page is published at %s; set \"slug:\" or \"url:\" to choose another", why, u)
		return
	}
	dropped[p] = true
	b.diags.Warnf(p.Doc.Pos("url"), "%s, and no other URL lectern can make for this page can be published, so it is left out; set \"slug:\" or \"url:\" to publish it", why)
}

// sourceOf names where p is written, for a warning about other: its
// file, and for a record of a data file the line it starts on
// ("_data/talks.yml:12"), unless it is the file's first line and other
// is in another file (the file is most often one record).
func sourceOf(p, other *Page) string {
	if p.Doc.Line > 1 || p.Doc.Line == 1 && p.Doc.File == other.Doc.File {
		return p.Doc.File + ":" + strconv.Itoa(p.Doc.Line)
	}
	return p.Doc.File
}

// alternatives are the URLs p may move to, best first. A page whose URL
// was written falls back to the one lectern derives for it; then, for a
// derived URL: the file name's date prefix kept ("/talks/break/" becomes
// "/talks/2019-09-23-15-40-break/"), the symbols its names lost spelled
// out ("C++" gives "c-plus-plus"), and last the URL's last part with a
// hash of the file's path ("break-1a2b3c4d"). Each depends on p's own
// file only, so adding or removing another file never moves p.
func (b *builder) alternatives(p *Page, written bool) []string {
	var alts []string
	derived := b.derivedURL(p, p.Doc.Slug, false)
	if written {
		alts = append(alts, derived)
	}
	wroteSlug := p.Doc.Fields.Has("slug")
	if !wroteSlug {
		base := strings.TrimSuffix(path.Base(p.Doc.Path), path.Ext(p.Doc.Path))
		if prefix := datePrefixRE.FindString(base); prefix != "" && p.Doc.Slug != "" {
			alts = append(alts, b.derivedURL(p, content.Slugify(prefix+p.Doc.Slug), false))
		}
		if lossy(p) {
			alts = append(alts, b.derivedURL(p, content.Slugify(spellSymbols(slugSource(p.Doc.Path))), true))
		}
	}
	if u := b.datedURL(p); u != "" {
		// The same talk given at several events: its day tells them apart.
		alts = append(alts, u)
	}
	keys := []string{p.Doc.Path}
	if p.Doc.Line > 0 {
		// Records of one data file may share its path: the second
		// hashes its line too.
		keys = append(keys, p.Doc.Path+":"+strconv.Itoa(p.Doc.Line))
	}
	for _, key := range keys {
		alts = append(alts, withLastPart(derived, func(seg string) string { return content.HashSlug(seg, key) }))
		// A last part too long to take the hash is replaced by it.
		alts = append(alts, withLastPart(derived, func(string) string { return content.HashSlug("page", key) }))
	}
	return alts
}

// datedURL is the URL of p's slug and day ("/talks/x-2018-12-04/"), an
// alternative of a dated page whose slug lectern made (its file or
// title), or "" for none.
func (b *builder) datedURL(p *Page) string {
	day := p.Doc.Date.Format("2006-01-02")
	if p.Doc.Fields.Has("slug") || p.Doc.Date.IsZero() || p.Doc.Slug == "" || strings.Contains(p.Doc.Slug, day) {
		return ""
	}
	return b.derivedURL(p, p.Doc.Slug+"-"+day, false)
}

// datedRecords reports whether p and winner, which both made p's URL,
// are records of data files (content.Document.Line) of different days:
// one talk listed at each time it was given.
func datedRecords(p, winner *Page) bool {
	return p.Doc.Line > 0 && winner.Doc.Line > 0 && !p.Doc.Date.IsZero() && !winner.Doc.Date.IsZero() &&
		p.Doc.Date.Format("2006-01-02") != winner.Doc.Date.Format("2006-01-02")
}

// clashAlternative reports whether output path out (or one differing
// from it only in case) is among the alternatives of a page that claimed
// a URL with others: were out freed or taken, such a page could move
// (resolveClashes). A page added, removed or moved in place leaves the
// clashes as they were only where its outputs are none of those.
func (s *Site) clashAlternative(out string) bool {
	b := &builder{cfg: s.Config}
	for _, q := range s.Pages {
		if !q.clashed {
			continue
		}
		for _, u := range b.alternatives(q, q.Doc.URL != "") {
			if sameFold(OutputPath(u), out) {
				return true
			}
		}
	}
	return false
}

// derivedURL is the URL lectern makes for p with slug, ignoring a url the
// author wrote; spell spells out symbols in folder names too.
func (b *builder) derivedURL(p *Page, slug string, spell bool) string {
	q := *p
	q.Doc.URL = ""
	q.Doc.Slug = slug
	if spell {
		q.Doc.Path = spellFolders(p.Doc.Path)
	}
	return b.pageURL(&q)
}

// withLastPart returns u with its last part passed through f, keeping a
// trailing slash and an extension.
func withLastPart(u string, f func(string) string) string {
	trail := strings.HasSuffix(u, "/")
	s := strings.TrimSuffix(u, "/")
	i := strings.LastIndexByte(s, '/')
	seg := s[i+1:]
	ext := ""
	if !trail {
		ext = path.Ext(seg)
		seg = strings.TrimSuffix(seg, ext)
	}
	if seg == "" {
		seg = "page"
	}
	out := s[:i+1] + f(seg) + ext
	if trail {
		out += "/"
	}
	return out
}

// datePrefixRE matches the date (and time) prefix that a file name's slug
// leaves out: "2019-09-23-" or "2019-09-23-15-40-".
var datePrefixRE = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}-([0-9]{2}-[0-9]{2}-)?`)

// symbolWords spells out the symbols that carry meaning in names but that
// Slugify drops: "C++" and "C" would otherwise be one slug, as would
// "C#" and "C", "R&D" and "R D".
var symbolWords = strings.NewReplacer("+", " plus ", "#", " sharp ", "&", " and ", "@", " at ")

func spellSymbols(s string) string { return symbolWords.Replace(s) }

// slugSource is the name a page's slug is made of: its file name without
// extension, or for an index file its folder's name.
func slugSource(file string) string {
	base := strings.TrimSuffix(path.Base(file), path.Ext(file))
	if base == "index" || base == "_index" {
		if dir := path.Dir(file); dir != "." {
			return path.Base(dir)
		}
	}
	return datePrefixRE.ReplaceAllString(base, "")
}

// spellFolders spells out symbols in the folder names of file.
func spellFolders(file string) string {
	dir, base := path.Split(file)
	return spellSymbols(dir) + base
}

// lossy reports whether p's URL was made from names that lost symbols on
// the way (a folder "C++", a file "C#.md"), so that another page could
// make the same URL from a plainer name. A written slug or url is the
// author's choice and never lossy.
func lossy(p *Page) bool {
	if p.Doc.Fields.Has("slug") || p.Doc.URL != "" {
		return false
	}
	name := path.Dir(p.Doc.Path) + "/" + slugSource(p.Doc.Path)
	return spellSymbols(name) != name
}
