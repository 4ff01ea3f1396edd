package config

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"lectern/internal/diag"
	"lectern/internal/textenc"
)

// FileName is the name of the configuration file at the site's root.
const FileName = "config.toml"

// Config is a site's configuration. The zero value is not useful; start
// from Default.
type Config struct {
	// Title is the site's name, shown in the header and feeds.
	Title string `toml:"title"`
	// Description is the site's one-line summary for the home page meta
	// description and feeds.
	Description string `toml:"description"`
	// BaseURL is the absolute URL the site is published at, such as
	// "https://conf.example.org/"; canonical links, feeds and the sitemap
	// need it. Empty means links are root-relative and feeds say so.
	BaseURL string `toml:"base_url"`
	// Language is the BCP 47 tag of the site's text ("en").
	Language string `toml:"language"`
	// Timezone is the IANA zone of dates written without an offset
	// ("Europe/Berlin"), or an abbreviation that names one ("AEST", see
	// Zone); an event's own zone takes precedence for its talks.
	Timezone string `toml:"timezone"`
	// Author is the site's default author for feeds.
	Author string `toml:"author"`
	// Feed is the URL of the site's Atom feed, a file from the site's
	// root. Default "/feed.xml"; a Jekyll site read in place gets
	// jekyll-feed's feed.path, so its subscribers' address keeps working.
	Feed string `toml:"feed"`
	// TermFeed is the name of the file, in the folder of each tag's page,
	// of that tag's Atom feed: "" is lectern's "feed.xml". A Hugo site
	// read in place gets Hugo's name for a term's RSS ("index.xml", or
	// its RSS baseName), so readers subscribed to one tag keep it. Not
	// set in config.toml.
	TermFeed string `toml:"-"`
	// SectionFeed is the name of the file, in the folder of each
	// section's list (SectionLists, an _index.md's), of that section's
	// Atom feed; "" writes none, as lectern's own sites have none. A
	// Hugo site read in place gets Hugo's name for a section's RSS
	// ("index.xml"), so readers subscribed to /posts/index.xml keep it.
	// Not set in config.toml.
	SectionFeed string `toml:"-"`
	// Theme names a folder under themes/ in the site; "" or "default" is
	// the theme built into lectern.
	Theme string `toml:"theme"`
	// PublishHidden lists the hidden names (starting with ".") that are
	// published from static/ and content/, wherever they occur, such as
	// ".well-known" or ".htaccess". Every other hidden file and folder is
	// left out with a warning, so that a .env is never deployed by
	// accident. Default [".well-known"], for security.txt and ACME.
	PublishHidden []string `toml:"publish_hidden"`
	// Fields maps lectern's field names (summary, speakers, date… as in
	// the alias table) to the names this site's front matter uses for
	// them, read when lectern's own name is absent:
	// [fields] summary = ["hook"]. Empty by default.
	Fields map[string][]string `toml:"fields"`
	// SectionLists gives each top folder of the content folder that has
	// pages a list of them at its URL (content/posts/ at /posts/), as
	// Hugo's sections have, when no _index.md introduces one and no page
	// of the author's or index of lectern's is there. Default false; true
	// for a Hugo site read in place, whose menus link to those lists.
	SectionLists bool `toml:"section_lists"`
	// FolderHome lists on the home page the top folders and pages of
	// the content folder that the home page's intro does not link, each
	// folder by the page at its URL, as a code host shows a repository's
	// files below its README. Default false; true for a folder of
	// markdown read in place, whose pages nothing else may link.
	FolderHome bool `toml:"folder_home"`

	Permalinks Permalinks `toml:"permalinks"`
	Pagination Pagination `toml:"pagination"`
	Markup     Markup     `toml:"markup"`
	Minify     Minify     `toml:"minify"`
	Schedule   Schedule   `toml:"schedule"`
	Build      Build      `toml:"build"`
	// Events are events declared in config.toml instead of content/events/.
	Events []Event `toml:"events"`
	// Programme is the conference another tool's settings date (Jekyll's
	// conference: {start_date: …}, Hugo's params.startdate, Eleventy's
	// _data/site.json dates.start), Start in UTC when written without an
	// offset; ProgrammePos is where. No event of its own: the model counts
	// from it the days talks name (day: 2) when no event dates them
	// (docs/programme.md). Filled by the layout adapter.
	Programme    Event    `toml:"-"`
	ProgrammePos diag.Pos `toml:"-"`
	// Menu is the site's navigation, in order.
	Menu []MenuItem `toml:"menu"`
	// Collections declare folders or files of data records that are
	// pages (see docs/data-files.md); folders named like a kind are
	// recognised without one.
	Collections []Collection `toml:"collections"`

	// Location is Timezone resolved; never nil after Parse or Default.
	// It is Floating while no config names a zone (ZoneSet is false).
	Location *time.Location `toml:"-"`
	// ZoneSet reports that a configuration named the site's zone:
	// config.toml's timezone, or the other tool's (Jekyll's timezone,
	// Hugo's timeZone). Without it the zone is UTC by assumption, and a
	// time written without an offset may be another zone's (see
	// site.AssumedZone).
	ZoneSet bool `toml:"-"`
	// Params are the settings of another tool's site config that hold a
	// text, number or boolean, by their key as written there; a page's
	// {{ site.key }} tag reads them (docs/template-tags.md). Filled by
	// the layout adapter, never by config.toml; nil for lectern's own
	// layout.
	Params map[string]string `toml:"-"`
	// Settings are every setting of another tool's site config as it
	// wrote them (lists and tables too), for the site variables of a
	// Jekyll page's Liquid. Filled by the layout adapter; nil for
	// lectern's own layout.
	Settings map[string]any `toml:"-"`
	// ThemeShortcodes are the folders of the shortcode templates of the
	// themes another tool's site uses (a Hugo site's theme =
	// "conference" is themes/conference/layouts/shortcodes), in the
	// order the site names its themes: a page's call of a shortcode the
	// site does not define itself runs the first theme's of that name.
	// Filled by the layout adapter, never by config.toml.
	ThemeShortcodes []string `toml:"-"`
	// OtherLanguages are the languages of another tool's multilingual
	// site but its default one (Hugo's languages table), by key ("de"),
	// and LanguageDirs the content folders of theirs (contentDir): their
	// pages are translations, which lectern, building one language,
	// leaves out. Filled by the layout adapter.
	OtherLanguages []string `toml:"-"`
	LanguageDirs   []string `toml:"-"`
	// DefaultLanguage is the key of that site's default language
	// (Hugo's defaultContentLanguage, "en" unless set), which its pages'
	// file names may carry (about.en.md). Filled by the layout adapter.
	DefaultLanguage string `toml:"-"`
	// ContentDir is the content folder of the default language when it
	// has one of its own (Hugo's contentDir = "content/en"): the pages
	// are read from there, at the URLs Hugo gives them.
	ContentDir string `toml:"-"`
	// FieldDefaults are yes-or-no front matter values, or lists of
	// texts, the pages of a folder of the content folder have when they
	// do not write them: an Astro collection's schema's
	// z.boolean().default(false) on a field (published), or
	// z.array(z.string()).default(["others"]) (AstroPaper's tags), which
	// Astro gives every entry without it.
	// Filled by the layout adapter.
	FieldDefaults []FieldDefault `toml:"-"`
	// SourceBase is the path another tool publishes the site under
	// ("/conf2020": Jekyll's baseurl, the path of Hugo's baseURL,
	// Astro's base, Eleventy's pathPrefix, Franklin's prepath), without
	// its final slash; "" for none. Authors write it into links from the
	// root ("/conf2020/assets/logo.png"), which lectern reads without it
	// where they name nothing as written (docs/in-place.md, "Sites
	// published under a base path"). Filled by the layout adapter, and
	// kept when --base-url changes where lectern publishes the site.
	SourceBase string `toml:"-"`
	// Authors are the people another tool's config names for the pages
	// to name as their authors by id (starlight-blog's authors: { ida:
	// { name, title, picture, url } } in astro.config), in the order
	// written. An authors data file naming the same id wins. Filled by
	// the layout adapter.
	Authors []Author `toml:"-"`
	// SettingsRecords are the lists of records another tool's config
	// file holds among its settings, as a Hugo theme that has no
	// content/ keeps its programme (hugo-conference's params.Schedule,
	// params.Sponsors): each is read as a data file of its key's name
	// would be, at its place in the config. Filled by the layout
	// adapter, in the order of the keys' names.
	SettingsRecords []SettingsRecords `toml:"-"`
}

// Author is one person of Config.Authors, as written: ID is the key
// pages name them by, Role their title, Photo a picture's path from
// the site's root or an address.
type Author struct {
	ID, Name, Role, Photo, URL string
}

// Pagination controls how long lists are split.
type Pagination struct {
	// PerPage is the number of entries on one page of the home page, term
	// pages and the speaker index. Default 100.
	PerPage int `toml:"per_page"`
	// HomeNotes makes the home page's later pages (/page/2/, /page/3/…),
	// where the site's talks leave them free, lead to the same pages of
	// the notes index, and /page/1/ to the home page: Hugo's home page
	// lists a blog's posts page by page there, and readers' bookmarks
	// and search engines keep those URLs. Read from a Hugo site; not set
	// in config.toml.
	HomeNotes bool `toml:"-"`
}

// Raw HTML policies for Markup.RawHTML.
const (
	RawHTMLKeep     = "keep"
	RawHTMLSanitize = "sanitize"
	RawHTMLOmit     = "omit"
)

// Markup controls markdown rendering.
type Markup struct {
	// RawHTML is what happens to HTML written in markdown bodies and long
	// text fields: "keep" (default), "sanitize" (scripts, event handlers and
	// javascript: URLs removed) or "omit".
	RawHTML string `toml:"raw_html"`
	// Highlight turns syntax highlighting of fenced code on. Default true.
	Highlight bool `toml:"highlight"`
}

// Minify controls output minification.
type Minify struct {
	// Enabled minifies HTML, CSS, JS, JSON, SVG and XML. Default true.
	Enabled bool `toml:"enabled"`
}

// Schedule controls the programme pages.
type Schedule struct {
	// LocalTime adds the reader's local time beside each time, by script.
	LocalTime bool `toml:"local_time"`
	// ShowChanges is how long a talk that moved since the last build
	// says where it was, as a Go duration ("48h") counted from the build
	// that noticed the move. "" (the default) shows it until the talk's
	// event ends.
	ShowChanges string `toml:"show_changes"`
	// ChangesFor is ShowChanges parsed; 0 means until the event ends.
	ChangesFor time.Duration `toml:"-"`
}

// Build controls lectern build.
type Build struct {
	// TemplateTimeout is how long the templates of one page may run in
	// lectern build, as a Go duration ("60s", "2m"), before the build
	// fails naming the page and its template. Default "60s": a page
	// takes milliseconds, so only a template that never ends reaches it.
	// lectern serve gives a page a few seconds, whatever this says.
	TemplateTimeout string `toml:"template_timeout"`
	// Timeout is TemplateTimeout parsed; never zero after Parse or
	// Default.
	Timeout time.Duration `toml:"-"`
}

// Collection declares where a site keeps data records that are pages.
type Collection struct {
	// Path is the folder or file of records, from the site root
	// ("data/Session", "_data/books.yml").
	Path string `toml:"path"`
	// Kind is what each record is: talk, speaker, event, reading or page.
	Kind string `toml:"kind"`
	// Fields maps lectern's field names to the names these records use
	// for them: fields = { summary = "blurb", speakers = "people" }.
	Fields map[string]string `toml:"fields"`
}

// Event is an event declared in config.toml.
type Event struct {
	Slug     string    `toml:"slug"`
	Name     string    `toml:"name"`
	Start    time.Time `toml:"start"`
	End      time.Time `toml:"end"`
	Venue    string    `toml:"venue"`
	Timezone string    `toml:"timezone"`
	Rooms    []string  `toml:"rooms"`
	URL      string    `toml:"url"`
	// Description is markdown.
	Description string `toml:"description"`
}

// MenuItem is one link of the site navigation.
type MenuItem struct {
	// Name is the link's text; empty for a link to a page (Page), which
	// is then named by its title.
	Name string `toml:"name"`
	// URL is where it links: a root-relative URL or an address.
	URL string `toml:"url"`
	// Page is, instead of URL, the file of a page, as another tool's
	// menus name them (Hugo's pageRef, Quarto's href: about.qmd,
	// minima's header_pages): the link goes to that page's URL.
	Page string `toml:"-"`
	// Weight orders the links of another tool's menus with the pages'
	// own menu entries (Hugo's weight); 0 keeps the order written.
	Weight int `toml:"-"`
	// Pos is where the link is written, for warnings.
	Pos diag.Pos `toml:"-"`
}

// Default returns the configuration of a site without config.toml.
func Default() Config {
	return Config{
		Title:         "lectern site",
		Language:      "en",
		Timezone:      "UTC",
		Location:      Floating,
		Feed:          "/feed.xml",
		PublishHidden: []string{".well-known"},
		Permalinks: Permalinks{
			Talk:    "/talks/:slug/",
			Note:    "/notes/:slug/",
			Reading: "/reading/:slug/",
			Speaker: "/speakers/:slug/",
			Event:   "/events/:slug/",
			Tag:     "/tags/:slug/",
			Track:   "/tracks/:slug/",
			Format:  "/formats/:slug/",
			Level:   "/levels/:slug/",
		},
		Pagination: Pagination{PerPage: 100},
		Markup:     Markup{RawHTML: RawHTMLKeep, Highlight: true},
		Minify:     Minify{Enabled: true},
		Build:      Build{TemplateTimeout: "60s", Timeout: 60 * time.Second},
	}
}

// Parse reads config.toml's text. file names it in diagnostics. It returns
// the defaults overlaid with what the file sets; on an error the returned
// Config is the defaults.
func Parse(file string, src []byte) (Config, diag.List) {
	return ParseOnto(Default(), file, src)
}

// ParseOnto is Parse starting from base instead of the defaults: a site
// read in place starts from what its other tool's config says, and its
// config.toml, when it has one, wins key by key. On an error the returned
// Config is base.
func ParseOnto(base Config, file string, src []byte) (Config, diag.List) {
	var diags diag.List
	src, diags = textenc.Decode(file, src)
	var prims map[string]toml.Primitive
	md, err := toml.Decode(string(src), &prims)
	if err != nil {
		pos := diag.Pos{File: file, Line: 1, Col: 1}
		msg := err.Error()
		var perr toml.ParseError
		if errors.As(err, &perr) {
			pos.Line, pos.Col = perr.Position.Line, perr.Position.Col
			msg = perr.Message
		}
		diags.Errorf(pos, "cannot parse %s: %s; see docs/config.md for the keys and their types", FileName, msg)
		return base, diags
	}
	c := base
	c.PublishHidden = slices.Clone(base.PublishHidden)
	c.Events = slices.Clone(base.Events)
	c.Menu = slices.Clone(base.Menu)
	d := decoder{md: &md, file: file, src: src, diags: &diags}
	d.table(prims, reflect.ValueOf(&c).Elem(), nil, -1)
	if md.IsDefined("timezone") {
		c.ZoneSet = true
	}
	c.validate(file, src, &diags)
	return c, diags
}

func (c *Config) validate(file string, src []byte, diags *diag.List) {
	loc, _, problem := Zone(c.Timezone)
	if problem != "" {
		diags.Errorf(keyPos(file, src, toml.Key{"timezone"}), "timezone %q %s", c.Timezone, problem)
		loc = time.UTC
	}
	if !c.ZoneSet && loc == time.UTC {
		// No zone named: the times written without an offset are
		// floating, not UTC's.
		loc = Floating
	}
	c.Location = loc
	switch c.Markup.RawHTML {
	case RawHTMLKeep, RawHTMLSanitize, RawHTMLOmit:
	default:
		diags.Errorf(keyPos(file, src, toml.Key{"markup", "raw_html"}), "markup.raw_html is %q; use \"keep\", \"sanitize\" or \"omit\"", c.Markup.RawHTML)
		c.Markup.RawHTML = RawHTMLKeep
	}
	if f, ok := FeedURL(c.Feed); ok {
		c.Feed = f
	} else {
		diags.Errorf(keyPos(file, src, toml.Key{"feed"}), "feed is %q; write the path of a file, such as \"/feed.xml\" or \"/atom.xml\"", c.Feed)
		c.Feed = Default().Feed
	}
	if c.Pagination.PerPage < 1 {
		diags.Errorf(keyPos(file, src, toml.Key{"pagination", "per_page"}), "pagination.per_page is %d; it must be 1 or more", c.Pagination.PerPage)
		c.Pagination.PerPage = Default().Pagination.PerPage
	}
	for _, name := range c.PublishHidden {
		if !strings.HasPrefix(name, ".") || name == "." || name == ".." || strings.ContainsAny(name, `/\`) {
			diags.Errorf(keyPos(file, src, toml.Key{"publish_hidden"}), "publish_hidden lists %q; list names of hidden files or folders, each starting with a dot and without a slash, as in [\".well-known\", \".htaccess\"]", name)
		}
	}
	if d, err := time.ParseDuration(c.Build.TemplateTimeout); err != nil || d <= 0 {
		diags.Errorf(keyPos(file, src, toml.Key{"build", "template_timeout"}), "build.template_timeout is %q; write a duration above zero, such as \"60s\" or \"2m\"", c.Build.TemplateTimeout)
		c.Build = Default().Build
	} else {
		c.Build.Timeout = d
	}
	if c.Schedule.ShowChanges != "" {
		if d, err := time.ParseDuration(c.Schedule.ShowChanges); err != nil || d <= 0 {
			diags.Errorf(keyPos(file, src, toml.Key{"schedule", "show_changes"}), "schedule.show_changes is %q; write a duration above zero, such as \"48h\", or leave it out to show a change until the event ends", c.Schedule.ShowChanges)
		} else {
			c.Schedule.ChangesFor = d
		}
	}
	if c.BaseURL != "" && !strings.HasSuffix(c.BaseURL, "/") {
		c.BaseURL += "/"
	}
	if c.BaseURL != "" && !strings.HasPrefix(c.BaseURL, "http://") && !strings.HasPrefix(c.BaseURL, "https://") {
		diags.Errorf(keyPos(file, src, toml.Key{"base_url"}), "base_url %q must be an absolute http or https URL such as \"https://example.org/\"", c.BaseURL)
		c.BaseURL = ""
	}
	for _, p := range []struct{ key, val string }{
		{"talk", c.Permalinks.Talk}, {"note", c.Permalinks.Note}, {"reading", c.Permalinks.Reading},
		{"speaker", c.Permalinks.Speaker}, {"event", c.Permalinks.Event}, {"tag", c.Permalinks.Tag},
		{"track", c.Permalinks.Track}, {"format", c.Permalinks.Format}, {"level", c.Permalinks.Level},
	} {
		byPath := p.val == "" && (p.key == "talk" || p.key == "note" || p.key == "reading")
		if !byPath && (!ValidPermalink(p.val) || p.key != "talk" && p.key != "note" && p.key != "reading" && !strings.Contains(p.val, ":slug")) {
			diags.Errorf(keyPos(file, src, toml.Key{"permalinks", p.key}), "permalinks.%s is %q; a pattern starts with /, ends with / or .html and holds :slug, as in \"/talks/:slug/\"", p.key, p.val)
		}
	}
}

// ValidPermalink reports whether pattern is a permalink pattern lectern
// can fill: it starts with a slash, names the page by :slug (or, as
// Jekyll does, :title, :name or :path), and ends with a slash (a folder's
// index.html) or with .html, which Jekyll sites use and whose URLs
// lectern keeps. Only :slug names taxonomy terms, speakers and events.
func ValidPermalink(pattern string) bool {
	named := strings.Contains(pattern, ":slug") || strings.Contains(pattern, ":title") || strings.Contains(pattern, ":name") || strings.Contains(pattern, ":path")
	return strings.HasPrefix(pattern, "/") && named &&
		(strings.HasSuffix(pattern, "/") || strings.HasSuffix(pattern, ".html"))
}

// keyPos finds the line where key is set, by a plain scan of the text: the
// TOML decoder reports positions only for syntax errors.
func keyPos(file string, src []byte, key toml.Key) diag.Pos {
	lines := strings.Split(string(src), "\n")
	table := ""
	want := key[len(key)-1]
	parent := strings.Join(key[:len(key)-1], ".")
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			table = strings.Trim(t, "[] \t")
			continue
		}
		name, _, ok := strings.Cut(t, "=")
		if !ok {
			continue
		}
		name = strings.Trim(strings.TrimSpace(name), `"'`)
		if table == parent && name == want {
			return diag.Pos{File: file, Line: i + 1, Col: strings.Index(line, t) + 1}
		}
		if table == "" && name == key.String() {
			return diag.Pos{File: file, Line: i + 1, Col: strings.Index(line, t) + 1}
		}
	}
	if table := strings.Join(key[:len(key)-1], "."); table != "" {
		for i, line := range lines {
			if strings.Trim(strings.TrimSpace(line), "[] \t") == table {
				return diag.Pos{File: file, Line: i + 1, Col: 1}
			}
		}
	}
	return diag.Pos{File: file, Line: 1, Col: 1}
}

// FeedURL returns the feed path p as a URL from the site's root ("atom.xml"
// gives "/atom.xml"), and false when p names no file: it is empty, ends
// in a slash or climbs out of the site.
func FeedURL(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if p == "" || strings.HasSuffix(p, "/") || strings.Contains(p, "..") || strings.ContainsAny(p, `\?#`) {
		return "", false
	}
	return "/" + strings.TrimLeft(p, "/"), true
}

// SettingsRecords names a list of records in a tool's config file.
type SettingsRecords struct {
	// File is the config file, slash-separated from the site root.
	File string
	// Path is the keys leading to the list, as written
	// (["params", "Schedule"]); they are matched without regard to
	// case, as Hugo matches its keys.
	Path []string
}
