package content

import (
	"strings"

	"lectern/internal/diag"
)

// IsWebAddress reports whether link may be published as a link: one
// without a scheme (relative, root-relative, protocol-relative or a
// fragment), or one whose scheme is http, https or mailto. It reads the
// scheme as browsers do (WHATWG URL): blanks and control characters
// around the link, and tabs and line breaks anywhere, are ignored, and
// case does not matter, so "  JaVa\tScript:" is caught. The allow-list is
// the one html/template applies to links in HTML, so that every output
// format publishes the same links.
func IsWebAddress(link string) bool {
	scheme, ok := schemeOf(link)
	if !ok {
		return true
	}
	switch scheme {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// schemeOf returns the lower-cased scheme of link, if it has one.
func schemeOf(link string) (string, bool) {
	link = strings.TrimFunc(link, func(r rune) bool { return r <= ' ' })
	var b strings.Builder
	for i := 0; i < len(link); i++ {
		c := link[i]
		switch {
		case c == '\t' || c == '\n' || c == '\r':
			continue
		case c == ':':
			s := b.String()
			return strings.ToLower(s), s != ""
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') && b.Len() > 0:
		default:
			// A "/", "?", "#" or any other character before a colon:
			// a path, not a scheme.
			return "", false
		}
		b.WriteByte(c)
	}
	return "", false
}

// WithScheme returns link with "https://" before it when it is a web
// address written without its scheme, as people write them in a field
// (www.youtube.com/watch?v=…, speakerdeck.com/ada/talk, ada.dev): left
// so, a browser would read it as a path of the site. A link is taken so
// when it starts with "www.", or when its part before any "/", "?" or
// "#" is a host name (labels of letters, digits and "-", joined by
// dots, the last of letters) followed by a path, or ending in a
// top-level domain people's sites use (webTLDs). Anything else, file
// names such as slides.pdf and notes.md among them, is returned as it is.
func WithScheme(link string) string {
	if _, ok := schemeOf(link); ok || strings.HasPrefix(link, "//") {
		return link
	}
	if len(link) > 4 && strings.EqualFold(link[:4], "www.") {
		return "https://" + link
	}
	end := strings.IndexAny(link, "/?#")
	host := link
	if end >= 0 {
		host = link[:end]
	}
	labels := strings.Split(strings.ToLower(host), ".")
	if len(labels) < 2 {
		return link
	}
	for _, l := range labels {
		if l == "" || strings.Trim(l, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
			return link
		}
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 || strings.Trim(tld, "abcdefghijklmnopqrstuvwxyz") != "" {
		return link
	}
	if end >= 0 && link[end] == '/' && end+1 < len(link) || webTLDs[tld] {
		return "https://" + link
	}
	return link
}

// webTLDs are the top-level domains of people's and projects' sites
// that no common file extension shares: a bare ada.dev is a site.
var webTLDs = map[string]bool{
	"com": true, "org": true, "net": true, "io": true, "dev": true, "co": true, "me": true,
	"info": true, "app": true, "ai": true, "blog": true, "page": true, "site": true,
	"social": true, "tech": true, "xyz": true, "edu": true, "gov": true, "eu": true,
	"uk": true, "de": true, "fr": true, "nl": true, "ca": true, "au": true, "us": true,
	"ch": true, "se": true, "no": true, "fi": true, "es": true, "it": true, "pl": true,
	"cz": true, "be": true, "at": true, "jp": true, "br": true, "nz": true, "ie": true,
}

// notWebAddress is the message of a dropped link, after its field name
// and value.
const notWebAddress = "is not a web address (only http, https and mailto links are published); the link was dropped"

// link returns s when it is a web address (IsWebAddress); else it warns
// at pos, naming the field as written, and returns "". Dropping the value
// at loading means that no output, HTML or not, ever holds it.
func (f *fields) link(pos diag.Pos, field, s string) string {
	s = WithScheme(s)
	if s == "" || IsWebAddress(s) {
		return s
	}
	f.warnf(pos, "%s %q %s", field, s, notWebAddress)
	return ""
}

// mapLink is mapText for a link: the text of the first of keys that m
// sets, checked by link.
func (f *fields) mapLink(m *node, keys ...string) string {
	for _, k := range keys {
		if v := m.get(k); v != nil && v.kind == scalarNode && v.tag != tagNull {
			if s := cleanText(v.text); s != "" {
				return f.link(v.pos, k, s)
			}
		}
	}
	return ""
}
