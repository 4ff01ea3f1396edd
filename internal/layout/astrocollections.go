package layout

import (
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"lectern/internal/config"
	"lectern/internal/diag"
)

// astroCollection is one content collection an Astro site's content
// config defines.
type astroCollection struct {
	// name is the collection's name, as getCollection("name") names it.
	name string
	// base is the folder, from the site root, its entries are read
	// from: its glob loader's base, else src/content/<name> (Astro 2–4's
	// collections, which have no loader); "" when that cannot be read.
	base string
	// loaded marks a base a glob loader names.
	loaded bool
	// written is a loader's base as written when it cannot be read (an
	// expression, a template literal of names not defined plainly), and
	// pos where it is written.
	written string
	pos     diag.Pos
	// defaults are the yes-or-no values its schema gives an entry that
	// does not write the field (published: z.boolean().default(false)),
	// in the order written.
	defaults []boolDefault
	// lists are the lists of texts its schema gives an entry that does
	// not write the field (AstroPaper's tags:
	// z.array(z.string()).default(["others"])), in the order written.
	lists []listDefault
}

// boolDefault is a schema's default of one yes-or-no field.
type boolDefault struct {
	field string
	value bool
}

// listDefault is a schema's default of one field holding a list of
// texts: never empty, an empty default giving what no field gives.
type listDefault struct {
	field string
	items []string
}

var (
	// defineCollection matches where a collection is defined, named by
	// a variable (const blog = defineCollection(…)) or a key of the
	// collections object (blog: defineCollection(…), 'speaker-talks':
	// defineCollection(…)).
	defineCollection = regexp.MustCompile(`(?:\b(?:const|let|var)\s+([\w$]+)\s*=\s*|(?:\b([\w$]+)|["']([\w$-]+)["'])\s*:\s*)defineCollection\s*\(`)
	// loaderBase matches a glob loader's base: a string, a template
	// literal, or anything else up to the end of the value.
	loaderBase = regexp.MustCompile("\\bbase\\s*:\\s*(?:\"([^\"\\\\\\n]*)\"|'([^'\\\\\\n]*)'|`([^`\\\\]*)`|([^,}\\n]+))")
	// plainConst matches a constant of a string literal written on a
	// line of its own (export const BLOG_PATH = "src/data/blog";).
	plainConst = regexp.MustCompile("(?m)^[ \\t]*(?:export\\s+)?const\\s+([\\w$]+)\\s*(?::\\s*string\\s*)?=\\s*(?:\"([^\"\\\\\\n]*)\"|'([^'\\\\\\n]*)'|`([^`$\\\\\\n]*)`)\\s*;?[ \\t]*$")
	// substitution matches a template literal's ${NAME}.
	substitution = regexp.MustCompile(`\$\{\s*([\w$]+)\s*\}`)
	// collectionsObject matches the exported collections object, whose
	// keys are the collections' names (export const collections = {
	// posts: blog }).
	collectionsObject = regexp.MustCompile(`\bcollections\s*=\s*\{([^}]*)\}`)
	// zodBoolDefault matches a schema's yes-or-no field with a default
	// (published: z.boolean().default(false), optional() or not before
	// it): the field's name and the default.
	zodBoolDefault = regexp.MustCompile(`(?:\b([\w$]+)|["']([\w$-]+)["'])\s*:\s*z\s*\.\s*boolean\s*\(\s*\)\s*(?:\.\s*optional\s*\(\s*\)\s*)?\.\s*default\s*\(\s*(true|false)\s*\)`)
	// zodListDefault matches a schema's field of a list of texts with a
	// default written as an array (tags:
	// z.array(z.string()).default(["others"]), optional() or not before
	// it): the field's name and the array's items as written.
	zodListDefault = regexp.MustCompile(`(?:\b([\w$]+)|["']([\w$-]+)["'])\s*:\s*z\s*\.\s*array\s*\(\s*z\s*\.\s*string\s*\(\s*\)\s*\)\s*(?:\.\s*optional\s*\(\s*\)\s*)?\.\s*default\s*\(\s*\[([^\]]*)\]\s*\)`)
	// quotedItem matches one item of such an array: a string in double
	// or single quotes, without escapes.
	quotedItem = regexp.MustCompile(`^\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*$`)
)

// astroCollections are the collections of the site's content config (the
// first of astroContentConfigs found), in the order written.
func astroCollections(fsys fs.FS) []astroCollection {
	for _, file := range astroContentConfigs {
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			continue
		}
		return parseCollections(file, string(src))
	}
	return nil
}

// parseCollections reads the collections the content config file (src its
// text) defines. A base written as a template literal is read when each
// of its substitutions is a constant the same file defines plainly, as
// AstroPaper's `./${BLOG_PATH}` is.
func parseCollections(file, src string) []astroCollection {
	consts := map[string]string{}
	for _, m := range plainConst.FindAllStringSubmatch(src, -1) {
		consts[m[1]] = m[2] + m[3] + m[4]
	}
	// The collections object may rename a variable: { posts: blog }.
	names := map[string]string{}
	if m := collectionsObject.FindStringSubmatch(src); m != nil {
		for _, item := range strings.Split(m[1], ",") {
			if k, v, ok := strings.Cut(item, ":"); ok {
				names[strings.Trim(strings.TrimSpace(v), `"'`)] = strings.Trim(strings.TrimSpace(k), `"'`)
			}
		}
	}
	var out []astroCollection
	found := defineCollection.FindAllStringSubmatchIndex(src, -1)
	for i, m := range found {
		end := len(src)
		if i+1 < len(found) {
			end = found[i+1][0]
		}
		// One of the three names matched: a variable, a key, a quoted key.
		c := astroCollection{name: src[max(m[2], 0):max(m[3], 0)] + src[max(m[4], 0):max(m[5], 0)] + src[max(m[6], 0):max(m[7], 0)]}
		if n, ok := names[c.name]; ok && m[2] >= 0 {
			c.name = n
		}
		seg := src[m[1]:end]
		b := loaderBase.FindStringSubmatchIndex(seg)
		switch {
		case b != nil:
			c.loaded = true
			written := strings.TrimSpace(seg[b[0]:b[1]])
			written = strings.TrimSpace(written[strings.Index(written, ":")+1:])
			at := m[1] + b[0]
			c.pos = diag.Pos{File: file, Line: 1 + strings.Count(src[:at], "\n"), Col: 1 + at - strings.LastIndex(src[:at], "\n") - 1}
			if v, ok := baseValue(seg, b, consts); ok {
				c.base = v
			} else {
				c.written = written
			}
		case !strings.Contains(seg[:min(len(seg), 200)], "loader"):
			c.base = "src/content/" + c.name
		}
		for _, d := range zodBoolDefault.FindAllStringSubmatch(seg, -1) {
			c.defaults = append(c.defaults, boolDefault{field: d[1] + d[2], value: d[3] == "true"})
		}
		for _, d := range zodListDefault.FindAllStringSubmatch(seg, -1) {
			if items, ok := quotedItems(d[3]); ok {
				c.lists = append(c.lists, listDefault{field: d[1] + d[2], items: items})
			}
		}
		out = append(out, c)
	}
	return out
}

// quotedItems are the texts of an array's items written between its
// brackets (`"others"`, `'talks', 'notes'`); false when the array is
// empty or an item is anything but a plain quoted text (a constant, a
// call), which lectern does not evaluate.
func quotedItems(written string) ([]string, bool) {
	var items []string
	for _, part := range strings.Split(written, ",") {
		if strings.TrimSpace(part) == "" {
			continue // [] and a trailing comma
		}
		m := quotedItem.FindStringSubmatch(part)
		if m == nil {
			return nil, false
		}
		items = append(items, m[1]+m[2])
	}
	return items, len(items) > 0
}

// baseValue is the folder, from the site root, of a loader's base matched
// by b in seg; false when it cannot be read or leaves the site.
func baseValue(seg string, b []int, consts map[string]string) (string, bool) {
	group := func(i int) (string, bool) {
		if b[2*i] < 0 {
			return "", false
		}
		return seg[b[2*i]:b[2*i+1]], true
	}
	var v string
	if s, ok := group(1); ok {
		v = s
	} else if s, ok := group(2); ok {
		v = s
	} else if s, ok := group(3); ok {
		resolved := true
		v = substitution.ReplaceAllStringFunc(s, func(sub string) string {
			c, ok := consts[substitution.FindStringSubmatch(sub)[1]]
			resolved = resolved && ok
			return c
		})
		if !resolved || strings.Contains(v, "${") {
			return "", false
		}
	} else if s, ok := group(4); ok {
		c, known := consts[strings.TrimSpace(s)]
		if !known {
			return "", false
		}
		v = c
	}
	v = path.Clean(strings.TrimPrefix(v, "./"))
	if v == "." || strings.HasPrefix(v, "..") || path.IsAbs(v) {
		return "", false
	}
	return v, true
}

// astroLoaderDiags warns of each glob loader whose base lectern cannot
// read: its collection's entries are not read, and the author should
// know why the site has none of them.
func astroLoaderDiags(cols []astroCollection) diag.List {
	var diags diag.List
	for _, c := range cols {
		if c.written != "" {
			diags.Warnf(c.pos, "the glob loader of collection %q reads from %s, which lectern cannot work out, so its entries are not read; write the folder as a string (base: \"./src/data/blog\") or a template literal of constants this file defines as strings", c.name, c.written)
		}
	}
	return diags
}

// astroFieldDefaults are the yes-or-no defaults, and the defaults of
// lists of texts (tags), of the schemas of the
// collections whose folder is a top folder of a content folder of l, as
// lectern reads the pages there: an entry without the field has the
// default, as Astro parses it (published: false keeps a post unlisted
// when the site's code filters on it, which lectern reads as a draft).
func astroFieldDefaults(l Layout, cols []astroCollection) []config.FieldDefault {
	dirs := append([]string{l.ContentDir}, l.Dirs...)
	var out []config.FieldDefault
	for _, c := range cols {
		if c.base == "" || !slices.Contains(dirs, path.Dir(c.base)) {
			continue
		}
		for _, d := range c.defaults {
			out = append(out, config.FieldDefault{Dir: path.Base(c.base), Field: d.field, Value: d.value})
		}
		for _, d := range c.lists {
			out = append(out, config.FieldDefault{Dir: path.Base(c.base), Field: d.field, List: d.items})
		}
	}
	return out
}
