package site

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"lectern/internal/config"
	"lectern/internal/content"
)

// expandPage fills a permalink pattern for page p: the tokens expand
// knows, and those that need the page's file and categories, with the
// values Jekyll gives them, so that a site read in place keeps its URLs:
//
//   - :title is the file's name without its date and extension, case
//     kept, runs of other characters than letters, digits and
//     ._~!$&'()+,;=@ made one hyphen (Jekyll's "pretty" slug); a slug the
//     page sets replaces the name;
//   - :name is the whole file name without extension, date included,
//     lower-cased, runs of other characters than letters and digits made
//     one hyphen;
//   - :slugified_title is the page's title made a slug (Eleventy's
//     "title | slugify");
//   - :slug_or_title is the slug the page sets, else its title made a
//     slug (Hugo's :slug, which lectern's config reads into it);
//   - :folder is the name of the page's folder, as written (a distill
//     post's _posts/2020-11-19-hello/hello.Rmd is at /posts/:folder/);
//   - :path is the file's path inside its Jekyll collection (or the
//     content folder) without extension, case kept: "2019/keynote";
//   - :categories are the folders above a _posts folder, then the page's
//     categories (content.Document.Categories), lower-cased, each once,
//     joined by "/"; none leaves no empty part;
//   - :short_year, :i_month, :i_day, :y_day, :hour, :minute and :second
//     are the date's two-digit year, month and day without a leading
//     zero, day of the year (001–366), and time; :week and :w_year the
//     ISO week (two digits) and its year; :short_day, :long_day,
//     :short_month and :long_month the English names ("Mon", "March").
func expandPage(pattern string, p *Page) string {
	if !strings.Contains(pattern, ":") {
		return expand(pattern, p.Doc.Slug, p.Doc.Date)
	}
	file := strings.TrimSuffix(path.Base(p.Doc.Path), path.Ext(p.Doc.Path))
	title := file
	if p.Doc.Fields.Has("slug") {
		title = p.Doc.Slug
	} else if len(file) > 11 && isDatePrefix(file[:11]) {
		title = file[11:]
	}
	d := p.Doc.Date
	value := func(tok string) string {
		switch tok {
		case ":categories":
			return jekyllCategories(p)
		case ":title":
			return prettySlug(title)
		case ":name":
			return plainSlug(file)
		case ":folder":
			return path.Base(path.Dir(p.Doc.Path))
		case ":path":
			return namedPath(collectionPath(p.Doc.Path), p.Doc.Names)
		case ":slugified_title":
			return titleSlug(p)
		case ":slug_or_title":
			if s := titleSlug(p); s != "" && !p.Doc.Fields.Has("slug") {
				return s
			}
			return p.Doc.Slug
		case ":short_year":
			return d.Format("06")
		case ":i_month":
			return strconv.Itoa(int(d.Month()))
		case ":i_day":
			return strconv.Itoa(d.Day())
		case ":y_day":
			return fmt.Sprintf("%03d", d.YearDay())
		case ":week":
			_, week := d.ISOWeek()
			return fmt.Sprintf("%02d", week)
		case ":w_year":
			year, _ := d.ISOWeek()
			return strconv.Itoa(year)
		case ":short_day":
			return d.Format("Mon")
		case ":long_day":
			return d.Format("Monday")
		case ":short_month":
			return d.Format("Jan")
		case ":long_month":
			return d.Format("January")
		case ":hour":
			return d.Format("15")
		case ":minute":
			return d.Format("04")
		}
		return d.Format("05") // ":second"
	}
	u := expand(replaceTokens(pattern, pageTokens, value), p.Doc.Slug, d)
	for strings.Contains(u, "//") {
		u = strings.ReplaceAll(u, "//", "/")
	}
	return u
}

// pageTokens are the tokens expandPage fills before expand, tried in this
// order at each colon; none is a prefix of another.
var pageTokens = []string{
	":categories", ":slugified_title", ":slug_or_title", ":title", ":name", ":folder", ":path", ":short_year", ":i_month", ":i_day", ":y_day", ":week",
	":w_year", ":short_day", ":long_day", ":short_month", ":long_month", ":hour", ":minute", ":second",
}

// unknownToken returns the first token of pattern that expandPage does
// not fill (":path"), or "".
func unknownToken(pattern string) string {
	for i := strings.IndexByte(pattern, ':'); i >= 0; i = next(pattern, i) {
		rest := pattern[i:]
		known := func(t string) bool { return strings.HasPrefix(rest, t) }
		if !slices.ContainsFunc(pageTokens, known) && !slices.ContainsFunc(dateTokens, known) {
			end := 1
			for end < len(rest) && (rest[end] == '_' || rest[end] >= 'a' && rest[end] <= 'z') {
				end++
			}
			return rest[:end]
		}
	}
	return ""
}

// next is the index of the next colon of s after i, or -1.
func next(s string, i int) int {
	if j := strings.IndexByte(s[i+1:], ':'); j >= 0 {
		return i + 1 + j
	}
	return -1
}

// replaceTokens replaces each of tokens in pattern by its value, left to
// right, without overlaps, as a strings.Replacer would; value is asked
// only for the tokens the pattern holds, as a page's URL is worked out at
// every build and a Replacer of every token cost a preview edit tens of
// milliseconds per ten thousand pages.
func replaceTokens(pattern string, tokens []string, value func(string) string) string {
	if !strings.Contains(pattern, ":") {
		return pattern
	}
	var b strings.Builder
	for i := 0; i < len(pattern); {
		if pattern[i] == ':' {
			if k := slices.IndexFunc(tokens, func(t string) bool { return strings.HasPrefix(pattern[i:], t) }); k >= 0 {
				b.WriteString(value(tokens[k]))
				i += len(tokens[k])
				continue
			}
		}
		b.WriteByte(pattern[i])
		i++
	}
	return b.String()
}

// collectionPath is :path of the page at p: p without its extension and
// without the _name folder of the collection it is in.
func collectionPath(p string) string {
	p = strings.TrimSuffix(p, path.Ext(p))
	if top, rest, ok := strings.Cut(p, "/"); ok && strings.HasPrefix(top, "_") {
		return rest
	}
	return p
}

// namedPath is p with each folder and file name made a URL part by the
// rule of the tool the site is written for (content.Document.Names), as
// the tool publishes a page at its path: Quartz's Areas/Deep-work for
// Areas/Deep work.md. A name of which the rule keeps nothing stays as
// written, and so does every name under lectern's own rule, whose
// :path is the path as written (Jekyll's, docs/in-place.md).
func namedPath(p string, names content.PathNames) string {
	if names == content.SlugNames {
		return p
	}
	parts := strings.Split(p, "/")
	for i, seg := range parts {
		if s := names.Part(seg); s != "" {
			parts[i] = s
		}
	}
	return strings.Join(parts, "/")
}

// titleSlug is p's title made a URL part as its tool makes one: on a
// Hugo site by Hugo's urlize, which keeps accents and letters of every
// script, lower-cases and keeps . _ ~ + # @ - ("Programación funcional"
// is programación-funcional, as Hugo's :slug and :title give it), so
// that links to the page written against Hugo's URL arrive; elsewhere
// lectern's slug, as Eleventy's slugify transliterates
// ("programacion-funcional"). A title Hugo keeps nothing of gets
// lectern's slug.
func titleSlug(p *Page) string {
	switch p.Doc.Names {
	case content.HugoNames, content.HugoUndatedNames:
		if s := content.HugoNames.Part(p.Doc.Title); s != "" {
			return s
		}
	}
	return content.Slugify(p.Doc.Title)
}

// isDatePrefix reports whether s is "YYYY-MM-DD-".
func isDatePrefix(s string) bool {
	if len(s) != 11 || s[10] != '-' {
		return false
	}
	_, err := time.Parse("2006-01-02", s[:10])
	return err == nil
}

// jekyllCategories is :categories of p (see expandPage).
func jekyllCategories(p *Page) string {
	var cats []string
	add := func(c string) {
		if c = strings.ToLower(c); c != "" && !containsString(cats, c) {
			cats = append(cats, c)
		}
	}
	if dir, _, ok := strings.Cut(p.Doc.Path, "_posts/"); ok {
		for _, c := range strings.Split(dir, "/") {
			add(c)
		}
	}
	for _, c := range p.Doc.Categories {
		add(c)
	}
	return strings.Join(cats, "/")
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// prettySlug is s with each run of characters other than letters, digits
// and ._~!$&'()+,;=@ made one hyphen, hyphens trimmed, case kept.
func prettySlug(s string) string {
	return hyphenate(s, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("._~!$&'()+,;=@", r)
	})
}

// plainSlug is s lower-cased with each run of characters other than
// letters and digits made one hyphen, hyphens trimmed.
func plainSlug(s string) string {
	return strings.ToLower(hyphenate(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }))
}

func hyphenate(s string, keep func(rune) bool) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		if keep(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// folderPattern is the pattern of the nearest folder of p's path that
// has one (config.Permalinks.Folders), for talks, notes, reading lists and
// pages; "" when none has. Speakers and events are named by their person
// and event.
func folderPattern(folders map[string]string, p *Page) string {
	if len(folders) == 0 || !placedByFolder(p) {
		return ""
	}
	for dir := path.Dir(p.Doc.Path); dir != "." && dir != "/"; dir = path.Dir(dir) {
		if pat, ok := folders[dir]; ok {
			return pat
		}
	}
	return ""
}

// sectionPattern is the pattern of the top folder of p's path, Hugo's
// section (config.Permalinks.Sections), for a page of any kind; "" when
// it has none. A section's pattern places the pages in it, as Hugo's
// does, so a speaker's or event's own page there is placed by it too
// (adopt then gives its URL to the person or event).
func sectionPattern(sections map[string]string, p *Page) string {
	if len(sections) == 0 || p.Doc.FromRecord() || strings.HasPrefix(path.Base(p.Doc.Path), "_index.") {
		// A section's own page (_index.md) is its list, at the
		// section's URL, as in Hugo.
		return ""
	}
	top, _, ok := strings.Cut(p.Doc.Path, "/")
	if !ok {
		return ""
	}
	return sections[top]
}

// placedByFolder reports whether p is of a kind whose URL its folder
// decides: a talk, note, reading list or page, and the own page of a
// person or event written as a file of that folder (a Jekyll
// collection's _speakers/AdaLovelace.md at /speakers/AdaLovelace/, as
// Jekyll fills the collection's pattern; adopt then gives its URL to the
// person). A person or event made from records keeps its own URL.
func placedByFolder(p *Page) bool {
	switch p.Doc.Kind {
	case content.KindTalk, content.KindNote, content.KindReading, content.KindPage:
		return true
	case content.KindSpeaker, content.KindEvent:
		return !p.Doc.FromRecord()
	}
	return false
}

// isToolPage reports whether p is one of another tool's pages rather
// than a document of a collection (Permalinks.Pages): a file of its own
// (not a record of a data file, which lectern makes a page of), of a
// kind its folder places, with no folder of its path starting with "_".
func isToolPage(p *Page) bool {
	if p.Doc.FromRecord() || !placedByFolder(p) {
		return false
	}
	for _, seg := range strings.Split(path.Dir(p.Doc.Path), "/") {
		if strings.HasPrefix(seg, "_") {
			return false
		}
	}
	return true
}

// datedTokens are the tokens filled from a page's date: expand's but
// :slug, and expandPage's from :short_year on.
var datedTokens = append(slices.Clone(dateTokens[1:]), pageTokens[slices.Index(pageTokens, ":short_year"):]...)

// datedPattern reports whether a permalink pattern is filled from a date.
func datedPattern(pat string) bool {
	for _, tok := range datedTokens {
		if strings.Contains(pat, tok) {
			return true
		}
	}
	return false
}

// folderURL is the URL of a page outside the known folders: its folder
// path, then its slug; an index file stands for its folder. The folders'
// names become URL parts by names, the rule of the tool the site is
// written for, as the slug did (pathSlug), so that a page and the
// folders of its bundle's files (assets) keep the names the tool gave
// them. A bundle's index.md that writes its own slug (own) is at that
// slug in place of its folder's name, as Hugo publishes a leaf bundle
// (content/posts/2024-06-trip/index.md with slug: trip at
// /posts/trip/); a section's _index.md keeps its folder's, as Hugo
// applies no slug to a section.
func folderURL(file, slug string, names content.PathNames, own bool) string {
	var parts []string
	if dir := path.Dir(file); dir != "." {
		for _, seg := range strings.Split(dir, "/") {
			if s := names.Part(seg); s != "" {
				parts = append(parts, s)
			}
		}
	}
	stem := strings.TrimSuffix(path.Base(file), path.Ext(file))
	if stem == "_index" && len(parts) == 0 {
		// Hugo's _index.md at the top is the home page's own text, which
		// introduces lectern's home page (render's intros), as a
		// markdown index.md there does (content sets its URL, and an
		// index.html's of HTML and values). A template there keeps its
		// folder-style URL, /index/: a home page of its own, made by
		// code lectern does not run.
		return "/"
	}
	switch {
	case (stem != "index" && stem != "_index") || len(parts) == 0:
		parts = append(parts, slug)
	case stem == "index" && own && slug != "":
		parts[len(parts)-1] = slug
	}
	return EscapePath("/" + strings.Join(parts, "/") + "/")
}

// pathSlug is the last part of the URL of p when it is published at its
// path: its slug when the author wrote one or lectern chose it (for a
// file name with no letters, or to settle a clash), else its file name
// made a URL part by the rule of the tool the site is written for
// (content.Document.Names), which may keep what lectern's slug drops
// (Hugo's my_first_post). Its slug stays lectern's, as people and events
// are matched by it.
func pathSlug(p *Page) string {
	d := &p.Doc
	if d.Fields.Has("slug") || d.Slug != content.SlugNames.Name(d.Path) {
		return d.Slug
	}
	return cmp.Or(d.Names.Name(d.Path), d.Slug)
}

// routedURL is the URL of page p published at the path of file (its
// own, or that less a pages folder) under the URL folders of
// config.Permalinks.Routes; a page whose top folder's route takes its
// last part from a front matter field (Permalinks.RouteFields) and
// that sets it is at the route's folder and that value, as written; the
// index of a top folder routed to the root is at "/".
func routedURL(perm config.Permalinks, p *Page, file string) string {
	top, _, ok := strings.Cut(file, "/")
	if field := perm.RouteFields[top]; ok && field != "" {
		if v := routeValue(p, field); v != "" {
			dir, routed := perm.Routes[top]
			if !routed {
				dir = top
			}
			return fileURL(perm, EscapePath(path.Clean("/"+dir+"/"+v)+"/"))
		}
	}
	r := routed(perm.Routes, file)
	if r != file && !strings.Contains(r, "/") && strings.TrimSuffix(r, path.Ext(r)) == "index" {
		// The index of a folder published at the root (Starlight's
		// src/content/docs/index.mdx) is the home page's own text, as
		// an index.md at the top of the content folder is.
		return "/"
	}
	return fileURL(perm, folderURL(r, pathSlug(p), p.Doc.Names, p.Doc.Fields.Has("slug")))
}

// fileURL is u, the folder URL of a page placed at its path, as the
// .html file of that name when the site's tool writes its pages so
// (config.Permalinks.Files: /talks/x/ is /talks/x.html); the home page
// stays at "/".
func fileURL(perm config.Permalinks, u string) string {
	if !perm.Files || u == "/" || !strings.HasSuffix(u, "/") {
		return u
	}
	return strings.TrimSuffix(u, "/") + ".html"
}

// routeValue is the value of front matter field name of p as text, ""
// when it has none that a URL can hold.
func routeValue(p *Page, name string) string {
	if name == "slug" && p.Doc.Fields.Has("slug") {
		return p.Doc.Slug
	}
	switch v := p.Doc.Params[name].(type) {
	case string:
		return strings.Trim(strings.TrimSpace(v), "/")
	case int64, float64:
		return fmt.Sprint(v)
	}
	return ""
}

// routed is file with its top folder replaced by the URL folder routes
// gives it (config.Permalinks.Routes), or dropped when that is "": the
// path its URL is made from.
func routed(routes map[string]string, file string) string {
	top, rest, ok := strings.Cut(file, "/")
	if !ok {
		return file
	}
	to, ok := routes[top]
	switch {
	case !ok:
		return file
	case to == "":
		return rest
	}
	return to + "/" + rest
}
