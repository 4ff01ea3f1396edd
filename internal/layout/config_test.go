package layout

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/config"
)

// foreignConfigCase is a repository's settings and what lectern makes
// of them (TestForeignConfig, TestFranklinConfig).
type foreignConfigCase struct {
	name  string
	fsys  fstest.MapFS
	check func(t *testing.T, c config.Config)
	diags []string
}

func TestForeignConfig(t *testing.T) {
	testForeignConfig(t, []foreignConfigCase{
		{
			// Jekyll reads a key written twice as its last value; so
			// does lectern, with a warning naming both lines.
			name: "Jekyll key written twice",
			fsys: fstest.MapFS{
				"_config.yml": file("title: First\npermalink: /:title/\nurl: https://x.example\ntitle: Second\npermalink: pretty\n"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "Second" || c.Permalinks.Pages != "/:path/" {
					t.Errorf("title %q, page pattern %q", c.Title, c.Permalinks.Pages)
				}
			},
			diags: []string{
				`_config.yml:1:1: warning: "title" is written again on line 4, whose value is used; delete one of them`,
				`_config.yml:2:1: warning: "permalink" is written again on line 5, whose value is used; delete one of them`,
			},
		},
		{
			// Aliases of aliases ("billion laughs") would build a
			// billion values: yaml.v3 refused the file with no line,
			// failing the site. The alias that goes past the bound is
			// read as empty, with a warning at its line; the rest of
			// the config stands.
			name: "Jekyll config whose aliases repeat each other",
			fsys: fstest.MapFS{
				"_config.yml": file("title: Bombed\nurl: https://x.example\n" +
					"a: &a [l, l, l, l, l, l, l, l, l]\n" +
					"b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
					"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
					"d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n" +
					"e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n" +
					"f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n" +
					"g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n" +
					"h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n" +
					"description: Still read\n"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "Bombed" || c.Description != "Still read" {
					t.Errorf("title %q, description %q", c.Title, c.Description)
				}
			},
			diags: []string{
				`_config.yml:6:12: warning: the alias *c repeats values that repeat aliases themselves, so that nearly all of the file's values would be built from aliases (a "billion laughs"), which YAML readers refuse; it and the aliases after it that do the same are read as empty: write out the values you mean`,
			},
		},
		{
			// Defaults written once and merged into many entries are
			// what aliases are for: read whole, with no warning.
			name: "Jekyll config with defaults merged by alias",
			fsys: fstest.MapFS{
				"_config.yml": file("title: T\nurl: https://x.example\n" +
					"base: &base {layout: talk, author: Ada, comments: true, share: true}\n" +
					"tracks:\n" + strings.Repeat("  - {<<: *base, name: x}\n", 200) +
					"description: Read\n"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Description != "Read" {
					t.Errorf("description %q", c.Description)
				}
			},
		},
		{
			name: "Jekyll keys",
			fsys: fstest.MapFS{
				"_config.yml": file("title: PyCon Test\ndescription: A conference\nurl: https://conf.example.org\nbaseurl: /2019\ntimezone: Australia/Sydney\nauthor:\n  name: Ada\nplugins: [jekyll-feed]\n"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "PyCon Test" || c.Description != "A conference" || c.Author != "Ada" {
					t.Errorf("title %q, description %q, author %q", c.Title, c.Description, c.Author)
				}
				if c.BaseURL != "https://conf.example.org/2019/" {
					t.Errorf("base URL %q", c.BaseURL)
				}
				if c.Timezone != "Australia/Sydney" || c.Location.String() != "Australia/Sydney" || !c.ZoneSet {
					t.Errorf("time zone %q %v, set %v", c.Timezone, c.Location, c.ZoneSet)
				}
				if c.Permalinks.Note != "/:categories/:year/:month/:day/:title.html" {
					t.Errorf("Jekyll's default post URL: %q", c.Permalinks.Note)
				}
			},
		},
		{
			// A description written with HTML is the site's text: its
			// tags go, their words stay.
			name: "Jekyll description with HTML",
			fsys: fstest.MapFS{
				"_config.yml": file("title: T\ndescription: >-\n  <b>Conf 2024</b> is a\n      <b>two day</b> event on\n  <b>“Agile & Open Source”</b>.<br>Come!\n"),
			},
			check: func(t *testing.T, c config.Config) {
				if want := "Conf 2024 is a two day event on “Agile & Open Source”. Come!"; c.Description != want {
					t.Errorf("description %q, want %q", c.Description, want)
				}
			},
		},
		{
			name: "Jekyll settings for site tags",
			fsys: fstest.MapFS{
				"_config.yml": file("title: T\nticket_link: https://tickets.example.org/\nyear: 2019\nopen: true\nsponsors: [a, b]\nsocial:\n  x: y\n"),
			},
			check: func(t *testing.T, c config.Config) {
				want := map[string]string{"title": "T", "ticket_link": "https://tickets.example.org/", "year": "2019", "open": "true", "social.x": "y"}
				if len(c.Params) != len(want) {
					t.Errorf("params %v, want %v", c.Params, want)
				}
				for k, v := range want {
					if c.Params[k] != v {
						t.Errorf("params[%q] = %q, want %q", k, c.Params[k], v)
					}
				}
			},
		},
		{
			name: "Hugo params for the param shortcode",
			fsys: fstest.MapFS{
				"hugo.toml": file("title = \"T\"\n[params]\nvenue = \"Hall B\"\nYear = 2024\n[params.social]\ngithub = \"conf\"\n"),
			},
			check: func(t *testing.T, c config.Config) {
				want := map[string]string{"venue": "Hall B", "year": "2024", "social.github": "conf"}
				if len(c.Params) != len(want) {
					t.Errorf("params %v, want %v", c.Params, want)
				}
				for k, v := range want {
					if c.Params[k] != v {
						t.Errorf("params[%q] = %q, want %q", k, c.Params[k], v)
					}
				}
			},
		},
		{
			// Quarto's _variables.yml: the values a page's {{< var >}}
			// prints, by their dotted keys (lists print as no one text).
			name: "Quarto variables for the var shortcode",
			fsys: fstest.MapFS{
				"_quarto.yml":    file("project:\n  type: website\nwebsite:\n  title: Stats\n"),
				"_variables.yml": file("course:\n  number: STA 101\n  term: [fall]\nemail: lin@example.org\nweeks: 14\n"),
			},
			check: func(t *testing.T, c config.Config) {
				want := map[string]string{"course.number": "STA 101", "email": "lin@example.org", "weeks": "14"}
				if !maps.Equal(c.Params, want) {
					t.Errorf("params %v, want %v", c.Params, want)
				}
			},
		},
		{
			name: "Quarto variables that do not parse",
			fsys: fstest.MapFS{
				"_quarto.yml":    file("website:\n  title: Stats\n  site-url: https://stats.example.org\n"),
				"_variables.yml": file("course: [unclosed\n"),
			},
			check: func(t *testing.T, c config.Config) {
				if len(c.Params) != 0 || c.Title != "Stats" {
					t.Errorf("params %v, title %q", c.Params, c.Title)
				}
			},
			diags: []string{"_variables.yml:1:1: warning: cannot parse _variables.yml: did not find expected ',' or ']'; the pages' {{< var >}} tags are shown as written until it parses"},
		},
		{
			// An R Markdown website (a distill blog) is set in
			// _site.yml: its title, description and address; its
			// pages are published as .html files, its posts at
			// /posts/<folder>/.
			name: "R Markdown's _site.yml",
			fsys: fstest.MapFS{
				"_site.yml": file("name: ada\ntitle: Ada's notes\ndescription: |\n  Notes by Ada.\nbase_url: https://ada.example.org\ncollections:\n  talks:\n    categories: true\noutput: distill::distill_article\n"),
				"index.Rmd": file("---\ntitle: Ada\nlisting: posts\n---\n"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "Ada's notes" || c.Description != "Notes by Ada." || c.BaseURL != "https://ada.example.org/" {
					t.Errorf("title %q, description %q, base URL %q", c.Title, c.Description, c.BaseURL)
				}
				if c.Permalinks.Pages != "/:path.html" || c.Permalinks.Folders["_posts"] != "/posts/:folder/" || c.Permalinks.Folders["_talks"] != "/talks/:folder/" {
					t.Errorf("page pattern %q, folders %v", c.Permalinks.Pages, c.Permalinks.Folders)
				}
			},
		},
		{
			name: "R Markdown's _site.yml with a name and no title",
			fsys: fstest.MapFS{
				"_site.yml": file("name: ada-site\nbase_url: ada.example.org\n"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "ada-site" || c.BaseURL != "" {
					t.Errorf("title %q, base URL %q", c.Title, c.BaseURL)
				}
			},
			diags: []string{`_site.yml:2:1: warning: base_url "ada.example.org" is not an absolute http or https URL, so links are root-relative; pass --base-url to set one`},
		},
		{
			name: "Jekyll permalink styles and collections",
			fsys: fstest.MapFS{
				"_config.yml": file("permalink: pretty\ncollections:\n  talks:\n    output: true\n    permalink: /:collection/:name/\n  presenters:\n    permalink: /:collection/:name/\n  places:\n    output: false\n    permalink: /:collection/\n"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Permalinks.Note != "/:categories/:year/:month/:day/:title/" {
					t.Errorf("posts: %q", c.Permalinks.Note)
				}
				if c.Permalinks.Speaker != "/presenters/:slug/" {
					t.Errorf("speakers: %q", c.Permalinks.Speaker)
				}
				if c.Permalinks.Folders["_talks"] != "/talks/:name/" || c.Permalinks.Talk != config.Default().Permalinks.Talk {
					t.Errorf("talks: %q, folders %q", c.Permalinks.Talk, c.Permalinks.Folders)
				}
			},
		},
		{
			name: "Jekyll collections published without a permalink",
			fsys: fstest.MapFS{
				"_config.yml": file("collections:\n  schedule:\n    output: true\n  speakers:\n    output: true\n  notes:\n    output: false\n  people: {}\n"),
			},
			check: func(t *testing.T, c config.Config) {
				want := map[string]string{"_schedule": "/schedule/:path.html", "_speakers": "/speakers/:path.html"}
				if !maps.Equal(c.Permalinks.Folders, want) {
					t.Errorf("folders %q, want %q", c.Permalinks.Folders, want)
				}
				if c.Permalinks.Speaker != "/speakers/:slug.html" {
					t.Errorf("speakers: %q", c.Permalinks.Speaker)
				}
			},
		},
		{
			// The list form declares collections with no options, which
			// lectern publishes all the same: notes get the pattern of
			// an undeclared folder of notes, not the posts' dated one.
			name: "Jekyll collections as a list of names",
			fsys: fstest.MapFS{
				"_config.yml":      file("permalink: pretty\ncollections: [speakers, notes]\n"),
				"_notes/a.md":      file("---\ntitle: A\n---\n"),
				"_speakers/ada.md": file("---\nname: Ada\n---\n"),
			},
			check: func(t *testing.T, c config.Config) {
				want := map[string]string{"_notes": "/notes/:path/"}
				if !maps.Equal(c.Permalinks.Folders, want) {
					t.Errorf("folders %q, want %q", c.Permalinks.Folders, want)
				}
			},
		},
		{
			name: "Jekyll collection of notes declared without options",
			fsys: fstest.MapFS{
				"_config.yml": file("collections:\n  notes: {}\n  blog:\n    output: false\n"),
				"_notes/a.md": file("---\ntitle: A\n---\n"),
				"_blog/b.md":  file("---\ntitle: B\n---\n"),
			},
			check: func(t *testing.T, c config.Config) {
				want := map[string]string{"_notes": "/notes/:path.html"}
				if !maps.Equal(c.Permalinks.Folders, want) {
					t.Errorf("folders %q, want %q", c.Permalinks.Folders, want)
				}
			},
		},
		{
			name: "Jekyll records of a collection with output false have no page",
			fsys: fstest.MapFS{
				"_config.yml": file("collections:\n  presenters:\n    output: false\n    permalink: /:collection/\n  sponsors:\n    output: false\n  places:\n    output: false\n  organizers:\n    output: false\n  talks:\n    output: true\n"),
			},
			check: func(t *testing.T, c config.Config) {
				if want := []string{"_organizers", "_presenters", "_sponsors"}; !slices.Equal(c.Permalinks.Unrouted, want) {
					t.Errorf("unrouted %q, want %q", c.Permalinks.Unrouted, want)
				}
			},
		},
		{
			// DjangoCon's presenters: output: true under /:collection/,
			// every presenter writing its own permalink. The pattern
			// names no document, so it places none and is no warning.
			name: "Jekyll collection permalink naming no document",
			fsys: fstest.MapFS{
				"_config.yml": file("collections:\n  presenters:\n    output: true\n    permalink: /:collection/\n  schedule:\n    output: true\n    permalink: /:collection/:name/\n"),
			},
			check: func(t *testing.T, c config.Config) {
				want := map[string]string{"_schedule": "/schedule/:name/"}
				if !maps.Equal(c.Permalinks.Folders, want) || c.Permalinks.Speaker != "/speakers/:slug/" {
					t.Errorf("folders %q, speaker pattern %q; want %q and lectern's", c.Permalinks.Folders, c.Permalinks.Speaker, want)
				}
			},
		},
		{
			name: "Jekyll collections published without a permalink, pretty",
			fsys: fstest.MapFS{"_config.yml": file("permalink: pretty\ncollections:\n  schedule:\n    output: true\n")},
			check: func(t *testing.T, c config.Config) {
				if got := c.Permalinks.Folders["_schedule"]; got != "/schedule/:path/" {
					t.Errorf("schedule: %q", got)
				}
			},
		},
		{
			name: "Jekyll pattern with .html",
			fsys: fstest.MapFS{"_config.yml": file("permalink: /blog/:year/:title:output_ext\n")},
			check: func(t *testing.T, c config.Config) {
				if c.Permalinks.Note != "/blog/:year/:title.html" {
					t.Errorf("posts: %q", c.Permalinks.Note)
				}
			},
		},
		{
			name: "Jekyll pattern without a leading slash",
			fsys: fstest.MapFS{"_config.yml": file("permalink: news/:title/  # a comment\n")},
			check: func(t *testing.T, c config.Config) {
				if c.Permalinks.Note != "/news/:title/" {
					t.Errorf("posts: %q", c.Permalinks.Note)
				}
			},
		},
		{
			name: "Jekyll pattern lectern cannot fill",
			fsys: fstest.MapFS{"_config.yml": file("title: x\npermalink: /:year/:i_month/:short_year/\n")},
			check: func(t *testing.T, c config.Config) {
				if c.Permalinks.Note != "/:categories/:year/:month/:day/:title.html" {
					t.Errorf("posts: %q", c.Permalinks.Note)
				}
			},
			diags: []string{`_config.yml:2:1: warning: permalink "/:year/:i_month/:short_year/" uses what lectern cannot fill`},
		},
		{
			name:  "Jekyll config that does not parse",
			fsys:  fstest.MapFS{"_config.yml": file("title: x\n\tbad: tab\n")},
			diags: []string{"_config.yml:2:1: cannot parse _config.yml: found a tab character that violates indentation"},
		},
		{
			name:  "a time zone that is not one",
			fsys:  fstest.MapFS{"_config.yml": file("title: x\ntimezone: Sydney\n")},
			diags: []string{`_config.yml:2:1: warning: timezone "Sydney" is not an IANA time zone name`},
		},
		{
			name: "a time zone abbreviation names its region's zone",
			fsys: fstest.MapFS{"_config.yml": file("title: x\ntimezone: AEST\n")},
			check: func(t *testing.T, c config.Config) {
				if c.Timezone != "Australia/Sydney" || c.Location.String() != "Australia/Sydney" {
					t.Errorf("zone %q, location %v", c.Timezone, c.Location)
				}
			},
		},
		{
			name:  "an ambiguous time zone abbreviation",
			fsys:  fstest.MapFS{"_config.yml": file("title: x\ntimezone: IST\n")},
			diags: []string{`_config.yml:2:1: warning: timezone "IST" is an abbreviation of several time zones; write the IANA name of the one meant: "Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"; times without an offset are local times of no zone meanwhile (shown without a zone, floating in calendars)`},
		},
		{
			// Hugo's config folder: the main file, and a file per key
			// whose settings the main file's own keys override.
			name: "Hugo config folder",
			fsys: fstest.MapFS{
				"config/_default/hugo.yaml":     file("title: Folder Conf\nbaseURL: https://f.example.org/\nparams:\n  author: Main\n"),
				"config/_default/params.yaml":   file("description: From params\nauthor: Params\n"),
				"config/_default/menus.toml":    file("[[main]]\nname = 'Talks'\nurl = '/talk/'\nweight = 1\n"),
				"config/_default/menus.fr.toml": file("[[main]]\nname = 'Exposés'\nurl = '/fr/talk/'\n"),
				"content/talk/a.md":             file("x"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "Folder Conf" || c.BaseURL != "https://f.example.org/" || c.Description != "From params" || c.Author != "Main" {
					t.Errorf("%+v", c)
				}
				if len(c.Menu) != 1 || c.Menu[0].Name != "Talks" {
					t.Errorf("menu %+v", c.Menu)
				}
			},
		},
		{
			name: "Hugo config folder without a main file",
			fsys: fstest.MapFS{
				"config/_default/params.toml": file("description = 'Only params'\n"),
				"content/post/a.md":           file("x"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Description != "Only params" {
					t.Errorf("%+v", c)
				}
			},
		},
		{
			name: "Hugo keys, any case",
			fsys: fstest.MapFS{
				"hugo.toml":         file("baseURL = 'https://h.example.org'\ntitle = 'Hugo Conf'\ntimeZone = 'Europe/Berlin'\n[params]\ndescription = 'D'\nauthor = 'Grace'\n[permalinks]\nposts = '/:year/:month/:title/'\ntalks = '/:section/:slug/'\nspeakers = '/people/:title/'\n"),
				"content/_index.md": file("x"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "Hugo Conf" || c.BaseURL != "https://h.example.org/" || c.Timezone != "Europe/Berlin" || c.Description != "D" || c.Author != "Grace" {
					t.Errorf("%+v", c)
				}
				// Hugo's :title is the title made a URL part, not the file's name.
				// Its keys name sections, whose pages they place, never
				// lectern's kinds.
				want := map[string]string{"posts": "/:year/:month/:slugified_title/", "talks": "/talks/:slug_or_title/", "speakers": "/people/:slugified_title/"}
				if !maps.Equal(c.Permalinks.Sections, want) || c.Permalinks.Note != "" || c.Permalinks.Speaker != config.Default().Permalinks.Speaker {
					t.Errorf("permalinks %+v", c.Permalinks)
				}
			},
		},
		{
			name: "config.toml wins over the other tool's",
			fsys: fstest.MapFS{
				"_config.yml": file("title: Jekyll title\nurl: https://a.example.org\n"),
				"config.toml": file("title = \"lectern title\"\n"),
				"index.md":    file("x"),
			},
			check: func(t *testing.T, c config.Config) {
				if c.Title != "lectern title" || c.BaseURL != "https://a.example.org/" {
					t.Errorf("title %q, base URL %q", c.Title, c.BaseURL)
				}
			},
		},
	})
}

// testForeignConfig reads each case's settings as Detect finds them and
// checks the config and the diagnostics they give.
func testForeignConfig(t *testing.T, tests []foreignConfigCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Detect(tt.fsys)
			if !l.Foreign() {
				t.Fatalf("detected %s", l.Tool)
			}
			c, diags := l.Config(tt.fsys)
			got := diags.Strings()
			if len(got) != len(tt.diags) {
				t.Fatalf("diagnostics %q, want %q", got, tt.diags)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.diags[i]) {
					t.Errorf("diagnostic %q, want it to start %q", got[i], tt.diags[i])
				}
			}
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}
