package content

import (
	"slices"
	"testing"
)

func TestOldURLs(t *testing.T) {
	tests := []struct {
		name, fm string
		want     []string
		diags    []string
	}{
		{"Hugo's list", "aliases: [/2019/old/, old-name]", []string{"/2019/old/", "old-name"}, nil},
		{"jekyll-redirect-from's list", "redirect_from:\n  - /about/coc/\n  - /coc/", []string{"/about/coc/", "/coc/"}, nil},
		{"one path", "redirect_from: /financial-aid/", []string{"/financial-aid/"}, nil},
		{"a full address", "aliases: [https://old.example.org/x/, /x/]", []string{"/x/"},
			[]string{`content/pages/a.md:3:10: warning: aliases "https://old.example.org/x/" is a full address, not a path of this site, so no redirect is written for it; write the old path (like /2019/old-talk/)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML("pages/a.md", "title: A\n"+tt.fm)
			if !slices.Equal(d.Aliases, tt.want) {
				t.Errorf("aliases %q, want %q", d.Aliases, tt.want)
			}
			wantDiags(t, d, tt.diags...)
			if _, ok := d.Params["aliases"]; ok {
				t.Errorf("aliases left in Params")
			}
		})
	}
}

func TestRedirectTo(t *testing.T) {
	for _, tt := range []struct {
		file, fm, want string
		hidden         bool
		diag           string
	}{
		{"pages/a.md", "redirect_to: https://tickets.example.org/conf", "https://tickets.example.org/conf", false, ""},
		{"pages/a.md", "redirect_to: /2025/tickets/", "/2025/tickets/", false, ""},
		{"pages/a.md", "redirect_to: tickets", "", false, `content/pages/a.md:3:14: warning: redirect_to "tickets" is neither a web address nor a path of this site, so the page is published as it is; write https://… or /path/`},
		// A folder of redirects, one record a file.
		{"talks/a.md", "new_url: /talks/renamed/", "/talks/renamed/", true, ""},
		{"talks/a.md", "redirect_url: https://old.example.org/t", "https://old.example.org/t", true, ""},
		{"talks/a.md", "new_url: renamed", "", false, `content/talks/a.md:3:10: warning: new_url "renamed" is neither a web address nor a path of this site, so the page is published as it is; write https://… or /path/`},
	} {
		d := parseYAML(tt.file, "title: A\n"+tt.fm)
		if d.Extras().RedirectTo != tt.want || d.Hidden != tt.hidden {
			t.Errorf("%s: RedirectTo %q, Hidden %v; want %q, %v", tt.fm, d.Extras().RedirectTo, d.Hidden, tt.want, tt.hidden)
		}
		if tt.diag == "" {
			wantDiags(t, d)
		} else {
			wantDiags(t, d, tt.diag)
		}
	}
}
