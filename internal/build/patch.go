package build

import (
	"context"
	"errors"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/layout"
	"lectern/internal/render"
	"lectern/internal/site"
)

// This file is the session's fast path: an edit of page bodies alone,
// the common case while writing, is applied to the last good model in
// place and re-renders only the outputs that show those bodies, in time
// proportional to the pages edited, not to the site.

// readNamed reads and parses again the files of changed in the folders
// the last walk read, as it read them (content.Reader), when every one of
// them is a page that the walk found, or a new page the walk would read
// (see newPageFile), so that the walk need not be done again; a page the
// last walk found that is gone has a stamp without a document. It
// returns nil when a walk is needed: a file is not a page, or cannot be
// read, or is one the walk reads otherwise (a translation, a template, a
// section's cascade), or one the walk's own diagnostics name.
func (s *Session) readNamed(changed []string) map[string]stamp {
	out := map[string]stamp{}
	for _, f := range changed {
		if Ignored(f, false) || !s.reader.Holds(f) {
			continue
		}
		prev, ok := s.files[f]
		if !isPageFile(f) || ok && prev.doc == nil || !ok && !s.newPageFile(f) || s.walkSaid(f) {
			return nil
		}
		info, err := fs.Stat(s.fsys, f)
		if (!ok || errors.Is(err, fs.ErrNotExist)) && s.leafIndex(f) {
			// A leaf bundle's page makes the pages beside it its
			// resources: coming or going, it changes them.
			return nil
		}
		if ok && errors.Is(err, fs.ErrNotExist) {
			out[f] = stamp{} // gone: the walk would not find it
			continue
		}
		if err != nil || !info.Mode().IsRegular() {
			return nil
		}
		doc, read := s.reader.Read(s.fsys, f)
		if !read {
			return nil
		}
		out[f] = stamp{size: info.Size(), mod: info.ModTime(), doc: doc}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// leafIndex reports whether f is a leaf bundle's page on a site that
// reads leaf bundles (content.Options.LeafBundles: Hugo's).
func (s *Session) leafIndex(f string) bool {
	return s.layout.Tool == layout.Hugo && content.IsLeafIndex(f)
}

// walkSaid reports whether a diagnostic of the last walk's own names the
// file f, which only a walk may take back.
func (s *Session) walkSaid(f string) bool {
	return slices.ContainsFunc(s.walkDiags, func(d diag.Diag) bool { return d.Pos.File == f })
}

// newPageFile reports whether f, a page file the last walk did not
// find, is one a walk would read as a page, by the rules a walk applies:
// its folder holds a page the walk read, so no rule left the folder out,
// and its name is not hidden, a section's or folder's page (_index.md,
// which other pages may read), a template, or one the layout or the data
// files claim. A page added to the site is then read alone; a walk
// would find the same documents.
func (s *Session) newPageFile(f string) bool {
	base := path.Base(f)
	if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_") || content.IsTemplate(f) {
		return false
	}
	if opts, _ := contentOptions(s.fsys, s.layout, s.cfg); opts.Skip != nil && opts.Skip(f, false) {
		return false
	}
	dir := path.Dir(f)
	for g, st := range s.files {
		if st.doc != nil && path.Dir(g) == dir {
			return true
		}
	}
	return false
}

// loadNamed is load after readNamed: the documents of the last load with
// those of named in their place, a new page's among them in order, a
// page gone left out.
func (s *Session) loadNamed(named map[string]stamp) (content.Set, map[string]bool, diag.List) {
	docs := withNamed(s.docs, named)
	reread := make(map[string]bool, len(named))
	for f, st := range named {
		if st.doc == nil {
			delete(s.files, f)
		} else {
			s.files[f] = st
		}
		reread[f] = true
	}
	s.docs = docs
	diags := docDiags(docs)
	diags.Append(s.walkDiags)
	return content.Set{Docs: docs, Assets: s.assets, Roots: s.roots, AssetDirs: s.assetDirs, Mounts: s.mounts, Made: s.made}, reread, diags.Sorted()
}

func byFile(d *content.Document, file string) int { return strings.Compare(d.File, file) }

// withNamed returns a copy of docs, sorted by file, with the documents
// of named in place of those of their files: inserted for a new page,
// left out for a page gone (no document).
func withNamed(docs []*content.Document, named map[string]stamp) []*content.Document {
	docs = slices.Clone(docs)
	for f, st := range named {
		i, found := slices.BinarySearchFunc(docs, f, byFile)
		switch {
		case st.doc == nil && found:
			docs = slices.Delete(docs, i, i+1)
		case st.doc == nil:
		case found:
			docs[i] = st.doc
		default:
			docs = slices.Insert(docs, i, st.doc)
		}
	}
	return docs
}

// patch brings the site up to date with edits that change what pages
// show and nothing of the site's structure, without building the model
// again: it patches the pages of the last good model in place (see
// site.Site.Patch), computes again the fingerprints of the keys those
// pages can change (render.Prints.Patched), renders the outputs reading
// a key whose fingerprint changed, and swaps those in. The HTML pages,
// which the browser reloads, are rendered at once; feeds, exports and
// the search index, which it fetches when asked to, are marked stale
// and rendered when asked for (see markStale). A share card whose
// picture changed is a new file, rendered at once, and the old one goes.
// ok is false, with nothing changed, when the edits call for a rebuild:
// Patch refused one, the last build failed, or rendering found an
// error. named are the files read again, edit their documents as the
// model is given them (see joinNamed).
func (s *Session) patch(ctx context.Context, rb *Rebuild, named map[string]stamp, edit joinedEdit, c *clock) (diags diag.List, ok bool) {
	if !s.current || s.durationWaits(edit.docs) || s.countsFromEvent(edit.docs) {
		return nil, false
	}
	var patches []site.Patch
	undo := func() {
		for _, p := range slices.Backward(patches) {
			p.Undo()
		}
	}
	for _, doc := range edit.docs {
		if doc == nil {
			return nil, false // a page gone: the model is built again
		}
	}
	front := false
	// An edit that makes the site an archive, or no longer one, changes
	// every event's schedule pages (site.Site.Archive); one that changes
	// whether it reads its talks' locations as where they were given
	// (site.Site.LocationsGiven) changes those talks, and so does the
	// edit of such a talk, whose patch reads its location as a room
	// again (site.Site.Relocates): built again.
	if s.model.Relocates(edit.docs) {
		return nil, false
	}
	archive, given := s.model.Archive(), s.model.LocationsGiven()
	for _, f := range slices.Sorted(maps.Keys(named)) {
		if s.unbuilt(f, edit.docs[f]) {
			continue // a draft still: no page, no output
		}
		p, ok := s.model.Patch(edit.docs[f], s.md, s.memo)
		if !ok {
			undo()
			c.stage("patch")
			return nil, false
		}
		patches = append(patches, p)
		front = front || p.Front
	}
	if s.model.Archive() != archive || s.model.LocationsGiven() != given {
		undo()
		c.stage("patch")
		return nil, false
	}
	s.model.PlaceSchedules()
	c.stage("patch")

	var pages []*site.Page
	for _, p := range patches {
		// The pages of an event given another venue show it too.
		pages = append(append(pages, p.Page), p.Relocated...)
	}
	prints := s.printer.Patched(s.model, pages, s.prints)
	moved := map[render.Key]bool{}
	for k, v := range prints {
		if w, ok := s.prints[k]; !ok || w != v {
			moved[k] = true
		}
	}
	index := s.index
	var fresh, gone []string // share cards that came and went
	for k := range moved {
		if !k.IsPage() {
			// The jobs' views show the pages as they were (no view
			// holds a page whole: view.PageOf is made at every run).
			s.index.Forget(pages)
			break
		}
	}
	if front {
		cards, d := s.index.Cards()
		var ok bool
		if index, fresh, gone, ok = s.renderer.WithCards(s.model, s.index, cards); !ok || len(d) > 0 {
			undo()
			return nil, false
		}
	}
	picked := index.ReadingAny(moved)
	for _, p := range fresh {
		if i, ok := index.Position(p); ok {
			picked = append(picked, i)
		}
	}
	slices.Sort(picked)
	var now, later []render.Job
	for _, i := range slices.Compact(picked) {
		j := index.Jobs()[i]
		if s.later(index, i) {
			later = append(later, j)
		} else {
			now = append(now, j)
		}
	}
	c.stage("plan")
	outs, d := s.run(ctx, now)
	c.stage("render")
	if d.HasErrors() {
		undo()
		return nil, false
	}

	// The diagnostics are the last build's, with those the patched
	// pages gave before replaced by those they give now; the documents'
	// own are unchanged.
	diags, modelDiags := s.diags, s.modelDiags
	for _, p := range patches {
		diags, modelDiags = swapped(diags, p), swapped(modelDiags, p)
	}
	diags = slices.Clone(diags)
	diags.Append(d)

	s.mu.Lock()
	defer s.mu.Unlock()
	for _, o := range outs {
		if s.hold(o.Path, s.whole(o)) {
			rb.Updated = append(rb.Updated, o.Path)
		}
		rb.Rendered = append(rb.Rendered, o.Path)
	}
	for _, p := range gone {
		delete(s.outputs, p)
		s.bodies.drop(p)
		delete(s.stale, p)
		rb.Updated = append(rb.Updated, p)
	}
	s.markStale(index, later, rb)
	slices.Sort(rb.Updated)
	rb.StylesOnly = stylesOnly(rb.Updated) && len(rb.Deferred) == 0
	if len(rb.Updated) > 0 || len(later) > 0 {
		s.version++ // the stale outputs show an edit
	}
	rb.Version = s.version
	for f, st := range named {
		s.files[f] = st
		if i, ok := slices.BinarySearchFunc(s.docs, f, byFile); ok {
			s.docs[i] = st.doc
		}
	}
	s.diags, s.modelDiags = diags, modelDiags
	if edit.all != nil {
		s.joined = edit.all
	}
	s.index = index
	maps.Copy(s.prints, prints)
	c.stage("swap")
	return diags, true
}

// unbuilt reports whether doc, the new document of file f, and the one
// the last load read are both documents the model makes no page of (a
// draft, as the session builds none: site.LeftOut), of a kind only
// pages are made of (an event page is read whatever it says), that its
// reading says the same of: such an edit changes no output and no
// diagnostic, and only the session's record of the file is brought up
// to date.
func (s *Session) unbuilt(f string, doc *content.Document) bool {
	prev := s.files[f].doc
	return prev != nil && doc != nil && site.LeftOut(prev, s.opts.Drafts) && site.LeftOut(doc, s.opts.Drafts) &&
		prev.Kind != content.KindEvent && doc.Kind != content.KindEvent && slices.Equal(prev.Diags, doc.Diags)
}

// run renders jobs, returning the outputs in job order.
func (s *Session) run(ctx context.Context, jobs []render.Job) ([]render.Output, diag.List) {
	out := make([]render.Output, len(jobs))
	pos := make(map[string]int, len(jobs))
	for i, j := range jobs {
		pos[j.Path] = i
	}
	d := s.renderer.Run(ctx, jobs, func(o render.Output) error {
		out[pos[o.Path]] = o // each job writes only its own slot
		return nil
	})
	return out, d
}

// Stale outputs are those a patch left to render when asked for: feeds
// and exports that show a body, which no open page reloads and which
// may be large (the frab export of a big conference holds every talk's
// markdown). Output renders them on demand, a rebuild with them.

// onDemand reports whether the job at position i of x, when it must be
// rendered again, may be left stale and rendered when asked for: it is
// not an HTML page (which open tabs reload at once), a share card (a
// new file, named by what it draws) or a static file (a stylesheet is
// swapped into open pages). What is left are feeds, calendars, frab
// exports, reading exports, the search index, the sitemap and the
// service worker, which are fetched, if ever, after the page.
func onDemand(x *render.Index, i int) bool {
	j := x.Jobs()[i]
	if htmlPage(x, i) {
		return false
	}
	switch j.Kind {
	case render.KindCard, render.KindStatic:
		return false
	}
	return true
}

// htmlPage reports whether the job at position i of x is an HTML page,
// which open tabs show.
func htmlPage(x *render.Index, i int) bool {
	return x.Page(i) && path.Ext(x.Jobs()[i].Path) == ".html"
}

// later reports whether the job at position i of x, which an edit calls
// for, may be left stale: onDemand allows it, or it is an HTML page the
// last good site has and Options.DeferPages is set (Settle renders it
// soon after). A new output is rendered at once, so that the site has
// every output a fresh build has.
func (s *Session) later(x *render.Index, i int) bool {
	if _, had := s.outputs[x.Jobs()[i].Path]; !had {
		return false
	}
	return onDemand(x, i) || s.opts.DeferPages && htmlPage(x, i)
}

// markStale records jobs, those of x that an edit left to render later,
// as stale, and lists them in rb: the HTML pages among them as
// Deferred, for Settle, the others as Stale. s.mu must be held.
func (s *Session) markStale(x *render.Index, jobs []render.Job, rb *Rebuild) {
	if len(jobs) > 0 && s.stale == nil {
		s.stale = map[string]render.Job{}
	}
	for _, j := range jobs {
		s.stale[j.Path] = j
		if i, ok := x.Position(j.Path); ok && htmlPage(x, i) {
			rb.Deferred = append(rb.Deferred, j.Path)
			s.deferred = append(s.deferred, j.Path)
		} else {
			rb.Stale = append(rb.Stale, j.Path)
		}
	}
}

// fresh renders the output at path if it is stale and returns it,
// once any rebuild under way has ended: the build lock keeps the model
// the job reads still. Should the job fail, the last output is returned
// and the next rebuild builds the model again and reports why.
func (s *Session) fresh(path string) (render.Output, bool) {
	s.build.Lock()
	defer s.build.Unlock()
	s.mu.RLock()
	j, stale := s.stale[path]
	h, ok := s.outputs[path]
	s.mu.RUnlock()
	if !stale {
		if o, ok := s.heldOutput(path, h); ok {
			return o, true // rendered while we waited
		}
		o, ok, _ := s.letGo(path)
		return o, ok
	}
	out, d := j.Render()
	if d.HasErrors() {
		// It stays stale, for the rebuild to render and report.
		s.current = false
		if !ok {
			return render.Output{}, false
		}
		return s.heldOutput(path, h)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.stale, path)
	s.hold(path, s.whole(out))
	return out, true
}
