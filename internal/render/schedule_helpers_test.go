package render

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
	"lectern/internal/site"
	"lectern/themes"
)

// siteFrom builds the site whose files (config.toml, content/…) are given,
// as the build stages would, and fails the test on any error or warning
// unless allowWarnings.
func siteFrom(t testing.TB, files map[string]string, allowWarnings bool) (*site.Site, []string) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	cfg := config.Default()
	var all []string
	if src, ok := files[config.FileName]; ok {
		c, diags := config.Parse(config.FileName, []byte(src))
		if diags.HasErrors() {
			t.Fatalf("config: %v", diags.Strings())
		}
		all = append(all, diags.Strings()...)
		cfg = c
	}
	set, diags := content.Load(fsys, content.Options{Location: cfg.Location})
	all = append(all, diags.Strings()...)
	s, diags := site.Build(context.Background(), cfg, set, markdown.New(markdown.Options{}), site.Options{})
	all = append(all, diags.Strings()...)
	if !allowWarnings && len(all) > 0 {
		t.Fatalf("building the site:\n%s", strings.Join(all, "\n"))
	}
	return s, all
}

// archiveFiles returns the files of a txtar archive whose names do not
// start with "want/".
func archiveFiles(a *txtar.Archive) map[string]string {
	out := map[string]string{}
	for _, f := range a.Files {
		if !strings.HasPrefix(f.Name, "want/") {
			out[f.Name] = string(f.Data)
		}
	}
	return out
}

// renderSite renders files as a site with the default theme.
func renderSite(t *testing.T, files map[string]string) map[string]Output {
	t.Helper()
	s, _ := siteFrom(t, files, false)
	return renderAll(t, themes.Default(), s)
}
