package render

import (
	"context"
	"html/template"
	"io/fs"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"text/template/parse"
	"time"

	"lectern/internal/diag"
	"lectern/themes"
)

// Options configure a Renderer. The zero value is ready to use. Links are
// made from the rendered site's base_url: absolute in feeds, the sitemap,
// canonical and Open Graph tags, and prefixed with its path everywhere.
type Options struct {
	// LiveReload is the root-relative URL of a script added to the end of
	// every HTML page the theme renders, for the development server; ""
	// adds none.
	LiveReload string
	// TemplateTimeout is how long the templates of one page may run. A
	// page that takes longer fails with an error naming its source file
	// and template, and stops the jobs not yet started; its run is
	// abandoned (see Run). 0 is no limit.
	TemplateTimeout time.Duration
	// TimeoutHint ends the error of a page that overran TemplateTimeout,
	// saying how to proceed; "" is DefaultTimeoutHint.
	TimeoutHint string
	// Preview renders for the preview server (lectern serve): pages do
	// not register the service worker, whose cached pages would hide
	// edits, and sw.js retires one a build left at the same address.
	// LiveReload set implies it.
	Preview bool
	// NoReads leaves every Job's Reads empty: for a build that renders
	// its jobs once and compares them with no other build's (lectern
	// build), for which they would only be held, a few keys per entry of
	// every list, while planning (docs/memory.md).
	NoReads bool
	// Previous is the output folder of the last build, or nil. Share
	// preview cards found there under their name (the hash of what they
	// show) are read rather than drawn again.
	Previous fs.FS
}

// Renderer holds a theme's parsed templates. It is safe for concurrent
// use; one Renderer renders any number of sites.
type Renderer struct {
	theme themes.Theme
	opts  Options
	// pages maps a page template's name ("talk.html") to the template set
	// to run and the name to run in it. These sets are never run: each
	// site runs clones bound to its base URL (see bind), because
	// html/template cannot clone a set that has run.
	pages map[string]entry
	// reads says, for each page template, what it may read beyond what
	// its data declares (see mayReadOn and templateReads).
	reads map[string]templateReads
	// readsLater is reads for the pages after the first of a paginated
	// list (see readsOn).
	readsLater map[string]templateReads
	// shared is base.html and the partials, the set the page templates
	// were cloned from; the partial function runs clones of it.
	shared *template.Template
	// search keeps the search index's entries from one build to the
	// next, for the preview; nil for a build, which renders once.
	search *searchMemo
	// lastJobs is a little more than the number of jobs of the preview's
	// last build, which sizes the next one's list (see Jobs).
	lastJobs atomic.Int64
	// bound is the preview's last bind, kept for its next build at the
	// same URLs (see bound).
	boundMu sync.Mutex
	bound   *binding
}

// binding is what bind returns for the URLs u.
type binding struct {
	u        urls
	sets     map[string]entry
	partials *partials
}

// entry is a parsed page template ready to run.
type entry struct {
	set  *template.Template
	name string
}

// baseLayout is the skeleton that page templates defining "main" are
// laid into.
const baseLayout = "base.html"

// pageLayouts are the templates every theme must have, one per kind of
// output page.
var pageLayouts = []string{
	"home.html", "talk.html", "note.html", "reading.html", "page.html", "event.html",
	"speaker.html", "speakers.html", "taxonomy.html", "term.html", "list.html", "reading-index.html", "sponsors.html", "404.html",
}

// New parses every template of the theme once: base.html and the files
// in sub-folders (partials/…) form one shared set, and each top-level page
// template is parsed into its own copy of it. A page template that only
// defines blocks ("main", "head") is run through base.html; one with
// content outside {{define}} is a whole page and runs by itself. Parse and
// escaping errors are diagnostics at the template's file:line:col; a
// Renderer with errors is nil.
func New(theme themes.Theme, opts Options) (*Renderer, diag.List) {
	r := &Renderer{theme: theme, opts: opts, pages: map[string]entry{}, reads: map[string]templateReads{}, readsLater: map[string]templateReads{}}
	if r.preview() {
		r.search = &searchMemo{}
	}
	var diags diag.List
	if theme.Layouts == nil {
		diags.Errorf(diag.Pos{File: "layouts"}, "the theme has no layouts folder; give it the templates listed in docs/themes.md")
		return nil, diags
	}
	var shared, pages []string
	err := fs.WalkDir(theme.Layouts, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || path.Ext(name) != ".html" {
			return nil
		}
		if name == baseLayout || strings.Contains(name, "/") {
			shared = append(shared, name)
		} else {
			pages = append(pages, name)
		}
		return nil
	})
	if err != nil {
		diags.Errorf(diag.Pos{File: "layouts"}, "cannot list the theme's templates: %v", err)
		return nil, diags
	}
	root := template.New("").Funcs(funcs(urls{prefix: "/"}))
	for _, name := range shared {
		r.parse(root, name, &diags)
	}
	for _, name := range pageLayouts {
		if _, err := fs.Stat(theme.Layouts, name); err != nil {
			diags.Errorf(diag.Pos{File: r.theme.LayoutFile(name)}, "layout %s is missing: the theme must have one template per kind of page; copy it from lectern's default theme", name)
		}
	}
	if diags.HasErrors() {
		return nil, diags
	}
	r.shared = root
	for _, name := range pages {
		set, err := root.Clone()
		if err != nil {
			diags.Errorf(diag.Pos{File: r.theme.LayoutFile(name)}, "cannot prepare %s: %v", name, err)
			continue
		}
		t := r.parse(set, name, &diags)
		if t == nil {
			continue
		}
		run := name
		if !standalone(t) {
			if set.Lookup(baseLayout) == nil {
				diags.Errorf(diag.Pos{File: r.theme.LayoutFile(name)}, "%s only defines blocks but the theme has no %s to lay them in; add %s or write the whole page in %s", name, baseLayout, baseLayout, name)
				continue
			}
			run = baseLayout
		}
		if d, ok := r.escape(set, run); !ok {
			diags.Add(d)
			continue
		}
		r.pages[name] = entry{set: set, name: run}
		r.reads[name] = readsOfTemplate(set, root, run, anyPage)
		r.readsLater[name] = readsOfTemplate(set, root, run, laterPage)
	}
	if diags.HasErrors() {
		return nil, diags
	}
	return r, diags
}

// parse adds the file name of the theme to set and returns its template,
// or nil after adding a diagnostic.
func (r *Renderer) parse(set *template.Template, name string, diags *diag.List) (t *template.Template) {
	// A panic parsing one template (a bug, of lectern's functions or the
	// parser's) costs the build that template, named, not the run.
	defer func() {
		if v := recover(); v != nil {
			diags.Add(diag.Panicked(diag.Pos{File: r.theme.LayoutFile(name)}, v, nil))
			t = nil
		}
	}()
	src, err := fs.ReadFile(r.theme.Layouts, name)
	if err != nil {
		diags.Errorf(diag.Pos{File: r.theme.LayoutFile(name)}, "cannot read template: %v", err)
		return nil
	}
	t, err = set.New(name).Parse(string(src))
	if err != nil {
		diags.Add(r.templateError(err, name, "", "fix the template's syntax"))
		return nil
	}
	return t
}

// standalone reports whether a page template has content outside its
// {{define}} blocks, other than white space.
func standalone(t *template.Template) bool {
	if t.Tree == nil || t.Tree.Root == nil {
		return false
	}
	for _, n := range t.Tree.Root.Nodes {
		if tn, ok := n.(*parse.TextNode); ok && strings.TrimSpace(string(tn.Text)) == "" {
			continue
		}
		return true
	}
	return false
}

// escape makes html/template check the contexts of the page now rather
// than at the first page rendered: it escapes templates on their first
// run, so a clone of the page is run once on no data into a writer that
// fails at once, and only an escaping error, not the run's own failure,
// is reported. The failing writer stops the run at its first output, so
// a template that loops forever writing is no hazard here; one that
// loops without writing is given TemplateTimeout, like a page.
func (r *Renderer) escape(set *template.Template, name string) (diag.Diag, bool) {
	c, err := set.Clone()
	if err != nil {
		return diag.Errorf(diag.Pos{File: r.theme.LayoutFile(name)}, "cannot prepare %s: %v", name, err), false
	}
	t := newTask(context.Background(), nil)
	err = runTemplate(t, failWriter{}, c, name, (*Data)(nil), r.opts.TemplateTimeout)
	if t.timedOut {
		return r.deadlineError(name, "checking the template's HTML on no data: "), false
	}
	var terr *template.Error
	if err != nil && asTemplateError(err, &terr) {
		return r.templateError(err, name, "", "fix the template so that every value lands in a well-defined HTML context"), false
	}
	return diag.Diag{}, true
}

// bind returns clones of the page templates whose URL functions use u,
// and the partials that their partial function runs.
func (r *Renderer) bind(u urls) (map[string]entry, *partials) {
	out := make(map[string]entry, len(r.pages))
	pc := &partials{}
	fm := funcs(u)
	fm["partial"] = pc.render
	// Clone fails only on a set that has run, and neither r.shared nor
	// r.pages ever run.
	if c, err := r.shared.Clone(); err == nil {
		pc.set = c.Funcs(fm)
	}
	for name, e := range r.pages {
		c, err := e.set.Clone()
		if err != nil {
			continue
		}
		out[name] = entry{set: c.Funcs(fm), name: e.name}
	}
	return out, pc
}

// bindOnce is bind for a build, which binds once. The preview's
// renderer binds once for every build at the same URLs: cloning every
// template set took about 65,000 allocations a rebuild, and each clone
// was escaped again when first run. Sharing the sets between builds is
// safe because a set is never changed once bound and the partials cache
// nothing outside Stream, which the preview never runs.
func (r *Renderer) bindOnce(u urls) (map[string]entry, *partials) {
	if !r.preview() {
		return r.bind(u)
	}
	r.boundMu.Lock()
	defer r.boundMu.Unlock()
	if r.bound == nil || r.bound.u != u {
		sets, pc := r.bind(u)
		r.bound = &binding{u: u, sets: sets, partials: pc}
	}
	return r.bound.sets, r.bound.partials
}

// preview reports whether the outputs are for the preview server.
func (r *Renderer) preview() bool { return r.opts.Preview || r.opts.LiveReload != "" }

// timeoutHint is the end of the error of a page that overran the
// deadline.
func (r *Renderer) timeoutHint() string {
	if r.opts.TimeoutHint != "" {
		return r.opts.TimeoutHint
	}
	return DefaultTimeoutHint
}
