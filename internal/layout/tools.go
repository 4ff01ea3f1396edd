package layout

// The readers of other tools' configs: Hugo's (a file, or its config
// folder), Astro's, Franklin's and Quarto's. Jekyll's is in jekyll.go.

import (
	"cmp"
	"encoding/json"
	"errors"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// decodeHugo decodes one of Hugo's config files by its extension; a
// file that does not parse is an error at its line.
func (f *foreign) decodeHugo(file string, src []byte) (map[string]any, bool) {
	var m map[string]any
	switch path.Ext(file) {
	case ".toml":
		if _, err := toml.Decode(string(src), &m); err != nil {
			pos := diag.Pos{File: file, Line: 1, Col: 1}
			msg := err.Error()
			var perr toml.ParseError
			if errors.As(err, &perr) {
				pos.Line, pos.Col, msg = perr.Position.Line, perr.Position.Col, perr.Message
			}
			f.diags.Errorf(pos, "cannot parse %s: %s", file, msg)
			return nil, false
		}
	case ".json":
		if err := json.Unmarshal(src, &m); err != nil {
			f.diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "cannot parse %s: %v", file, err)
			return nil, false
		}
	default:
		if err := unmarshalYAML(file, src, &m, f.warnAt); err != nil {
			f.diags.Errorf(yamlPos(file, err), "cannot parse %s: %s", file, yamlMessage(err))
			return nil, false
		}
	}
	if m == nil {
		m = map[string]any{}
	}
	return m, true
}

func (f *foreign) hugo(fsys fs.FS, file string) {
	if file == "" {
		return
	}
	m := map[string]any{}
	if file != HugoConfigDir {
		src := f.read(fsys, file)
		if src == nil {
			return
		}
		var ok bool
		if m, ok = f.decodeHugo(file, src); !ok {
			return
		}
	}
	if path.Dir(file) == HugoConfigDir || file == HugoConfigDir {
		f.hugoKeyFiles(fsys, m)
	} else {
		f.hugoFolderOver(fsys, m)
	}
	m = lower(m) // Hugo's keys are not case-sensitive
	// The default language's own settings are the site's where it has
	// them, as Hugo builds that language's pages with them.
	def := strings.ToLower(cmp.Or(str(m["defaultcontentlanguage"]), "en"))
	langs, _ := m["languages"].(map[string]any)
	lang, _ := langs[def].(map[string]any)
	params, _ := m["params"].(map[string]any)
	langParams, _ := lang["params"].(map[string]any)
	f.params(langParams) // the first given of a param wins
	f.params(params)
	f.programme(langParams)
	f.programme(params)
	if path.Dir(file) != HugoConfigDir {
		f.hugoSettingsRecords(file, params)
	}
	f.hugoMenu(m, lang, def)
	f.title(m["title"])
	f.title(lang["title"])
	f.description(params["description"])
	f.description(langParams["description"])
	f.author(m["author"])
	if f.c.Author == "" {
		f.author(params["author"])
	}
	f.timezone("timeZone", m["timezone"])
	f.baseURL("baseURL", str(m["baseurl"]))
	if u, err := url.Parse(strings.TrimSpace(str(m["baseurl"]))); err == nil {
		f.sourceBase(u.Path)
	}
	if lang := str(m["languagecode"]); lang != "" {
		f.c.Language = lang
	}
	f.languages(m)
	f.hugoContentDir(m)
	f.hugoPermalinks(m)
	f.hugoTermFolders(m)
	f.hugoAuthorPages(m)
	f.hugoThemeShortcodes(m["theme"])
	f.c.Permalinks.UndatedNames = hugoFileDates(m)
	if b, _ := m["removepathaccents"].(bool); !b {
		// Hugo keeps accents in a term's URL unless told not to;
		// lectern's slug, which drops them, is then the nearer rule.
		f.c.Permalinks.TagNames = config.TagHugoNames
	}
	if p, ok := hugoFeed(m); ok {
		f.c.Feed = p
	}
	f.c.TermFeed, f.c.SectionFeed = hugoListFeeds(m)
	if n := hugoPagerSize(m); n > 0 {
		f.c.Pagination.PerPage = n
	}
	f.c.Pagination.HomeNotes = true
}

// hugoFileDates reports whether Hugo's [frontmatter] reads any of a
// page's dates from its file name (":filename"): Hugo then takes the
// page's slug from the rest of the name, so 2018-01-01-hello.md is at
// …/hello/ rather than at …/2018-01-01-hello/.
func hugoFileDates(m map[string]any) bool {
	fm, _ := m["frontmatter"].(map[string]any)
	for _, v := range fm {
		list, ok := v.([]any)
		if !ok {
			list = []any{v}
		}
		for _, x := range list {
			if strings.EqualFold(str(x), ":filename") {
				return true
			}
		}
	}
	return false
}

// astroKey finds a key of Astro's config set to a string (`site:
// "https://…"`, `base: '/talks'`), on a line of its own or inside a
// one-line `defineConfig({ site: '…' })`, quoted any way JavaScript
// quotes a string.
func astroKey(key string) *regexp.Regexp {
	return regexp.MustCompile("(?:^|[{,\\s])" + key + "\\s*:\\s*[\"'`]([^\"'`]+)[\"'`]")
}

var (
	astroSite = astroKey("site")
	astroBase = astroKey("base")
	// astroLocale is the default language of Astro's i18n routing
	// (i18n: {defaultLocale: "es", locales: […]}): the site's language.
	astroLocale = astroKey("defaultLocale")
)

func (f *foreign) astro(fsys fs.FS, file string) {
	if !strings.HasPrefix(file, "astro.config") {
		return
	}
	base := ""
	if src := f.read(fsys, file); src != nil {
		if site, ok := astroValue(astroSite, string(src)); ok {
			f.baseURL("site", site)
		}
		base, _ = astroValue(astroBase, string(src))
		if lang, ok := astroValue(astroLocale, string(src)); ok && lang != "root" {
			// Starlight's defaultLocale: 'root' names a folder, not a
			// language; starlightLocales reads the language it has.
			f.c.Language = lang
		}
		f.starlight(fsys, string(src))
		f.c.Permalinks.Files = astroBuildFormat(string(src)) == "file"
	}
	f.astroSiteObject(fsys)
	f.astroConsts(fsys)
	f.astroBasePath(base)
	if p, ok := astroFeed(fsys); ok {
		f.c.Feed = p
	}
}

// astroBasePath puts the site under Astro's base path, where Astro
// serves it (site https://ada.github.io, base /talks-site: every page
// under https://ada.github.io/talks-site/), as Jekyll's baseurl and the
// path of Hugo's baseURL do: the base URL holds it. A site URL that
// already ends in it keeps it once; without a site URL, the base path
// has no URL to join, as Jekyll's baseurl without url.
func (f *foreign) astroBasePath(base string) {
	if strings.HasPrefix(base, ".") {
		return // a glob loader's folder ("./src/data"), not the site's path
	}
	f.sourceBase(base)
	base = strings.Trim(strings.TrimSpace(base), "/")
	if base == "" || f.c.BaseURL == "" || strings.HasSuffix(f.c.BaseURL, "/"+base+"/") {
		return
	}
	f.c.BaseURL += base + "/"
}

// astroConst finds a constant of a string literal at the top of a line
// (`export const SITE_TITLE = 'Astro Blog';`), as the Astro blog
// starter keeps its title and description in src/consts.ts.
var astroConst = regexp.MustCompile(`(?m)^export\s+const\s+(SITE_TITLE|SITE_DESCRIPTION|SITE_AUTHOR)\s*(?::\s*string\s*)?=\s*` +
	`(?:'([^'\\\n]*)'|"([^"\\\n]*)"|` + "`([^`$\\\\]*)`)")

// AstroConsts are the files of an Astro site whose constants name it
// (see astroConsts), the first found is read.
var AstroConsts = []string{"src/consts.ts", "src/consts.js", "src/consts.mjs"}

// AstroSiteObjects are the files where Astro themes export their site's
// settings as one object (see astroSiteObject); the first holding one is
// read.
var AstroSiteObjects = []string{"src/config.ts", "src/config.js", "src/config.mjs",
	"src/site.config.ts", "src/site.config.js", "src/site.config.mjs",
	"src/consts.ts", "src/consts.js", "src/consts.mjs"}

// astroSiteObject reads the site's title, description, author and address
// from the object Astro themes export for them (AstroPaper's
// `export const SITE = {title, desc, author, website}` in src/config.ts,
// `export const siteConfig = {…}` in src/site.config.ts), where written
// plainly (jsConst). The config's own site: wins over website.
func (f *foreign) astroSiteObject(fsys fs.FS) {
	for _, name := range AstroSiteObjects {
		src := f.read(fsys, name)
		if src == nil {
			continue
		}
		m := jsConst(src, "site", "siteconfig", "siteinfo", "sitemetadata")
		if m == nil {
			continue
		}
		f.title(m["title"])
		f.description(cmp.Or(str(m["description"]), str(m["desc"])))
		f.author(m["author"])
		for _, key := range []string{"website", "url", "site"} {
			if u := str(m[key]); u != "" && f.c.BaseURL == "" {
				f.baseURL(key, u)
			}
		}
		return
	}
}

// astroConsts reads the site's title, description and author from the
// constants of src/consts.ts (or .js, .mjs), where the config names none:
// Astro has no setting for them, and its blog starter keeps them there.
func (f *foreign) astroConsts(fsys fs.FS) {
	for _, name := range AstroConsts {
		src := f.read(fsys, name)
		if src == nil {
			continue
		}
		for _, m := range astroConst.FindAllSubmatch(src, -1) {
			v := string(m[2]) + string(m[3]) + string(m[4])
			switch string(m[1]) {
			case "SITE_TITLE":
				f.title(v)
			case "SITE_DESCRIPTION":
				f.description(v)
			case "SITE_AUTHOR":
				f.author(v)
			}
		}
		return
	}
}

// astroSiteURL returns the first `site:` of an Astro config that is not
// in a line comment: a config often keeps an old URL commented out.
func astroSiteURL(src string) (string, bool) { return astroValue(astroSite, src) }

// astroValue returns the first value re (astroKey) finds in an Astro
// config outside a line comment.
func astroValue(re *regexp.Regexp, src string) (string, bool) {
	for _, m := range re.FindAllStringSubmatchIndex(src, -1) {
		at := m[0] // the key, or the character before it
		if strings.IndexByte("{, \t\n\r\v\f", src[at]) >= 0 {
			at++
		}
		lineStart := strings.LastIndexByte(src[:at], '\n') + 1
		if !lineComment(src[lineStart:at]) {
			return src[m[2]:m[3]], true
		}
	}
	return "", false
}

// astroFormat finds the format of Astro's build options (build: {
// format: 'file' }), after any other build option, in any quotes.
var astroFormat = regexp.MustCompile("(?:^|[{,\\s])build\\s*:\\s*\\{[^}]*?(?:^|[{,\\s])format\\s*:\\s*[\"'`]([^\"'`]+)[\"'`]")

// astroBuildFormat is the build.format of an Astro config ("file",
// "directory", "preserve"), "" when it sets none or has it, or its
// build option, commented out: Astro then writes each page as a folder
// (about/index.html), and with "file" as an .html file (about.html).
func astroBuildFormat(src string) string {
	for _, m := range astroFormat.FindAllStringSubmatchIndex(src, -1) {
		key := m[0] + strings.Index(src[m[0]:], "build")
		value := m[2]
		if lineComment(src[strings.LastIndexByte(src[:key], '\n')+1:key]) ||
			lineComment(src[strings.LastIndexByte(src[:value], '\n')+1:value]) {
			continue
		}
		return src[m[2]:m[3]]
	}
	return ""
}

// lineComment reports whether the start of a line of JavaScript opens a
// line comment: a "//" outside a string, so that a URL written earlier
// on the line (site: 'https://…', base: '/x') is not taken for one.
func lineComment(line string) bool {
	var quote byte
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case quote != 0 && c == '\\':
			i++
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '/' && i+1 < len(line) && line[i+1] == '/':
			return true
		}
	}
	return false
}

// franklin reads Franklin's config.md: its @def lines and its +++
// blocks, which are Julia that Franklin runs; lectern reads the
// variables set to texts (content.FranklinSettings, the reader of the
// pages' variables) and leaves the rest (prepath = get(ENV, …)) alone.
func (f *foreign) franklin(fsys fs.FS) {
	src := f.read(fsys, FranklinConfig)
	// Franklin writes a tag's page to <tag_page_path>/<tag>/, "tag"
	// unless the config says otherwise; the site's links name it there.
	tagPath := "tag"
	set := func(name, v string) {
		switch name {
		case "website_title":
			f.title(v)
		case "website_descr":
			// A description in triple quotes runs over several lines;
			// it is shown as one line of text.
			f.description(strings.Join(strings.Fields(v), " "))
		case "author":
			f.author(v)
		case "website_url", "base_url": // base_url: Franklin's alias
			if !strings.Contains(v, "://") && strings.Contains(strings.SplitN(v, "/", 2)[0], ".") {
				// Franklin's templates write a host without a scheme
				// (site.github.io/Repo/); Franklin's feed adds https.
				v = "https://" + v
			}
			f.baseURL("website_url", v)
		case "prepath", "prefix", "base_path": // Franklin's aliases
			f.sourceBase(v)
		case "tag_page_path":
			if p := strings.Trim(v, "/"); p != "" {
				tagPath = p
			}
		}
	}
	for _, s := range content.FranklinSettings(src) {
		set(s.Name, s.Value)
	}
	f.c.Permalinks.Tag = "/" + tagPath + "/:slug/"
	f.c.Permalinks.TagNames = config.TagFranklinNames
	f.c.Menu = franklinMenu(fsys)
	f.underPrepath()
}

// underPrepath puts a Franklin site's base URL under its prepath (a
// GitHub project's pages), the path Franklin puts before every link of
// the pages it publishes, whatever website_url's path: website_url may
// leave it out (the host alone), and Franklin's templates ship one
// naming the template's own project, which many sites keep while their
// prepath names their own; Franklin reads it only for its feed.
func (f *foreign) underPrepath() {
	if f.c.SourceBase == "" || f.c.BaseURL == "" {
		return
	}
	u, err := url.Parse(f.c.BaseURL)
	if err != nil || u.Host == "" || strings.TrimRight(u.Path, "/") == f.c.SourceBase {
		return
	}
	f.c.BaseURL = u.Scheme + "://" + u.Host + f.c.SourceBase + "/"
}

func (f *foreign) quarto(fsys fs.FS) {
	src := f.read(fsys, "_quarto.yml")
	if src == nil {
		return
	}
	var m struct {
		Website map[string]any `yaml:"website"`
	}
	if err := unmarshalYAML(f.file, src, &m, f.warnAt); err != nil {
		f.diags.Errorf(yamlPos(f.file, err), "cannot parse %s: %s", f.file, yamlMessage(err))
		return
	}
	f.title(m.Website["title"])
	f.description(m.Website["description"])
	f.baseURL("site-url", str(m.Website["site-url"]))
	if navbar, ok := m.Website["navbar"].(map[string]any); ok {
		f.quartoMenu(navbar)
	}
	f.quartoVariables(fsys)
}

// QuartoVariables is the file of a Quarto project's variables, which
// pages print with {{< var key >}}.
const QuartoVariables = "_variables.yml"

// quartoVariables keeps the values of the project's _variables.yml as the
// site's params, by their dotted keys (course.number), for the pages'
// {{< var key >}}. A file that does not parse is a warning: the tags
// then show as written, each warned about.
func (f *foreign) quartoVariables(fsys fs.FS) {
	// Positions found later (pos) are _quarto.yml's.
	defer func(file string, src []byte) { f.file, f.src = file, src }(f.file, f.src)
	src := f.read(fsys, QuartoVariables)
	if src == nil {
		return
	}
	var vars map[string]any
	if err := unmarshalYAML(f.file, src, &vars, f.warnAt); err != nil {
		f.diags.Warnf(yamlPos(f.file, err), "cannot parse %s: %s; the pages' {{< var >}} tags are shown as written until it parses", f.file, yamlMessage(err))
		return
	}
	f.params(vars)
}

// HugoConfigDir is Hugo's configuration folder's default environment:
// config/_default/ holds hugo.toml (or config.toml) and a file per
// top-level key (params.toml, menus.yaml…), as Hugo Academic's sites do.
const HugoConfigDir = "config/_default"

// hugoConfigDir returns the main file of Hugo's configuration folder
// (HugoConfigDir), the folder itself when only files of its keys are
// there, or "" when it holds no config file.
func hugoConfigDir(fsys fs.FS) string {
	entries, err := fs.ReadDir(fsys, HugoConfigDir)
	if err != nil {
		return ""
	}
	found := ""
	for _, main := range []string{"hugo", "config"} {
		for _, ext := range hugoConfigExts {
			if name := main + ext; slices.ContainsFunc(entries, func(e fs.DirEntry) bool { return e.Name() == name }) {
				return HugoConfigDir + "/" + name
			}
		}
	}
	for _, e := range entries {
		if !e.IsDir() && slices.Contains(hugoConfigExts, path.Ext(e.Name())) {
			found = HugoConfigDir
		}
	}
	return found
}

// hugoConfigExts are the extensions of Hugo's config files.
var hugoConfigExts = []string{".toml", ".yaml", ".yml", ".json"}
