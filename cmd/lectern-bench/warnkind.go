package main

import (
	"regexp"
	"strings"
)

// warningKinds sorts warnings into stable categories by what their
// messages say, first match wins. Diagnostics carry no code of their
// own: their messages are the interface, so the measurement reads them
// as a user would, and a message reworded lands in "other: …" where the
// table shows it.
var warningKinds = []struct {
	kind string
	re   *regexp.Regexp
}{
	{"template-tag", regexp.MustCompile(`^template tag `)},
	{"url-clash", regexp.MustCompile(`both make the URL|is also written in|are both written to|would be written to`)},
	{"url-reserved", regexp.MustCompile(`^this (page|file) is (written|copied) to `)},
	{"no-title", regexp.MustCompile(`^no title, `)},
	{"field-type", regexp.MustCompile(`should be (text|a list|a number|a date)|, not a mapping|, not a list`)},
	{"field-twice", regexp.MustCompile(`is set twice, on lines`)},
	{"hidden", regexp.MustCompile(`^not published: `)},
	{"double-booked", regexp.MustCompile(`is double-booked`)},
	{"break-overlap", regexp.MustCompile(`spans every room because`)},
	{"mdx-left-out", regexp.MustCompile(`^left out .*\.mdx`)},
	{"permalink", regexp.MustCompile(`^permalink `)},
	{"time-zone", regexp.MustCompile(`time zone|timezone`)},
	{"date", regexp.MustCompile(`as a date|the end .* is before the date`)},
	{"url-field", regexp.MustCompile(`^url |is not an absolute http|is not a web address`)},
	{"slug", regexp.MustCompile(`no letters or digits to make a URL`)},
	{"text-repair", regexp.MustCompile(`^repaired |typographic bullet`)},
	{"templates", regexp.MustCompile(`name of a template of lectern's theme`)},
	{"unknown-key", regexp.MustCompile(`^unknown key `)},
	{"case-clash", regexp.MustCompile(`differ only in case`)},
	{"photo-missing", regexp.MustCompile(`^the photo .* is not a file of this site`)},
	{"no-base-url", regexp.MustCompile(`^base_url is not set`)},
	{"undated-note", regexp.MustCompile(`left out of the feed|undated note`)},
	{"data-id", regexp.MustCompile(`which is the id, slug or path of no talk`)},
	{"reading-status", regexp.MustCompile(`^unknown reading status`)},
	{"front-matter", regexp.MustCompile(`front matter`)},
}

var quoted = regexp.MustCompile(`"[^"]*"|'[^']*'|\S*[/\d]\S*`)

// warningKind is the category of a warning's message; one not in
// warningKinds is "other: " and its first words, with quoted values,
// paths and numbers left out, so that like messages still count together.
func warningKind(msg string) string {
	for _, k := range warningKinds {
		if k.re.MatchString(msg) {
			return k.kind
		}
	}
	words := strings.Fields(quoted.ReplaceAllString(msg, ""))
	return "other: " + strings.Join(words[:min(len(words), 5)], " ")
}
