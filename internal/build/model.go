package build

import (
	"context"
	"errors"
	"io/fs"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
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
}

// LoadModel reads config.toml (optional) and content/ from fsys and builds
// the site model. It returns as much as it could build together with every
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

	m.Config, diags = readConfig(fsys)
	if opts.BaseURL != "" {
		m.Config.BaseURL = opts.BaseURL
		if m.Config.BaseURL[len(m.Config.BaseURL)-1] != '/' {
			m.Config.BaseURL += "/"
		}
	}
	timed("config")

	set, d := content.Load(fsys, content.Options{Location: m.Config.Location, PublishHidden: m.Config.PublishHidden, Fields: m.Config.Fields})
	diags.Append(d)
	m.Docs = set.Docs
	timed("load")

	md := markdown.New(markdown.Options{RawHTML: m.Config.Markup.RawHTML, NoHighlight: !m.Config.Markup.Highlight})
	s, d := site.Build(ctx, m.Config, set, md, site.Options{Drafts: opts.Drafts})
	diags.Append(d)
	m.Site = s
	timed("model")
	return m, diags
}

// readConfig reads config.toml when the site has one; without it every key
// has its default.
func readConfig(fsys fs.FS) (config.Config, diag.List) {
	src, err := fs.ReadFile(fsys, config.FileName)
	if errors.Is(err, fs.ErrNotExist) {
		return config.Default(), nil
	}
	if err != nil {
		var diags diag.List
		diags.Errorf(diag.Pos{File: config.FileName}, "cannot read %s: %v", config.FileName, err)
		return config.Default(), diags
	}
	return config.Parse(config.FileName, src)
}
