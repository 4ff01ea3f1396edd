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

// TestHugoConferenceSettings: hugo-conference's programme, kept in
// config.yml's params with no content/, is built as its speakers'
// pages with their bios, their talks' pages with their descriptions,
// and its sponsors', with no warning (the breaks, which name no day,
// are left out); the same lists in config.toml's [[params.speakers]]
// likewise.
func TestHugoConferenceSettings(t *testing.T) {
	for _, tt := range []struct {
		name, site string
		want       map[string]string
	}{
		{"config.yml", `
-- config.yml --
baseurl: "https://lake.example.org/"
title: "Lake Summit"
theme: "hugo-conference"
params:
  Sponsors:
    - name: "Paddle Co"
      logo: "/img/paddle.png"
      url: "https://paddle.example"
  Schedule:
    - name: "Check-in"
      time: "9h00"
    - name: "Ana Lind"
      bio: "Ana studies lake ice."
      company: "Ice Lab"
      presentation:
        title: "How Lakes Freeze"
        description: "From the edges inward."
        time: "10h00"
    - name: "Lunch"
      time: "12h00"
`, map[string]string{
			"speakers/ana-lind/index.html":      "Ana studies lake ice.",
			"talks/how-lakes-freeze/index.html": "From the edges inward.",
			"sponsors/paddle-co/index.html":     "Paddle Co",
		}},
		{"config.toml", `
-- config.toml --
baseURL = "https://lake.example.org/"
title = "Lake Summit"
[params]
[[params.speakers]]
name = "Ana Lind"
bio = "Ana studies lake ice."
`, map[string]string{"speakers/ana-lind/index.html": "Ana studies lake ice."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			source := writeSite(t, tt.site)
			res, diags := Build(context.Background(), Options{Source: source, Dest: filepath.Join(t.TempDir(), "out")})
			if len(diags) > 0 {
				t.Fatalf("diagnostics: %q", diags.Strings())
			}
			for p, want := range tt.want {
				b, _ := os.ReadFile(filepath.Join(res.Dest, filepath.FromSlash(p)))
				if !strings.Contains(string(b), want) {
					t.Errorf("%s does not show %q", p, want)
				}
			}
		})
	}
}
