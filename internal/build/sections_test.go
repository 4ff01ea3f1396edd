package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sectionsSite has two talks, two notes and two speakers, one a page, so
// that each index has two pages of one entry.
const sectionsSite = `-- config.toml --
title = "Sections"
base_url = "https://sections.example/"
[pagination]
per_page = 1
-- content/talks/a.md --
---
title: Talk A
date: 2026-06-11 10:00
speakers: [Ada Lovelace]
---
A.
-- content/talks/b.md --
---
title: Talk B
date: 2026-06-11 11:00
speakers: [Grace Hopper]
---
B.
-- content/notes/n1.md --
---
title: Note one
date: 2026-06-01
---
One.
-- content/notes/n2.md --
---
title: Note two
date: 2026-06-02
---
Two.
`

// TestSectionIndexes builds a site with and without a page of the
// author's at each index's URL: lectern's index, its lede counting what
// it lists, or the author's page there, with neither a warning nor a
// second page of lectern's index beside it.
func TestSectionIndexes(t *testing.T) {
	for _, tt := range []struct {
		name string
		// file is the author's page, "" for none; out is the index's
		// output and want what it holds.
		file, text, out, want string
	}{
		{name: "talks", out: "talks/index.html", want: `<p class="lede">2 talks</p>`},
		{name: "notes", out: "notes/index.html", want: `<p class="lede">2 notes</p>`},
		{name: "speakers", out: "speakers/index.html", want: `<p class="lede">2 people</p>`},
		{name: "talks/index.md", file: "content/talks/index.md", text: "---\ntitle: Our talks\n---\nHand-picked.\n", out: "talks/index.html", want: "Hand-picked."},
		{name: "notes/_index.md", file: "content/notes/_index.md", text: "---\ntitle: Our notes\n---\nHand-picked.\n", out: "notes/index.html", want: "Hand-picked."},
		{name: "speakers/index.md", file: "content/speakers/index.md", text: "---\ntitle: Our speakers\n---\nHand-picked.\n", out: "speakers/index.html", want: "Hand-picked."},
		{name: "a page with a url", file: "content/programme.md", text: "---\ntitle: Programme\nurl: /talks/\n---\nHand-picked.\n", out: "talks/index.html", want: "Hand-picked."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			archive := sectionsSite
			if tt.file != "" {
				archive += "-- " + tt.file + " --\n" + tt.text
			}
			dir := writeSite(t, archive)
			dest := filepath.Join(t.TempDir(), "public")
			_, diags := Build(context.Background(), Options{Source: dir, Dest: dest})
			if len(diags) > 0 {
				t.Errorf("diagnostics %q, want none", diags.Strings())
			}
			body, err := os.ReadFile(filepath.Join(dest, tt.out))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(body), tt.want) {
				t.Errorf("%s does not hold %q", tt.out, tt.want)
			}
			second := filepath.Join(dest, filepath.Dir(tt.out), "page", "2", "index.html")
			if _, err := os.Stat(second); (err == nil) != (tt.file == "") {
				t.Errorf("page 2 of lectern's index exists: %v, want %v", err == nil, tt.file == "")
			}
		})
	}
}
