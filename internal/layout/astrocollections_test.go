package layout

import (
	"fmt"
	"strings"
	"testing"
)

// TestParseCollections: a collection is defined as a variable or as a key
// of the collections object itself, as jsheroes' content config writes
// them; the key form made parseCollections slice at -1 and panic.
func TestParseCollections(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"variables", "const blog = defineCollection({ schema: s });\nexport const collections = { blog };\n", "blog=src/content/blog"},
		{"renamed", "const blog = defineCollection({ schema: s });\nexport const collections = { posts: blog };\n", "posts=src/content/posts"},
		{"keys of the object", "export const collections = {\n  blog: defineCollection({ schema: s }),\n  people: defineCollection({ loader: glob({ base: './src/data/people' }) }),\n};\n", "blog=src/content/blog people=src/data/people"},
		{"both", "const talks = defineCollection({ schema: s });\nexport const collections = { talks, 'news': defineCollection({ schema: s }) };\n", "talks=src/content/talks news=src/content/news"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range parseCollections("src/content.config.ts", tc.src) {
				got = append(got, c.name+"="+c.base)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("collections %q, want %q", g, tc.want)
			}
		})
	}
}

// TestParseCollectionDefaults: a schema's yes-or-no field with a default
// is read, optional() or not, quoted or not; other defaults are not.
func TestParseCollectionDefaults(t *testing.T) {
	src := "const blog = defineCollection({ schema: z.object({\n  published: z.boolean().default(false),\n  'draft': z.boolean().optional().default( true ),\n  lang: z.string().default('fr'),\n  featured: z.boolean(),\n}) });\n" +
		"const talks = defineCollection({ schema: z.object({ title: z.string() }) });\n"
	var got []string
	for _, c := range parseCollections("src/content.config.ts", src) {
		got = append(got, fmt.Sprint(c.name, c.defaults))
	}
	if g, want := strings.Join(got, " "), "blog[{published false} {draft true}] talks[]"; g != want {
		t.Errorf("defaults %q, want %q", g, want)
	}
}

// TestParseCollectionListDefaults: a schema's list of texts with a
// default written as an array of quoted texts (AstroPaper's tags) is
// read; an empty default, or one naming a constant, is not.
func TestParseCollectionListDefaults(t *testing.T) {
	for _, tc := range []struct{ name, field, want string }{
		{"AstroPaper's tags", `tags: z.array(z.string()).default(["others"]),`, "[{tags [others]}]"},
		{"optional, single quotes, two items", `'topics': z.array( z.string() ).optional().default(['a', "b c",]),`, "[{topics [a b c]}]"},
		{"empty", `tags: z.array(z.string()).default([]),`, "[]"},
		{"a constant", `tags: z.array(z.string()).default([DEFAULT_TAG]),`, "[]"},
		{"no default", `tags: z.array(z.string()),`, "[]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "const blog = defineCollection({ schema: z.object({\n  " + tc.field + "\n}) });\n"
			cols := parseCollections("src/content.config.ts", src)
			if len(cols) != 1 {
				t.Fatalf("%d collections, want 1", len(cols))
			}
			if got := fmt.Sprint(cols[0].lists); got != tc.want {
				t.Errorf("lists %s, want %s", got, tc.want)
			}
		})
	}
}

// FuzzParseCollections: no content config, however written, stops the
// build: parseCollections reads text other tools accept.
func FuzzParseCollections(f *testing.F) {
	f.Add("export const collections = { blog: defineCollection({ schema: s }) };")
	f.Add("const a = defineCollection({ loader: glob({ base: `./${X}` }) }); const X = 'p';")
	f.Add("x: defineCollection(")
	f.Fuzz(func(t *testing.T, src string) {
		parseCollections("c.ts", src)
	})
}
