package render

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"

	"golang.org/x/sync/errgroup"

	"lectern/internal/diag"
	"lectern/internal/site"
	"lectern/internal/view"
)

// Job is one output to render. Jobs are independent: any subset may be
// rendered, in any order, concurrently.
type Job struct {
	// Path is the output's path relative to the output folder.
	Path string
	// Kind is what the job makes: the template kind of an HTML page
	// (see Data.Kind), or a kind of file (a feed, a card…).
	Kind Kind
	// Reads are the keys of what the output shows, in the order shown
	// (see Key): an output whose Reads, and their fingerprints, are those
	// of the last build renders the same bytes. Templates and the
	// configuration are not listed: a change to either calls for
	// rendering every job.
	Reads []Key
	// Sources are the files a diagnostic about the output points at:
	// a page's own file and the files of its speakers and event, a
	// speaker's page and talks, the theme file of a static output.
	Sources []string

	// url is the page's root-relative URL for the sitemap, "" for a file
	// left out of it; owner is the content file of a content page;
	// partials runs the shared templates of a job that runs a page
	// template, nil for one that runs none (see remember).
	url      string
	owner    string
	partials *partials
	// bodies are the pages whose bodies, or markdown, the output shows
	// (a page's own, a feed's entries, a frab export's talks): Stream
	// lets a body go once every job showing it is written (releases).
	// lists are the pages it lists, whose cached partial outputs Stream
	// drops once every job listing them is written (see remember).
	bodies, lists []*site.Page
	// people are the people whose views (view.Person) the page shows: a
	// speakers index page's, a speaker's own. Stream lets each person's
	// view go after the last of those jobs, and starts each speaker's
	// page right after the index page listing them (see forgetPeople).
	people []*site.Speaker
	// built is the list the job was made in, whose cached views a patch
	// of the site forgets (see Index.Forget).
	built *jobs
	// render makes the output; a job that builds its body piece by piece
	// may write it into t.buf, which it has to itself, and return
	// t.buf.Bytes().
	render func(t *task) (Output, diag.List)
}

// Render renders the job. The Output is only meaningful when the list
// holds no error. The Renderer's TemplateTimeout applies.
func (j Job) Render() (out Output, diags diag.List) {
	defer j.recover(&diags)
	out, diags = j.render(newTask(context.Background(), new(bytes.Buffer)))
	diags.Append(j.checkSize(out))
	return out, diags
}

// testHook, when set by a test, is called as each job starts rendering:
// the way a test makes a job panic.
var testHook func(Job)

// recover, deferred by whatever renders j, turns a panic of its
// rendering into an error at the job's file (diag.Panicked) in *diags,
// so that a bug of lectern's costs the build that output, not the run
// or the running preview. A panic of a template run in its own
// goroutine arrives here as a *diag.Carried, with the stack of where it
// happened.
func (j Job) recover(diags *diag.List) {
	v := recover()
	if v == nil {
		return
	}
	*diags = diag.List{diag.Panicked(j.pos(), v, nil)}
}

// pos is where a diagnostic about the job's output points: the content
// file of a content page, else the first file the output shows, else
// nowhere (an index of the whole site).
func (j Job) pos() diag.Pos {
	if j.owner != "" {
		return diag.Pos{File: j.owner}
	}
	return diag.Pos{File: firstSource(j)}
}

// Render renders every output of s, handing each to emit as soon as it is
// ready; emit is called from several goroutines at once. It is Jobs
// followed by Run.
func (r *Renderer) Render(ctx context.Context, s *site.Site, emit func(Output) error) diag.List {
	jobs, diags := r.Jobs(s)
	diags.Append(r.Run(ctx, jobs, emit))
	return diags
}

// Run renders jobs in parallel, at most GOMAXPROCS at a time, and calls
// emit, concurrently, with each output that rendered without error. emit
// must be safe for concurrent use and may keep the outputs. An error from
// emit, or a page that overran Options.TemplateTimeout, stops the jobs not
// yet started and is reported as a diagnostic. The diagnostics are in job
// order, whatever order the jobs finished in, each said once.
//
// Run returns as soon as ctx ends, with the single diagnostic that
// rendering stopped, without waiting for the templates under way: a
// template run that Run stops waiting for, because ctx ended or it overran
// its deadline, is abandoned. It goes on in its own goroutine until it
// returns, its output ignored; its writer fails from then on, so a
// template that writes stops at its next output, but one that loops
// without writing runs until the process exits.
func (r *Renderer) Run(ctx context.Context, jobs []Job, emit func(Output) error) diag.List {
	return r.run(ctx, jobs, emit, false)
}

// Stream is Run for an emit that is done with each Output when it
// returns, as when writing files: the memory of an Output's Body is then
// reused for later outputs, so a build holds a few bodies at a time and
// the garbage collector has little to do. emit must not keep Body, nor
// any part of it, after it returns.
//
// Stream keeps of each job it ran only its Path and Kind: it sets
// jobs[i] to a Job holding those two once the job is done, so that what
// a job holds to render its output does not outlive it. The jobs cannot
// be run again.
func (r *Renderer) Stream(ctx context.Context, jobs []Job, emit func(Output) error) diag.List {
	return r.run(ctx, jobs, emit, true)
}

// bufferPool holds the buffers Stream renders into.
var bufferPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooled is the largest buffer put back in bufferPool: enough for the
// schedules of a large event (a megabyte or two each), while a
// pathological output does not stay held for the rest of the build.
const maxPooled = 4 << 20

func (r *Renderer) run(ctx context.Context, jobs []Job, emit func(Output) error, reuse bool) diag.List {
	var left map[*site.Page]*atomic.Int32
	order := make([]int, len(jobs))
	for i := range order {
		order[i] = i
	}
	done := func(Job) {}
	if reuse {
		// Nothing changes the site while Stream runs, so a partial's
		// output for a page can be kept for the other lists showing it.
		partialsDone, forget := remember(jobs)
		defer forget()
		listsDone := r.forgetLists(jobs)
		peopleDone := forgetPeople(jobs)
		done = func(j Job) {
			partialsDone(j)
			peopleDone(j)
			listsDone(j)
		}
		left = readers(jobs)
		order = peopleOrder(jobs, listOrder(jobs, streamOrder(jobs, left)))
	}
	results := make([]diag.List, len(jobs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, i := range order {
		j := jobs[i]
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			defer done(j)
			// Deferred after done, so it runs first: the job is then
			// done with an error, like a job whose template failed.
			defer j.recover(&results[i])
			t := newTask(gctx, new(bytes.Buffer))
			if reuse {
				// What the job holds to render its output (its
				// closure, the views and card text it captured,
				// its sources) is garbage once it is written.
				defer jobs[i].drop()
				t.buf = bufferPool.Get().(*bytes.Buffer)
				defer func() {
					// An abandoned template may still write into a
					// lost buffer.
					if !t.lost && t.buf.Cap() <= maxPooled {
						t.buf.Reset()
						bufferPool.Put(t.buf)
					}
				}()
			}
			if testHook != nil {
				testHook(j)
			}
			out, d := j.render(t)
			switch {
			case t.stopped:
				return gctx.Err()
			case t.timedOut:
				// The other pages likely run the same template: each
				// would wait out its own deadline before the build
				// fails anyway.
				results[i] = d
				return errTimeout
			}
			d.Append(j.checkSize(out))
			if !d.HasErrors() {
				if err := emit(out); err != nil {
					d.Errorf(j.pos(), "cannot write %s: %v", out.Path, err)
					results[i] = d
					return err
				}
				if reuse {
					written(j, left)
				}
			}
			results[i] = d
			return nil
		})
	}
	_ = g.Wait()
	var diags diag.List
	if err := ctx.Err(); err != nil {
		// What jobs said as they stopped is about stopping, not the site.
		diags.Errorf(diag.Pos{}, "rendering stopped before the end: %v", err)
		return diags
	}
	// Jobs may say the same (the feeds a long page is in): once is
	// enough.
	said := map[diag.Diag]bool{}
	for _, d := range results {
		for _, x := range d {
			if !said[x] {
				said[x] = true
				diags = append(diags, x)
			}
		}
	}
	return diags
}

// Jobs lists every output of s: content pages first, then the generated
// pages, feeds, sitemap and robots.txt, then the theme's static files.
// When two outputs share a path the first is kept and a warning names the
// page to move.
func (r *Renderer) Jobs(s *site.Site) ([]Job, diag.List) {
	jobs, diags, _ := r.jobsOf(s, nil)
	return jobs, diags
}

// JobsAfter is Jobs for the preview's rebuild of the model whose jobs
// last indexes, after an edit that changed it in place (site.Site.Move):
// the entries of pages (view.Entry) that last's jobs
// made, and that unchanged reports unchanged, are taken as they are
// rather than made again. unchanged is called once, from another
// goroutine, while the jobs are made, and may wait, as for the
// fingerprints computed meanwhile; it returns the test of a page, or
// nil to keep nothing. kept is how many entries were taken.
func (r *Renderer) JobsAfter(s *site.Site, last *Index, unchanged func() func(*site.Page) bool) (jobs []Job, diags diag.List, kept int) {
	var from *view.Builder
	if last != nil && len(last.jobs) > 0 && last.jobs[0].built != nil {
		from = last.jobs[0].built.views
	}
	return r.jobsOf(s, &keep{last: from, unchanged: unchanged})
}

// jobsOf is Jobs, keeping what k says of the last build's views.
func (r *Renderer) jobsOf(s *site.Site, k *keep) ([]Job, diag.List, int) {
	u := newURLs(s.Config.BaseURL)
	sets, pc := r.bindOnce(u)
	// Sizing the list for the jobs a site makes up front (see
	// plannedJobs), and the preview's next build about as many as its
	// last, spares copying tens of thousands of jobs, and growing the
	// maps by path, as the list grows, on every rebuild.
	n := max(plannedJobs(s), int(r.lastJobs.Load()))
	b := &jobs{r: r, s: s, urls: u, sets: sets, partials: pc, list: make([]Job, 0, n), byPath: make(map[string]int, n), byFold: map[string]int{}, views: new(view.Builder), assets: map[string]string{}, terms: map[*site.Term]Key{}}
	var menuDiags diag.List
	b.menu, menuDiags = menuOf(s)
	b.diags.Append(menuDiags)
	wait := b.warmSite(k) // the site view's entries, made meanwhile
	for _, a := range s.Assets {
		b.assets[a.Output] = a.Source
	}
	b.intros, b.lists = b.findIntros()
	sums := b.cardSums(1)
	b.contentPages()
	b.speakers()
	b.events()
	b.schedules()
	b.home()
	b.talks()
	b.notes()
	b.eventsIndex()
	b.folders()
	b.taxonomies()
	b.reading()
	b.readingOutputs()
	b.sponsors()
	b.notFound()
	b.search()
	b.feeds()
	b.sectionFeeds()
	b.templatePages()
	b.cards(sums)
	b.sitemap()
	b.static()
	b.highlight()
	b.aliases()
	b.oldTermURLs()
	b.authorsIndex()
	b.homeNotePages()
	// Last: the service worker lists what the jobs before it write.
	b.webApp()
	b.releases()
	// Every job holds b: its tables of every path, needed only to add
	// jobs, would outlive them; but the preview indexes its jobs by path
	// at every rebuild, and byPath is that index (see Index).
	if r.preview() {
		b.paths = b.byPath
	}
	b.byPath, b.byFold = nil, nil
	if r.preview() {
		r.lastJobs.Store(int64(len(b.list) + len(b.list)/16))
	}
	wait()
	b.list = fitted(b.list)
	return b.list, b.diags, b.kept
}

// plannedJobs is about how many jobs s makes, a little more rather than
// less: a page for each of its pages, a calendar file and a share card
// for each talk, a page and a card for each speaker, a few pages and
// files for each event, and a few hundred for the indexes, terms, feeds
// and the theme's files. Too few would double the list as it grows,
// and a build holds the list to its end (docs/memory.md, "The jobs'
// list").
func plannedJobs(s *site.Site) int {
	return len(s.Pages) + 2*len(s.Talks) + 2*len(s.Speakers) + 8*len(s.Events) + len(s.Pages)/16 + 256
}

// fitted returns list, or a copy of it without the room it has left
// when that room is more than a sixteenth of it: the list is held,
// slot by slot (see Job.drop), until the last job is written.
func fitted(list []Job) []Job {
	if cap(list)-len(list) <= len(list)/16 {
		return list
	}
	return append(make([]Job, 0, len(list)), list...)
}

// jobs collects the jobs of one site.
type jobs struct {
	r    *Renderer
	s    *site.Site
	urls urls
	// sets are the page templates bound to this site's URLs.
	sets map[string]entry
	// partials runs the shared templates for the partial function.
	partials *partials
	// menu is the site's navigation, none of it current. Every page
	// shows it.
	menu []MenuLink
	// templates are the content pages planned after lectern's own
	// (templatePages).
	templates []*site.Page
	// views makes what templates see, each view once for all the jobs;
	// links are what the site's view takes of the renderer, made once
	// (see siteFor).
	views     *view.Builder
	linksOnce sync.Once
	links     view.Links
	list      []Job
	byPath    map[string]int
	// paths is byPath once the list is made, kept by the preview alone
	// for Index; nothing changes it then.
	paths map[string]int
	// byFold finds the job whose path differs from another's only in
	// case (site.FoldCase), by folded path, for the paths that are not
	// their own folded form (see foldClash).
	byFold map[string]int
	// assets are the site's files copied as they are, by output path:
	// the author put them there, so no job takes their place.
	assets map[string]string
	// terms are the terms' keys, made once (see termKey).
	terms map[*site.Term]Key
	// intros are the author's _index pages introducing lectern's
	// indexes and the folder lists, by output path (see findIntros).
	intros map[string]*site.Page
	// lists are the folder lists (see folderLists).
	lists []folderList
	// kept is how many entries were taken from the last build's views
	// (see JobsAfter).
	kept  int
	diags diag.List
}

// page adds the HTML job of the template kind, whose data is made by
// data when the job runs, so that jobs hold no rendered state. what names
// the page in diagnostics.
func (b *jobs) page(kind Kind, link, what, owner string, sources []string, listed bool, data func() *Data) {
	b.pageAt(outputPath(link), kind, link, what, owner, sources, listed, data)
}

// pageAt is page with the output path given, for content pages whose
// Output the model decided.
func (b *jobs) pageAt(out string, kind Kind, link, what, owner string, sources []string, listed bool, data func() *Data) {
	page := link
	if !listed {
		link = ""
	}
	b.add(Job{
		Path: out, Kind: kind, Sources: sources, url: link, owner: owner, partials: b.partials,
		render: func(t *task) (Output, diag.List) {
			self := Job{Path: out, Sources: sources, owner: owner, url: page}
			body, diags := b.execute(t, pageTemplate(kind), data(), what, self)
			return Output{Path: out, MediaType: "text/html", Body: body}, diags
		},
	})
}

// file adds a job, reading the keys reads, whose body write writes into
// the job's buffer.
func (b *jobs) file(kind Kind, out, mediaType string, reads []Key, write func(*bytes.Buffer)) {
	b.add(Job{
		Path: out, Kind: kind, Reads: reads,
		render: func(t *task) (Output, diag.List) {
			write(t.buf)
			return Output{Path: out, MediaType: mediaType, Body: t.buf.Bytes()}, nil
		},
	})
}

// execute runs the page template tmpl on d into t.buf and returns the
// bytes written. what names the page rendered and j its job, for the
// error of a page that does not finish within the deadline or that would
// be larger than MaxOutputBytes: the template is stopped there.
func (b *jobs) execute(t *task, tmpl string, d *Data, what string, j Job) ([]byte, diag.List) {
	r := b.r
	var diags diag.List
	e, ok := b.sets[tmpl]
	if !ok {
		diags.Errorf(diag.Pos{File: r.theme.LayoutFile(tmpl)}, "rendering %s: layout %s is missing; add it to the theme", what, tmpl)
		return nil, diags
	}
	err := runTemplate(t, &limitWriter{w: t.buf, n: outputLimit}, e.set, e.name, d, r.opts.TemplateTimeout)
	switch {
	case t.stopped:
		return nil, nil
	case t.timedOut:
		diags.Add(r.deadlineError(tmpl, "rendering "+what+": "))
		return nil, diags
	case errors.Is(err, errTooLarge):
		diags.Add(j.tooLarge())
		return nil, diags
	case err != nil:
		diags.Add(r.templateError(err, tmpl, what, "check the names used against the template data described in docs/themes.md"))
		return nil, diags
	}
	return t.buf.Bytes(), diags
}
