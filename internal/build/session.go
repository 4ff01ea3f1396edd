package build

import (
	"context"
	"fmt"
	"hash/maphash"
	"io/fs"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/data"
	"lectern/internal/diag"
	"lectern/internal/layout"
	"lectern/internal/markdown"
	"lectern/internal/render"
	"lectern/internal/site"
)

// Session builds one site again and again into memory, for the preview
// server. A rebuild reads again only the files that changed, converts
// only their markdown, and renders only the outputs that show them; an
// edit of page bodies alone patches the last model instead of building
// it again. Either way the outputs are those a build from scratch would
// give. When a rebuild fails, the last good site stays in place. A
// Session is safe for concurrent use: rebuilds run one at a time, and
// Output may be called during a rebuild (an output whose bytes were let
// go, see Options.HeldBytes, waits only for an edit applied in place).
type Session struct {
	opts    Options
	fsys    fs.FS
	openErr error

	// build is held for the whole of a rebuild.
	build sync.Mutex

	// Inputs kept between rebuilds; only the rebuild goroutine uses them.
	cfg      config.Config
	cfgDiags diag.List
	// layout is the site's folder layout, told again with the config.
	layout layout.Layout
	// static is the theme's static files with the site's, where the
	// model looks for photos.
	static fs.FS
	// roots, assetDirs and mounts are the last walk's Set.Roots,
	// AssetDirs and Mounts: the folders it read and where they publish.
	roots, assetDirs []string
	mounts           []content.Mount
	// made are the last walk's pages their layouts make
	// (content.Set.Made), which a load of named files keeps.
	made     []*content.Document
	md       *markdown.Renderer
	memo     *site.Memo
	renderer *render.Renderer
	tmplDiag diag.List
	files    map[string]stamp
	// docs and assets are what the last load found, docs sorted by file;
	// reader reads a page file as that walk read it, and walkDiags are
	// the walk's diagnostics that are no document's, which a load of the
	// named files alone keeps with the rest.
	docs      []*content.Document
	assets    []string
	reader    content.Reader
	walkDiags diag.List
	// joinedLast reports that the last good build joined its pages with
	// records of data files (data.Joins); joined are its documents so
	// joined, sorted as data.Combine sorts them, and joinDiags the
	// join's diagnostics: an edit's pages are joined as they were (see
	// joinNamed).
	joinedLast bool
	joined     []*content.Document
	joinDiags  diag.List
	// data is the last read of the site's data files, with its
	// diagnostics; nil before the first.
	data      *data.Set
	dataDiags diag.List
	// includes and shortcodes (site.Options) are read with the data files.
	includes   map[string][]byte
	shortcodes map[string]markdown.ShortcodeTemplate
	// printer computes the fingerprints of this session's builds, reusing what the last build computed of unchanged pages.
	printer *render.Prints

	// The last good build, which an edit of page bodies alone patches
	// instead of building again: its model, its jobs indexed by the files
	// they show, and its diagnostics. current reports that they are up
	// to date with files; a failed build clears it.
	model   *site.Site
	index   *render.Index
	diags   diag.List
	current bool
	// unsure reports that a rebuild panicked (see Session.recover).
	unsure bool
	// said is the diagnostics of the last rebuild, failed or not: a
	// change it need not read (a file outside the site's folders) leaves
	// the site as it was, failing or with its warnings, and says so
	// again.
	said diag.List
	// modelDiags are the model's own diagnostics among diags, which a
	// moving edit applied in place (site.Site.Move) must account for.
	modelDiags diag.List

	// The last good site; guarded by mu. Outputs are kept as checksums,
	// their bytes held within a budget in bodies (see held.go).
	mu      sync.RWMutex
	outputs map[string]held
	// last is held for reading while an output of the last good build
	// whose bytes were let go is rendered again from its job (again),
	// and for writing while a rebuild changes that build's model or
	// index in place (a patch, a move) and while it swaps in its own. A
	// rebuild that builds a new model leaves the last one alone until
	// then, so the preview answers such a request during a long rebuild
	// too. Lock order: build, then last, then mu.
	last   sync.RWMutex
	bodies *bodies
	sums   sums
	// drifted counts the outputs rendered again, after their bytes were
	// let go, whose checksum was not the one kept: outputs the planner
	// left stale. The tests check that it stays 0.
	drifted atomic.Int64
	// prints are the fingerprints of what the last good site's outputs
	// read (see render.Key).
	prints  map[render.Key]uint64
	version int
	// stale are the outputs a rebuild left to render when asked for, with
	// their jobs (see markStale); deferred are the HTML pages among
	// them, in the order Settle renders them.
	stale    map[string]render.Job
	deferred []string
}

// stamp is what tells a file unchanged without reading it.
type stamp struct {
	size int64
	mod  time.Time
	doc  *content.Document
}

// NewSession returns a session for the site in opts.Source. Nothing is
// read until the first Rebuild. opts.Dest, opts.NoMinify and opts.Force
// are ignored: a session writes nothing and keeps outputs as rendered.
// Each page's templates get the smaller of opts.TemplateTimeout and
// config.toml's [build] template_timeout; a page that overruns fails the
// rebuild, and the last good site stays.
func NewSession(opts Options) *Session {
	if opts.Source == "" {
		opts.Source = "."
	}
	s := &Session{opts: opts, printer: render.NewPrints(), sums: sums{seed: maphash.MakeSeed()}}
	s.bodies = newBodies(s.budget())
	s.fsys, _, s.openErr = OpenSource(opts.Source)
	return s
}

// Rebuild describes one rebuild.
type Rebuild struct {
	// Changed are the source files the rebuild was asked about.
	Changed []string
	// Full reports that everything was rendered: the first build, or a
	// change to config.toml or a template.
	Full bool
	// Rendered are the output paths rendered; Updated are those whose
	// bytes changed, appeared or went away (assets included).
	Rendered []string
	Updated  []string
	// Stale are the feeds, exports and indexes that show the edit and
	// are rendered when Output is asked for them, not by Rebuild (see
	// onDemand).
	Stale []string
	// Deferred are the HTML pages that show the edit and that Rebuild
	// left for Settle, or Output, to render (Options.DeferPages). Open
	// pages reload for them as for Updated.
	Deferred []string
	// StylesOnly reports that every updated output is a stylesheet, and
	// none is deferred, so open pages can swap styles instead of
	// reloading.
	StylesOnly bool
	// Version counts the good builds; it changes when the site does.
	Version  int
	Duration time.Duration
	// Stages are the rebuild's steps, each timed.
	Stages []Stage
}

// Ignored reports whether a change to the file or folder at rel (relative
// to the site's folder, slash-separated) can be ignored: hidden files,
// editor backups, drafts folders, what is in them, and the output folder.
// The watcher never follows such a folder; Rebuild may be told of a file
// in one all the same, and leaves it alone as a walk does.
func Ignored(rel string, dir bool) bool {
	if rel == "public" || strings.HasPrefix(rel, "public/") {
		return true
	}
	parent, name := path.Split(rel)
	for seg := range strings.SplitSeq(strings.TrimSuffix(parent, "/"), "/") {
		if seg != "" && content.Skipped(seg, true) {
			return true
		}
	}
	return content.Skipped(name, dir)
}

// Rebuild brings the site in memory up to date with the source folder.
// changed names the files that changed (relative to the source folder,
// slash-separated); nil rebuilds everything. On errors the previous site
// stays and the diagnostics say why; warnings come with every rebuild.
func (s *Session) Rebuild(ctx context.Context, changed []string) (rb Rebuild, diags diag.List) {
	s.build.Lock()
	defer s.build.Unlock()
	start := time.Now()
	rb = Rebuild{Changed: changed}
	c := &clock{rb: &rb, t: start}
	holding := false // s.last is locked, with no deferred unlock
	defer s.recover(&diags, &holding)
	if s.openErr != nil {
		var diags diag.List
		diags.Errorf(diag.Pos{}, "%v", s.openErr)
		return rb, diags
	}
	scope := s.scope(changed)
	if scope.none() {
		s.mu.RLock()
		rb.Version = s.version
		s.mu.RUnlock()
		return rb, s.said
	}
	rb.Full = scope.config || scope.templates || s.outputs == nil || s.unsure

	// Edits of pages that the last walk found need no walk; when they
	// touch bodies alone, the last good model is patched instead of built
	// again.
	var named map[string]stamp
	var edit joinedEdit
	fast := false
	if !rb.Full && !scope.static {
		named = s.readNamed(changed)
		c.stage("read")
		if named != nil && !s.namesSite(named) {
			edit, fast = s.joinNamed(named)
			fast = fast && !s.namesResource(edit.docs)
			c.stage("join")
		}
		if fast {
			// A patch, and a move, change the last good model in place:
			// no output of it is rendered meanwhile (see last).
			s.last.Lock()
			holding = true
			if diags, ok := s.patch(ctx, &rb, named, edit, c); ok {
				holding = false
				s.last.Unlock()
				rb.Duration = time.Since(start)
				s.said = diags
				return rb, diags
			}
		}
	}
	var mv *move
	if fast {
		mv = s.move(edit.docs)
		c.stage("move")
		holding = false
		if mv == nil {
			s.last.Unlock() // the model is built anew, the last left alone
		} else {
			defer s.last.Unlock()
		}
	}
	diags = s.rebuild(ctx, &rb, changed, named, edit, scope, c, mv)
	rb.Duration = time.Since(start)
	s.said = diags
	return rb, diags
}

// namesSite reports whether one of the files read again is the home page
// that named the site (site.Site.NamedBy), whose edit may rename it: the
// model is then built again, not patched.
func (s *Session) namesSite(named map[string]stamp) bool {
	if s.model == nil || s.model.NamedBy == "" {
		return false
	}
	_, ok := named[s.model.NamedBy]
	return ok
}

// clock times the stages of one rebuild.
type clock struct {
	rb *Rebuild
	t  time.Time
}

// stage records the time since the last stage ended as the stage name.
func (c *clock) stage(name string) {
	now := time.Now()
	c.rb.Stages = append(c.rb.Stages, Stage{name, now.Sub(c.t)})
	c.t = now
}

// rebuild builds the model again and renders what changed of it. named
// holds the files read again when there was no need to walk content/,
// and edit their join with the data files when joinNamed made it.
func (s *Session) rebuild(ctx context.Context, rb *Rebuild, changed []string, named map[string]stamp, edit joinedEdit, scope scope, c *clock, mv *move) (diags diag.List) {
	timed := c.stage
	s.current = false
	if mv != nil {
		// A failed rebuild leaves the last good model as it was.
		defer func() {
			if !s.current {
				mv.Undo()
			}
		}()
	}
	if scope.config || s.md == nil {
		s.layout = layout.Detect(s.fsys)
		s.cfg, s.cfgDiags = s.layout.Config(s.fsys)
		if s.opts.BaseURL != "" {
			s.cfg.BaseURL = strings.TrimSuffix(s.opts.BaseURL, "/") + "/"
		}
		s.md = markdown.New(markdownOptions(s.cfg, s.layout))
		s.memo = site.NewMemo()
		s.files = nil
		s.renderer = nil
		s.data = nil
	}
	diags.Append(s.cfgDiags)
	if scope.templates || s.renderer == nil {
		s.renderer, s.tmplDiag = s.loadTheme()
	}
	diags.Append(s.tmplDiag)

	timed("config")
	set, reread, d := s.load(changed, named)
	diags.Append(d)
	// Edits of known pages alone (named) leave the data files as they
	// were (a data file's change rebuilds everything, see scope): the
	// last read of them is joined with the new pages. Any other rebuild
	// reads them again, as a walk may find new ones.
	if named == nil || s.data == nil {
		ds, d := data.Load(s.fsys, dataOptions(s.layout, s.cfg, s.opts.DataReaders))
		s.data, s.dataDiags = &ds, d
		s.includes, s.shortcodes = includes(s.fsys, s.layout), shortcodes(s.fsys, s.layout, s.cfg)
	}
	ds := *s.data
	diags.Append(s.dataDiags)
	joins := data.Joins(set.Docs, ds)
	var joinDiags diag.List
	if edit.all != nil {
		// joinNamed joined these documents with these data files.
		set.Docs, joinDiags = edit.all, edit.diags
	} else {
		set, joinDiags = joinData(set, ds, s.cfg)
	}
	diags.Append(joinDiags)
	timed("load")
	hook()
	var m *site.Site
	var modelDiags diag.List
	if mv != nil {
		// The moving edit was applied to the last model in place.
		m, modelDiags = s.model, mv.diags
	} else {
		m, modelDiags = site.Build(ctx, withSiteData(s.cfg, ds.Data), set, s.md, site.Options{Drafts: s.opts.Drafts, Folder: folderName(s.opts.Source), Repository: repositoryName(s.opts.Source), Memo: s.memo, Static: staticFile(s.static), StaticNamed: staticNamed(s.static), Data: ds.Data, Includes: s.includes, Shortcodes: s.shortcodes, ReadFile: readFile(s.fsys), Eleventy: s.layout.Tool == layout.Eleventy, FilesAt: filesAt(s.layout), Resource: resourceFile(s.fsys, s.layout)})
		if s.model != nil && m.Config.Title != s.model.Config.Title {
			// The home page named the site anew (site.Site.NamedBy):
			// every output shows its name.
			rb.Full = true
		}
		timed("model")
	}
	diags.Append(modelDiags)
	if s.renderer == nil || diags.HasErrors() {
		return diags
	}
	jobs, printsOf, d := s.jobs(m, mv)
	diags.Append(d)
	// The plan compares the jobs with the last build's index, not with
	// the new one: the new one is made meanwhile.
	var index *render.Index
	var failed diag.Carrier
	indexed := make(chan struct{})
	go func() {
		defer close(indexed)
		defer failed.Catch()
		index = s.renderer.Index(m, jobs)
	}()
	prints := printsOf()
	todo := s.plan(jobs, rb.Full, prints, scope)
	<-indexed
	failed.Raise()
	var later []render.Job
	if !rb.Full {
		todo, later = s.split(index, todo)
	}
	timed("plan")
	out := make(map[string]rendered, len(todo))
	var mu sync.Mutex
	budget := s.budget()
	diags.Append(s.renderer.Run(ctx, todo, func(o render.Output) error {
		mu.Lock()
		out[o.Path] = s.keep(o, &budget)
		mu.Unlock()
		return nil
	}))
	timed("render")
	assets, d := s.readAssets(m.Assets, reread, &budget)
	diags.Append(d)
	if diags.HasErrors() {
		return diags
	}

	// Swap in the new site: rendered outputs, assets, and the outputs of
	// the last build for jobs that did not need rendering or were left
	// stale. A move holds last already.
	if mv == nil {
		s.last.Lock()
		defer s.last.Unlock()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rb.Updated = s.swap(index, todo, out, assets)
	s.prints, s.stale, s.deferred = prints, nil, nil
	s.markStale(index, later, rb)
	rb.StylesOnly = stylesOnly(rb.Updated) && !rb.Full && len(rb.Deferred) == 0
	if len(rb.Updated) > 0 || len(later) > 0 || s.version == 0 {
		s.version++ // the stale outputs show the edit
	}
	rb.Version = s.version
	for _, j := range todo {
		rb.Rendered = append(rb.Rendered, j.Path)
	}
	s.model, s.index, s.diags, s.current, s.unsure = m, index, diags, true, false
	s.modelDiags = modelDiags
	s.joinedLast, s.joined, s.joinDiags = joins, set.Docs, joinDiags
	timed("swap")
	return diags
}

// stylesOnly reports whether paths, not empty, are all stylesheets.
func stylesOnly(paths []string) bool {
	for _, p := range paths {
		if !strings.HasSuffix(p, ".css") {
			return false
		}
	}
	return len(paths) > 0
}

// Version counts the good builds whose output differed from the one
// before; 0 means no build has succeeded yet.
func (s *Session) Version() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.version
}

// loadTheme resolves the theme and parses its templates.
func (s *Session) loadTheme() (*render.Renderer, diag.List) {
	var diags diag.List
	theme, err := resolveTheme(s.fsys, s.layout, s.cfg.Theme)
	if err != nil {
		diags.Errorf(diag.Pos{File: config.FileName}, "%v", err)
		return nil, diags
	}
	s.static = theme.Static
	timeout := s.cfg.Build.Timeout
	if t := s.opts.TemplateTimeout; t > 0 && (timeout <= 0 || t < timeout) {
		timeout = t
	}
	r, d := render.New(theme, render.Options{
		Preview:         true,
		TemplateTimeout: timeout,
		TimeoutHint:     "Fix the template; the preview gives each page " + seconds(timeout),
	})
	diags.Append(d)
	if d.HasErrors() {
		return nil, diags
	}
	return r, diags
}

// load reads content/: only the files of named when it holds them, else
// the whole folder. It returns the set and the files read again, added or
// removed.
func (s *Session) load(changed []string, named map[string]stamp) (content.Set, map[string]bool, diag.List) {
	if named != nil {
		return s.loadNamed(named)
	}
	return s.walk(changed)
}

// seconds formats a template deadline as config.toml writes it: "5s",
// "100ms".
func seconds(d time.Duration) string {
	if d%time.Second == 0 {
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return d.String()
}
