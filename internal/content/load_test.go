package content

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"
)

func TestLoadWalk(t *testing.T) {
	fsys := fstest.MapFS{
		"content/talks/b.md":           {Data: []byte("---\ntitle: B\n---\n")},
		"content/talks/a.markdown":     {Data: []byte("---\ntitle: A\n---\n")},
		"content/talks/deep/er/c.txt":  {Data: []byte("---\ntitle: C\n---\n")},
		"content/talks/UPPER.MD":       {Data: []byte("---\ntitle: U\n---\n")},
		"content/notes/q/index.qmd":    {Data: []byte("---\ntitle: Q\n---\n")},
		"content/notes/r.Rmd":          {Data: []byte("---\ntitle: R\n---\n")},
		"content/talks/slides.pdf":     {Data: []byte("%PDF")},
		"content/talks/e.mkd":          {Data: []byte("---\ntitle: E\n---\n")},
		"content/notes/o.org":          {Data: []byte("#+TITLE: Org\n* Heading\n")},
		"content/notes/a.adoc":         {Data: []byte("---\ntitle: A\n---\n= A\n")},
		"content/notes/README.rst":     {Data: []byte("Readme\n======\n")},
		"content/notes/t.textile":      {Data: []byte("---\ntitle: T\n---\nh1. T\n")},
		"content/talks/img/x.png":      {Data: []byte("png")},
		"content/.hidden.md":           {Data: []byte("x")},
		"content/.git/config.md":       {Data: []byte("x")},
		"content/talks/b.md~":          {Data: []byte("x")},
		"content/talks/.#b.md":         {Data: []byte("x")},
		"content/talks/.b.md.swp":      {Data: []byte("x")},
		"content/talks/b.md.swp":       {Data: []byte("x")},
		"content/talks/#b.md#":         {Data: []byte("x")},
		"content/_drafts/wip.md":       {Data: []byte("x")},
		"content/notes/_drafts/wip.md": {Data: []byte("x")},
		"content/bad.md":               {Data: []byte("---\ntitle: [\n---\n")},
		"outside.md":                   {Data: []byte("x")},
	}
	set, diags := Load(fsys, Options{})
	var files []string
	for _, d := range set.Docs {
		files = append(files, d.File)
	}
	wantFiles := []string{"content/bad.md", "content/notes/q/index.qmd", "content/notes/r.Rmd", "content/talks/UPPER.MD", "content/talks/a.markdown", "content/talks/b.md", "content/talks/deep/er/c.txt", "content/talks/e.mkd"}
	if !slices.Equal(files, wantFiles) {
		t.Errorf("docs %q, want %q", files, wantFiles)
	}
	wantAssets := []string{"content/notes/README.rst", "content/talks/img/x.png", "content/talks/slides.pdf"}
	if !slices.Equal(set.Assets, wantAssets) {
		t.Errorf("assets %q, want %q", set.Assets, wantAssets)
	}
	if got := set.Docs[6].Path; got != "talks/deep/er/c.txt" {
		t.Errorf("path %q", got)
	}
	wantDiags := []string{
		"content/.hidden.md: warning: not published: hidden files are kept private; list \".hidden.md\" in publish_hidden in config.toml to publish it",
		"content/bad.md:2:8: cannot parse front matter: did not find expected node content; check the brackets opened here",
		"content/notes/a.adoc:1:1: warning: this page and 2 more (content/notes/o.org, content/notes/t.textile) are written in AsciiDoc, Org and Textile, which lectern does not read: they are left out, not published; convert them to markdown (.md) to publish them",
	}
	if got := diags.Strings(); !slices.Equal(got, wantDiags) {
		t.Errorf("diagnostics\n got %q\nwant %q", got, wantDiags)
	}
	if !slices.Equal(set.Docs[0].Diags.Strings(), wantDiags[1:2]) {
		t.Errorf("the document must keep its own diagnostics, got %q", set.Docs[0].Diags.Strings())
	}
}

func TestLoadOptions(t *testing.T) {
	fsys := fstest.MapFS{"site/pages/talks/a.md": {Data: []byte("---\ntitle: A\n---\n")}}
	set, diags := Load(fsys, Options{Dir: "site/pages"})
	if len(diags) != 0 || len(set.Docs) != 1 || set.Docs[0].Path != "talks/a.md" || set.Docs[0].Kind != KindTalk {
		t.Fatalf("got %+v %q", set.Docs, diags.Strings())
	}
}

func TestLoadMissingFolder(t *testing.T) {
	_, diags := Load(fstest.MapFS{}, Options{})
	want := []string{"content: cannot read the content folder: open content: file does not exist; lectern reads pages from this folder of the site (no setting moves it), so create it as a readable folder"}
	if got := diags.Strings(); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLoadIsDeterministic loads many files in parallel and checks that two
// loads give the same result.
func TestLoadIsDeterministic(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 300 {
		fsys[fmt.Sprintf("content/talks/t%03d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\ntitle: T%d\ndate: bad %d\n---\nBody\n", i, i))}
	}
	a, da := Load(fsys, Options{})
	b, db := Load(fsys, Options{})
	if dumpSet(a, da) != dumpSet(b, db) {
		t.Fatal("two loads differ")
	}
	if len(a.Docs) != 300 || len(da) != 300 {
		t.Fatalf("%d docs, %d diagnostics", len(a.Docs), len(da))
	}
}

func BenchmarkLoad(b *testing.B) {
	fsys := fstest.MapFS{}
	for i := range 2000 {
		fsys[fmt.Sprintf("content/talks/t%04d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"---\ntitle: Talk %d\ndate: 2017-08-16 11:30:00 -0500\nspeakers:\n- name: Andrew Godwin\n  twitter: andrewgodwin\ntags: [a, b]\n---\nWe’re here.\n\n• one\n  • two\n", i))}
	}
	b.ResetTimer()
	for b.Loop() {
		Load(fsys, Options{})
	}
}

// TestLoadHidden checks which hidden files beside pages are published:
// none but those publish_hidden names, each other one with a warning
// unless it is tool litter.
func TestLoadHidden(t *testing.T) {
	fsys := fstest.MapFS{
		"content/talks/a.md":                   {Data: []byte("---\ntitle: A\n---\n")},
		"content/talks/.env":                   {Data: []byte("SECRET=1")},
		"content/talks/.DS_Store":              {Data: []byte("x")},
		"content/talks/.gitkeep":               {Data: []byte("")},
		"content/talks/._a.md":                 {Data: []byte("x")},
		"content/talks/.a.md.swp":              {Data: []byte("x")},
		"content/.git/HEAD":                    {Data: []byte("x")},
		"content/.private/plan.md":             {Data: []byte("x")},
		"content/.well-known/security.txt":     {Data: []byte("Contact: x")},
		"content/.well-known/.env":             {Data: []byte("x")},
		"content/talks/.htaccess":              {Data: []byte("x")},
		"content/.well-known/acme/.htaccess":   {Data: []byte("x")},
		"content/.well-known/acme/token.md":    {Data: []byte("x")},
		"content/.well-known/acme/token.md.sw": {Data: []byte("x")},
	}
	warn := func(p, kind, name string) string {
		return p + ": warning: not published: hidden " + kind + " are kept private; list \"" + name + "\" in publish_hidden in config.toml to publish it"
	}
	tests := []struct {
		name    string
		publish []string
		assets  []string
		diags   []string
	}{
		{"none published", nil, nil, []string{
			warn("content/.private", "folders", ".private"),
			warn("content/.well-known", "folders", ".well-known"),
			warn("content/talks/.env", "files", ".env"),
			warn("content/talks/.htaccess", "files", ".htaccess"),
		}},
		{"default", []string{".well-known"}, []string{
			"content/.well-known/acme/token.md", "content/.well-known/acme/token.md.sw", "content/.well-known/security.txt",
		}, []string{
			warn("content/.private", "folders", ".private"),
			warn("content/.well-known/.env", "files", ".env"),
			warn("content/.well-known/acme/.htaccess", "files", ".htaccess"),
			warn("content/talks/.env", "files", ".env"),
			warn("content/talks/.htaccess", "files", ".htaccess"),
		}},
		{"htaccess too", []string{".well-known", ".htaccess"}, []string{
			"content/.well-known/acme/.htaccess", "content/.well-known/acme/token.md", "content/.well-known/acme/token.md.sw",
			"content/.well-known/security.txt", "content/talks/.htaccess",
		}, []string{
			warn("content/.private", "folders", ".private"),
			warn("content/.well-known/.env", "files", ".env"),
			warn("content/talks/.env", "files", ".env"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, diags := Load(fsys, Options{PublishHidden: tt.publish})
			if !slices.Equal(set.Assets, tt.assets) {
				t.Errorf("assets\n got %q\nwant %q", set.Assets, tt.assets)
			}
			if len(set.Docs) != 1 || set.Docs[0].File != "content/talks/a.md" {
				t.Errorf("only content/talks/a.md is a page, got %d docs", len(set.Docs))
			}
			if got := diags.Strings(); !slices.Equal(got, tt.diags) {
				t.Errorf("diagnostics\n got %q\nwant %q", got, tt.diags)
			}
		})
	}
}

// TestTextFiles: with TextFiles a .txt file is a page only when it opens
// with front matter; without it, every .txt file is a page.
func TestTextFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"requirements.txt":    {Data: []byte("pandas==2.0\n")},
		"papers/citation.txt": {Data: []byte("\"The Event Calculus\"\nVladimir Alexiev\n")},
		"notes/talk.txt":      {Data: []byte("---\ntitle: A talk\n---\nText.\n")},
		"notes/toml.txt":      {Data: []byte("\ufeff+++\ntitle = \"TOML\"\n+++\nText.\n")},
		"notes/a.md":          {Data: []byte("---\ntitle: A\n---\n")},
	}
	for _, tc := range []struct {
		textFiles     bool
		pages, assets []string
	}{
		{true, []string{"notes/a.md", "notes/talk.txt", "notes/toml.txt"}, []string{"papers/citation.txt", "requirements.txt"}},
		{false, []string{"notes/a.md", "notes/talk.txt", "notes/toml.txt", "papers/citation.txt", "requirements.txt"}, nil},
	} {
		set, _ := Load(fsys, Options{Dir: ".", TextFiles: tc.textFiles})
		var pages []string
		for _, d := range set.Docs {
			pages = append(pages, d.File)
		}
		if !slices.Equal(pages, tc.pages) || !slices.Equal(set.Assets, tc.assets) {
			t.Errorf("TextFiles %v: pages %q, assets %q; want %q, %q", tc.textFiles, pages, set.Assets, tc.pages, tc.assets)
		}
		if _, ok := set.Reader().Read(fsys, "requirements.txt"); ok == tc.textFiles {
			t.Errorf("TextFiles %v: Reader.Read made a page of requirements.txt: %v", tc.textFiles, ok)
		}
	}
}
