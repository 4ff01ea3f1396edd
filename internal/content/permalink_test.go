package content

import "testing"

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
