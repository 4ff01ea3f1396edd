package layout

import (
	"bufio"
	"bytes"
	"regexp"
	"strings"
	"time"

	"lectern/internal/content"
)

// scriptSettings returns the settings a JavaScript global data file
// (_data/site.js, _data/metadata.js) exports: the whole object when it
// exports a literal, however laid out (a function returning it,
// constants named in it: content.DecodeScriptData, as the data loader
// reads it); else the keys written plainly (jsData), which a settings
// object beside a few computed keys (year: new Date().getFullYear())
// still gives.
func scriptSettings(file string, src []byte) map[string]any {
	if v, _, ok := content.DecodeScriptData(file, src); ok && v.IsMap() {
		if m, _ := v.Plain(time.UTC).(map[string]any); m != nil {
			return m
		}
	}
	return jsData(src)
}

// Eleventy's global data may be JavaScript (_data/metadata.js in its
// base blog): a module exporting an object of settings. lectern runs no
// JavaScript; it reads such an object where it is written plainly, one
// "key: value" a line, the value a quoted text, and one level of
// objects within it (author: {name: "…"}), which is how starters write
// their site's title, URL and author.

var (
	// jsPair is a line "key: 'text'," (any quotes, the key maybe
	// quoted), its text in the group of the quote that encloses it: a
	// text may hold the other quotes (title: "Ada's talks", an
	// apostrophe being the commonest); jsOpen a line "key: {".
	jsPair = regexp.MustCompile(`^\s*["']?([A-Za-z_$][\w$]*)["']?\s*:\s*` +
		`(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|` + "`((?:[^`\\\\]|\\\\.)*)`" + `)` +
		`\s*,?\s*(?://.*)?$`)
	// jsEscape is an escaped quote or backslash of a JavaScript text
	// (\' in 'Ada\'s talks'), which stands for that character.
	jsEscape = regexp.MustCompile("\\\\([\"'`\\\\])")
	jsOpen   = regexp.MustCompile(`^\s*["']?([A-Za-z_$][\w$]*)["']?\s*:\s*\{\s*$`)
	// jsQuoted is a quoted text, left out when braces are counted.
	jsQuoted = regexp.MustCompile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`")
)

// jsData returns the settings of the object a JavaScript data file
// exports (export default {…}, module.exports = {…}), its texts and the
// texts of its objects one level down; nil when it exports none so
// written.
func jsData(src []byte) map[string]any {
	return jsObject(src, func(line string) bool {
		return strings.Contains(line, "export default") || strings.Contains(line, "module.exports")
	})
}

// jsConstOpen is a line exporting a constant object,
// "export const SITE: Site = {", the constant's name its first group.
var jsConstOpen = regexp.MustCompile(`^\s*export\s+const\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w$.<>\[\]]+\s*)?=\s*\{`)

// jsConst returns the settings of the first exported constant object
// whose name is one of names, compared without case and underscores
// (AstroPaper's `export const SITE = {…}` in src/config.ts, Astro
// themes' `export const siteConfig: SiteConfig = {…}`); nil when there
// is none written plainly.
func jsConst(src []byte, names ...string) map[string]any {
	return jsObject(src, func(line string) bool {
		m := jsConstOpen.FindStringSubmatch(line)
		if m == nil {
			return false
		}
		name := strings.ReplaceAll(m[1], "_", "")
		for _, n := range names {
			if strings.EqualFold(name, n) {
				return true
			}
		}
		return false
	})
}

// jsObject reads the object opened on the first line that opens says
// opens it (at its first "{"), as jsData describes.
func jsObject(src []byte, opens func(line string) bool) map[string]any {
	var top map[string]any
	var inner map[string]any // the object one level down being read
	depth := 0
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		if depth == 0 {
			if opens(line) {
				if i := strings.IndexByte(line, '{'); i >= 0 {
					top, depth = map[string]any{}, 1
					line = line[i+1:]
				}
			}
			if depth == 0 {
				continue
			}
		}
		if m := jsPair.FindStringSubmatch(line); m != nil {
			v := jsEscape.ReplaceAllString(m[2]+m[3]+m[4], "$1")
			switch {
			case depth == 1:
				top[m[1]] = v
			case depth == 2 && inner != nil:
				inner[m[1]] = v
			}
			continue
		}
		if m := jsOpen.FindStringSubmatch(line); m != nil && depth == 1 {
			inner = map[string]any{}
			top[m[1]] = inner
			depth = 2
			continue
		}
		bare := jsQuoted.ReplaceAllString(line, "")
		depth += strings.Count(bare, "{") - strings.Count(bare, "}")
		if depth < 2 {
			inner = nil
		}
		if depth <= 0 {
			break
		}
	}
	return top
}
