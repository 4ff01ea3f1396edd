package markdown

import (
	"fmt"
	"html/template"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
)

// What a site's shortcode reads of its page and site (.Page.Title,
// .Page.Params.x, .Site.BaseURL, .Site.Params.x) and the functions of
// Hugo's that need the site's address (relURL, absURL) are answered from
// the plain values Tags.Value gives every page's tags, each looked up
// only when the template reads it, and recorded, so that a body is
// converted again when one changes (Result.Fresh). This package never
// sees the model.

// ownPage is what a site's shortcode sees as .Page: Hugo's page, less
// what lectern's model does not give the markdown stage.
type ownPage struct{ x *ownLook }

// ownSite is what a site's shortcode sees as .Site and site.
type ownSite struct{ x *ownLook }

func (x *ownLook) text(name string) string {
	v, _ := x.value(name)
	return v.Text
}

// params is a map of what the template names among the params of scope
// ("pageparam." or "site.params."), nested by their dots as Hugo's are.
func (x *ownLook) params(scope string) map[string]any {
	m := map[string]any{}
	if x == nil {
		return m
	}
	for _, k := range x.keys {
		v, ok := x.value(scope + k)
		if !ok {
			continue
		}
		cur, parts := m, strings.Split(k, ".")
		for _, p := range parts[:len(parts)-1] {
			next, ok := cur[p].(map[string]any)
			if !ok {
				next = map[string]any{}
				cur[p] = next
			}
			cur = next
		}
		if _, isMap := cur[parts[len(parts)-1]].(map[string]any); !isMap {
			cur[parts[len(parts)-1]] = v.Text
		}
	}
	return m
}

// Title is the page's title.
func (p ownPage) Title() string { return p.x.text("page.title") }

// Description is the page's description (its summary).
func (p ownPage) Description() string { return p.x.text("page.description") }

// Params are the page's front matter values the template names.
func (p ownPage) Params() map[string]any { return p.x.params("pageparam.") }

// Param is Hugo's .Param: the page's value of key, else the site's.
func (p ownPage) Param(key string) string { return p.x.text("param." + key) }

// RelPermalink is the page's URL, with the site's base path.
func (p ownPage) RelPermalink() string {
	return p.x.text("site.baseurl") + p.x.text("page.url")
}

// Permalink is the page's URL with the site's address, where known.
func (p ownPage) Permalink() string {
	return p.x.text("site.url") + p.RelPermalink()
}

// Date is the page's date; the zero time when it has none.
func (p ownPage) Date() time.Time {
	v, _ := p.x.value("page.date")
	return v.Time
}

// Site is the page's site.
func (p ownPage) Site() ownSite { return ownSite(p) }

// Title is the site's title.
func (s ownSite) Title() string { return s.x.text("site.title") }

// BaseURL is Hugo's: the site's address and base path, with a slash.
func (s ownSite) BaseURL() string {
	return s.x.text("site.url") + s.x.text("site.baseurl") + "/"
}

// Params are the site's params the template names.
func (s ownSite) Params() map[string]any { return s.x.params("site.params.") }

// paramKeysRE finds the params a template names: .Params.a.b, and
// index .Params "a".
var paramKeysRE = regexp.MustCompile(`Params((?:\.\w+)+)|index\s+\S*Params\s+"([\w.-]+)"`)

// paramKeys are the dotted keys of Params that src names, each once.
func paramKeys(src []byte) []string {
	var keys []string
	seen := map[string]bool{}
	for _, m := range paramKeysRE.FindAllSubmatch(src, -1) {
		k := strings.TrimPrefix(string(m[1]), ".")
		if k == "" {
			k = string(m[2])
		}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// urlFuncs are Hugo's functions that need the site's address: site,
// relURL and absURL, answered through x.
func urlFuncs(x *ownLook) template.FuncMap {
	site := ownSite{x}
	return template.FuncMap{
		"site": func() ownSite { return site },
		"relURL": func(s any) (template.URL, error) {
			out, err := capText(joinBase(x.text("site.baseurl"), fmt.Sprint(s)))
			return template.URL(out), err
		},
		"absURL": func(s any) (template.URL, error) {
			in := fmt.Sprint(s)
			if isAbsURL(in) {
				return template.URL(in), nil
			}
			base := x.text("site.baseurl")
			if strings.HasPrefix(in, "/") {
				base = "" // from the host, as Hugo reads a leading slash
			}
			out, err := capText(x.text("site.url") + joinBase(base, in))
			return template.URL(out), err
		},
	}
}

// joinBase is Hugo's relURL: a path from the site's base path; one
// starting with a slash is from the host already, and an address with a
// scheme stays.
func joinBase(base, s string) string {
	if isAbsURL(s) || strings.HasPrefix(s, "/") {
		return s
	}
	return base + "/" + s
}

// isAbsURL reports whether s has a scheme (https:, mailto:).
func isAbsURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme != ""
}

// urlize is Hugo's urlize: a text made a path segment, lower case, its
// spaces hyphens, what a path cannot hold left out.
func urlize(s any) (string, error) {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(fmt.Sprint(s))) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_./#+", r):
			b.WriteRune(r)
		}
	}
	return capText((&url.URL{Path: b.String()}).EscapedPath())
}
