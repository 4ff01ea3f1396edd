package markdown

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Link is one entry of a reading list written in prose.
type Link struct {
	// Title is the plain text of the link.
	Title string
	// URL is the link's destination as written.
	URL string
	// Author is who wrote the work, when the text after the link names
	// them ("by Ada Lovelace", "— Ada Lovelace", "(Ada Lovelace, 2019)");
	// see splitByline.
	Author string
	// Year is the year the work came out, when the title or the byline
	// gives one ("(2019)", ", 2019"); 0 when unknown.
	Year int
	// Note is the plain text after the link, without a leading separator
	// ("-", "–", "—", ":"), the byline, or the parentheses around it;
	// links inside the note keep only their text. Empty when nothing but
	// a byline follows the link.
	Note string
	// Read is the year the work was read, as the heading over its list
	// names it ("## 2023", "## Read in 2023"; see yearRead); "" when
	// none does.
	Read string
	// Status is the reading status the heading over its list names
	// ("## Currently reading" is "reading", "## Up next" "to-read";
	// see shelfStatus); "" when none does.
	Status string
	// Line is the file line of the item.
	Line int
	// link is the link node the URL was read from, while the body is
	// converted: a link to another file of the site is rewritten to
	// where that file is published (sourceLinks), and the item takes
	// the same address as the body's HTML. nil once the Result is made.
	link ast.Node
}

// LinkList is a list of the body in which at least one item has a link in
// its first paragraph, taken as a reading list or not: what lectern
// inspect shows so that a writer can see why a list was or was not taken.
type LinkList struct {
	// Line is the file line of the list's first item.
	Line int
	// Items counts the list's items; Links counts those with a link in
	// their first paragraph, and Reading those taken as reading items.
	Items, Links, Reading int
	// Nested reports a list inside a list item that has a link of its own:
	// its links belong to that item (an implementation, a mirror) and are
	// never reading items. A list under an item without a link (a label
	// such as "Testing") is read like any other list.
	Nested bool
	// Taken reports that the list is a reading list: at least one item,
	// and at least half of them, are reading items (see itemKind).
	Taken bool
	// Reason says why a list is not taken or, for a taken list, why some
	// of its links were left out; empty when every link was taken.
	Reason string
}

// readingList returns the entries of list when it is a reading list: at
// least half of its items, and at least one, are reading items. Items that
// are not are skipped, and so are lists nested in reading items. The
// LinkList describes the list either way.
func readingList(list *ast.List, rd *reader) ([]Link, LinkList) {
	var links []Link
	var count [numKinds]int
	info := LinkList{Line: listLine(list, rd.lines)}
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		info.Items++
		l, kind := rd.item(c)
		count[kind]++
		if kind == itemReading || kind == itemBook {
			links = append(links, l)
		}
	}
	if count[itemBook] == 1 && count[itemReading] == 0 && links[0].URL == "" {
		// One title and an author alone in a list is too little to
		// call the list a reading list: a quotation, a credit. A
		// book with its copy listed under it ("[PDF](…)") is enough.
		links, count[itemNoLink], count[itemBook] = nil, count[itemNoLink]+1, 0
	}
	info.Reading = len(links)
	info.Links = info.Items - count[itemNoLink] - count[itemBook]
	if len(links) == 0 || 2*len(links) < info.Items {
		info.Reason = refusal(count, info)
		return nil, info
	}
	why := watchList(list, links, rd.src)
	if why == "" {
		why = materialsList(links, headingAbove(list, rd.src))
	}
	if why != "" {
		info.Reason = why
		return nil, info
	}
	info.Taken = true
	info.Reason = leftOut(count)
	y, st := yearRead(list, rd.src), shelfStatus(list, rd.src)
	for i := range links {
		links[i].Read, links[i].Status = y, st
	}
	return links, info
}

// nestedList describes a list inside a list item that has a link of its
// own, whose links are never reading items.
func nestedList(list *ast.List, rd *reader) LinkList {
	_, info := readingList(list, rd)
	info.Nested, info.Taken = true, false
	info.Reason = "it is nested in an item that has a link of its own; its links belong to that item"
	return info
}

// refusal says why a list with links is not a reading list, naming the
// most frequent cause among its items.
func refusal(count [numKinds]int, info LinkList) string {
	if info.Links == 0 {
		return ""
	}
	// The kind of link most of the list has, when half of its links are
	// of it; the first listed wins a tie.
	causes := []struct {
		n    int
		text string
	}{
		{count[itemMaterial], "it is a list of a talk's materials: %d of %d links are named for a material (Abstract, Slides, Video, Notes…), not for something to read"},
		{count[itemEvent], "it is a list of events: %d of %d links name an event (a workshop, a conference…) with a day after them, not something to read"},
		{count[itemAnchor] + count[itemOwnPage], "it is navigation: %d of %d links go to a heading of this page or to a page of this site"},
		{count[itemProfile], "it is a list of profile links: %d of %d links are named for a service or a profile (GitHub, LinkedIn, Website…) or go to one, not to something to read"},
		{count[itemMap], "it is a list of places: %d of %d links go to a map, not to something to read"},
	}
	best := 0
	for i, c := range causes {
		if c.n > causes[best].n {
			best = i
		}
	}
	if c := causes[best]; c.n > 0 && 2*c.n >= info.Links {
		return fmt.Sprintf(c.text, c.n, info.Links)
	}
	switch {
	case count[itemReading] == 0:
		return fmt.Sprintf("its links are inside the text of %d of %d items, not at their start; a reading item starts with its link", info.Links, info.Items)
	}
	return fmt.Sprintf("%d of %d items start with a link to read; at least half must", count[itemReading], info.Items)
}

// leftOut says which links of a taken list were not made reading items.
func leftOut(count [numKinds]int) string {
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, what))
		}
	}
	add(count[itemAnchor], "to a heading of this page")
	add(count[itemOwnPage], "to a page of this site")
	add(count[itemProfile], "named for a service or a profile, or going to one")
	add(count[itemMap], "to a map")
	add(count[itemMaterial], "named for a talk's material")
	add(count[itemEvent], "to an event")
	add(count[itemLinkInside], "not at the start of its item")
	if len(parts) == 0 {
		return ""
	}
	return "links left out: " + strings.Join(parts, ", ")
}

// listLine is the file line of a list's first item, 0 when unknown.
func listLine(list *ast.List, lines *lineIndex) int {
	for n := ast.Node(list); n != nil; n = n.FirstChild() {
		if ls := n.Lines(); ls != nil && ls.Len() > 0 {
			return lines.line(ls.At(0).Start)
		}
	}
	return 0
}

// hasLink reports whether the first block of list item holds a link: a
// list nested under such an item is about that link.
func hasLink(item ast.Node) bool {
	first := item.FirstChild()
	if first == nil || (first.Kind() != ast.KindParagraph && first.Kind() != ast.KindTextBlock) {
		return false
	}
	found := false
	_ = ast.Walk(first, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n.(type) {
		case *ast.Link, *ast.AutoLink:
			found = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}

// trimNote removes the separator authors put between a link and its note,
// and parentheses wrapping the whole note.
func trimNote(s string) string {
	s = trimSeparator(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && wraps(s) {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// trimSeparator removes a leading "-", "–", "—" or ":".
func trimSeparator(s string) string {
	for _, sep := range []string{"-", "–", "—", ":"} {
		if rest, ok := strings.CutPrefix(s, sep); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// wraps reports whether the parenthesis opening s is the one closing it,
// so that "(2019) and more (maybe)" keeps its parentheses.
func wraps(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i == len(s)-1
			}
		}
	}
	return false
}
