package site

import (
	"fmt"
	"net/url"
	"path"
	"strings"
	"unicode/utf8"
)

// The model holds every URL as a root-relative path, percent-encoded
// (EscapePath), and every output file as that path decoded (OutputPath):
// a page written as "url: /my talk?/" is linked as "/my%20talk%3F/" and
// written to "my talk?/index.html". Escaping once, where URLs are made,
// means every output that writes a page's address (HTML, feeds, sitemap,
// JSON-LD, calendars, schedules, exports) writes a valid one without
// knowing where it came from. docs/urls.md states the rules.

// maxSegment is the longest folder or file name, in bytes, that common
// file systems (ext4, APFS, NTFS in UTF-16 units) accept.
const maxSegment = 255

// EscapePath returns the URL path p with every byte that may not stand in
// a path percent-encoded: all but ASCII letters, digits, "-", ".", "_",
// "~" and "/". A "%" followed by two hexadecimal digits is taken as an
// escape already made and kept, so that escaping an escaped path changes
// nothing.
func EscapePath(p string) string {
	const hex = "0123456789ABCDEF"
	i := 0
	for i < len(p) && keepInPath(p, i) {
		i++
	}
	if i == len(p) {
		return p
	}
	var b strings.Builder
	b.Grow(len(p) + 8)
	b.WriteString(p[:i])
	for ; i < len(p); i++ {
		c := p[i]
		if keepInPath(p, i) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// keepInPath reports whether the byte at p[i] stays as it is in an
// escaped path.
func keepInPath(p string, i int) bool {
	c := p[i]
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	case c == '-' || c == '.' || c == '_' || c == '~' || c == '/':
		return true
	case c == '%':
		return i+2 < len(p) && isHex(p[i+1]) && isHex(p[i+2])
	}
	return false
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// OutputPath returns the file, relative to the output folder, that serves
// the root-relative URL u: a URL ending in "/" is its folder's
// index.html, one whose last part has a dot names the file itself
// ("/about.html", "/feed.xml"), and any other is a folder too
// ("/people/ada" is "people/ada/index.html"). u's escapes are decoded, as
// a web server decodes the request. It is the one rule from URLs to files:
// the model and the renderer both use it.
func OutputPath(u string) string {
	p := strings.TrimPrefix(u, "/")
	if strings.IndexByte(p, '%') >= 0 {
		if dec, err := url.PathUnescape(p); err == nil {
			p = dec
		}
	}
	last := p[strings.LastIndexByte(p, '/')+1:]
	switch {
	case p == "" || strings.HasSuffix(p, "/"):
		return p + "index.html"
	case strings.Contains(last, "."):
		return p
	}
	return p + "/index.html"
}

// urlProblem says why the escaped root-relative URL u cannot be a page's
// address, and how to mend it; both are "" when it can. It refuses what
// would write outside the page's place or somewhere that belongs to
// other tools: a "//" start (another site's address), empty, "." and
// ".." parts, parts starting with "." (.git, .env; only /.well-known/ is
// allowed, as the standard place for files about the site), backslashes,
// control characters, an escaped "/" and parts too long for a file
// system.
func urlProblem(u string) (problem, fix string) {
	if !strings.HasPrefix(u, "/") {
		return `does not start with "/"`, fmt.Sprintf("write it as %q", "/"+u)
	}
	if strings.HasPrefix(u, "//") {
		return `starts with "//", which browsers read as the address of another site`, fmt.Sprintf(`start it with a single "/", as %q`, "/"+strings.TrimLeft(u, "/"))
	}
	segs := strings.Split(u[1:], "/")
	for i, seg := range segs {
		if seg == "" {
			if i == len(segs)-1 {
				break // the trailing slash of a folder
			}
			return `has an empty part ("//")`, fmt.Sprintf("write it as %q", cleanURL(u))
		}
		dec, err := url.PathUnescape(seg)
		if err != nil {
			dec = seg
		}
		switch {
		case dec == "." || dec == "..":
			return fmt.Sprintf("has a %q part, which would place the page outside its folder", dec), "remove that part"
		case strings.HasPrefix(dec, ".") && !(i == 0 && dec == ".well-known"):
			return fmt.Sprintf(`has a part starting with "." (%q): such files are hidden, and folders like .git belong to other tools`, dec), `rename it without the leading "."`
		case strings.Contains(dec, `\`):
			return "has a backslash, which Windows reads as a folder separator", `use "/" between folders`
		case strings.Contains(dec, "/"):
			return `has an escaped "/" (%2F) inside a part`, `write "/" between folders, or leave it out`
		case hasControl(dec):
			return "has a control character", "remove it"
		case len(dec) > maxSegment:
			return fmt.Sprintf("has a part of %d bytes, longer than file systems allow (%d)", len(dec), maxSegment), "shorten it"
		}
	}
	return "", ""
}

// hasControl reports whether s holds a NUL or another control character,
// or bytes that are not UTF-8.
func hasControl(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return true
		}
	}
	return false
}

// cleanURL is u with empty, "." and ".." parts resolved, keeping a
// trailing slash.
func cleanURL(u string) string {
	c := path.Clean("/" + u)
	if strings.HasSuffix(u, "/") && c != "/" {
		c += "/"
	}
	return c
}
