package site

import (
	"html/template"
	"slices"

	"lectern/internal/content"
	"lectern/internal/markdown"
)

// reshow renders again the body of every page but p whose template tags
// give other text now that p is patched: a home page whose Liquid lists
// the posts' titles, a link to p's URL. Each such page is given its new
// HTML and what the model reads of a body beside it (its headings, word
// count, lists and, without a summary of its own, its description), as
// Build would give it; the renderer shows it anew (Patch.Relocated). It
// returns those pages and what puts them back; ok is false, with nothing
// changed, when one of them would change more than what it shows: its
// diagnostics or reading items, or the person or event whose page it
// is (their bio and description are its body's).
func (s *Site) reshow(p *Page, md *markdown.Renderer, memo *Memo, refs *refIndex) (shown []*Page, undo func(), ok bool) {
	stale, ok := memo.staleOthers(s.Pages, p, refs)
	if !ok {
		return nil, nil, false
	}
	results, olds := make([]markdown.Result, len(stale)), make([]markdown.Result, len(stale))
	for i, q := range stale {
		if q.Doc.Kind == content.KindSpeaker || q.Doc.Kind == content.KindEvent {
			return nil, nil, false
		}
		old, held := memo.held(q.source)
		r := md.ConvertPage(q.source.File, q.source.Body, q.source.BodyLine, refs.tags(q))
		if !held || !slices.Equal(old.Diags, r.Diags) || !sameLinks(old.Reading, r.Reading) || old.Blank != r.Blank {
			return nil, nil, false
		}
		results[i], olds[i] = r, old
	}
	saved := make([]Page, len(stale))
	for i, q := range stale {
		saved[i] = *q
		r := results[i]
		q.SetContent(template.HTML(r.HTML))
		q.WordCount, q.Math, q.Headings, q.Lists = r.WordCount, r.Math, r.Headings, r.Lists
		if q.Doc.Summary == "" {
			q.Description = r.Excerpt
		}
		memo.replace(q.source, q.source, r, q.body)
	}
	return stale, func() {
		for i, q := range stale {
			*q = saved[i]
			memo.replace(q.source, q.source, olds[i], q.body)
		}
	}, true
}
