package config

// FieldDefault is one front matter value given to the pages below Dir, a
// top folder of the content folder, that do not set Field themselves:
// the list of texts List when it is not empty (tags: ["others"]), else
// the yes-or-no Value.
type FieldDefault struct {
	Dir   string
	Field string
	Value bool
	List  []string
}

// Permalinks are URL patterns by page kind. A pattern may use :slug,
// :year, :month and :day, and for talks, notes and reading lists also
// Jekyll's :title, :name, :categories, :short_year, :i_month, :i_day,
// :y_day, :hour, :minute and :second (see docs/corpora.md); it starts
// with a slash and ends with one or with .html.
// An empty Talk, Note or Reading pattern publishes each page of that
// kind at its path in the content folder (content/posts/hello.md at
// /posts/hello/), as Hugo, Eleventy and Astro do.
type Permalinks struct {
	Talk    string `toml:"talk"`
	Note    string `toml:"note"`
	Reading string `toml:"reading"`
	Speaker string `toml:"speaker"`
	Event   string `toml:"event"`
	Tag     string `toml:"tag"`
	Track   string `toml:"track"`
	Format  string `toml:"format"`
	Level   string `toml:"level"`
	// Folders are patterns by folder of the content folder ("_schedule"),
	// read from another tool's config (a Jekyll collection's permalink):
	// a talk, note, reading list or page under one takes its pattern
	// before its kind's. Not set in config.toml.
	Folders map[string]string `toml:"-"`
	// Sections are patterns by top folder of the content folder
	// ("posts"), read from Hugo's [permalinks], whose keys name sections:
	// every page of the folder takes its pattern, whatever its kind (a
	// speaker's or event's own page too, its person or event then at the
	// page's URL), before Folders and its kind's. A section's name never
	// sets a kind's pattern: Hugo's "event" section may hold talks. Not
	// set in config.toml.
	Sections map[string]string `toml:"-"`
	// Author is the pattern of the page lectern makes for a note's
	// author who is no person of the site (no speaker page, no talk):
	// Hugo's authors taxonomy (`[taxonomies] author = "authors"`) gives
	// each author a page at /authors/<term>/, which themes' author
	// badges link. "" (the default) makes no such page: the author is
	// named, unlinked. Not set in config.toml.
	Author string `toml:"-"`
	// Routes are the URL folders of top folders of the content folder
	// whose pages are published at their paths ("blog" → "posts": the
	// page blog/2025/hello.md at /posts/2025/hello/), read from the
	// routes of an Astro site (src/pages/posts/[...slug].astro reading
	// the blog collection); "" publishes them at the root. Not set in
	// config.toml.
	Routes map[string]string `toml:"-"`
	// RouteFields name, by top folder of the content folder, the front
	// matter field whose value, as written, is the last part of the URL
	// of its pages, in place of their file's name: an Astro route that
	// sets its parameter from it (params: { code: s.data.code }
	// publishes sessions/a.md with code: ABC at /schedule/ABC/). A page
	// without the field keeps its file's name. Not set in config.toml.
	RouteFields map[string]string `toml:"-"`
	// Unrouted are top folders of the content folder whose pages have no
	// page of their own, as if each said permalink: false: an Astro
	// collection the site lists and no route publishes. Not set in
	// config.toml.
	Unrouted []string `toml:"-"`
	// Pages is the pattern of another tool's pages: files outside its
	// collections (no folder of their path starts with "_") that no
	// other pattern places. Jekyll publishes them at their path as .html
	// files ("/:path.html", an index at its folder), or as folders of
	// their own ("/:path/") where the site's permalink style ends in a
	// slash, whatever kind their folder names; "" leaves them to their
	// kind's pattern. Not set in config.toml.
	Pages string `toml:"-"`
	// SpeakerPagesByPath publishes a speaker's own page at its path in
	// the content folder (speakers/202007/linda.md at
	// /speakers/202007/linda/), as Hugo, Eleventy and Astro publish every
	// page, so that links the site's author wrote to it keep working; the
	// person takes that URL. A person without a page of their own is at
	// Speaker's pattern. Set for those tools' sites when their config
	// gives speakers no pattern; not set in config.toml.
	SpeakerPagesByPath bool `toml:"-"`
	// EventPagesByPath publishes an event's own page at its path in the
	// content folder (meetups/2018-04-18_night.md at
	// /meetups/2018-04-18_night/), as Hugo, Eleventy and Astro publish
	// every page, so that the site's links to it keep working; the event
	// takes that URL. An event without a page of its own (named by a
	// talk's event field, or declared in config.toml) is at Event's
	// pattern. Set for those tools' sites when their config gives events
	// no pattern; not set in config.toml.
	EventPagesByPath bool `toml:"-"`
	// UndatedNames drops a file name's date prefix from the URL of a
	// page published at its path (2018-01-01-hello.md at …/hello/), as
	// Hugo does when its config reads dates from file names
	// ([frontmatter] date = [":filename", …]); Hugo, Eleventy and Astro
	// keep it otherwise. Not set in config.toml.
	UndatedNames bool `toml:"-"`
	// TagNames is how a tag is named in its page's URL: by its slug
	// (the zero value), or by its name as the site's tool spells a
	// term's folder, so that the links its templates and pages write to
	// its tag pages arrive (see TagNames). Tags are still merged by
	// slug. Set for Franklin and Hugo sites unless config.toml names the
	// tag pattern; not set in config.toml.
	TagNames TagNames `toml:"-"`
	// TermFolders name, by top folder of the content folder, the
	// taxonomy ("tags", "tracks", "formats", "levels") whose terms' pages
	// the folder holds as Hugo writes them: categories/go/_index.md is
	// the page of the term go, categories/_index.md the taxonomy's. Such
	// a page is placed at the URL of that term, or of the taxonomy's
	// index, which it introduces, so a category's page introduces the
	// tag it is in lectern. Set from a Hugo site's taxonomies; not set in
	// config.toml.
	TermFolders map[string]string `toml:"-"`
	// Records are the URLs another tool's templates give the records of
	// a data file, by the file's path in its data folder without its
	// extension ("speakers", "conference/talks"): an Eleventy template
	// that makes a page of each record of _data/talks.json (pagination
	// with size 1) at permalink "/sessions/{{ talk.slug }}/" publishes
	// the record whose slug is keynote at /sessions/keynote/. lectern
	// publishes each record's page there, so that the site's links to it
	// keep working. Not set in config.toml.
	Records map[string]RecordURL `toml:"-"`
	// DataPages says how a Jekyll site's data page generator names the
	// pages it makes of records, for its datapage_url filter. Not set
	// in config.toml.
	DataPages DataPageNames `toml:"-"`
	// Files publishes each page placed at its path (a page or a routed
	// collection's entry of a site whose tool publishes pages at their
	// paths) as an .html file of its name rather than a folder
	// (talks/x.md at /talks/x.html, talks/index.md at /talks.html; the
	// home page stays at /), as Astro's build.format: 'file' writes
	// them, so that the site's links to them keep working. Pages lectern
	// makes (indexes, tags, people without a page) keep their folders.
	// Not set in config.toml.
	Files bool `toml:"-"`
}

// DataPageNames says how Jekyll's data page generator (page_gen:) names
// a record's page: by its folder (talks/tides/) when Dirs, as the
// site's page_gen-dirs says, else by its file (talks/tides.html); with
// Jekyll's slugify when Slugify, as the generator's later versions do,
// else as a file name (content.DataPageName).
type DataPageNames struct {
	Dirs, Slugify bool
}

// RecordURL is the URL of each record of a data file: Prefix, the value
// of the record's field Field (made a slug when Slugify, as the
// template's slugify or slug filter does; made a file name when
// FileName, as Jekyll's data page generator does, see
// content.DataPageName), then Suffix. Prefix starts with a slash and
// Suffix ends with one or with .html. When Filter names a field, a
// record that does not set it, or sets it to false, has no page, as
// the generator's filter: option makes none of it. When Title names a
// field (a path into the record: talk.title), its text titles a record
// that writes no title of its own, as the generator titles the page.
type RecordURL struct {
	Prefix, Field, Suffix string
	Slugify, FileName     bool
	Filter, Title         string
}

// TagNames is a rule by which a tag's name becomes the part of its
// page's URL (Permalinks.TagNames).
type TagNames uint8

const (
	// TagSlugs names a tag by its slug: lower case, accents removed
	// (content.Slugify), lectern's own rule.
	TagSlugs TagNames = iota
	// TagFranklinNames names it as Franklin names the folders of its tag
	// pages: lower case, each run of spaces one underscore, characters
	// other than letters, digits, "_" and "-" dropped ("Machine
	// Learning" at /tag/machine_learning/).
	TagFranklinNames
	// TagHugoNames names it as Hugo's urlize does: lower case, letters
	// of every script kept with their accents, digits and . _ ~ + # @ -
	// kept, each run of blanks one hyphen, anything else dropped ("José
	// Ñúñez" at /tags/josé-ñúñez/, "C++" at /tags/c++/).
	TagHugoNames
)
