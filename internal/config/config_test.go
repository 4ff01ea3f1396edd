package config

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"golang.org/x/text/encoding/unicode"
)

func TestDefault(t *testing.T) {
	c := Default()
	if c.Location == nil || c.Location.String() != "UTC" {
		t.Errorf("Location = %v, want UTC", c.Location)
	}
	if c.Pagination.PerPage != 100 || c.Markup.RawHTML != RawHTMLKeep || !c.Minify.Enabled || !c.Markup.Highlight {
		t.Errorf("defaults wrong: %+v", c)
	}
	if c.Permalinks.Talk != "/talks/:slug/" || c.Permalinks.Tag != "/tags/:slug/" {
		t.Errorf("permalink defaults wrong: %+v", c.Permalinks)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		check func(t *testing.T, c Config)
		diags []string
	}{
		{
			name: "empty file keeps defaults",
			src:  "",
			check: func(t *testing.T, c Config) {
				if c.Title != "lectern site" {
					t.Errorf("Title = %q", c.Title)
				}
				if c.ZoneSet {
					t.Error("ZoneSet with no timezone written: UTC is only assumed")
				}
			},
		},
		{
			name: "fields table",
			src:  "[fields]\nsummary = [\"hook\"]\nspeakers = [\"host\", \"presenter\"]\n",
			check: func(t *testing.T, c Config) {
				if got := fmt.Sprint(c.Fields); got != "map[speakers:[host presenter] summary:[hook]]" {
					t.Errorf("Fields = %s", got)
				}
			},
		},
		{
			name: "known keys",
			src: `title = "DjangoCon"
base_url = "https://conf.example.org"
language = "de"
timezone = "America/Chicago"
[pagination]
per_page = 20
[markup]
raw_html = "sanitize"
[minify]
enabled = false
[permalinks]
talk = "/sessions/:year/:slug/"
[[events]]
name = "DjangoCon US 2017"
timezone = "America/Chicago"
rooms = ["Ballroom A", "Ballroom B"]
[[menu]]
name = "Schedule"
url = "/schedule/"
`,
			check: func(t *testing.T, c Config) {
				if c.Title != "DjangoCon" || c.Language != "de" || c.BaseURL != "https://conf.example.org/" {
					t.Errorf("got %q %q %q", c.Title, c.Language, c.BaseURL)
				}
				if c.Location.String() != "America/Chicago" {
					t.Errorf("Location = %v", c.Location)
				}
				if c.Pagination.PerPage != 20 || c.Markup.RawHTML != "sanitize" || c.Minify.Enabled {
					t.Errorf("tables not read: %+v %+v %+v", c.Pagination, c.Markup, c.Minify)
				}
				if c.Permalinks.Talk != "/sessions/:year/:slug/" || c.Permalinks.Note != "/notes/:slug/" {
					t.Errorf("permalinks: %+v", c.Permalinks)
				}
				if len(c.Events) != 1 || !slices.Equal(c.Events[0].Rooms, []string{"Ballroom A", "Ballroom B"}) {
					t.Errorf("events: %+v", c.Events)
				}
				if len(c.Menu) != 1 || c.Menu[0].URL != "/schedule/" {
					t.Errorf("menu: %+v", c.Menu)
				}
			},
		},
		{
			name:  "unknown keys are warnings with their line",
			src:   "title = \"x\"\ntitel = \"typo\"\n[markup]\nraw = \"keep\"\n",
			diags: []string{`config.toml:2:1: warning: unknown key "titel" in config.toml: it is ignored; check its spelling against docs/config.md`, `config.toml:4:1: warning: unknown key "markup.raw" in config.toml: it is ignored; check its spelling against docs/config.md`},
		},
		{
			name:  "malformed file is an error with line and column",
			src:   "title = \"x\"\nbase_url = https://x\n",
			diags: []string{`config.toml:2:12: cannot parse config.toml: expected value but found "https" instead; see docs/config.md for the keys and their types`},
		},
		{
			name: "a zone abbreviation names its region's zone",
			src:  "timezone = \"aest\"\n",
			check: func(t *testing.T, c Config) {
				if c.Location.String() != "Australia/Sydney" || !c.ZoneSet {
					t.Errorf("location %v, set %v", c.Location, c.ZoneSet)
				}
			},
		},
		{
			name:  "an ambiguous zone abbreviation names the choices",
			src:   "timezone = \"IST\"\n",
			diags: []string{`config.toml:1:1: timezone "IST" is an abbreviation of several time zones; write the IANA name of the one meant: "Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"`},
			check: func(t *testing.T, c Config) {
				if c.Location.String() != "UTC" {
					t.Errorf("bad zone must fall back to UTC, got %v", c.Location)
				}
			},
		},
		{
			name:  "bad values",
			src:   "base_url = \"conf.example.org\"\n[markup]\nraw_html = \"strip\"\n[pagination]\nper_page = 0\n[permalinks]\ntag = \"/tags/\"\n",
			diags: []string{`config.toml:1:1: base_url "conf.example.org/" must be an absolute http or https URL such as "https://example.org/"`, `config.toml:3:1: markup.raw_html is "strip"; use "keep", "sanitize" or "omit"`, `config.toml:5:1: pagination.per_page is 0; it must be 1 or more`, `config.toml:7:1: permalinks.tag is "/tags/"; a pattern starts with /, ends with / or .html and holds :slug, as in "/talks/:slug/"`},
		},
		{
			name: "feed written without a slash",
			src:  "feed = \"atom.xml\"\n",
			check: func(t *testing.T, c Config) {
				if c.Feed != "/atom.xml" {
					t.Errorf("feed %q", c.Feed)
				}
			},
		},
		{
			name:  "a feed naming no file",
			src:   "feed = \"feeds/\"\n",
			diags: []string{`config.toml:1:1: feed is "feeds/"; write the path of a file, such as "/feed.xml" or "/atom.xml"`},
			check: func(t *testing.T, c Config) {
				if c.Feed != "/feed.xml" {
					t.Errorf("feed %q", c.Feed)
				}
			},
		},
		{
			name: "template timeout",
			src:  "title = \"x\"\n[build]\ntemplate_timeout = \"2m30s\"\n",
			check: func(t *testing.T, c Config) {
				if c.Build.Timeout != 150*time.Second {
					t.Errorf("Build.Timeout = %v, want 2m30s", c.Build.Timeout)
				}
			},
		},
		{
			name: "template timeout by default",
			src:  "",
			check: func(t *testing.T, c Config) {
				if c.Build.Timeout != time.Minute || c.Build.TemplateTimeout != "60s" {
					t.Errorf("Build = %+v, want 60s", c.Build)
				}
			},
		},
		{
			name:  "bad template timeouts",
			src:   "[build]\ntemplate_timeout = \"forever\"\n",
			diags: []string{`config.toml:2:1: build.template_timeout is "forever"; write a duration above zero, such as "60s" or "2m"`},
			check: func(t *testing.T, c Config) {
				if c.Build.Timeout != time.Minute {
					t.Errorf("a bad timeout must fall back to 60s, got %v", c.Build.Timeout)
				}
			},
		},
		{
			name:  "zero template timeout",
			src:   "title = \"x\"\n\n[build]\n  template_timeout = \"0s\"\n",
			diags: []string{`config.toml:4:3: build.template_timeout is "0s"; write a duration above zero, such as "60s" or "2m"`},
		},
		{
			name: "every type error at its value",
			src:  "title = 3\ndescription = \"kept\"\n[pagination]\nper_page = \"x\"\n[markup]\nhighlight = \"no\"\nraw_html = \"omit\"\n",
			diags: []string{
				`config.toml:1:9: title is an integer; it must be a string, such as title = "DjangoCon US"`,
				`config.toml:4:12: pagination.per_page is a string; it must be an integer, such as per_page = 20 under [pagination]`,
				`config.toml:6:13: markup.highlight is a string; it must be true or false, such as highlight = false under [markup]`,
			},
			check: func(t *testing.T, c Config) {
				if c.Title != "lectern site" || c.Description != "kept" || c.Pagination.PerPage != 100 || c.Markup.RawHTML != "omit" || !c.Markup.Highlight {
					t.Errorf("a bad value must keep its default and the good ones take effect: %q %q %d %q %v", c.Title, c.Description, c.Pagination.PerPage, c.Markup.RawHTML, c.Markup.Highlight)
				}
			},
		},
		{
			name: "type errors in tables and arrays of tables",
			src:  "pagination = 3\npublish_hidden = \".env\"\n[[events]]\nname = \"A\"\n[[events]]\nname = 2\nrooms = [\"A\", 1]\n[[events]]\nname = \"C\"\nstart = \"tomorrow\"\n[[menu]]\nname = \"Home\"\nurl = true\n",
			diags: []string{
				`config.toml:1:14: pagination is an integer; it must be a table, such as [pagination] with per_page = 20`,
				`config.toml:2:18: publish_hidden is a string; it must be an array of strings, such as publish_hidden = [".well-known", ".htaccess"]`,
				`config.toml:6:8: events.name is an integer; it must be a string, such as name = "…" under [[events]]`,
				`config.toml:7:9: events.rooms is an array of mixed or other values; it must be an array of strings, such as rooms = ["Ballroom A", "Ballroom B"] under [[events]]`,
				`config.toml:10:9: events.start is a string; it must be a date and time, such as start = 2027-09-01T09:00:00-05:00 under [[events]]`,
				`config.toml:13:7: menu.url is a boolean; it must be a string, such as url = "…" under [[menu]]`,
			},
			check: func(t *testing.T, c Config) {
				if len(c.Events) != 3 || c.Events[0].Name != "A" || c.Events[2].Name != "C" || len(c.Menu) != 1 || c.Menu[0].Name != "Home" {
					t.Errorf("the good values of arrays of tables must take effect: %+v %+v", c.Events, c.Menu)
				}
			},
		},
		{
			name: "empty arrays",
			src:  "events = []\nmenu = []\npublish_hidden = []\n",
			check: func(t *testing.T, c Config) {
				if len(c.Events) != 0 || len(c.Menu) != 0 || len(c.PublishHidden) != 0 {
					t.Errorf("got %+v %+v %q", c.Events, c.Menu, c.PublishHidden)
				}
			},
		},
		{
			name: "publish_hidden default",
			src:  "",
			check: func(t *testing.T, c Config) {
				if !slices.Equal(c.PublishHidden, []string{".well-known"}) {
					t.Errorf("PublishHidden = %q", c.PublishHidden)
				}
			},
		},
		{
			name: "publish_hidden set",
			src:  "publish_hidden = [\".htaccess\"]\n",
			check: func(t *testing.T, c Config) {
				if !slices.Equal(c.PublishHidden, []string{".htaccess"}) {
					t.Errorf("PublishHidden = %q", c.PublishHidden)
				}
			},
		},
		{
			name: "publish_hidden names",
			src:  "title = \"x\"\npublish_hidden = [\".well-known\", \"static/.env\", \"env\"]\n",
			diags: []string{
				`config.toml:2:1: publish_hidden lists "env"; list names of hidden files or folders, each starting with a dot and without a slash, as in [".well-known", ".htaccess"]`,
				`config.toml:2:1: publish_hidden lists "static/.env"; list names of hidden files or folders, each starting with a dot and without a slash, as in [".well-known", ".htaccess"]`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, diags := Parse("config.toml", []byte(tt.src))
			got := diags.Strings()
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tt.diags) {
				t.Errorf("diagnostics:\n got %q\nwant %q", got, tt.diags)
			}
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}

// A config.toml saved as UTF-16 (Notepad's "Unicode") is read, with a
// warning saying so, rather than refused for its NUL bytes.
func TestParseUTF16(t *testing.T) {
	src, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("title = \"Café\"\r\nbase_url = \"https://example.org/\"\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, diags := Parse(FileName, src)
	if c.Title != "Café" || c.BaseURL != "https://example.org/" {
		t.Errorf("title %q, base_url %q", c.Title, c.BaseURL)
	}
	want := []string{"config.toml:1:1: warning: the file is UTF-16 (little-endian); read it as such; save the file as UTF-8 to silence this"}
	if got := diags.Strings(); !slices.Equal(got, want) {
		t.Errorf("diagnostics %q, want %q", got, want)
	}
}
