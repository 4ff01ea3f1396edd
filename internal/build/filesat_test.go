package build

import (
	"strings"
	"testing"
)

// TestFilesAt: the warning about a missing picture names the folders
// where the site's own tool keeps its files.
func TestFilesAt(t *testing.T) {
	_, diags := buildSite(t, `
-- astro.config.mjs --
export default {}
-- src/content/speakers/ada.json --
{"name": "Ada Lovelace", "avatar": "/img/ada.jpg"}
-- src/content/talks/a.md --
---
title: A talk
speakers: [ada]
---
`)
	want := `the photo "/img/ada.jpg" of Ada Lovelace is not a file of this site (neither beside this page nor under public/ or src/content/)`
	if !strings.Contains(strings.Join(diags, "\n"), want) {
		t.Errorf("diagnostics %q lack %q", diags, want)
	}
	_, diags = buildSite(t, `
-- _config.yml --
title: J
-- _posts/2024-01-01-a.md --
---
title: A
cover: /assets/gone.png
---
`)
	if want := `(neither beside this page nor under the site's folder)`; !strings.Contains(strings.Join(diags, "\n"), want) {
		t.Errorf("diagnostics %q lack %q", diags, want)
	}
}
