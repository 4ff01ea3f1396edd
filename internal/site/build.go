package site

import (
	"cmp"
	"context"
	"crypto/sha256"
	"fmt"
	"html/template"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
	"golang.org/x/text/unicode/norm"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// Build turns loaded documents into the site model. Documents with errors
// are left out (their diagnostics were reported by the loading stage), as
// are drafts unless opts.Drafts is set. md renders bodies and long text
// fields; Build runs it on all cores. The returned diagnostics are the
// model's own: URL clashes resolved, unknown events, time zones, and the markdown
// stage's warnings.
func Build(ctx context.Context, cfg config.Config, set content.Set, md *markdown.Renderer, opts Options) (*Site, diag.List) {
	b := &builder{cfg: cfg, md: md, memo: opts.Memo, release: opts.ReleaseBodies, site: &Site{Config: cfg, static: opts.Static, staticNamed: opts.StaticNamed, filesAt: cmp.Or(opts.FilesAt, "static/ or content/"), includes: opts.Includes, shortcodes: opts.Shortcodes, repository: cmp.Or(opts.Repository, opts.Folder), readFile: opts.ReadFile, bibs: opts.Bibliographies, eleventy: opts.Eleventy, Data: opts.Data}}
	if opts.ReleaseBodies && opts.Reread != nil {
		b.reread = opts.Reread
		b.site.sources = &sources{}
	}
	b.events(set.Docs)
	b.pages(set.Docs, opts)
	b.people()
	b.urls()
	// Before changes and lists: the programme kept for the next build
	// and the order of a schedule's talks read their rooms.
	b.site.placeLocations()
	b.layoutPages(set.Made, opts.Drafts)
	b.nameSite(opts.Folder)
	b.changes(opts.Changes)
	// Before convert: {% asset %} tags in bodies name these files.
	b.assets(set, opts.Drafts)
	if err := b.convert(ctx); err != nil {
		b.diags.Errorf(diag.Pos{}, "build cancelled: %v", err)
		return b.site, b.diags
	}
	// The taxonomies and the reading list only read what the pages
	// wrote and their visibility, and each sets fields of its own (the
	// pages' terms; their reading items and the entries): they are made
	// at once, on two cores. Only the taxonomies report diagnostics.
	var wg sync.WaitGroup
	var failed diag.Carrier
	wg.Go(func() {
		defer failed.Catch()
		b.reading()
	})
	b.taxonomies()
	wg.Wait()
	failed.Raise()
	b.sponsorLogos()
	files := photoFilesOf(b.cfg, b.site.Assets, opts.Static, opts.StaticNamed)
	files.resource, files.used = opts.Resource, map[string]string{}
	b.resolvePhotos(files)
	b.resolveCovers(files)
	b.resolveMaterials(files)
	b.publishResources(files.used)
	b.dateNotes(opts.History)
	b.lists()
	b.programme()
	if b.release {
		b.forgetLoaded()
		b.forgetRefs()
	}
	return b.site, b.diags
}

// builder carries the state of one Build; it is not shared between
// goroutines except in convert, where each worker writes only its own page.
type builder struct {
	cfg  config.Config
	md   *markdown.Renderer
	memo *Memo
	// release is Options.ReleaseBodies.
	release bool
	// reread is Options.Reread when release is set, else nil.
	reread Reread
	site   *Site
	diags  diag.List
	// photos holds, per speaker, every photo written for them, in the
	// order of merge.
	photos map[*Speaker][]photo
	// slugs are the names slugified so far (see slug); only the
	// building goroutine uses it, before the model's concurrent steps.
	slugs map[string]string
	// eventSlugs are the slugs events gave pages of a taken slug.
	eventSlugs map[*content.Document]string
	// dayWarned are the events (nil for none) whose talks dated by a
	// day were warned about (see dateByEventDay): once an event.
	dayWarned map[*Event]bool
}

// LeftOut reports whether Build makes no page of document d: it has
// errors, or it is a draft and drafts (Options.Drafts) are not built.
func LeftOut(d *content.Document, drafts bool) bool {
	return d.Diags.HasErrors() || d.Draft && !drafts
}

// pages makes a Page of every buildable document, in file order.
func (b *builder) pages(docs []*content.Document, opts Options) {
	dated := datesTalks(docs, opts)
	for _, d := range docs {
		if LeftOut(d, opts.Drafts) {
			continue
		}
		p := &Page{Doc: *d, source: d}
		p.Pageless = pageless(p)
		b.joinEvent(p)
		b.countDuration(p, dated)
		b.site.Pages = append(b.site.Pages, p)
	}
	// File order decides who keeps a contested URL; make it independent of
	// the caller's order.
	slices.SortStableFunc(b.site.Pages, func(a, b *Page) int { return strings.Compare(a.Doc.File, b.Doc.File) })
}

// urls gives every page its URL and output file. A URL that cannot be
// published (see urlProblem) is an error of the field that made it, and
// the page is dropped. Pages that claim one URL are resolved by
// resolveClashes: copies are published once, the others each get a URL
// of their own, with a warning. Two whose files differ only in case are
// both kept, with a warning, as only some file systems tell them apart.
// The URL of a speaker or event page becomes its person's or event's.
func (b *builder) urls() {
	var ok []*Page
	for _, p := range b.site.Pages {
		if tok := unknownToken(p.Doc.Extras().URLPattern); tok != "" {
			b.diags.Warnf(p.Doc.Pos("url"), "permalink %q uses %s, which lectern cannot fill (see docs/urls.md for the tokens it knows), so the page gets the URL of its kind; write a pattern such as \"/blog/:year/:title/\" or the page's path", p.Doc.Extras().URLPattern, tok)
		}
		p.URL = b.pageURL(p)
		if problem, fix := urlProblem(p.URL); problem != "" {
			b.refuse(p, problem, fix)
			continue
		}
		p.Output = OutputPath(p.URL)
		ok = append(ok, p)
	}
	b.yieldTermPages(ok)
	kept := b.resolveClashes(ok)
	folded := make(map[string]*Page, len(kept))
	for _, p := range kept {
		key := FoldCase(p.Output)
		if other, ok := folded[key]; ok {
			b.diags.Warnf(p.Doc.Pos("url"), "%s (%s) and %s (%s) differ only in case: on macOS and Windows, whose file systems ignore case, one overwrites the other; give one of them another url or slug", other.Doc.File, other.URL, p.Doc.File, p.URL)
		} else {
			folded[key] = p
		}
		b.adopt(p)
	}
	b.site.Pages = kept
	b.anchorPageless()
	b.aliases()
}

// FoldCase returns the same string for two output paths that a
// case-insensitive file system (APFS, NTFS) takes for one file; APFS also
// ignores Unicode normalization.
func FoldCase(p string) string {
	return strings.ToLower(norm.NFC.String(p))
}

// adopt gives a speaker's or event's own page's URL to its person or
// event, so that links to them lead to where the page is written,
// whatever set the URL (url:, slug: or the permalink pattern).
func (b *builder) adopt(p *Page) {
	switch {
	case p.Doc.Kind == content.KindSpeaker && len(p.Speakers) > 0 && p.Speakers[0].Page == p:
		p.Speakers[0].URL = p.URL
	case p.Doc.Kind == content.KindEvent && p.Event != nil && p.Event.Page == p:
		p.Event.URL = p.URL
	}
}

// refuse reports a page whose URL cannot be published, at the field that
// made it: url when the author wrote one, slug when the pattern used the
// author's, else the file itself. A speaker or event it belonged to is
// still published at its default URL, without the page.
func (b *builder) refuse(p *Page, problem, fix string) {
	wroteSlug := p.Doc.Fields.Has("slug")
	switch {
	case p.Doc.URL != "":
		b.diags.Errorf(p.Doc.Pos("url"), "url %q %s; %s", p.Doc.URL, problem, fix)
	case wroteSlug:
		b.diags.Errorf(p.Doc.Pos("slug"), "slug %q cannot name a page: its URL %s %s; choose a slug of letters, digits and hyphens", p.Doc.Slug, p.URL, problem)
	default:
		b.diags.Errorf(p.Doc.Pos("url"), "this page's URL %s %s; set \"url:\" or \"slug:\" to publish it elsewhere", p.URL, problem)
	}
	switch {
	case p.Doc.Kind == content.KindSpeaker && len(p.Speakers) > 0 && p.Speakers[0].Page == p:
		sp := p.Speakers[0]
		sp.Page = nil
		sp.URL = expand(b.cfg.Permalinks.Speaker, sp.Slug, zeroTime)
	case p.Doc.Kind == content.KindEvent && p.Event != nil && p.Event.Page == p:
		p.Event.Page = nil
		if bad, _ := urlProblem(p.Event.URL); bad != "" {
			p.Event.URL = ""
		}
	}
}

// pageURL applies the author's permalink, else the kind's pattern, else the
// page's folder path.
func (b *builder) pageURL(p *Page) string {
	if p.Doc.URL != "" {
		return EscapePath(p.Doc.URL)
	}
	if pat := p.Doc.Extras().URLPattern; pat != "" && unknownToken(pat) == "" {
		return expandPage(pat, p)
	}
	if u, _ := termFolderURL(b.cfg.Permalinks, p); u != "" {
		return u
	}
	if pat := sectionPattern(b.cfg.Permalinks.Sections, p); pat != "" {
		return expandPage(pat, p)
	}
	if pat := folderPattern(b.cfg.Permalinks.Folders, p); pat != "" {
		return expandPage(pat, p)
	}
	if pat := b.cfg.Permalinks.Pages; pat != "" && isToolPage(p) {
		// An index is its folder's page; a pattern ending in a slash
		// puts every page in a folder of its own at its path.
		if stem := strings.TrimSuffix(path.Base(p.Doc.Path), path.Ext(p.Doc.Path)); stem == "index" || strings.HasSuffix(pat, "/") {
			return folderURL(p.Doc.Path, pathSlug(p), p.Doc.Names, p.Doc.Fields.Has("slug"))
		}
		return EscapePath(expandPage(pat, p))
	}
	// A talk, note or reading list outside the folders of its kind keeps
	// its folder path, as the site's author laid it out.
	if k, ok := content.FolderKind(p.Doc.Path); !ok || k != p.Doc.Kind {
		switch p.Doc.Kind {
		case content.KindTalk, content.KindNote, content.KindReading, content.KindPage:
			return routedURL(b.cfg.Permalinks, p, p.Doc.Path)
		}
	}
	pat := ""
	switch p.Doc.Kind {
	case content.KindTalk:
		pat = b.cfg.Permalinks.Talk
	case content.KindNote:
		pat = b.cfg.Permalinks.Note
	case content.KindReading:
		pat = b.cfg.Permalinks.Reading
	case content.KindSpeaker:
		if b.cfg.Permalinks.SpeakerPagesByPath {
			// On a site whose tool publishes pages at their paths the
			// page is where that tool writes it, where the site's own
			// links lead; its person takes the URL (adopt).
			return fileURL(b.cfg.Permalinks, folderURL(p.Doc.Path, pathSlug(p), p.Doc.Names, p.Doc.Fields.Has("slug")))
		}
		// A speaker page is served at its person's URL, merged with
		// every talk of theirs.
		if len(p.Speakers) > 0 {
			return p.Speakers[0].URL
		}
		pat = b.cfg.Permalinks.Speaker
	case content.KindEvent:
		if b.cfg.Permalinks.EventPagesByPath && !p.Doc.FromRecord() {
			// As a speaker's page: where the site's tool writes it,
			// as a talk of that folder would be; its event takes the
			// URL (adopt).
			return routedURL(b.cfg.Permalinks, p, p.Doc.Path)
		}
		pat = b.cfg.Permalinks.Event
	}
	if p.Doc.Date.IsZero() && p.Doc.Kind != content.KindEvent && datedPattern(pat) {
		// The kind's pattern is dated by the day and the page has none:
		// it would be published in year 1 (/1/01/01/). Its folder's path
		// says where it belongs.
		pat = ""
	}
	if pat == "" {
		file := pagesAtRoot(p)
		if file != p.Doc.Path && !strings.Contains(file, "/") {
			if stem := strings.TrimSuffix(file, path.Ext(file)); stem == "index" || stem == "_index" {
				return "/"
			}
		}
		return routedURL(b.cfg.Permalinks, p, file)
	}
	return expandPage(pat, p)
}

// pagesAtRoot is the path a page's URL is made from: its path, less a
// top folder named pages or _pages, which holds a site's pages as its
// root does: pages/contact.md is served at /contact/, as the generators
// that keep such a folder serve it, and pages/index.md is the home page.
func pagesAtRoot(p *Page) string {
	top, rest, ok := strings.Cut(p.Doc.Path, "/")
	if ok && p.Doc.Kind == content.KindPage && (strings.EqualFold(top, "pages") || strings.EqualFold(top, "_pages")) {
		return rest
	}
	return p.Doc.Path
}

// convert renders every page's markdown on all cores. Each worker writes
// only to its own page.
func (b *builder) convert(ctx context.Context) error {
	pages := b.site.Pages
	refs := newRefIndex(b.site)
	b.site.refs = refs
	diags := make([]diag.List, len(pages))
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, p := range pages {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			// A bug of lectern's reading one page's markdown fails
			// the build at that page, not the run (see diag.Panicked).
			defer func() {
				if v := recover(); v != nil {
					diags[i] = diag.List{diag.Panicked(diag.Pos{File: p.Doc.File}, v, nil)}
				}
			}()
			tags := refs.tags(p)
			var res markdown.Result
			var bd *body
			if b.release {
				text, again := b.loaded(p)
				res = b.md.InspectPage(p.source.File, text, p.source.BodyLine, tags)
				bd = b.body(p.source, text, again, tags, res)
				p.body = bd // dropSource lets its markdown go
				b.dropSource(p)
			} else {
				res, bd = b.memo.convert(b.md, p.source, tags)
			}
			diags[i] = p.read(res, bd, b.md, b.memo, tags)
			return nil
		})
	}
	people := b.site.SpeakersWithEditions()
	bioDiags := make([]diag.List, len(people))
	for i, sp := range people {
		if sp.Bio == "" {
			continue
		}
		g.Go(func() error {
			// A bug of lectern's reading a bio costs the build that
			// bio, at its speaker's page if it has one.
			defer func() {
				if v := recover(); v != nil {
					bioDiags[i] = diag.List{diag.Panicked(bioPos(sp), v, nil)}
				}
			}()
			text := bioText(b.md, b.memo, sp, sp.Bio)
			sp.BioHTML = template.HTML(text.HTML)
			bioDiags[i] = text.Diags
			return nil
		})
	}
	err := g.Wait()
	b.memo.prune()
	for _, d := range append(diags, bioDiags...) {
		b.diags.Append(d)
	}
	return err
}

// read gives page p what its body, read as res (its HTML bd), and its
// summary show: its HTML, words, headings and lists, its description
// and the reading items it links to, their notes read with tags as its
// body was; it returns their diagnostics.
func (p *Page) read(res markdown.Result, bd *body, md *markdown.Renderer, memo *Memo, tags markdown.Tags) diag.List {
	p.body, p.WordCount, p.Math, p.Headings, p.Lists = bd, res.WordCount, res.Math, res.Headings, res.Lists
	p.Blank = res.Blank
	diags := slices.Clone(res.Diags)
	p.Description = res.Excerpt
	if p.Doc.Summary != "" {
		text := memo.text(md, p.Doc.File, p.Doc.Summary, p.Doc.Pos("summary").Line)
		p.SummaryHTML, p.Doc.Summary, p.Description = summaryTexts(text.HTML, p.Doc.Summary, text.Excerpt)
		if repeatsBody(text.Excerpt, res.Excerpt) {
			p.SummaryHTML = ""
		}
		diags.Append(text.Diags)
	}
	if lead, ok, d := abstractHTML(md, memo, &p.Doc, res.Excerpt); ok {
		p.SummaryHTML = lead
		diags.Append(d)
	}
	p.OwnItems = ownItems(p, res.Reading, &diags, &noteReader{md: md, tags: tags})
	return diags
}

// body is the HTML of d's body, whose markdown is text, read as res with
// tags, in a build that releases bodies: it has only inspected it
// (markdown.InspectPage), and the HTML is rendered when the page is
// written, from the markdown, the same. A body whose template tags asked
// the model is rendered now and kept, as the model's answers may change
// before the page is written. again reads text again (nil: it cannot).
func (b *builder) body(d *content.Document, text []byte, again func() ([]byte, error), tags markdown.Tags, res markdown.Result) *body {
	var bd *body
	if len(res.Lookups) > 0 {
		bd = newBody(template.HTML(b.md.ConvertPage(d.File, text, d.BodyLine, tags).HTML))
	} else {
		h := sha256.New()
		fmt.Fprintf(h, "%+v\x00", b.cfg.Markup)
		fmt.Fprintf(h, "%+v\x00", tags.Execute)
		h.Write(text)
		var sum [sha256.Size]byte
		h.Sum(sum[:0])
		md := b.md
		file, line, execute := d.File, d.BodyLine, tags.Execute
		// A body whose tags asked the model nothing asks it nothing when
		// rendered again from the same text: every call of a Tags
		// function is a lookup. Rendered with no Tags but the page's
		// own Execute, it is the same,
		// and it does not hold the site's index of references to the
		// end of the build (forgetRefs).
		bd = lazyBody(sum, func(text []byte) template.HTML {
			return template.HTML(md.ConvertPage(file, text, line, markdown.Tags{Execute: execute}).HTML)
		})
	}
	if again != nil {
		// The markdown may go with the HTML once the page is written,
		// when the file can give it again (see Page.Source).
		bd.src = &sourceText{reread: again, sum: sha256.Sum256(text), errs: b.site.sources}
	}
	return bd
}

// lists fills the kind lists, sorted, leaving hidden pages out.
func (b *builder) lists() {
	s := b.site
	slices.SortFunc(s.Pages, func(a, b *Page) int { return strings.Compare(a.URL, b.URL) })
	var sponsors []*Page
	for _, p := range s.Pages {
		if p.Doc.Date.After(s.Updated) && !p.Doc.Hidden {
			s.Updated = p.Doc.Date
		}
		if p.Doc.Hidden {
			continue
		}
		switch p.Doc.Kind {
		case content.KindTalk:
			s.Talks = append(s.Talks, p)
		case content.KindNote:
			s.Notes = append(s.Notes, p)
		case content.KindReading:
			// A book's own page is an entry of the list, not a list.
			if !p.Doc.Book {
				s.Readings = append(s.Readings, p)
			}
		case content.KindPage:
			s.Other = append(s.Other, p)
		case content.KindSponsor:
			sponsors = append(sponsors, p)
		}
	}
	slices.SortStableFunc(s.Talks, byDate)
	slices.SortStableFunc(s.Notes, newestFirst)
	slices.SortStableFunc(s.Readings, byTitle)
	s.finishEvents()
	// In the events' order, which finishEvents sets.
	s.Sponsors = s.sponsorTiers(sponsors)
}
