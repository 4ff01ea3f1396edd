package build

import (
	"io/fs"
	"maps"
	"slices"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/data"
	"lectern/internal/diag"
	"lectern/internal/exports"
	"lectern/internal/layout"
)

// dataOptions are the data loader's options for a site of layout l,
// trying the readers of conference-tool and reading exports, then
// readers, on every data file first.
func dataOptions(l layout.Layout, c config.Config, readers []data.Reader) data.Options {
	dirs := append([]string{l.ContentDir}, l.Dirs...)
	return data.Options{
		Dirs:          l.DataDirs(),
		ContentDirs:   dirs,
		Skip:          l.Skip,
		NotRecords:    l.ToolData,
		Location:      c.Location,
		Fields:        c.Fields,
		Collections:   c.Collections,
		Readers:       append([]data.Reader{exports.Read}, readers...),
		PermalinkOnly: l.RecordPermalinkOnly(),
		Records:       c.Permalinks.Records,
		Conference:    data.Span{Start: c.Programme.Start, End: c.Programme.End},
		TextLanguages: textLanguages(c),
		Authors:       c.Authors,
		Settings:      c.SettingsRecords,
	}
}

// withData reads the site's data files and joins their records and
// schedules with the pages of set. When there is anything to join,
// joining is called first (nil: nothing): the join reads and copies the
// pages' documents, markdown and all.
func withData(fsys fs.FS, l layout.Layout, c config.Config, readers []data.Reader, set content.Set, joining func()) (content.Set, data.Set, diag.List) {
	ds, diags := data.Load(fsys, dataOptions(l, c, readers))
	if joining != nil && data.Joins(set.Docs, ds) {
		joining()
	}
	set, d := joinData(set, ds, c)
	diags.Append(d)
	return set, ds, diags
}

// withSiteData is c with the settings of the site's data file named site
// (_data/site.json, the global data Eleventy's templates read as site) as
// params, so that {{ site.ticket_link }} in a body reads it. (The title,
// URL, time zone and the like it gives were read with the config, see
// layout.Layout.Config.) c's params are not changed: the preview keeps
// its config from build to build.
func withSiteData(c config.Config, d map[string]any) config.Config {
	m, ok := d["site"].(map[string]any)
	if !ok || len(m) == 0 {
		return c
	}
	params := maps.Clone(c.Params)
	if params == nil {
		params = map[string]string{}
	}
	layout.AddParams(params, m)
	c.Params = params
	return c
}

// joinData joins the records and schedules of ds with the pages of set.
// It changes neither: the documents it changes are its own copies, so
// that the preview can join the same data files with the pages of
// another edit.
func joinData(set content.Set, ds data.Set, c config.Config) (content.Set, diag.List) {
	docs, diags := data.Combine(set.Docs, ds, c.Location)
	set.Docs = docs
	return set, diags
}

// textLanguages are the site's language as its tool names it, best first,
// for the text fields a multilingual site writes once per language
// (content.Options.TextLanguages): the key of a Hugo site's default
// language before the tag of its text, which is "en" unless set.
func textLanguages(c config.Config) []string {
	var out []string
	for _, l := range []string{c.DefaultLanguage, c.Language} {
		if l != "" && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}
