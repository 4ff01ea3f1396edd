package layout

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"strings"

	"golang.org/x/net/html"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/textenc"
)

// Config reads the site's configuration for a foreign layout: lectern's
// defaults, overlaid with what the other tool's config says (title, base
// URL, time zone, description, author, permalinks), then with lectern's
// own config.toml when the site has one that is not the other tool's.
// Keys lectern has no use for are the other tool's and are ignored
// without a word. For lectern's own layout it reads config.toml alone.
// A site none of them names is called what its README's opening heading
// calls it (ReadmeTitle).
func (l Layout) Config(fsys fs.FS) (config.Config, diag.List) {
	c, diags := l.config(fsys)
	if c.Title == config.Default().Title {
		if t := ReadmeTitle(fsys); t != "" {
			c.Title = t
		}
	}
	return c, diags
}

// config is Config but for the README's title.
func (l Layout) config(fsys fs.FS) (config.Config, diag.List) {
	c := config.Default()
	var diags diag.List
	f := foreign{c: &c, diags: &diags}
	if l.Foreign() {
		if l.RoutesByPath() {
			// Until the tool's config says otherwise, its talks, notes
			// and reading lists keep the URLs it gives them: their paths.
			c.Permalinks.Talk, c.Permalinks.Note, c.Permalinks.Reading = "", "", ""
			// A speaker's own page too: the site's links to it name
			// its file's path, not the person's name.
			c.Permalinks.SpeakerPagesByPath = true
			// And an event's: the tool publishes it at its path
			// (meetups/2018-04-18_night.md), not at /events/<slug>/.
			c.Permalinks.EventPagesByPath = true
		}
		switch l.Tool {
		case Jekyll:
			f.jekyll(fsys, l.ConfigFile, l.ContentDir, l.DataDirs())
		case Hugo:
			c.SectionLists = true
			f.hugo(fsys, l.ConfigFile)
		case Astro:
			f.astro(fsys, l.Evidence)
			// The content config is read once for both.
			cols := astroCollections(fsys)
			diags.Append(astroLoaderDiags(cols))
			c.Permalinks.Routes, c.Permalinks.RouteFields, c.Permalinks.Unrouted = astroRoutes(fsys, l, cols)
			if _, routed := c.Permalinks.Routes["docs"]; !routed && starlightDocs(fsys, l) {
				// Starlight's own route, which no file of src/pages
				// shows, publishes its docs at the root.
				if c.Permalinks.Routes == nil {
					c.Permalinks.Routes = map[string]string{}
				}
				c.Permalinks.Routes["docs"] = ""
			}
			c.FieldDefaults = astroFieldDefaults(l, cols)
		case Folder:
			// A repository of notes shows its folders and files below
			// its README: each top folder gets a list, and the home
			// page links them (render's home contents).
			c.SectionLists, c.FolderHome = true, true
		case Eleventy:
			f.eleventySite(fsys, l)
		case Franklin:
			f.franklin(fsys)
		case Quarto:
			// Quarto renders each file to an .html file of its name (talks/
			// Big_Talk.qmd to talks/Big_Talk.html), an index to its folder's.
			c.Permalinks.Pages = "/:path.html"
			f.quarto(fsys)
		case RMarkdown:
			f.rmarkdown(fsys)
		case Quartz:
			// Quartz writes each page to an .html file at its slug
			// (Areas/Deep-work.html), which its links name without the
			// extension and its hosts serve at both.
			c.Permalinks.Pages = "/:path.html"
			f.quartz(fsys)
		}
		f.menuOffBase()
	}
	// The global data read before any page: its time zone says how
	// their dates are read.
	f.siteData(fsys, l.DataDirs())
	if l.Foreign() && l.ConfigFile == config.FileName {
		return c, diags
	}
	src, err := fs.ReadFile(fsys, config.FileName)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return c, diags
	case err != nil:
		diags.Errorf(diag.Pos{File: config.FileName}, "cannot read %s: %v", config.FileName, err)
		return c, diags
	}
	speaker, event, tag := c.Permalinks.Speaker, c.Permalinks.Event, c.Permalinks.Tag
	c, d := config.ParseOnto(c, config.FileName, src)
	diags.Append(d)
	if c.Permalinks.Tag != tag {
		// A tag pattern of lectern's own config names tags by slug.
		c.Permalinks.TagNames = config.TagSlugs
	}
	if c.Permalinks.Speaker != speaker {
		// lectern's own config names the speakers' pattern: it wins.
		c.Permalinks.SpeakerPagesByPath = false
	}
	if c.Permalinks.Event != event {
		// So does the events' pattern it names.
		c.Permalinks.EventPagesByPath = false
	}
	return c, diags
}

// foreign fills a Config from another tool's config file.
type foreign struct {
	c     *config.Config
	diags *diag.List
	file  string
	src   []byte
	// origins are the files of Hugo's config folder that gave its
	// settings, by dotted key path (hugoKeyFiles).
	origins map[string]source
}

// read reads file, reporting why it cannot; nil when it is absent.
func (f *foreign) read(fsys fs.FS, file string) []byte {
	f.file = file
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			f.diags.Errorf(diag.Pos{File: file}, "cannot read: %v", err)
		}
		return nil
	}
	src, d := textenc.Decode(file, src)
	f.diags.Append(d)
	f.src = src
	return src
}

// pos is the position of the line where key is set, found by a plain
// scan: the decoders give positions only for syntax errors.
func (f *foreign) pos(key string) diag.Pos {
	re := regexp.MustCompile(`(?mi)^([ \t"']*)` + regexp.QuoteMeta(key) + `["']?\s*[:=]`)
	if loc := re.FindSubmatchIndex(f.src); loc != nil {
		line := 1 + strings.Count(string(f.src[:loc[0]]), "\n")
		return diag.Pos{File: f.file, Line: line, Col: 1 + loc[3] - loc[2]}
	}
	return diag.Pos{File: f.file, Line: 1, Col: 1}
}

func (f *foreign) title(v any) {
	if s := str(v); s != "" {
		f.c.Title = s
	}
}

// description takes the site's description as text: a theme's config
// may write it with HTML (Jekyll's minima shows it unescaped in its
// footer, "<b>RubyConf</b> is …"), which a meta description and a feed
// cannot hold and lectern's footer would show escaped, tags and all.
// The tags go; their text stays.
func (f *foreign) description(v any) {
	if s := htmlText(str(v)); s != "" {
		f.c.Description = s
	}
}

// htmlText is s without its HTML tags and comments, entities decoded
// and blanks collapsed; s without a tag is returned as it is.
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			// A tag that breaks a line keeps the words apart.
			if name, _ := z.TagName(); string(name) == "br" || string(name) == "p" {
				b.WriteByte(' ')
			}
		}
	}
}

// author takes a name, or the name of a {name, email} table.
func (f *foreign) author(v any) {
	if m, ok := v.(map[string]any); ok {
		v = m["name"]
	}
	if s := str(v); s != "" {
		f.c.Author = s
	}
}

// timezone sets the zone of dates written without an offset. A name Go
// does not know is a warning, not an error: the other tool builds the
// site anyway, with its own default.
func (f *foreign) timezone(key string, v any) {
	s := str(v)
	if s == "" {
		return
	}
	loc, iana, problem := config.Zone(s)
	if problem != "" {
		f.diags.Warnf(f.pos(key), "%s %q %s; times without an offset are local times of no zone meanwhile (shown without a zone, floating in calendars)", key, s, problem)
		return
	}
	f.c.Timezone, f.c.Location, f.c.ZoneSet = iana, loc, true
}

// SiteSettings fills the settings of c that neither lectern's config nor
// the other tool's set from a global data file naming the site, as
// Eleventy's starters do (_data/site.json, _data/metadata.json: title,
// url, description, author, and language: siteLanguage). A url that is not an absolute http or https
// URL, or that names the author's own machine (localhost), is where the
// site is previewed, not published, and is not taken.
func SiteSettings(c config.Config, m map[string]any) config.Config {
	var diags diag.List // the setters below warn only about time zones
	f := foreign{c: &c, diags: &diags}
	if c.Title == config.Default().Title {
		f.title(m["title"])
	}
	if c.Description == "" {
		f.description(m["description"])
	}
	if c.Author == "" {
		f.author(m["author"])
	}
	if c.Language == config.Default().Language {
		if l := siteLanguage(m); l != "" {
			c.Language = l
		}
	}
	if c.BaseURL == "" {
		for _, key := range []string{"url", "baseUrl", "baseURL", "base_url", "siteUrl", "site_url", "domain"} {
			if u := strings.TrimSpace(str(m[key])); publishedURL(u) {
				f.baseURL(key, u)
				break
			}
		}
	}
	return c
}

// publishedURL reports whether u is an absolute http or https URL of a
// host other than the author's own machine.
func publishedURL(u string) bool {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return false
	}
	switch h := p.Hostname(); {
	case h == "localhost", h == "0.0.0.0", strings.HasPrefix(h, "127."), h == "::1":
		return false
	}
	return true
}

// baseURL sets the absolute URL the site is published at.
func (f *foreign) baseURL(key, u string) {
	u = strings.TrimSpace(u)
	if u == "" {
		return
	}
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		f.diags.Warnf(f.pos(key), "%s %q is not an absolute http or https URL, so links are root-relative; pass --base-url to set one", key, u)
		return
	}
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	f.c.BaseURL = u
}

// sourceBase sets the path the tool publishes the site under (Jekyll's
// baseurl "/conf2020", Franklin's prepath "conf2020"), as
// config.Config.SourceBase holds it: with a leading slash, without a
// final one. A path with a template in it ("{{ env }}"), a scheme or a
// query is no path and is ignored, as are "" and "/".
func (f *foreign) sourceBase(p string) {
	p = strings.Trim(strings.TrimSpace(p), "/")
	if p == "" || strings.ContainsAny(p, "{}:?#% \t") {
		return
	}
	f.c.SourceBase = "/" + p
}

// menuOffBase takes the site's base path off the links of its menu
// that its author wrote under it ("/conf2020/talks/" on a site whose
// tool publishes it under /conf2020): lectern's menu links are paths of
// the site, which the theme puts under lectern's own base path. Other
// links from the root ("/about/") are left as written: themes put them
// under the base path (Jekyll's relative_url, Hugo's relURL), as
// lectern's does.
func (f *foreign) menuOffBase() {
	b := f.c.SourceBase
	if b == "" {
		return
	}
	for i, m := range f.c.Menu {
		if rest, ok := strings.CutPrefix(m.URL, b); ok && (rest == "" || strings.ContainsAny(rest[:1], "/#?")) {
			if !strings.HasPrefix(rest, "/") {
				rest = "/" + rest
			}
			f.c.Menu[i].URL = rest
		}
	}
}

// permalink sets the pattern of the kind of pages in folder dir, when
// lectern knows the kind and can fill the pattern.
func (f *foreign) permalink(key, dir, pattern string) {
	kind, ok := content.FolderKind(dir + "/x.md")
	if !ok || kind == content.KindSponsor || kind == content.KindPage {
		// lectern has no permalink setting for these kinds.
		return
	}
	f.kindPermalink(key, kind, pattern)
}

// folderPermalink sets the pattern of the pages in folder dir, whatever
// their kind, as a Jekyll collection's permalink applies to its
// documents; a pattern lectern cannot fill is a warning.
func (f *foreign) folderPermalink(key, dir, pattern string) {
	if !config.ValidPermalink(pattern) {
		f.diags.Warnf(f.pos(key), "permalink %q uses what lectern cannot fill (see docs/corpora.md for the tokens it knows), so these pages get lectern's URLs; write a pattern such as \"/:year/:month/:day/:title/\"", pattern)
		return
	}
	if f.c.Permalinks.Folders == nil {
		f.c.Permalinks.Folders = map[string]string{}
	}
	f.c.Permalinks.Folders[dir] = pattern
	if kind, ok := content.FolderKind(dir + "/x.md"); ok && (kind == content.KindSpeaker || kind == content.KindEvent) && !content.YearlyFolder(path.Base(dir)) {
		// People and events without a page of their own are at
		// their kind's pattern (their own pages, files of the
		// folder, are placed by Folders); a collection of one
		// year's (_speakers_2024) leaves it to the collection of
		// them all.
		f.kindPermalink(key, kind, pattern)
	}
}

// kindPermalink sets the pattern of the pages of kind.
func (f *foreign) kindPermalink(key string, kind content.Kind, pattern string) {
	// Speakers and events are named by their slug alone: a pattern of
	// theirs must hold :slug.
	bySlug := kind == content.KindSpeaker || kind == content.KindEvent
	if bySlug {
		pattern = strings.NewReplacer(":slugified_title", ":slug", ":name", ":slug", ":title", ":slug", ":path", ":slug").Replace(pattern)
	}
	if !config.ValidPermalink(pattern) || bySlug && !strings.Contains(pattern, ":slug") {
		f.diags.Warnf(f.pos(key), "permalink %q uses what lectern cannot fill (see docs/corpora.md for the tokens it knows), so these pages get lectern's URLs; write a pattern such as \"/:year/:month/:day/:title/\"", pattern)
		return
	}
	switch kind {
	case content.KindTalk:
		f.c.Permalinks.Talk = pattern
	case content.KindNote:
		f.c.Permalinks.Note = pattern
	case content.KindReading:
		f.c.Permalinks.Reading = pattern
	case content.KindSpeaker:
		f.c.Permalinks.Speaker, f.c.Permalinks.SpeakerPagesByPath = pattern, false
	case content.KindEvent:
		f.c.Permalinks.Event, f.c.Permalinks.EventPagesByPath = pattern, false
	}
}

// lower returns m with its keys, and those of its tables, lowercased.
func lower(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if t, ok := v.(map[string]any); ok {
			v = lower(t)
		}
		out[strings.ToLower(k)] = v
	}
	return out
}

// str is v as a string, "" for anything but a scalar.
func str(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case nil, map[string]any, []any:
		return ""
	}
	return fmt.Sprint(v)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlPos is the position yaml.v3 gives in its message.
func yamlPos(file string, err error) diag.Pos {
	pos := diag.Pos{File: file, Line: 1, Col: 1}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		fmt.Sscan(m[1], &pos.Line)
	}
	return pos
}

// yamlMessage is yaml.v3's message without the position yamlPos took,
// on one line.
func yamlMessage(err error) string {
	msg := strings.TrimPrefix(yamlLine.ReplaceAllString(err.Error(), ""), "yaml: ")
	return strings.Join(strings.Fields(msg), " ")
}

// warnAt is a warning at pos, for unmarshalYAML.
func (f *foreign) warnAt(pos diag.Pos, msg string) { f.diags.Warnf(pos, "%s", msg) }
