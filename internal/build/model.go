package build

import (
	"cmp"
	"context"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/data"
	"lectern/internal/diag"
	"lectern/internal/layout"
	"lectern/internal/markdown"
	"lectern/internal/site"
)

// Stage is the time one stage of a build took.
type Stage struct {
	Name     string
	Duration time.Duration
}

// Model is the result of the stages before rendering: what lectern
// understood of a site. lectern inspect prints it.
type Model struct {
	// Layout is the site's folder layout: lectern's own, or another
	// tool's read in place.
	Layout layout.Layout
	Config config.Config
	// Docs are every document read, including broken ones and drafts.
	Docs []*content.Document
	// Site is the model built from the buildable documents.
	Site   *site.Site
	Stages []Stage
}

// ModelOptions control the stages before rendering.
type ModelOptions struct {
	// Drafts builds draft pages too.
	Drafts bool
	// BaseURL, when set, replaces config.toml's base_url.
	BaseURL string
	// Changes are what the last build of the output folder left, to tell
	// which talks moved.
	Changes site.Changes
	// History dates the notes written without a date from the git
	// history of the site folder Dir, when there are such notes.
	History bool
	// Dir is the site folder on disk, for git, and for the site's name
	// when nothing else gives one (site.Options.Folder).
	Dir string
	// DataReaders are tried, in order, on every data file before it is
	// read as data (see data.Reader): readers of other tools' exports.
	DataReaders []data.Reader
	// ReleaseBodies keeps no page's rendered HTML in the model when it
	// can be rendered again (see site.Options.ReleaseBodies): for a build
	// that renders each page once.
	ReleaseBodies bool
}

// LoadModel reads config.toml (optional) and content/ from fsys and builds
// the site model. A site laid out for another tool (see layout.Detect) is
// read where that tool reads it, with its config read into lectern's. It returns as much as it could build together with every
// diagnostic; the model is never nil.
func LoadModel(ctx context.Context, fsys fs.FS, opts ModelOptions) (*Model, diag.List) {
	var diags diag.List
	m := &Model{}
	t := time.Now()
	timed := func(name string) {
		now := time.Now()
		m.Stages = append(m.Stages, Stage{name, now.Sub(t)})
		t = now
	}

	m.Layout = layout.Detect(fsys)
	m.Config, diags = m.Layout.Config(fsys)
	if !m.Layout.Foreign() && !m.Layout.Overrides {
		diags.Warnf(diag.Pos{File: "layouts"}, "no file in layouts/ has the name of a template of lectern's theme (talk.html, base.html, partials/head.html…), so they are taken for another program's templates and not used; name a file as the theme's template it replaces to override it")
	}
	if opts.BaseURL != "" {
		m.Config.BaseURL = opts.BaseURL
		if m.Config.BaseURL[len(m.Config.BaseURL)-1] != '/' {
			m.Config.BaseURL += "/"
		}
	}
	timed("config")

	co, d := contentOptions(fsys, m.Layout, m.Config)
	diags.Append(d)
	var texts *loadedTexts
	if opts.ReleaseBodies {
		// Each page's markdown goes as soon as it is parsed; the model
		// reads it again, page by page (docs/memory.md).
		texts = &loadedTexts{m: map[*content.Document]loadedText{}}
		co.Parsed = texts.release
	}
	set, d := content.Load(fsys, co)
	diags.Append(d)
	var reread site.Reread
	var joining func()
	if opts.ReleaseBodies {
		reread = rereader(fsys, co, set, texts)
		joining = func() { diags.Append(texts.restore(set.Docs, reread)) }
	}
	set, ds, d := withData(fsys, m.Layout, m.Config, opts.DataReaders, set, joining)
	diags.Append(d)
	m.Docs = set.Docs
	timed("load")

	md := markdown.New(markdownOptions(m.Config, m.Layout))
	so := site.Options{Drafts: opts.Drafts, Folder: folderName(opts.Dir), Repository: repositoryName(opts.Dir), Changes: opts.Changes, ReleaseBodies: opts.ReleaseBodies, Reread: reread, Data: ds.Data, Includes: includes(fsys, m.Layout), Shortcodes: shortcodes(fsys, m.Layout, m.Config), ReadFile: readFile(fsys), Eleventy: m.Layout.Tool == layout.Eleventy, FilesAt: filesAt(m.Layout), Resource: resourceFile(fsys, m.Layout)}
	so.Bibliographies, d = bibliographies(fsys, m.Config, m.Layout)
	diags.Append(d)
	if theme, err := resolveTheme(fsys, m.Layout, m.Config.Theme); err == nil {
		// A theme that cannot be resolved is reported by the build.
		so.Static = staticFile(theme.Static)
		so.StaticNamed = staticNamed(theme.Static)
	}
	if opts.History && undatedNotes(set.Docs, opts.Drafts) {
		so.History = history(ctx, cmp.Or(opts.Dir, "."))
	}
	m.Config = withSiteData(m.Config, ds.Data)
	s, d := site.Build(ctx, m.Config, set, md, so)
	diags.Append(d)
	m.Site = s
	timed("model")
	return m, diags
}

// translation reports the files of a multilingual site that translate
// its pages into a language other than its default (see
// content.Options.Translation): those named with the language before
// their extension (about.de.md, _index.de.md) and those under the
// language's own content folder. Nil for a site of one language.
func translation(c config.Config) func(p string) bool {
	if len(c.OtherLanguages) == 0 {
		return nil
	}
	inDir := translationDirs(c.LanguageDirs)
	return func(p string) bool {
		if inDir != nil && inDir(p) {
			return true
		}
		stem := strings.TrimSuffix(path.Base(p), path.Ext(p))
		if i := strings.LastIndexByte(stem, '.'); i > 0 {
			return slices.Contains(c.OtherLanguages, strings.ToLower(stem[i+1:]))
		}
		return false
	}
}

// translationDirs reports the files under dirs, the folders of a
// multilingual site's other languages (Starlight's src/content/docs/fr):
// its tool tells translations by folder alone, so a file named
// about.fr.md is a page. Nil when there are none.
func translationDirs(dirs []string) func(p string) bool {
	if len(dirs) == 0 {
		return nil
	}
	return func(p string) bool {
		for _, d := range dirs {
			if strings.HasPrefix(p, d+"/") {
				return true
			}
		}
		return false
	}
}

// markdownOptions are the markdown renderer's options for a site of
// config cfg and layout l: a Jekyll site's markdown is kramdown's, a
// Quarto or R Markdown site's Pandoc's.
func markdownOptions(cfg config.Config, l layout.Layout) markdown.Options {
	return markdown.Options{
		RawHTML:     cfg.Markup.RawHTML,
		NoHighlight: !cfg.Markup.Highlight,
		SiteURL:     cfg.BaseURL,
		Kramdown:    l.Tool == layout.Jekyll,
		RootBase:    rootBase(cfg, l),
		SourceBase:  cfg.SourceBase,
		Base:        basePath(cfg.BaseURL),
		Franklin:    l.Tool == layout.Franklin,
		Pandoc:      l.Tool == layout.Quarto || l.Tool == layout.RMarkdown,
	}
}

// basePath is the path of the base URL u without its final slash
// ("/conf2020" of "https://ada.github.io/conf2020/"), "" for none.
func basePath(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	return strings.TrimRight(p.Path, "/")
}

// filesAt names, for the warning about a picture that is not a file of
// the site, the folders a path from the site's root is looked for in.
func filesAt(l layout.Layout) string {
	var dirs []string
	for _, d := range []string{l.StaticDir, l.ContentDir} {
		switch d {
		case "":
		case ".":
			dirs = append(dirs, "the site's folder")
		default:
			dirs = append(dirs, d+"/")
		}
	}
	return strings.Join(dirs, " or ")
}

// rootBase is the base path a Franklin site's links from its root are
// put under, as Franklin's prepath puts them when it publishes.
func rootBase(cfg config.Config, l layout.Layout) string {
	if l.Tool != layout.Franklin {
		return ""
	}
	return basePath(cfg.BaseURL)
}

// contentOptions are the loader's options for a site of layout l. The
// files the data loader reads are left out: they are neither pages nor
// published.
//
// A Jekyll site's front matter defaults are read from its config here,
// with the warnings about their shape.
func contentOptions(fsys fs.FS, l layout.Layout, c config.Config) (content.Options, diag.List) {
	do := dataOptions(l, c, nil)
	// A site whose programme is all in data files (an export dropped
	// into data/) needs no content folder.
	// Hugo builds a site with no content/ too, its theme making every
	// page from the config and data (hugo-conference's programme in
	// params): the home page and lists lectern makes stand for them.
	dataOnly := l.Tool == layout.Hugo
	for _, d := range l.DataDirs() {
		if info, err := fs.Stat(fsys, d); err == nil && info.IsDir() {
			dataOnly = true
		}
	}
	var defaults []content.Default
	var diags diag.List
	var commands map[string]content.Command
	var owner *content.Person
	switch {
	case l.Tool == layout.Jekyll && l.ConfigFile != "":
		if src, err := fs.ReadFile(fsys, l.ConfigFile); err == nil {
			defaults, diags = content.ReadDefaults(l.ConfigFile, src)
			owner = content.ReadOwner(l.ConfigFile, src)
		}
	case l.Tool == layout.Quarto && l.ConfigFile != "":
		if src, err := fs.ReadFile(fsys, l.ConfigFile); err == nil {
			defaults = content.QuartoDefaults(l.ConfigFile, src)
		}
	case l.Tool == layout.Franklin:
		if src, err := fs.ReadFile(fsys, layout.FranklinConfig); err == nil {
			commands = content.ReadCommands(string(src))
		}
	}
	for _, dir := range c.Permalinks.Unrouted {
		defaults = append(defaults, content.NoPageDefault(dir))
	}
	for _, d := range c.FieldDefaults {
		if len(d.List) > 0 {
			defaults = append(defaults, content.ListDefault(d.Dir, d.Field, d.List))
			continue
		}
		defaults = append(defaults, content.BoolDefault(d.Dir, d.Field, d.Value))
	}
	// A multilingual site's translations are told as its tool tells
	// them: Hugo's by file name or folder, jekyll-polyglot's by the
	// language their front matter names.
	var byPath func(string) bool
	var pageLanguages []string
	var language string
	switch l.Tool {
	case layout.Hugo:
		byPath, language = translation(c), c.DefaultLanguage
	case layout.Astro:
		byPath = translationDirs(c.LanguageDirs)
	case layout.Jekyll:
		pageLanguages = c.OtherLanguages
	}
	return content.Options{
		Defaults:    defaults,
		DirData:     l.DirData,
		Cascade:     l.Tool == layout.Hugo,
		LeafBundles: l.Tool == layout.Hugo,
		SiteLinks:   l.Tool == layout.Hugo,
		ImageCovers: l.Tool == layout.Hugo,
		// Only Hugo's Blowfish gives a page naming externalUrl no page;
		// other tools publish it (an Eleventy post at its permalink).
		ExternalPosts: l.Foreign() && l.Tool != layout.Hugo,
		MediaPrefix:   layout.MediaPrefix(c.Params),
		Owner:         owner,
		Optional:      dataOnly,
		Dir:           cmp.Or(c.ContentDir, l.ContentDir),
		Dirs:          l.Dirs,
		AssetDirs:     l.AssetDirs,
		Mounts:        l.Mounts,
		Skip: func(p string, dir bool) bool {
			return l.Skip(p, dir) || do.Claims(p) && !l.PagesIn(p, dir)
		},
		Location:      c.Location,
		PublishHidden: c.PublishHidden,
		Fields:        c.Fields,
		Franklin:      l.Tool == layout.Franklin,
		Quarto:        l.Tool == layout.Quarto,
		TextFiles:     l.Tool != layout.Lectern,
		Commands:      commands,
		ReadmeHome:    l.Tool == layout.Folder,
		PermalinkOnly: l.PermalinkOnly(),
		RootURLs:      l.Tool != layout.Lectern,
		KeepFront:     l.Tool == layout.Jekyll || l.Tool == layout.Eleventy || l.Tool == layout.Franklin,
		// Jekyll publishes a page whose front matter it cannot read, and
		// a code host shows a README tree's page below its error.
		LenientFrontMatter: l.Tool == layout.Jekyll || l.Tool == layout.Folder,
		CollectionTags:     l.Tool == layout.Eleventy,
		Collections:        l.Collections,
		FolderIndex:        l.Tool == layout.Eleventy,
		Names:              l.Names(c),
		FileTitles:         l.FileTitles(),
		SpacedTags:         l.Tool == layout.Jekyll,
		// JavaScript reads these tools' dates: 11/01/2023 is 1 November.
		MonthFirst:           l.Tool == layout.Eleventy || l.Tool == layout.Astro,
		SectionPosts:         l.Tool == layout.Hugo,
		Translation:          byPath,
		Language:             language,
		TranslationLanguages: pageLanguages,
		TextLanguages:        textLanguages(c),
		RecordPages: func(data string) bool {
			_, ok := c.Permalinks.Records[strings.ReplaceAll(data, ".", "/")]
			return ok
		},
	}, diags
}
