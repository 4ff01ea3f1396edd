package build

import (
	"maps"
	"slices"
	"strings"

	"lectern/internal/render"
	"lectern/internal/site"
)

// plan picks the jobs of x to render: all of them for a full rebuild;
// else the jobs that are new, those that show a file read again, the
// static files after a change under static/, and the index pages when
// what lists show of a page changed or a page came or went.
func (s *Session) plan(x *render.Index, full bool, reread map[string]bool, lists map[string]string, ents entities, sc scope) []render.Job {
	jobs := x.Jobs()
	if full {
		return jobs
	}
	// A person or event shown differently changes every page that shows
	// them, as if each of those pages' files had been read again.
	var also map[string]bool
	if !equalEntities(ents, s.ents) {
		also = changedFiles(s.ents, ents)
	}
	listsChanged := !maps.Equal(lists, s.lists) || len(also) > 0
	// The pages whose list entries changed, for lists that say what they
	// show (Job.Listed); the previous build's jobs by path, to compare.
	var relisted map[string]bool
	var before map[string][]string
	if listsChanged && s.index != nil {
		relisted = make(map[string]bool)
		for f, k := range lists {
			if s.lists[f] != k {
				relisted[f] = true
			}
		}
		for f := range s.lists {
			if _, ok := lists[f]; !ok {
				relisted[f] = true
			}
		}
		for f := range also {
			relisted[f] = true
		}
		before = make(map[string][]string)
		for _, j := range s.index.Jobs() {
			if j.Listed != nil {
				before[j.Path] = j.Listed
			}
		}
	}
	shows := make([]bool, len(jobs))
	// Outputs that showed a changed file before: a talk that changed
	// speaker or event must leave the pages of the old ones, which the
	// new plan no longer links to the file.
	showed := make(map[string]bool)
	for f := range joined(reread, also) {
		for _, i := range x.Showing(f) {
			shows[i] = true
		}
		if s.index != nil {
			old := s.index.Jobs()
			for _, i := range s.index.Showing(f) {
				showed[old[i].Path] = true
			}
		}
	}
	var todo []render.Job
	for i, j := range jobs {
		_, had := s.outputs[j.Path]
		_, stale := s.stale[j.Path]
		switch {
		case !had, stale,
			shows[i], showed[j.Path],
			j.Index && listsChanged && !sameListing(j, before, relisted),
			j.Kind == "static" && sc.static:
			todo = append(todo, j)
		}
	}
	return todo
}

// sameListing reports whether the list page j lists what it listed in
// the last build, none of it changed: then it renders the same bytes.
func sameListing(j render.Job, before map[string][]string, relisted map[string]bool) bool {
	old, ok := before[j.Path]
	if j.Listed == nil || !ok || !slices.Equal(old, j.Listed) {
		return false
	}
	for _, entry := range j.Listed[1:] {
		files, _, _ := strings.Cut(entry, "\x01")
		for f := range strings.SplitSeq(files, "\x00") {
			if relisted[f] {
				return false
			}
		}
	}
	return true
}

// listKeys records, per page, what index pages, feeds and the sitemap show
// of it, so that a change elsewhere in the page (its body) does not call
// for rendering every index again.
func listKeys(m *site.Site) map[string]string {
	keys := make(map[string]string, len(m.Pages))
	var b strings.Builder
	for _, p := range m.Pages {
		b.Reset()
		b.WriteString(p.URL)
		for _, v := range []string{string(p.Kind), p.Title, p.Room, p.Document.Track, p.Document.Format, p.Document.Level, p.Description, p.Document.Event} {
			b.WriteByte(0)
			b.WriteString(v)
		}
		b.WriteByte(0)
		b.WriteString(p.Date.String() + p.End.String())
		if p.Hidden {
			b.WriteString("hidden")
		}
		for _, t := range p.Document.Tags {
			b.WriteByte(1)
			b.WriteString(t)
		}
		for _, sp := range p.Speakers {
			b.WriteByte(2)
			b.WriteString(sp.Slug + "\x00" + sp.Name + "\x00" + sp.URL)
		}
		for _, sp := range p.Authors {
			b.WriteByte(4)
			b.WriteString(sp.Slug + "\x00" + sp.Name + "\x00" + sp.URL)
		}
		for _, it := range p.Items {
			b.WriteByte(3)
			b.WriteString(it.Key + it.Title + it.Note + it.Status)
		}
		keys[p.File] = b.String()
	}
	return keys
}
