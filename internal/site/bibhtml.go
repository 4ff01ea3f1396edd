package site

import (
	"html"
	"slices"
	"strconv"
	"strings"

	"lectern/internal/content"
)

// bibliography is {% bibliography -f talks -g year %}: the entries as
// an ordered list of class "bibliography", under a heading per group
// when grouped. The HTML is one line, so that the markdown around it
// keeps its lines and a blank line never ends the HTML block it is in.
func (s *scholar) bibliography(args string) (string, string) {
	a, warn := s.parseArgs(args)
	es, w := s.entries(a)
	warn = joinWarn(warn, w)
	var b strings.Builder
	if a.groupBy == "" {
		s.list(&b, es)
		return b.String(), warn
	}
	var keys []string
	groups := map[string][]content.BibEntry{}
	for _, e := range es {
		k := entryField(e, a.groupBy)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], e)
	}
	slices.SortStableFunc(keys, func(x, y string) int {
		if a.groupDesc {
			return compareField(y, x)
		}
		return compareField(x, y)
	})
	for _, k := range keys {
		if k != "" {
			label := k
			if a.groupBy == "month" {
				label = monthName(k)
			}
			b.WriteString(`<h2 class="bibliography">` + html.EscapeString(label) + `</h2>`)
		}
		s.list(&b, groups[k])
	}
	return b.String(), warn
}

func joinWarn(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "; " + b
}

// list writes es as one <ol>.
func (s *scholar) list(b *strings.Builder, es []content.BibEntry) {
	b.WriteString(`<ol class="bibliography">`)
	for _, e := range es {
		s.entry(b, e)
	}
	b.WriteString(`</ol>`)
}

// bibLinks are al-folio's link fields, in the order it shows its
// buttons, with their labels.
var bibLinks = []struct{ field, label string }{
	{"arxiv", "arXiv"}, {"html", "HTML"}, {"pdf", "PDF"}, {"supp", "Supp"}, {"video", "Video"},
	{"blog", "Blog"}, {"code", "Code"}, {"poster", "Poster"}, {"slides", "Slides"}, {"website", "Website"}, {"doi", "DOI"},
}

// entry writes one entry: title (linked to its url or html), authors,
// venue (linked to organism_site), location, date, and its links.
func (s *scholar) entry(b *strings.Builder, e content.BibEntry) {
	f := e.Fields
	b.WriteString(`<li id="` + html.EscapeString(e.Key) + `">`)
	title := html.EscapeString(cmp1(f["title"], e.Key))
	if u := s.href("url", cmp1(f["url"], f["html"])); u != "" {
		title = `<a href="` + html.EscapeString(u) + `">` + title + `</a>`
	}
	b.WriteString(`<span class="bib-title">` + title + `</span>`)
	if len(e.Authors) > 0 {
		b.WriteString(` <span class="bib-authors">` + html.EscapeString(authorList(e.Authors)) + `</span>`)
	}
	var parts []string
	if v := cmp1(f["journal"], f["booktitle"], f["organism"], f["howpublished"], f["school"], f["institution"], f["publisher"]); v != "" {
		v = html.EscapeString(v)
		if u := s.href("url", f["organism_site"]); u != "" {
			v = `<a href="` + html.EscapeString(u) + `">` + v + `</a>`
		}
		parts = append(parts, `<em class="bib-venue">`+v+`</em>`)
	}
	if v := f["location"]; v != "" {
		parts = append(parts, html.EscapeString(v))
	}
	if v := strings.TrimSpace(monthName(f["month"]) + " " + f["year"]); v != "" {
		parts = append(parts, html.EscapeString(v))
	}
	if len(parts) > 0 {
		b.WriteString(` <span class="bib-details">` + strings.Join(parts, ", ") + `</span>`)
	}
	var links []string
	for _, l := range bibLinks {
		if u := s.href(l.field, f[l.field]); u != "" {
			links = append(links, `<a class="bib-link" href="`+html.EscapeString(u)+`">`+l.label+`</a>`)
		}
	}
	if len(links) > 0 {
		b.WriteString(` <span class="bib-links">` + strings.Join(links, " ") + `</span>`)
	}
	b.WriteString(`</li>`)
}

func cmp1(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// href is where a link field points: an arXiv id or a DOI at its
// resolver; a bare file name in pdf, slides, poster or supp in the
// site's assets/pdf/ folder, as al-folio puts it; a path from the
// site's root under its base path. A value that is no web address
// (javascript:) is no link.
func (s *scholar) href(field, v string) string {
	v = strings.TrimSpace(v)
	switch {
	case v == "" || !content.IsWebAddress(v):
		return ""
	case strings.Contains(v, "://") || strings.HasPrefix(v, "mailto:"):
		return v
	case field == "arxiv":
		return "https://arxiv.org/abs/" + v
	case field == "doi":
		return "https://doi.org/" + strings.TrimPrefix(v, "doi:")
	case strings.HasPrefix(v, "/"):
		return s.base + v
	case field == "pdf" || field == "slides" || field == "poster" || field == "supp":
		return s.base + "/assets/pdf/" + v
	}
	return v
}

// authorList joins names as a reader says them: "A, B and C".
func authorList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// monthNumber reads a month as BibTeX files write it: "7", "07", "jul",
// "July"; 0 when it is none.
func monthNumber(v string) int {
	v = strings.TrimSpace(v)
	if n, err := strconv.Atoi(v); err == nil && n >= 1 && n <= 12 {
		return n
	}
	if len(v) >= 3 {
		for i, m := range monthNames {
			if strings.EqualFold(v[:3], m[:3]) {
				return i + 1
			}
		}
	}
	return 0
}

// monthName is the name of a month as written, or the text as it is.
func monthName(v string) string {
	if n := monthNumber(v); n > 0 {
		return monthNames[n-1]
	}
	return strings.TrimSpace(v)
}

// cite is {% cite key %}: "(Surname, year)" linking to the entry in a
// bibliography on the same page, from the default bibliography (or -f).
// A key no entry has is "(missing reference)", as jekyll-scholar writes
// it, with a warning.
func (s *scholar) cite(args string) (string, string) {
	a, _ := s.parseArgs(args)
	var keys []string
	for _, w := range tagWords(args) {
		if !strings.HasPrefix(w, "-") {
			keys = append(keys, w)
		}
	}
	var out, warn []string
	for _, k := range keys {
		e, ok := s.find(a.files, k)
		if !ok {
			out = append(out, "(missing reference)")
			warn = append(warn, "no entry of "+strings.Join(a.files, ", ")+" has the key "+k+"; check the key")
			continue
		}
		label := e.Key
		if len(e.Authors) > 0 {
			label = surname(e.Authors[0])
			switch {
			case len(e.Authors) == 2:
				label += " & " + surname(e.Authors[1])
			case len(e.Authors) > 2:
				label += " et al."
			}
		}
		if y := e.Fields["year"]; y != "" {
			label += ", " + y
		}
		out = append(out, `<a class="citation" href="#`+html.EscapeString(e.Key)+`">(`+html.EscapeString(label)+`)</a>`)
	}
	return strings.Join(out, " "), strings.Join(warn, "; ")
}

func (s *scholar) find(files []string, key string) (content.BibEntry, bool) {
	for _, f := range files {
		for _, e := range s.bibs[f] {
			if e.Key == key {
				return e, true
			}
		}
	}
	return content.BibEntry{}, false
}

// surname is the last word of a name written given name first.
func surname(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}
