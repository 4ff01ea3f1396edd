package layout

import (
	"testing"
	"testing/fstest"

	"lectern/internal/config"
)

// TestFranklinConfig reads Franklin's config.md (@def lines, +++ blocks
// of Julia) as TestForeignConfig reads the other tools' settings.
func TestFranklinConfig(t *testing.T) {
	testForeignConfig(t, []foreignConfigCase{
		{
			name: "Franklin",
			fsys: fstest.MapFS{"config.md": file("@def website_title = \"JuliaCon\"\n@def website_url = \"https://juliacon.org\"\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "JuliaCon" || c.BaseURL != "https://juliacon.org/" {
					t.Errorf("title %q, base URL %q", c.Title, c.BaseURL)
				}
			},
		},
		{
			// Franklin writes a tag's page to /tag/<tag>/ by default
			// (its tag_page_path), where the site's links name it.
			name: "Franklin tag pages",
			fsys: fstest.MapFS{"config.md": file("@def website_title = \"Blog\"\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.Permalinks.Tag != "/tag/:slug/" {
					t.Errorf("tag pattern %q", c.Permalinks.Tag)
				}
			},
		},
		{
			name: "Franklin tag_page_path",
			fsys: fstest.MapFS{"config.md": file("+++\ntag_page_path = \"/topics/\"\n+++\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.Permalinks.Tag != "/topics/:slug/" {
					t.Errorf("tag pattern %q", c.Permalinks.Tag)
				}
			},
		},
		{
			// lectern's own config beside Franklin's still wins.
			name: "Franklin tag pages under config.toml",
			fsys: fstest.MapFS{"config.md": file("@def tag_page_path = \"topics\"\n"), "config.toml": file("[permalinks]\ntag = \"/labels/:slug/\"\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.Permalinks.Tag != "/labels/:slug/" {
					t.Errorf("tag pattern %q", c.Permalinks.Tag)
				}
			},
		},
		{
			// A description in triple quotes over several lines, as
			// Franklin configs write it, is read as Julia reads it,
			// the fields after it too; a Dict(…) over several lines is
			// passed over whole, its inner assignments not read.
			name: "Franklin long description",
			fsys: fstest.MapFS{"config.md": file("@def website_descr = \"\"\"\n    Notes on <b>Julia</b>,\n    and \"talks\".\n    \"\"\"\n@def author = \"Ada\"\n+++\nmenu = Dict(\n  \"a\" => 1,\n  website_title = \"Inner\")\nwebsite_title = \"Outer\"\n+++\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.Description != "Notes on Julia, and \"talks\"." || c.Author != "Ada" || c.Title != "Outer" {
					t.Errorf("description %q, author %q, title %q", c.Description, c.Author, c.Title)
				}
			},
		},
		{
			// Franklin reads a +++ block in config.md as @defs.
			name: "Franklin +++ block",
			fsys: fstest.MapFS{"config.md": file("+++\nwebsite_title = \"Franklin Conf\"\nwebsite_url = \"https://example.org/conf/\"\nhasmath = true\n+++\n\\newcommand{\\R}{\\mathbb R}\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "Franklin Conf" || c.BaseURL != "https://example.org/conf/" {
					t.Errorf("title %q, base URL %q", c.Title, c.BaseURL)
				}
			},
		},
		{
			// Franklin's templates write the host alone and publish
			// under the prepath (a GitHub project's pages).
			name: "Franklin prepath and a host without scheme",
			fsys: fstest.MapFS{"config.md": file("+++\nprepath = \"Notes.jl\"\nwebsite_url = \"ada.github.io\"\n+++\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.BaseURL != "https://ada.github.io/Notes.jl/" {
					t.Errorf("base URL %q", c.BaseURL)
				}
			},
		},
		{
			// Franklin reads base_url as website_url and prefix or
			// base_path as prepath.
			name: "Franklin aliases",
			fsys: fstest.MapFS{"config.md": file("@def base_path = \"Notes.jl\"\n@def base_url = \"ada.github.io\"\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.BaseURL != "https://ada.github.io/Notes.jl/" {
					t.Errorf("base URL %q", c.BaseURL)
				}
			},
		},
		{
			name: "Franklin prepath already in website_url",
			fsys: fstest.MapFS{"config.md": file("+++\nprepath = \"conf\"\nwebsite_url = \"https://example.org/conf/\"\n+++\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.BaseURL != "https://example.org/conf/" {
					t.Errorf("base URL %q", c.BaseURL)
				}
			},
		},
		{
			// Franklin puts every link under the prepath, whatever
			// website_url's path, which its templates ship naming the
			// template's own project: the site is published there.
			name: "Franklin prepath over another path of website_url",
			fsys: fstest.MapFS{"config.md": file("+++\nwebsite_url   = \"https://someone.github.io/SiteTemplates.jl/\"\nprepath = \"pond-workshop\"\n+++\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.BaseURL != "https://someone.github.io/pond-workshop/" || c.SourceBase != "/pond-workshop" {
					t.Errorf("base URL %q, source base %q", c.BaseURL, c.SourceBase)
				}
			},
		},
		{
			// Without a prepath, website_url's path stays: a site's
			// deploy may give the prepath, as Franklin's workflow does.
			name: "Franklin website_url with a path and no prepath",
			fsys: fstest.MapFS{"config.md": file("@def website_url = \"https://ada.github.io/Notes.jl/\"\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.BaseURL != "https://ada.github.io/Notes.jl/" {
					t.Errorf("base URL %q", c.BaseURL)
				}
			},
		},
		{
			// The block is Julia, run by Franklin: its string literals
			// are read, and what only Julia computes is left alone.
			name: "Franklin block of Julia",
			fsys: fstest.MapFS{"config.md": file("@def website_title = \"Kept\"\n+++\nauthor = \"The Team\" # who\nprepath = get(ENV, \"PREPATH\", \"\")\nwebsite_url = get(ENV, \"URL\", \"x.org\")\n+++\n"), "_layout/x.html": file("x")},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "Kept" || c.Author != "The Team" || c.BaseURL != "" {
					t.Errorf("title %q, author %q, base URL %q", c.Title, c.Author, c.BaseURL)
				}
			},
		},
	})
}
