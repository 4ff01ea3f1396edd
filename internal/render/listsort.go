package render

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/site"
)

// sortedBy returns pages in the order keys give (a Quarto listing's
// sort), the first key deciding and the next breaking its ties, then
// the model's order (by URL). A page without the key's value comes
// last in either direction, as undated pages do in lectern's lists.
// "file" is the order of the pages' files, Quarto's "sort: false".
func sortedBy(pages []*site.Page, keys []content.SortKey) []*site.Page {
	out := slices.Clone(pages)
	slices.SortStableFunc(out, func(a, c *site.Page) int { return strings.Compare(a.URL, c.URL) })
	slices.SortStableFunc(out, func(a, c *site.Page) int {
		for _, k := range keys {
			if n := compareBy(a, c, k); n != 0 {
				return n
			}
		}
		return 0
	})
	return out
}

// compareBy compares a and c by one key, with its direction; a missing
// value sorts last.
func compareBy(a, c *site.Page, k content.SortKey) int {
	dir := 1
	if k.Desc {
		dir = -1
	}
	switch k.Field {
	case "date", "date-modified":
		ad, cd := a.Doc.Date, c.Doc.Date
		if k.Field == "date-modified" {
			ad, cd = a.Doc.Updated, c.Doc.Updated
		}
		if ad.IsZero() || cd.IsZero() {
			return boolOrder(ad.IsZero(), cd.IsZero())
		}
		return dir * ad.Compare(cd)
	case "file", "filename":
		return dir * strings.Compare(a.Doc.File, c.Doc.File)
	}
	av, cv := sortText(a, k.Field), sortText(c, k.Field)
	if av == "" || cv == "" {
		return boolOrder(av == "", cv == "")
	}
	return dir * cmp.Compare(strings.ToLower(av), strings.ToLower(cv))
}

// sortText is the text a page sorts by for a field other than a date:
// its title, its first speaker, or the front matter value of that name.
func sortText(p *site.Page, field string) string {
	switch field {
	case "title":
		return p.Doc.Title
	case "author":
		if len(p.Speakers) > 0 {
			return p.Speakers[0].Name
		}
	}
	if v, ok := p.Doc.Params[field]; ok && v != nil {
		return fmt.Sprint(v)
	}
	return ""
}
