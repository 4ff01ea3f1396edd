package content

import (
	"slices"
	"testing"
)

// TestPermalinkOnly checks which field sets a page's own URL: url and
// permalink in lectern's and Hugo's pages; permalink alone for the tools
// that read no other, whose url field stays the author's data.
func TestPermalinkOnly(t *testing.T) {
	tests := []struct {
		name, fm      string
		permalinkOnly bool
		wantURL       string
		wantParam     any
	}{
		{"url sets the URL", "url: /finaid", false, "/finaid", nil},
		{"permalink sets the URL", "permalink: /finaid/", false, "/finaid/", nil},
		{"url is data where only permalink is read", "url: /finaid", true, "", "/finaid"},
		{"permalink still sets the URL", "permalink: /about/\nurl: /elsewhere", true, "/about/", "/elsewhere"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("src/content/deadlines/finaid.mdx", []byte("---\ntitle: Financial aid\n"+tt.fm+"\n---\nOpen until May.\n"), Options{PermalinkOnly: tt.permalinkOnly})
			if d.URL != tt.wantURL {
				t.Errorf("URL = %q, want %q", d.URL, tt.wantURL)
			}
			if got := d.Params["url"]; got != tt.wantParam {
				t.Errorf("Params[url] = %v, want %v", got, tt.wantParam)
			}
			if len(d.Diags) != 0 {
				t.Errorf("diagnostics: %v", d.Diags.Strings())
			}
		})
	}
}

// TestPermalinkFalse checks Eleventy's "permalink: false": the page has
// no output of its own. Only a boolean says so; the text "false" is a
// path, and true names none.
func TestPermalinkFalse(t *testing.T) {
	tests := []struct {
		name, fm string
		noPage   bool
		url      string
		diags    []string
	}{
		{"YAML false", "permalink: false", true, "", nil},
		{"JSON false", "", true, "", nil},
		{"quoted text is a path", `permalink: "false"`, false, "/false", []string{`content/sponsors/acme.md:3:12: warning: permalink "false" should start with "/"; using "/false"`}},
		{"true names no path", "permalink: true", false, "", []string{`content/sponsors/acme.md:3:12: warning: permalink true names no path; write the page's path (like /talks/my-talk/), false for no page of its own, or delete the field`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\ntitle: Acme\n" + tt.fm + "\n---\nA sponsor.\n"
			if tt.fm == "" {
				src = "{\"title\": \"Acme\", \"permalink\": false}\nA sponsor.\n"
			}
			d := Parse("content/sponsors/acme.md", []byte(src), Options{})
			if d.NoPage != tt.noPage || d.URL != tt.url {
				t.Errorf("NoPage %v, URL %q; want %v, %q", d.NoPage, d.URL, tt.noPage, tt.url)
			}
			wantDiags(t, d, tt.diags...)
		})
	}
}

// TestRootURLs checks a url or permalink written without its leading
// slash: every generator reads it from the site's root, so on another
// tool's site (RootURLs) it is read so with no warning, as is a path
// naming an .html file anywhere (wok's url: talks/x/index.html); a
// folder path on lectern's own pages says how it was read.
func TestRootURLs(t *testing.T) {
	tests := []struct {
		name, fm string
		rootURLs bool
		url      string
		diags    []string
	}{
		{"wok's output file, headless", "type: session\ntitle: Queues\nurl: \"talks/queues/index.html\"\n---\n\n### Ada\n", false, "/talks/queues/", nil},
		{"an output file on lectern's layout", "---\ntitle: T\nurl: 404.html\n---\n", false, "/404.html", nil},
		{"a folder on lectern's layout", "---\ntitle: T\nurl: talks/x/\n---\n", false, "/talks/x/", []string{`content/talks/a.md:3:6: warning: url "talks/x/" should start with "/"; using "/talks/x/"`}},
		{"a folder on another tool's site", "---\ntitle: T\npermalink: move_2019/\n---\n", true, "/move_2019/", nil},
		{"a file on another tool's site", "---\ntitle: T\nurl: talks/x/index.html\n---\n", true, "/talks/x/", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/talks/a.md", []byte(tt.fm+"Body.\n"), Options{RootURLs: tt.rootURLs})
			if d.URL != tt.url {
				t.Errorf("URL = %q, want %q", d.URL, tt.url)
			}
			if got := d.Diags.Strings(); !slices.Equal(got, tt.diags) {
				t.Errorf("diagnostics = %q, want %q", got, tt.diags)
			}
		})
	}
}
