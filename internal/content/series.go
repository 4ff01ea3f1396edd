package content

import (
	"slices"
	"strings"
)

// A book is often one volume of a series, which reading sites show
// beside its title ("Ran and the Gray World (Ran and the Gray World,
// #3)"): without it, a series' volumes of one title are one line each
// that says nothing of which is which. It is written as a name
// (series: Earthsea), a list whose first is the name, as Hugo's series
// taxonomy is written, or a mapping of name, number and link as
// one-file-per-book collections keep it:
//
//	series:
//	  name: Ran and the Gray World
//	  number: 3
//	  url: https://www.goodreads.com/series/97704
//
// with the number also accepted beside it (series_number: 3).

// seriesNumberKeys name a volume's number within its series, in a
// series mapping or beside the series field.
var seriesNumberKeys = []string{"number", "index", "volume", "position", "part", "order"}

// seriesKeysBeside are the fields beside "series" holding its number.
var seriesKeysBeside = []string{"series_number", "series_index", "series_position", "series_volume"}

// series reads the series node n (nil when absent) and the node of a
// number written beside it (nil when none) into the item's Series,
// SeriesNumber and SeriesURL; a link that is no web address is left out
// with a warning.
func (f *fields) series(it *Item, n, number *node) {
	if n == nil || n.isNull() {
		return
	}
	switch n.kind {
	case scalarNode:
		it.Series = cleanText(n.text)
	case listNode:
		for _, x := range n.items {
			if x.kind == scalarNode && x.tag != tagNull {
				if it.Series = cleanText(x.text); it.Series != "" {
					break
				}
			}
		}
	case mapNode:
		it.Series = mapText(n, "name", "title")
		if number == nil {
			for _, k := range seriesNumberKeys {
				if v := n.get(k); v != nil && v.kind == scalarNode && v.tag != tagNull {
					number = v
					break
				}
			}
		}
		it.SeriesURL = f.mapLink(n, "url", "link")
	}
	if it.Series == "" {
		it.SeriesURL = ""
		return
	}
	if number != nil && number.kind == scalarNode && number.tag != tagNull {
		it.SeriesNumber = strings.TrimPrefix(cleanText(number.text), "#")
	}
}

// seriesTags returns the series a post or a talk is part of, as blogs
// write it (Hugo's series taxonomy, series: ["KubeCon EU 2024"], which
// PaperMod, Blowfish and Congo read; Jekyll and Astro posts'
// series: Conference recaps), for its tags: a series' posts are then
// listed together on its tag's page, as Hugo lists them on the series'
// page, rather than scattered through the notes. A text is one name,
// commas and all; a list names one series an item. A mapping (a book's
// {name, number}) names no post's series. Only notes and talks: a
// book's series is read with the book. The field stays in Params, for
// templates that show it.
func (f *fields) seriesTags() []string {
	if f.doc.Kind != KindNote && f.doc.Kind != KindTalk {
		return nil
	}
	i, ok := f.index["series"]
	if !ok || f.used[i] {
		return nil
	}
	var out []string
	switch v := f.root.keys[i].val; v.kind {
	case scalarNode:
		if v.tag != tagNull {
			out = append(out, cleanText(v.text))
		}
	case listNode:
		for _, x := range v.items {
			if x.kind == scalarNode && x.tag != tagNull {
				out = append(out, cleanText(x.text))
			}
		}
	}
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}
