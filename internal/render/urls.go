package render

import (
	"html/template"
	"net/url"
	"strings"

	"lectern/internal/site"
)

// urls turns the root-relative URLs of the model into the links written in
// output, for a site published at base (which may hold a path, as in
// "https://example.org/conf/").
type urls struct {
	// base is the configured base URL ending in a slash, or "".
	base string
	// prefix is base's path ending in a slash ("/conf/"), or "/".
	prefix string
}

func newURLs(base string) urls {
	u := urls{prefix: "/"}
	if base == "" {
		return u
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	u.base = base
	if p, err := url.Parse(base); err == nil && p.Path != "" {
		u.prefix = p.Path
	}
	return u
}

// isAbsolute reports whether link needs no base: it has a scheme, is
// protocol-relative, or is a fragment.
func isAbsolute(link string) bool {
	if strings.HasPrefix(link, "//") || strings.HasPrefix(link, "#") {
		return true
	}
	if i := strings.IndexAny(link, ":/?#"); i > 0 && link[i] == ':' {
		return true
	}
	return false
}

// rel returns link as a root-relative path under the site's base path;
// absolute links and links relative to the current page are returned as
// they are.
func (u urls) rel(link string) string {
	if isAbsolute(link) || !strings.HasPrefix(link, "/") {
		return link
	}
	return u.prefix + strings.TrimPrefix(link, "/")
}

// abs returns link as an absolute URL on the configured base URL, or
// root-relative when none is configured.
func (u urls) abs(link string) string {
	if isAbsolute(link) {
		return link
	}
	if u.base == "" {
		return u.rel("/" + strings.TrimPrefix(link, "/"))
	}
	return u.base + strings.TrimPrefix(link, "/")
}

// webcal returns the webcal: address of the calendar at link, which
// calendar apps subscribe to and fetch again, so that they follow changes
// of the programme; "" without base_url, as a subscription needs the
// site's address.
//
// It is a template.URL, as html/template would otherwise refuse the
// scheme: the address is lectern's own, made of base_url and a path.
func (u urls) webcal(link string) template.URL {
	if u.base == "" {
		return ""
	}
	abs := u.abs(link)
	for _, scheme := range []string{"https://", "http://"} {
		if rest, ok := strings.CutPrefix(abs, scheme); ok {
			return template.URL("webcal://" + rest)
		}
	}
	return ""
}

// outputPath returns the file a root-relative URL is served from, by the
// model's rule (site.OutputPath), so that a URL a page links to and the
// file written for it always agree.
func outputPath(link string) string {
	return site.OutputPath(link)
}

// indexURL is site.IndexURL: the URL of the index of a permalink pattern.
func indexURL(pattern, fallback string) string { return site.IndexURL(pattern, fallback) }
