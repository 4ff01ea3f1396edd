package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHugoWithoutContent: a Hugo site with no content/ folder, its
// theme making every page from the config (hugo-conference), or from
// config.toml and data/, is built, its home page titled by the config,
// with no error for the missing folder.
func TestHugoWithoutContent(t *testing.T) {
	for _, tt := range []struct{ name, site string }{
		{"config.yml naming its theme", `
-- config.yml --
baseurl: "https://lake.example.org/"
title: "Lake Summit"
theme: "hugo-conference"
-- README.md --
# Lake Summit
`},
		{"config.toml with Hugo's keys", `
-- config.toml --
baseURL = "https://lake.example.org/"
languageCode = "en-us"
title = "Lake Summit"
theme = "conference"
`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			source := writeSite(t, tt.site)
			res, diags := Build(context.Background(), Options{Source: source, Dest: filepath.Join(t.TempDir(), "out")})
			if diags.HasErrors() {
				t.Fatalf("errors: %q", diags.Errors().Strings())
			}
			if !strings.HasPrefix(res.Layout, "Reading a Hugo site in place") {
				t.Errorf("layout %q, want Hugo's", res.Layout)
			}
			b, err := os.ReadFile(filepath.Join(res.Dest, "index.html"))
			if err != nil || !strings.Contains(string(b), "Lake Summit") {
				t.Errorf("no home page titled by the config: %v", err)
			}
		})
	}
}
