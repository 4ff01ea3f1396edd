package layout

import (
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"lectern/internal/config"
)

// A blog's readers subscribe to the feed at the address its tool wrote
// it, and a feed reader keeps polling that address: lectern writes the
// site's feed there rather than at its own /feed.xml, so they keep
// getting the posts. Each tool names it its own way:
//
//   - Hugo writes the home page's RSS at /index.xml (its RSS output
//     format's baseName, "index", made a file), unless the config
//     switches it off (disableKinds: [RSS], or outputs.home without RSS);
//   - Astro writes a route file's output at its path: the blog starter's
//     and AstroPaper's src/pages/rss.xml.js at /rss.xml;
//   - Eleventy's feed plugin at its outputPath ("/feed/feed.xml" in
//     eleventy-base-blog's config).
//
// The feed lectern writes is Atom, as at /feed.xml: feed readers read
// what the address serves, whatever it served before.

// hugoFeed returns where Hugo writes the home page's RSS feed, false
// when the config writes none.
func hugoFeed(m map[string]any) (string, bool) {
	for _, k := range list(m["disablekinds"]) {
		if strings.EqualFold(k, "rss") {
			return "", false
		}
	}
	if outs, ok := m["outputs"].(map[string]any); ok {
		if home, ok := outs["home"]; ok && !slices.ContainsFunc(list(home), func(s string) bool { return strings.EqualFold(s, "rss") }) {
			return "", false
		}
	}
	return config.FeedURL(hugoRSSName(m))
}

// hugoRSSName is the name of the files Hugo writes RSS feeds to:
// "index.xml", or the baseName of [outputFormats.RSS] with ".xml".
func hugoRSSName(m map[string]any) string {
	base := "index"
	if formats, ok := m["outputformats"].(map[string]any); ok {
		if rss, ok := formats["rss"].(map[string]any); ok {
			if b := str(rss["basename"]); b != "" {
				base = b
			}
		}
	}
	return base + ".xml"
}

// hugoListFeeds returns the names Hugo gives the RSS feed of each term
// and of each section, in the term's or section's folder: the home
// feed's name ("index.xml", or the baseName of [outputFormats.RSS]),
// "" for a kind the config writes no RSS for (disableKinds naming RSS
// or the kind, outputs of the kind without RSS); "term" is the kind of
// a term's page.
func hugoListFeeds(m map[string]any) (term, section string) {
	name, ok := config.FeedURL(hugoRSSName(m))
	if !ok {
		return "", ""
	}
	name = strings.TrimPrefix(name, "/")
	disabled := map[string]bool{}
	for _, k := range list(m["disablekinds"]) {
		disabled[strings.ToLower(k)] = true
	}
	if disabled["rss"] {
		return "", ""
	}
	outs, _ := m["outputs"].(map[string]any)
	writes := func(kinds ...string) bool {
		for _, kind := range kinds {
			if disabled[kind] {
				return false
			}
			if o, ok := outs[kind]; ok && !slices.ContainsFunc(list(o), func(s string) bool { return strings.EqualFold(s, "rss") }) {
				return false
			}
		}
		return true
	}
	if writes("term") {
		term = name
	}
	if writes("section") {
		section = name
	}
	return term, section
}

// list is v as a list of texts: a list's scalars, or one text.
func list(v any) []string {
	switch v := v.(type) {
	case []any:
		var out []string
		for _, x := range v {
			if s := str(x); s != "" {
				out = append(out, s)
			}
		}
		return out
	case string:
		return []string{strings.TrimSpace(v)}
	}
	return nil
}

// astroFeedNames are the names of an Astro route that writes a feed.
var astroFeedNames = []string{"rss", "feed", "atom", "index"}

// astroFeed returns the URL of the feed an Astro route file of
// src/pages writes (rss.xml.js, blog/feed.xml.ts), the one nearest the
// top, by name among those; false when there is none.
func astroFeed(fsys fs.FS) (string, bool) {
	var found []string
	fs.WalkDir(fsys, "src/pages", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable folder hides no feed of ours
		}
		if d.IsDir() {
			return nil
		}
		name := path.Base(p)
		ext := path.Ext(name)
		if ext != ".js" && ext != ".ts" && ext != ".mjs" && ext != ".mts" {
			return nil
		}
		route := strings.TrimSuffix(name, ext)
		if path.Ext(route) != ".xml" || !slices.Contains(astroFeedNames, strings.TrimSuffix(route, ".xml")) {
			return nil
		}
		found = append(found, strings.TrimPrefix(path.Join(path.Dir(p), route), "src/pages"))
		return nil
	})
	if len(found) == 0 {
		return "", false
	}
	slices.SortFunc(found, func(a, b string) int {
		if c := strings.Count(a, "/") - strings.Count(b, "/"); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return config.FeedURL(found[0])
}

// eleventyFeedOutput finds the outputPath of the feed plugin's options
// in an Eleventy config (addPlugin(feedPlugin, {type: "atom",
// outputPath: "/feed/feed.xml"})), in any quotes.
var eleventyFeedOutput = regexp.MustCompile(`\boutputPath\s*:\s*["'` + "`" + `]([^"'` + "`" + `\s]+\.xml)["'` + "`" + `]`)

// eleventyFeed returns where an Eleventy config's feed plugin writes
// the site's feed, false when it names none.
func eleventyFeed(src []byte) (string, bool) {
	m := eleventyFeedOutput.FindSubmatch(src)
	if m == nil {
		return "", false
	}
	return config.FeedURL(string(m[1]))
}
