package layout

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
)

// The site's language, where Eleventy's sites write it: no config of the
// tool names one, so its starters keep it in the global data their
// templates read (_data/site.json, _data/metadata.json: "lang",
// "language" or "locale"), or set it in the config as global data
// (eleventyConfig.addGlobalData("lang", "es")). lectern reads it as it
// reads Jekyll's lang: for the pages' lang attribute and for the text
// fields written once per language.

// siteLanguageKeys are the keys of a global data file naming the site's
// language, best first.
var siteLanguageKeys = []string{"lang", "language", "locale"}

// langTagRe is the shape of a language tag as sites write it: a language
// of two or three letters, then regions, scripts or variants ("en",
// "pt-BR", "en_US", "zh-Hant"). A name ("English") is not one.
var langTagRe = regexp.MustCompile(`^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$`)

// siteLanguage returns the language tag m names under one of
// siteLanguageKeys, written with hyphens as HTML's lang attribute wants
// it (en_US is en-US); "" when none is a language tag.
func siteLanguage(m map[string]any) string {
	for _, key := range siteLanguageKeys {
		s := strings.TrimSpace(str(m[key]))
		if langTagRe.MatchString(s) {
			return strings.ReplaceAll(s, "_", "-")
		}
	}
	return ""
}

// eleventyPathPrefix finds the pathPrefix an Eleventy config returns
// (`pathPrefix: "/talks-site/"`), the path its site is published under,
// where written as a string.
var eleventyPathPrefix = regexp.MustCompile("(?:^|[{,\\s])pathPrefix\\s*:\\s*[\"'`]([^\"'`]+)[\"'`]")

// eleventyGlobalLang finds the site's language set as global data in an
// Eleventy config: addGlobalData("lang", "es"), the key any of
// siteLanguageKeys, the value a string quoted any way JavaScript quotes
// one.
var eleventyGlobalLang = regexp.MustCompile("addGlobalData\\(\\s*[\"'`](?:lang|language|locale)[\"'`]\\s*,\\s*[\"'`]([^\"'`]+)[\"'`]\\s*\\)")

// eleventy reads the settings of an Eleventy config that lectern uses:
// the site's language set as global data.
func (f *foreign) eleventy(fsys fs.FS, file string) {
	if !slices.Contains(eleventyConfigs, file) {
		return // found by other evidence (package.json): no config to read
	}
	src := f.read(fsys, file)
	if src == nil {
		return
	}
	if m := eleventyPathPrefix.FindSubmatch(src); m != nil {
		f.sourceBase(string(m[1]))
	}
	if p, ok := eleventyFeed(src); ok {
		f.c.Feed = p
	}
	if m := eleventyGlobalLang.FindSubmatch(src); m != nil {
		if l := siteLanguage(map[string]any{"lang": string(m[1])}); l != "" {
			f.c.Language = l
		}
	}
}
