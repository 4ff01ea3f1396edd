package markdown

import (
	"html/template"
	"time"
)

// Tags is what a page's template tags may learn from the site model, which
// this package does not know: the URLs of other pages and the values of
// site and page variables. The model stage builds one per page once URLs
// are decided (see ConvertPage). The zero value resolves nothing: tags that
// need the site are then shown as written and warned about, while those
// that need nothing but themselves (highlight, raw, comment, youtube,
// vimeo, figure) are resolved all the same.
type Tags struct {
	// URL returns the URL of the page that ref names, ready to write in a
	// link (with the site's base path, and for RefAbsolute with its
	// origin), or false when no page has that name.
	URL func(ref Ref) (string, bool)
	// Value returns the value of a variable written in a Liquid output
	// tag: "site.title", "site.baseurl", "page.date", "page.speaker"…,
	// or of Hugo's {{< param "key" >}} and Quarto's {{< meta key >}} as
	// "param.key" (the page's front matter, else the site's params), of
	// Quarto's {{< var key >}} as "var.key" (the site's params, which on
	// a Quarto site are its _variables.yml), of a site's shortcode's
	// .Site.Params.key as "site.params.key" (the site's params alone),
	// of its .Page.Params.a.b as "pageparam.a.b" (the page's alone),
	// or false when the model has no value of that name.
	Value func(name string) (Value, bool)
	// Liquid runs a Jekyll page's body as Liquid (see Liquid.Render),
	// for a body with tags nothing else resolves; nil on sites whose
	// bodies are not Liquid.
	Liquid func(src []byte) ([]byte, error)
	// Shortcode returns the template of the site's shortcode of that
	// name (a Hugo site's layouts/shortcodes/NAME.html, else its
	// theme's), false when the site has none; nil for a site without
	// shortcodes of its own. A partial those templates call is asked
	// for as "partials/NAME" (layouts/partials/NAME.html), a name no
	// shortcode call gives.
	Shortcode func(name string) (ShortcodeTemplate, bool)
	// Repository names the code-host repository the site's files are:
	// "owner/name" as the clone's git remote names it, else the folder
	// a clone is read from ("pyvo-data"), or "owner__name" as a
	// snapshot's folder is named; "" when unknown. A link to a file
	// of a repository of that name on GitHub or GitLab
	// (https://github.com/o/pyvo-data/blob/main/notes/a.md) then points
	// at that file's page or published copy when the site has it (see
	// ownRepoTarget).
	Repository string
	// Execute is what the page says of its executable cells, Quarto's
	// "execute:" (see Execute). It is no question of the model: a page
	// keeps it as long as its document, so Result.Fresh does not ask.
	Execute Execute
}

// Execute is the page's default for its executable cells of Quarto or R
// Markdown (```{r}), which a cell's own "#| echo:" or "#| include:"
// overrides. The zero value shows every cell's code, as Quarto does.
type Execute struct {
	// NoEcho hides the code of cells ("echo: false").
	NoEcho bool
	// NoInclude hides cells whole ("include: false"); lectern runs no
	// code, so it hides their code as NoEcho does.
	NoInclude bool
}

// RefKind says how a tag names another page.
type RefKind int

const (
	// RefPost is Jekyll's {% post_url 2011-06-28-name %}: a post's file
	// name without extension, optionally under a subfolder of _posts.
	RefPost RefKind = iota
	// RefLink is Jekyll's {% link path/to/file.md %}: a file's path
	// from the site's source folder.
	RefLink
	// RefRelative is Hugo's {{< relref "x" >}}: a content file's path,
	// from the content folder when it starts with "/", else from the
	// page's folder or by its name alone. The URL is a path.
	RefRelative
	// RefAbsolute is Hugo's {{< ref "x" >}}: as RefRelative, but the URL
	// is absolute when the site's base URL is known.
	RefAbsolute
	// RefAsset is jekyll-assets' {% asset name %}: a file's path from
	// one of the plugin's asset folders (_assets/images, assets/css…).
	// The URL is a path.
	RefAsset
	// RefFile is a file of the site that a body's image or link names by
	// a relative path (![](images/a.png) in src/content/blog/post.md):
	// its path from the site's folder. The URL, a path, is where that
	// file is published, which the page's own URL may be far from.
	RefFile
	// RefFolder is a folder of the site that a body's link names by a
	// relative path ([Talks](talks/2019/)): its path from the site's
	// folder. The URL is that of the folder's index page (index.md,
	// _index.md, or a README read as one), as a code host shows a
	// folder by its README; a folder without one is not looked up.
	RefFolder
	// RefWiki is a wiki link's name ([[Other note]], ![[diagram.png]]):
	// a page's file name without its extension, or its path, wherever
	// the page is, case aside; a name with another extension is a file's,
	// found by its name alone. The URL is a path.
	RefWiki
)

// Ref is one page named by a template tag.
type Ref struct {
	Kind RefKind
	// Target is what the tag names, as written, without quotes and
	// without a "#fragment".
	Target string
	// FromContent says that Target, of a RefLink, RefFile or RefFolder,
	// is a path from the linking page's content folder rather than from
	// the site's: Pelican's {filename}/posts/a.md.
	FromContent bool
}

// Value is the value of a site or page variable.
type Value struct {
	// Text is the value as Liquid would print it.
	Text string
	// Time is set for dates, which the date filters format.
	Time time.Time
}

// Lookup is one question a body's tags asked of Tags and the answer they
// got. A result is still good for a later build of the same body when
// every lookup gets the same answer (see Result.Fresh).
type Lookup struct {
	// Ref is set for URL lookups, Name for Value lookups, Liquid (the
	// body as written) when the body was run as Liquid: its answer is
	// the output, or the error's message when not OK.
	Ref    *Ref
	Name   string
	Liquid []byte
	// Shortcode is the name of the site's shortcode whose template was
	// asked for; its answer is the template.
	Shortcode string
	// Text is the answer (a URL or a value's Text), OK whether there was
	// one.
	Text string
	OK   bool
}

// Fresh reports whether every lookup the body's tags made gets the same
// answer from t, so that the result can be used again without
// converting the body anew.
func (r Result) Fresh(t Tags) bool {
	for _, l := range r.Lookups {
		var text string
		var ok bool
		switch {
		case l.Liquid != nil:
			text, ok = t.liquid(l.Liquid)
		case l.Shortcode != "":
			var sc ShortcodeTemplate
			sc, ok = t.shortcode(l.Shortcode)
			text = sc.File + "\x00" + string(sc.Src)
		case l.Ref != nil:
			text, ok = t.url(*l.Ref)
		default:
			var v Value
			v, ok = t.value(l.Name)
			text = v.Text
			if !v.Time.IsZero() {
				text += v.Time.String()
			}
		}
		if ok != l.OK || text != l.Text {
			return false
		}
	}
	return true
}

func (t Tags) liquid(src []byte) (string, bool) {
	if t.Liquid == nil {
		return "", false
	}
	out, err := t.Liquid(src)
	if err != nil {
		return err.Error(), false
	}
	return string(out), true
}

func (t Tags) url(ref Ref) (string, bool) {
	if t.URL == nil {
		return "", false
	}
	return t.URL(ref)
}

func (t Tags) value(name string) (Value, bool) {
	if t.Value == nil {
		return Value{}, false
	}
	return t.Value(name)
}

// ShortcodeTemplate is the template of a site's shortcode: its file,
// from the site's folder, and its text. NewShortcodeTemplate parses it
// once for every call on every page; one made as a literal is parsed at
// each call.
type ShortcodeTemplate struct {
	File string
	Src  []byte
	// parsed is Src parsed, err why it could not be; both nil when
	// Src was not parsed ahead.
	parsed *template.Template
	err    error
}

// NewShortcodeTemplate is the template of the site's shortcode name,
// read from file, parsed now.
func NewShortcodeTemplate(name, file string, src []byte) ShortcodeTemplate {
	tmpl, err := parseOwn(name, src)
	return ShortcodeTemplate{File: file, Src: src, parsed: tmpl, err: err}
}

func (t Tags) shortcode(name string) (ShortcodeTemplate, bool) {
	if t.Shortcode == nil {
		return ShortcodeTemplate{}, false
	}
	return t.Shortcode(name)
}
