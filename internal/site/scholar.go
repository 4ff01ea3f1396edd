package site

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"lectern/internal/content"
)

// scholar answers jekyll-scholar's tags on a Jekyll page, from the
// site's BibTeX files and the scholar: settings of its _config.yml
// (docs/template-tags.md). It is read-only once made, so safe for the
// concurrent pages.
type scholar struct {
	bibs map[string][]content.BibEntry
	// file is the bibliography a tag without -f shows ("references.bib").
	file string
	// query is the default query ("@*").
	query string
	// sortBy and desc are the fields entries are sorted by and whether
	// each is descending; none keeps the file's order.
	sortBy []string
	desc   []bool
	// groupBy and groupDesc are the default grouping.
	groupBy   string
	groupDesc bool
	base      string
}

// newScholar reads settings' scholar: map, with jekyll-scholar's
// defaults where a key is missing.
func newScholar(settings map[string]any, bibs map[string][]content.BibEntry, base string) *scholar {
	m, _ := settings["scholar"].(map[string]any)
	str := func(k, def string) string {
		if v, ok := m[k]; ok && v != nil {
			return strings.TrimSpace(fmt.Sprint(v))
		}
		return def
	}
	s := &scholar{bibs: bibs, base: base, file: bibName(str("bibliography", "references.bib")), query: str("query", "@*")}
	for _, f := range listSetting(str("sort_by", "none")) {
		if f != "none" {
			s.sortBy = append(s.sortBy, f)
		}
	}
	for i, o := range listSetting(str("order", "ascending")) {
		if i < len(s.sortBy) {
			s.desc = append(s.desc, strings.HasPrefix(o, "desc"))
		}
	}
	if g := str("group_by", "none"); g != "none" {
		s.groupBy = listSetting(g)[0]
	}
	s.groupDesc = strings.HasPrefix(str("group_order", "ascending"), "desc")
	return s
}

// listSetting splits "year, month" and a YAML list's printed form.
func listSetting(v string) []string {
	v = strings.Trim(v, "[]")
	out := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' })
	if len(out) == 0 {
		return []string{"none"}
	}
	return out
}

// bibName is the file a -f or bibliography: setting names: "talks" is
// talks.bib.
func bibName(name string) string {
	name = strings.Trim(strings.TrimSpace(name), `"'`)
	if !strings.HasSuffix(name, ".bib") && !strings.HasSuffix(name, ".bibtex") {
		name += ".bib"
	}
	return name
}

// bibArgs are the options of a {% bibliography %} tag.
type bibArgs struct {
	files     []string
	query     string
	groupBy   string
	groupDesc bool
	max       int
}

// parseArgs reads the tag's options as jekyll-scholar does; the options
// lectern does not follow (styles, templates, cited-only lists) are
// ignored, with a warning for one it cannot ignore unseen.
func (s *scholar) parseArgs(args string) (bibArgs, string) {
	a := bibArgs{query: s.query, groupBy: s.groupBy, groupDesc: s.groupDesc}
	words := tagWords(args)
	var warn []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		val := func() string {
			if k, v, ok := strings.Cut(w, "="); ok && strings.HasPrefix(k, "--") {
				return v
			}
			if i+1 < len(words) {
				i++
				return words[i]
			}
			return ""
		}
		name, _, _ := strings.Cut(w, "=")
		switch name {
		case "-f", "--file":
			a.files = append(a.files, bibName(val()))
		case "-q", "--query":
			a.query = val()
		case "-g", "--group_by":
			a.groupBy = val()
			if a.groupBy == "none" {
				a.groupBy = ""
			}
		case "--group_order":
			a.groupDesc = strings.HasPrefix(val(), "desc")
		case "-m", "--max":
			if n, err := strconv.Atoi(val()); err == nil && n > 0 {
				a.max = n
			} else {
				warn = append(warn, "--max takes a number of entries")
			}
		case "-c", "--cited", "--cited_in_order":
			warn = append(warn, name+" (only the entries the page cites) is not supported; every entry is listed")
		case "-s", "--style", "-T", "--template", "-l", "--locator", "-p", "--prefix", "-L", "--label":
			val()
		}
	}
	if len(a.files) == 0 {
		a.files = []string{s.file}
	}
	return a, strings.Join(warn, "; ")
}

// tagWords splits a tag's text at blanks, keeping a quoted part whole.
func tagWords(s string) []string {
	var out []string
	var b strings.Builder
	var quote rune
	in := false
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				b.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote, in = r, true
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			if in {
				out = append(out, b.String())
				b.Reset()
				in = false
			}
		default:
			b.WriteRune(r)
			in = true
		}
	}
	if in {
		out = append(out, b.String())
	}
	return out
}

// queryRe is the shape of the queries lectern follows: @type or @*, then
// optionally [field=value, field!=value, …].
var queryRe = regexp.MustCompile(`^@(\*|[A-Za-z]+)\s*(?:\[([^\]]*)\])?$`)

// match returns the test of query, or false when lectern cannot read it.
func match(query string) (func(e content.BibEntry) bool, bool) {
	m := queryRe.FindStringSubmatch(strings.TrimSpace(query))
	if m == nil {
		return nil, false
	}
	typ := strings.ToLower(m[1])
	type cond struct {
		field, val string
		not        bool
	}
	var conds []cond
	for _, c := range strings.Split(m[2], ",") {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		k, v, ok := strings.Cut(c, "=")
		if !ok {
			return nil, false
		}
		not := strings.HasSuffix(k, "!")
		k = strings.ToLower(strings.TrimSpace(strings.TrimSuffix(k, "!")))
		conds = append(conds, cond{k, strings.Trim(strings.TrimSpace(v), `"'`), not})
	}
	return func(e content.BibEntry) bool {
		if typ != "*" && e.Type != typ {
			return false
		}
		for _, c := range conds {
			if (entryField(e, c.field) == c.val) == c.not {
				return false
			}
		}
		return true
	}, true
}

// entryField is a field of e as a query, sort or group reads it: type
// and key too, month as its number.
func entryField(e content.BibEntry, f string) string {
	switch f {
	case "type":
		return e.Type
	case "key":
		return e.Key
	case "month":
		if n := monthNumber(e.Fields["month"]); n > 0 {
			return strconv.Itoa(n)
		}
	}
	return e.Fields[f]
}

// compareField orders two values of a field: as numbers when both are.
func compareField(a, b string) int {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	if errA == nil && errB == nil {
		return cmp.Compare(x, y)
	}
	return strings.Compare(strings.ToLower(a), strings.ToLower(b))
}

// entries returns the entries a tag lists, selected, sorted and cut to
// max; warn says what could not be followed.
func (s *scholar) entries(a bibArgs) ([]content.BibEntry, string) {
	var out []content.BibEntry
	var warn []string
	for _, f := range a.files {
		es, ok := s.bibs[f]
		if !ok {
			have := slices.Sorted(maps.Keys(s.bibs))
			warn = append(warn, fmt.Sprintf("there is no bibliography %s in the scholar source folder (it holds %s); name one of its .bib files", f, cmp.Or(strings.Join(have, ", "), "none")))
		}
		out = append(out, es...)
	}
	if keep, ok := match(a.query); ok {
		out = slices.DeleteFunc(slices.Clone(out), func(e content.BibEntry) bool { return !keep(e) })
	} else {
		warn = append(warn, fmt.Sprintf("the query %q is not one lectern reads (@type[field=value, …]); every entry is listed", a.query))
	}
	if len(s.sortBy) > 0 {
		slices.SortStableFunc(out, func(x, y content.BibEntry) int {
			for i, f := range s.sortBy {
				c := compareField(entryField(x, f), entryField(y, f))
				if i < len(s.desc) && s.desc[i] {
					c = -c
				}
				if c != 0 {
					return c
				}
			}
			return 0
		})
	}
	if a.max > 0 && len(out) > a.max {
		out = out[:a.max]
	}
	return out, strings.Join(warn, "; ")
}
