package content

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// reading reads "reading": false opts the page out of reading lists in its
// prose, a list is the page's items; and items, books and links. A
// "uses" page (isUsesPage) is out unless it writes reading: true.
func (f *fields) reading() {
	doc := f.doc
	e, ok := f.lookup("reading")
	if isUsesPage(doc) && (!ok || !isBoolNode(e.val)) {
		// reading: true or false says itself what to do.
		doc.NoReading, doc.UsesPage = true, true
	}
	if ok {
		if v, isBool := boolValue(e.val); isBool {
			f.record("reading", e)
			doc.NoReading = !v
		} else if e.val.kind == listNode {
			f.recordOnce("items", e)
			doc.Items = append(doc.Items, f.items(e)...)
		} else {
			f.warnf(e.pos, "%q should be false (to keep this page's lists out of the reading list) or a list of items, not %s; the field is ignored", e.key, describe(e.val))
		}
	}
	for _, name := range []string{"items", "books", "links", "readings"} {
		if i, ok := f.index[name]; ok && name == "links" && doc.Kind == KindSpeaker && personLinks(f.root.keys[i].val) {
			continue // the person's own links, read by speakerPerson
		}
		if i, ok := f.index[name]; ok && name == "links" && themeButtons(f.root.keys[i].val) {
			continue // a landing page's buttons, no reading
		}
		if e, ok := f.lookup(name); ok {
			if e.val.kind != listNode {
				f.warnf(e.pos, "%q should be a list of items with a title or url, not %s; the field is ignored", e.key, e.val.shape())
				continue
			}
			f.recordOnce("items", e)
			doc.Items = append(doc.Items, f.items(e)...)
		}
	}
}

// items reads a list of reading-list entries: mappings, or bare titles or
// URLs.
func (f *fields) items(e entry) []Item {
	var out []Item
	var odd oddities
	for i, it := range e.val.items {
		n := i + 1
		switch it.kind {
		case scalarNode:
			s := cleanText(it.text)
			switch {
			case s == "" || it.tag == tagNull:
			case strings.Contains(s, "://"):
				if s = f.link(it.pos, fmt.Sprintf("item %d of %q", n, e.key), s); s != "" {
					out = append(out, Item{URL: s})
				}
			default:
				out = append(out, Item{Title: s})
			}
		case mapNode:
			if item, ok := f.item(it, e.key, n, &odd); ok {
				out = append(out, item)
			}
		default:
			f.warnf(it.pos, "item %d of %q should be a mapping with a title or url, not a list; it is ignored", n, e.key)
		}
	}
	odd.statuses.warnStatuses(f, e.key)
	odd.ratings.warnRatings(f, e.key)
	return out
}

// oddValues gathers the values of one field of a list's items that
// lectern cannot read (statuses that name none it reads, ratings that
// are not 1 to 5), so that a list writing them all so (status: 1, its
// legend in a comment no reader sees; ratings out of 10) gets one
// warning, not one an item.
type oddValues struct {
	first   *node  // the first such value
	n       int    // the item it is in
	problem string // what is wrong with it, when the message says
	count   int    // how many items write one
	values  []string
}

// add counts the value v, written at at in item n.
func (o *oddValues) add(at *node, v string, n int, problem string) {
	if o.first == nil {
		o.first, o.n, o.problem = at, n, problem
	}
	o.count++
	if !slices.Contains(o.values, v) {
		o.values = append(o.values, v)
	}
}

// warnStatuses says what the list's statuses are and what to write instead. A
// number is not read as any status: which one it stands for is the
// author's own legend, and a guess would file books wrongly.
func (o *oddValues) warnStatuses(f *fields, key string) {
	const use = "use to-read, reading, read or abandoned"
	switch {
	case o.count == 0:
	case o.count == 1:
		f.warnf(o.first.pos, "unknown reading status %q in item %d of %q; %s", o.values[0], o.n, key, use)
	default:
		slices.SortFunc(o.values, func(a, b string) int { return cmp.Compare(a, b) })
		q := make([]string, len(o.values))
		numbers := true
		for i, v := range o.values {
			q[i] = strconv.Quote(v)
			_, err := strconv.ParseFloat(v, 64)
			numbers = numbers && err == nil
		}
		why := ""
		if numbers {
			why = " (a number is no status: lectern does not guess what each stands for, so write the word)"
		}
		f.warnf(o.first.pos, "unknown reading statuses %s in %d items of %q, the first here; %s instead%s",
			strings.Join(q, ", "), o.count, key, use, why)
	}
}

// oddities gathers what the items of one list write that lectern cannot
// read, for one warning a list.
type oddities struct {
	statuses oddValues
	ratings  oddValues
}

func (f *fields) item(m *node, field string, n int, odd *oddities) (Item, bool) {
	it := Item{
		Title:  mapText(m, "title", "name"),
		URL:    f.mapLink(m, "url", "link", "href"),
		Author: mapText(m, "author", "creator"), // creator: as Dublin Core and reading apps' exports name it
		Note:   noteText(m, "note", "notes", "comment", "review", "thoughts", "remarks", "description"),
		Cover:  itemCover(mapText(m, coverNames...)),
	}
	if it.URL == "" {
		it.URL = f.itemSiteLink(m)
	}
	if it.Title == "" && it.URL == "" {
		f.warnf(m.pos, "item %d of %q has neither a title nor a url; it is ignored", n, field)
		return Item{}, false
	}
	if a := m.get("authors"); it.Author == "" && a != nil {
		var names []string
		if a.kind == listNode {
			for _, x := range a.items {
				if x.kind == scalarNode {
					names = append(names, cleanText(x.text))
				}
			}
		} else if a.kind == scalarNode {
			names = append(names, cleanText(a.text))
		}
		it.Author = strings.Join(names, ", ")
	}
	s := mapText(m, "status")
	if st := m.get("status"); st != nil && st.kind == mapNode {
		s = mapText(st, "name", "label", "title", "value") // {name: Finished}
	}
	if s != "" {
		if st, ok := readingStatus(s); ok {
			it.Status = st
		} else {
			odd.statuses.add(m.get("status"), s, n, "")
		}
	}
	if r := m.get("rating"); r != nil {
		if v, problem := rating(r); problem != "" {
			odd.ratings.add(r, describe(r), n, problem)
		} else {
			it.Rating = v
		}
	}
	if d := m.get("date"); d != nil && !d.isNull() {
		if pd, ok := f.date(entry{key: "date", pos: d.pos, val: d}, false); ok {
			it.Date = pd.t
		}
	}
	finished := false
	for _, k := range readDateKeys {
		if d := m.get(k); it.Date.IsZero() && it.DateText == "" && d != nil && !d.isNull() {
			finished = f.readWhen(&it, entry{key: k, pos: d.pos, val: d}) || finished
		}
	}
	for _, k := range startedKeys {
		if d := m.get(k); it.Started.IsZero() && d != nil && !d.isNull() && !blank(d) {
			if pd, ok := f.date(entry{key: k, pos: d.pos, val: d}, false); ok {
				it.Started = pd.t
			}
		}
	}
	impliedStatus(&it, finished)
	// A book's genres are what a reader filters a bookshelf by: its
	// tags, when it writes none.
	for _, k := range []string{"tags", "genres", "genre"} {
		if t := m.get(k); t != nil && !t.isNull() {
			it.Tags = f.words(entry{key: k, pos: t.pos, val: t}, "a word")
			break
		}
	}
	var number *node
	for _, k := range seriesKeysBeside {
		if number = m.get(k); number != nil {
			break
		}
	}
	f.series(&it, m.get("series"), number)
	return it, true
}

// blank reports whether n is an empty text (started: ""), which names
// no day.
func blank(n *node) bool {
	return n.kind == scalarNode && n.time.IsZero() && cleanText(n.text) == ""
}

// noteText is the first of keys m writes as text, or as a list of texts
// (remarks: [a first thought, a second]), which are the note's
// paragraphs, as book clubs' logs write them.
func noteText(m *node, keys ...string) string {
	for _, k := range keys {
		v := m.get(k)
		switch {
		case v == nil || v.tag == tagNull:
		case v.kind == scalarNode:
			if s := cleanText(v.text); s != "" {
				return s
			}
		case v.kind == listNode:
			var paras []string
			for _, x := range v.items {
				if x.kind == scalarNode {
					if s := cleanText(x.text); s != "" {
						paras = append(paras, s)
					}
				}
			}
			if len(paras) > 0 {
				return strings.Join(paras, "\n\n")
			}
		}
	}
	return ""
}

// isBoolNode reports whether n is true or false as front matter writes
// them.
func isBoolNode(n *node) bool {
	_, ok := boolValue(n)
	return ok
}

// camelWords finds where a word written in camel case (currentlyReading,
// wantToRead) starts its next word, as data files name their keys.
var camelWords = regexp.MustCompile(`([a-z])([A-Z])`)

// readDateKeys are the names of the date a book was finished
// (finishDate and dateFinished are finish_date and date_finished;
// completedDate and finishedDate, as Astro book schemas name it,
// completed_date and finished_date).
var readDateKeys = []string{"read_at", "date_read", "read_date", "finished", "finished_at", "finished_on", "read_on",
	"date_completed", "date_finished", "finish_date", "completed_at", "completed", "completed_on",
	"completed_date", "finished_date"}

// ReadDateNames returns the names of the fields a reading list's entry
// says when it was read with: its date and each of readDateKeys, for a
// reader of data files that must know whether a book writes its own
// (a book filed under a year takes the year only when it does not).
func ReadDateNames() []string {
	return append([]string{"date"}, readDateKeys...)
}

// startedKeys are the names of the date a book was started (startDate,
// dateStarted, startedDate).
var startedKeys = []string{"started", "date_started", "started_at", "started_on", "start_date", "started_date"}

// impliedStatus gives an item that writes no status the one its other
// fields say: finished (a date finished, or true) or rated, it was read;
// started and not finished, it is being read. A status written wins.
func impliedStatus(it *Item, finished bool) {
	switch {
	case it.Status != "":
	case finished || it.Rating > 0:
		it.Status = "read"
	case !it.Started.IsZero():
		it.Status = "reading"
	}
}

// readWhen sets when it was read from e, a field naming when the book
// was finished, and reports whether e says it was read: a date; a
// range of two dates (started – finished); text naming no day, as
// reading logs write a month or a span of months ("February 2018 -
// September 2018"), kept as written in DateText rather than dated on
// a day nobody wrote; or true. Only a value of the wrong shape (a list),
// an empty text or false says nothing.
func (f *fields) readWhen(it *Item, e entry) bool {
	n := e.val
	if n.kind != scalarNode || !n.time.IsZero() {
		pd, ok := f.date(e, false)
		it.Date = pd.t
		return ok
	}
	if v, isBool := boolValue(n); isBool {
		return v
	}
	s := cleanText(n.text)
	if s == "" {
		// finished: "" is a book not finished yet, as reading apps'
		// exports write every field of every book.
		return false
	}
	if d, err := parseDate(s, f.loc); err == nil {
		it.Date = d.t
		return true
	}
	if from, to, ok := dateRange(s); ok {
		start, err1 := parseDate(from, f.loc)
		end, err2 := parseDate(to, f.loc)
		if err1 == nil && err2 == nil && !end.t.Before(start.t) {
			it.Started, it.Date = start.t, end.t
			return true
		}
	}
	it.DateText = s
	return true
}

// dateRange splits a span written "from - to" (also with an en or em
// dash, or "to") into its two ends.
func dateRange(s string) (from, to string, ok bool) {
	for _, sep := range []string{" - ", " – ", " — ", "–", "—", " to "} {
		if from, to, ok := strings.Cut(s, sep); ok {
			return strings.TrimSpace(from), strings.TrimSpace(to), true
		}
	}
	return "", "", false
}

// ReadingStatus reads s, a status as a reading list writes it or the
// name of a group of books filed by status (currentlyReading, wtr, dnf),
// as one of "to-read", "reading", "read" or "abandoned"; ok is false
// when s names none of them.
func ReadingStatus(s string) (status string, ok bool) {
	return readingStatus(s)
}

// readingStatus normalizes the ways people write how far they got.
func readingStatus(s string) (string, bool) {
	// An icon's markup before the word (<i class="fa fa-refresh"></i>
	// In Progress) is no part of it.
	s = camelWords.ReplaceAllString(strings.TrimSpace(plainText(htmlTag.ReplaceAllString(s, ""))), "$1-$2")
	s = strings.NewReplacer(" ", "-", "_", "-").Replace(strings.ToLower(s))
	switch s {
	case "to-read", "toread", "todo", "to-do", "want-to-read", "unread", "queued", "later",
		"wtr", "tbr", "to-be-read", "want", "wishlist", "wish-list", "up-next", "next-up":
		return "to-read", true
	case "reading", "in-progress", "current", "currently", "currently-reading", "started",
		"now", "now-reading", "reading-now",
		"current-first-read", "rereading", "reread", "re-reading", "on-hold", "paused":
		return "reading", true
	case "read", "done", "finished", "completed", "complete", "have-read", "already-read", "previously-read":
		return "read", true
	case "abandoned", "dnf", "dropped", "gave-up", "stopped", "not-finishing", "did-not-finish", "unfinished":
		return "abandoned", true
	}
	return "", false
}
