package content

import (
	"slices"
	"strings"
)

// summary reads the page's summary and, when it writes an abstract
// beside a shorter description, its abstract. Hugo Academic's talks and
// publications write both (summary: one line for lists; abstract: the
// paragraph its talk page shows): read as aliases, the abstract was lost
// to the first of them. An abstract alone is the summary, as exporters
// write it. A talk's desc is its abstract too: Jekyll conference sites
// of one theme family write the talk's whole description as desc:,
// markdown and all, beside a one-line description: for share cards, or
// alone; it was left in Params and the talk page showed neither.
func (f *fields) summary() {
	abstract := []string{"abstract"}
	if f.doc.Kind == KindTalk {
		abstract = append(abstract, "desc")
	}
	if f.has(abstract...) && f.has("summary", "description", "excerpt", "extract") {
		f.setText(&f.doc.Summary, "summary", "summary", "description", "excerpt", "extract")
		if f.doc.Summary != "" {
			if s, _, ok := f.text("abstract", abstract...); ok {
				f.doc.EditExtra().Abstract = s
			}
			return
		}
	}
	f.setText(&f.doc.Summary, "summary", slices.Concat([]string{"summary"}, abstract, []string{"description", "excerpt", "extract"})...)
	f.feedSummary()
}

// feedSummary reads, for a page that gives no summary, the description
// Franklin puts in its feed: rss_description, or rss, its older name.
// Franklin's blogs write one on every post (@def rss = "What I learnt
// …"), and their own pages and lists show it; without it a post's
// description was its opening line. Only text that is not an address
// counts: elsewhere "rss" may be a switch (rss: false) or a feed's path.
func (f *fields) feedSummary() {
	if f.doc.Summary != "" {
		return
	}
	for _, name := range []string{"rss_description", "rss"} {
		i, ok := f.index[name]
		if !ok || f.used[i] {
			continue
		}
		e := f.root.keys[i]
		t := strings.TrimSpace(e.val.text)
		if e.val.kind != scalarNode || e.val.tag != tagString || t == "" || strings.Contains(t, "://") || strings.HasPrefix(t, "/") {
			continue
		}
		f.used[i] = true
		f.doc.Summary, _, _ = f.entryText("summary", e)
		return
	}
}
