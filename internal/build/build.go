package build

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"golang.org/x/sync/errgroup"

	"lectern/internal/data"
	"lectern/internal/diag"
	"lectern/internal/layout"
	"lectern/internal/publish"
	"lectern/internal/render"
	"lectern/internal/site"
	"lectern/themes"
)

// Options describe one build. The zero value builds the site in the
// current folder into ./public.
type Options struct {
	// Source is the site's folder, holding config.toml and content/;
	// "" means the current folder.
	Source string
	// Dest is the output folder; "" means public/ under Source.
	Dest string
	// Drafts builds draft pages too.
	Drafts bool
	// BaseURL, when set, replaces config.toml's base_url.
	BaseURL string
	// NoMinify writes outputs as rendered, whatever config.toml says.
	NoMinify bool
	// Force lets the build take over an existing output folder that
	// lectern did not write, deleting what it holds (see
	// publish.CheckOwner). It never overrides the refusal of a source,
	// version-control, home or root folder.
	Force bool
	// TemplateTimeout is how long the templates of one page may run
	// before the build fails naming the page; 0 means config.toml's
	// [build] template_timeout. A Session takes the smaller of the two.
	TemplateTimeout time.Duration
	// Strict fails the build on warnings as on errors: nothing is
	// written (lectern build --strict, for CI).
	Strict bool
	// DataReaders are tried, in order, on every data file before it is
	// read as data (see data.Reader): readers of other tools' exports.
	DataReaders []data.Reader
	// BoundMemory lets Build lower the Go runtime's soft memory limit,
	// once the model is made, to a few times the model's size, raise it
	// while the site is written when the collector's share of the CPU
	// asks, and put the limit back when it returns (see docs/memory.md):
	// the process then takes about 1.6 times the heap it holds rather
	// than 2.4, for a little more collector time. The limit is the
	// process's, so a program running other work beside the build
	// leaves it unset.
	BoundMemory bool
	// HeldBytes is the most bytes of outputs a Session holds in memory,
	// those served or rendered last first; the others are rendered again
	// when asked for. 0 means DefaultHeldBytes, a negative number none.
	// A build ignores it.
	HeldBytes int64
	// DeferPages leaves the HTML pages an edit changes (new ones
	// excepted) for Session.Settle to render once Rebuild has returned,
	// or Output when one is asked for first, so that a save that
	// changes many pages (a talk added to every page of a long list)
	// reaches the open page sooner. lectern serve sets it; a build
	// ignores it.
	DeferPages bool
}

// Result tells what a build did.
type Result struct {
	// Dest is the output folder written.
	Dest string
	// Pages counts content pages (talks, notes, reading lists, speakers,
	// events, pages); Indexes the generated lists, feeds and sitemap;
	// Assets the files copied as they are.
	Pages, Indexes, Assets int
	// Written counts what reached the disk (see publish.Stats).
	Written publish.Stats
	// Stages are the stages in order, each timed.
	Stages []Stage
	// Duration is the whole build's time.
	Duration time.Duration
	// UpToDate reports that the build found its inputs, options, binary
	// and output exactly as the last build left them, and stopped.
	UpToDate bool
	// Cancelled reports that the build stopped because its context
	// ended, before it changed anything in the output folder.
	Cancelled bool
	// Layout says how the site was read when it is laid out for another
	// tool ("Reading a Jekyll site in place (_config.yml)"); "" for
	// lectern's own layout. The CLI prints it first.
	Layout string
	// Left is what the output folder holds after a failed build:
	// publish.Untouched unless moving the new files into place failed
	// (see publish.State). FolderState says it in words.
	Left publish.State
}

// FolderState says what a failed build left in the output folder, to
// follow its name: "was left as it was", or what Commit left.
func (r Result) FolderState() string {
	switch r.Left {
	case publish.RolledBack:
		return "holds the previous site, whole: the files already moved were moved back"
	case publish.Mixed:
		return "holds a mix of the previous site and the new one; build again, which restores the previous site first"
	case publish.Committed:
		return "holds the new site"
	}
	return "was left as it was"
}

// Build runs every stage and writes the output folder. When any stage
// reports an error, nothing is written: the previous output stays exactly
// as it was, and the diagnostics say why.
//
// Build checks ctx between stages, and rendering stops at once when it
// ends, without waiting for templates under way (see render.Run). A
// build whose ctx ends before it starts moving files into place aborts
// its writer, so the output folder is as it was, and returns with
// Result.Cancelled set; once it has begun to move files, it finishes.
func Build(ctx context.Context, opts Options) (res Result, diags diag.List) {
	start := time.Now()
	// The last resort: a bug of lectern's in a stage with no boundary of
	// its own fails the build with an error, not a stack trace. It is
	// deferred first, so it runs last: the writer has been closed, which
	// aborts a build not committed and leaves the output folder as it
	// was.
	defer func() {
		if v := recover(); v != nil {
			diags.Add(diag.Panicked(diag.Pos{}, v, nil))
			res.Duration = time.Since(start)
		}
	}()
	source := opts.Source
	if source == "" {
		source = "."
	}
	top := source
	source = SiteRoot(source)
	lay, err := DetectLayout(source)
	if err != nil {
		diags.Errorf(diag.Pos{}, "%v", err)
		return res, diags
	}
	res.Layout = lay.Describe()
	if source != top && res.Layout != "" {
		if rel, err := filepath.Rel(top, source); err == nil {
			res.Layout += ", in " + filepath.ToSlash(rel) + "/"
		}
	}
	res.Dest = opts.Dest
	if res.Dest == "" {
		res.Dest = filepath.Join(source, "public")
	}
	// public/ is where lectern writes, unless the site's tool reads it:
	// Astro's public/ is its static input, which even --force must not
	// let a build empty.
	if lay.Foreign() && lay.StaticDir != "" && sameDir(res.Dest, filepath.Join(source, filepath.FromSlash(lay.StaticDir))) {
		diags.Errorf(diag.Pos{}, "%s is this %s site's static folder, which lectern reads, so lectern will not write its output there; pass --dest with a folder outside the site, such as --dest ../site-out", res.Dest, lay.Tool)
		return res, diags
	}
	// cancelled ends a build whose ctx ended. What the stages said as
	// they stopped is about stopping, not the site, so only extra, the
	// trouble of the clean-up, goes with the message.
	cancelled := func(extra diag.List) (Result, diag.List) {
		res.Cancelled = true
		res.Duration = time.Since(start)
		extra.Errorf(diag.Pos{}, "build cancelled; %s was left as it was", res.Dest)
		return res, extra
	}
	if err := publish.CheckDest(source, res.Dest, layout.IsSourceFolder, lay.SourceFolders()...); err != nil {
		diags.Errorf(diag.Pos{}, "%v", err)
		return res, diags
	}
	// Asked before any work, so that a folder of someone else's is
	// refused at once, and claimed before Open makes .lectern/ in it.
	if err := publish.CheckOwner(res.Dest, opts.Force); err != nil {
		diags.Errorf(diag.Pos{}, "%v", err)
		return res, diags
	}
	if err := publish.Claim(res.Dest, opts.Force); err != nil {
		diags.Errorf(diag.Pos{}, "%v", err)
		return res, diags
	}
	fsys, closeSource, err := openSnapshot(source)
	if err != nil {
		diags.Errorf(diag.Pos{}, "%v", err)
		return res, diags
	}
	defer closeSource()
	// The output folder is taken first, before the shortcut reads it: a
	// second build is refused before it does any work, and the folder is
	// whole again (a killed build's commit rolled back) before anything
	// looks at it. The lock is held until the manifest is written.
	w, err := publish.Open(res.Dest, publish.Options{})
	if err != nil {
		var locked *publish.LockedError
		if errors.As(err, &locked) {
			diags.Errorf(diag.Pos{}, "%v", err)
		} else {
			diags.Errorf(diag.Pos{}, "cannot open the output folder %s: %v", res.Dest, err)
		}
		return res, diags
	}
	defer w.Close()
	if rec := w.Recovered(); rec.Interrupted {
		diags.Warnf(diag.Pos{}, "%s: an earlier build was interrupted while publishing; restored the previous site (files put back: %d, new entries taken out: %d)", res.Dest, rec.Restored, rec.Discarded)
	}
	if last, ok := upToDate(fsys, res.Dest, opts); ok {
		res = resultFrom(last, res.Dest)
		res.Duration = time.Since(start)
		res.Stages = []Stage{{"unchanged", res.Duration}}
		diags.Append(last.diags)
		return res, diags
	}
	rec := newRecorder(fsys)
	fsys = rec
	restoreGC := func() {}
	if opts.BoundMemory {
		restoreGC = boundModel()
	}
	hook()
	m, d := LoadModel(ctx, fsys, ModelOptions{
		Drafts: opts.Drafts, BaseURL: opts.BaseURL, History: true, Dir: source, DataReaders: opts.DataReaders,
		// Each page is rendered once, and written: its HTML need not
		// outlive its output (docs/memory.md).
		ReleaseBodies: true,
		Changes:       site.Changes{Previous: loadProgramme(res.Dest), Now: time.Now()},
	})
	restoreGC()
	if ctx.Err() != nil {
		return cancelled(nil)
	}
	diags.Append(d)
	diags.Append(noBaseURL(m))
	res.Stages = m.Stages
	// The pages hold copies of what the build needs of the loaded
	// documents, which are let go here (docs/memory.md).
	m.Docs = nil
	if opts.BoundMemory {
		defer boundMemory()()
	}

	t := time.Now()
	timed := func(name string) {
		now := time.Now()
		res.Stages = append(res.Stages, Stage{name, now.Sub(t)})
		t = now
	}
	theme, err := resolveTheme(fsys, m.Layout, m.Config.Theme)
	if err != nil {
		diags.Errorf(diag.Pos{File: "config.toml"}, "%v", err)
		return res, diags
	}
	timeout := opts.TemplateTimeout
	if timeout <= 0 {
		timeout = m.Config.Build.Timeout
	}
	// What a job reads is for the preview to compare between its
	// builds; a build would hold it, a few keys per entry of every list,
	// for nothing (docs/memory.md).
	ropts := render.Options{TemplateTimeout: timeout, NoReads: true}
	// The last build's share preview cards are taken as they are when
	// their text is unchanged (their names are its hash): drawing them is
	// most of a cold build's rendering time.
	if prev, err := os.OpenRoot(res.Dest); err == nil {
		defer prev.Close()
		ropts.Previous = prev.FS()
	}
	r, d := render.New(theme, ropts)
	diags.Append(d)
	if d.HasErrors() {
		return res, diags
	}
	jobs, d := r.Jobs(m.Site)
	diags.Append(d)
	for _, j := range jobs {
		switch {
		case j.Kind == render.KindStatic:
			res.Assets++
		case j.Kind.Content():
			res.Pages++
		default:
			res.Indexes++
		}
	}
	res.Assets += len(m.Site.Assets)
	timed("plan")
	if ctx.Err() != nil {
		return cancelled(nil)
	}

	if failed(diags, opts) {
		// Render anyway, writing nothing, so that template errors show up
		// in the same run as content errors.
		d := r.Run(ctx, jobs, func(render.Output) error { return nil })
		if ctx.Err() != nil {
			return cancelled(nil)
		}
		diags.Append(d)
		timed("render")
		return res, diags
	}

	w.SetOptions(publish.Options{Minify: m.Config.Minify.Enabled && !opts.NoMinify})
	// Write keeps no body, so Stream may reuse their memory: the build
	// holds a few outputs at a time, not the whole site.
	d = r.Stream(ctx, jobs, func(o render.Output) error {
		return w.Write(o.Path, o.MediaType, o.Body)
	})
	timed("render")
	if ctx.Err() == nil {
		diags.Append(d)
		// A page's markdown let go once written and asked for later
		// must have been read again as it was loaded.
		diags.Append(m.Site.SourceErrors())
		diags.Append(copyAssets(ctx, w, fsys, m.Site.Assets))
		timed("assets")
	}

	// The last moment a cancel is heeded: from here on the build moves
	// files into place, and stopping half-way would leave a mix.
	if failed(diags, opts) || ctx.Err() != nil {
		var cleanup diag.List
		if err := w.Abort(); err != nil {
			cleanup.Warnf(diag.Pos{}, "%s was left as it was, but %v; the next build removes it", res.Dest, err)
		}
		if ctx.Err() != nil {
			return cancelled(cleanup)
		}
		diags.Append(cleanup)
		return res, diags
	}
	// The last build's manifest goes first: a build killed between its
	// commit and its own manifest must not pass for up to date by the
	// last build's.
	if err := forgetManifest(res.Dest); err != nil {
		diags.Warnf(diag.Pos{}, "cannot remove %s, which would then describe the previous build: %v", ManifestPath, err)
	}
	res.Written, err = w.Commit()
	var cerr *publish.CommitError
	switch {
	case err == nil:
	case errors.As(err, &cerr) && cerr.State == publish.Committed:
		diags.Warnf(diag.Pos{}, "%s: %v", res.Dest, err)
	default:
		// The error says what the folder holds: untouched, rolled back
		// to the previous site, or a mix the next build repairs.
		if cerr != nil {
			res.Left = cerr.State
		}
		diags.Errorf(diag.Pos{}, "cannot write the output folder %s: %v", res.Dest, err)
	}
	timed("write")
	if !diags.HasErrors() {
		outputs := make([]string, 0, len(jobs)+len(m.Site.Assets))
		for _, j := range jobs {
			outputs = append(outputs, j.Path)
		}
		for _, a := range m.Site.Assets {
			outputs = append(outputs, a.Output)
		}
		if err := writeProgramme(res.Dest, m.Site.Programme); err != nil {
			diags.Warnf(diag.Pos{}, "cannot record the programme in %s, so the next build cannot tell which talks moved: %v", ProgrammePath, err)
		}
		if err := writeManifest(res.Dest, opts, rec, outputs, res, diags); err != nil {
			diags.Warnf(diag.Pos{}, "cannot record this build in %s, so the next one will not know it can skip unchanged work: %v", ManifestPath, err)
		}
		timed("manifest")
	}
	res.Duration = time.Since(start)
	return res, diags
}

// testHook, when set by a test, is called (by hook) as a build or a
// rebuild of a Session starts making the model: the way a test makes a
// stage that has no boundary of its own panic.
var testHook func()

func hook() {
	if testHook != nil {
		testHook()
	}
}

// failed reports whether diags stop the build before anything is
// written: an error, or with opts.Strict any warning.
func failed(diags diag.List, opts Options) bool {
	return diags.HasErrors() || (opts.Strict && len(diags.Warnings()) > 0)
}

// DetectLayout opens the site folder source only to tell its layout (see
// layout.Detect): a build chooses its output folder by it before taking
// the folder, and the preview what to watch.
func DetectLayout(source string) (layout.Layout, error) {
	fsys, closeSource, err := OpenSource(source)
	if err != nil {
		return layout.Layout{}, err
	}
	defer closeSource()
	return layout.Detect(fsys), nil
}

// sameDir reports whether paths a and b name the same folder, as far as
// their absolute, cleaned forms tell.
func sameDir(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// resolveTheme is the theme with the site's overrides and static files:
// for another tool's site, no overrides, as its layouts/ are that tool's
// templates, and its own static folder.
func resolveTheme(fsys fs.FS, l layout.Layout, name string) (themes.Theme, error) {
	dirs := themes.SiteDirs{Static: l.StaticDir}
	if l.Overrides {
		dirs.Layouts = "layouts"
	}
	return themes.ResolveIn(fsys, name, dirs)
}

// copyAssets copies the files that sit beside pages, on all cores, each
// failure a diagnostic naming the file.
func copyAssets(ctx context.Context, w *publish.Writer, fsys fs.FS, assets []site.Asset) diag.List {
	errs := make([]error, len(assets))
	var failed diag.Carrier
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, a := range assets {
		g.Go(func() error {
			defer failed.Catch()
			if ctx.Err() != nil {
				return nil
			}
			errs[i] = w.Copy(a.Output, fsys, a.Source)
			return nil
		})
	}
	g.Wait()
	failed.Raise()
	var diags diag.List
	for i, err := range errs {
		if err != nil {
			diags.Errorf(diag.Pos{File: assets[i].Source}, "cannot copy to %s: %s", assets[i].Output, readError(err))
		}
	}
	return diags
}

// noBaseURL warns, once a build, when the site has no base_url: the
// outputs that must hold absolute URLs are then left out (the sitemap,
// og:url, og:image and the share preview cards) and canonical links are
// root-relative. The preview does not warn: it serves the site at its
// own address.
func noBaseURL(m *Model) diag.List {
	file, key := m.Layout.AddressSetting()
	return site.NoBaseURL(m.Site, file, key)
}
