package render

import (
	"bytes"
	"encoding/xml"
	"strings"
)

type sitemapURLSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc string `xml:"loc"`
}

// sitemapXML lists the absolute URLs of links, in order.
func (b *jobs) sitemapXML(buf *bytes.Buffer, links []string) {
	set := sitemapURLSet{URLs: []sitemapURL{}}
	for _, l := range links {
		set.URLs = append(set.URLs, sitemapURL{Loc: b.urls.abs(l)})
	}
	writeXML(buf, set)
}

// writeXML writes v to buf, indented, after the XML declaration.
// encoding/xml escapes all text and replaces characters XML cannot hold,
// so the result is well-formed whatever the site's text.
func writeXML(buf *bytes.Buffer, v any) {
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		// Encode fails only on types it cannot marshal; ours hold strings.
		panic(err)
	}
	buf.WriteByte('\n')
}

// robots allows every crawler and names the sitemap, which robots.txt
// can only do by absolute URL.
func (b *jobs) robots() []byte {
	var s strings.Builder
	s.WriteString("User-agent: *\nAllow: /\n")
	if b.urls.base == "" {
		s.WriteString("# Set base_url in config.toml to list the sitemap here.\n")
	} else {
		s.WriteString("\nSitemap: " + b.urls.abs("/sitemap.xml") + "\n")
	}
	return []byte(s.String())
}
