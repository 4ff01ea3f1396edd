package layout

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestAstroBase: Astro's base: puts the site under that path of its site
// URL, as Astro serves it; a base without a site URL, commented out, or
// naming a folder of the repository (a glob loader's) does not.
func TestAstroBase(t *testing.T) {
	for _, tc := range []struct{ name, config, consts, want string }{
		{"one line", "export default defineConfig({ site: 'https://ada.github.io', base: '/talks-site' });\n", "", "https://ada.github.io/talks-site/"},
		{"lines of their own", "export default defineConfig({\n  site: \"https://ada.github.io/\",\n  base: \"/talks-site/\",\n});\n", "", "https://ada.github.io/talks-site/"},
		{"base before site", "export default defineConfig({ base: 'talks', site: 'https://b.example.org' })\n", "", "https://b.example.org/talks/"},
		{"a site URL holding the base already", "export default defineConfig({ site: 'https://c.example.org/talks/', base: '/talks' })\n", "", "https://c.example.org/talks/"},
		{"no base", "export default defineConfig({ site: 'https://d.example.org' })\n", "", "https://d.example.org/"},
		{"a base commented out", "export default defineConfig({\n  site: 'https://e.example.org',\n  // base: '/old',\n});\n", "", "https://e.example.org/"},
		{"no site", "export default defineConfig({ base: '/talks' })\n", "", ""},
		{"a glob loader's folder", "export default defineConfig({ site: 'https://f.example.org', x: glob({ base: './src/data/blog' }) })\n", "", "https://f.example.org/"},
		{"the site URL of a theme's object", "export default defineConfig({ base: '/blog' })\n", "export const SITE = {\n  website: \"https://g.example.org/\",\n  title: \"G\",\n};\n", "https://g.example.org/blog/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"astro.config.mjs": file(tc.config), "src/content/blog/a.md": file("x")}
			if tc.consts != "" {
				fsys["src/config.ts"] = file(tc.consts)
			}
			c, d := Detect(fsys).Config(fsys)
			if c.BaseURL != tc.want || len(d) != 0 {
				t.Errorf("base URL %q, %v; want %q", c.BaseURL, d, tc.want)
			}
		})
	}
}

// TestAstroCollectionRoutes: a glob loader's base written as a template
// literal of the file's constants is read, one that cannot be is a
// warning; the one dynamic route reading a collection decides its URL
// folder, and a collection only static pages read has no pages.
func TestAstroCollectionRoutes(t *testing.T) {
	const blogConfig = "import { glob } from \"astro/loaders\";\nexport const BLOG_PATH = \"src/data/blog\";\nconst blog = defineCollection({\n  loader: glob({ pattern: \"**/*.md\", base: `./${BLOG_PATH}` }),\n});\nexport const collections = { blog };\n"
	const entryRoute = "---\nexport async function getStaticPaths() {\n  const posts = await getCollection(\"blog\");\n  return posts.map(p => ({ params: { slug: p.id } }));\n}\n---\n"
	const listRoute = "---\nexport const getStaticPaths = async ({ paginate }) => paginate(await getCollection(\"blog\"));\n---\n"
	for _, tc := range []struct {
		name     string
		files    map[string]string
		routes   string
		unrouted string
		diags    string
	}{
		{"a template literal base and its entry route", map[string]string{
			"src/content.config.ts":                 blogConfig,
			"src/pages/posts/[...slug]/index.astro": entryRoute,
			"src/pages/posts/[...page].astro":       listRoute,
		}, "map[blog:posts]", "[]", ""},
		{"a route of the collection's own folder", map[string]string{
			"src/content.config.ts":     blogConfig,
			"src/pages/blog/[id].astro": entryRoute,
		}, "map[]", "[]", ""},
		{"two entry routes", map[string]string{
			"src/content.config.ts":      blogConfig,
			"src/pages/posts/[id].astro": entryRoute,
			"src/pages/notes/[id].astro": entryRoute,
		}, "map[]", "[]", ""},
		{"a base of a name not defined plainly", map[string]string{
			"src/content.config.ts": "import { BLOG_PATH } from './paths';\nconst blog = defineCollection({\n  loader: glob({ base: `./${BLOG_PATH}` }),\n});\n",
		}, "map[]", "[]", "src/content.config.ts:3:18: warning: the glob loader of collection \"blog\" reads from `./${BLOG_PATH}`, which lectern cannot work out, so its entries are not read; write the folder as a string (base: \"./src/data/blog\") or a template literal of constants this file defines as strings"},
		{"a collection only a list page reads", map[string]string{
			"src/content.config.ts":           "const talks = defineCollection({ loader: glob({ base: './src/content/talks' }) });\nconst writings = defineCollection({ loader: glob({ base: './src/content/writings' }) });\n",
			"src/content/writings/a.md":       "x",
			"src/pages/talks/[...slug].astro": "getCollection('talks')",
			"src/pages/writings/index.astro":  "const w = await getCollection('writings');",
		}, "map[]", "[writings]", ""},
		{"a collection a helper reads too", map[string]string{
			"src/content/config.ts":  "const talks = defineCollection({ type: 'content', schema: z.object({}) });\n",
			"src/content/talks/a.md": "x",
			"src/pages/talks.astro":  "getCollection(\"talks\")",
			"src/utils/talks.ts":     "export const all = () => getCollection(\"talks\");",
		}, "map[]", "[]", ""},
		{"a legacy collection only a list page reads", map[string]string{
			"src/content/config.ts":  "const talks = defineCollection({ type: 'content', schema: z.object({}) });\n",
			"src/content/talks/a.md": "x",
			"src/pages/talks.astro":  "getCollection(\"talks\")",
		}, "map[]", "[talks]", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"package.json": file(`{"dependencies": {"astro": "5"}}`), "src/data/blog/a.md": file("x"), "src/pages/index.astro": file("---\n---\n")}
			for name, text := range tc.files {
				fsys[name] = file(text)
			}
			c, d := Detect(fsys).Config(fsys)
			if got := fmt.Sprint(c.Permalinks.Routes); got != tc.routes {
				t.Errorf("routes %s, want %s", got, tc.routes)
			}
			if got := fmt.Sprint(c.Permalinks.Unrouted); got != tc.unrouted {
				t.Errorf("unrouted %s, want %s", got, tc.unrouted)
			}
			if got := strings.Join(d.Strings(), "\n"); got != tc.diags {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, tc.diags)
			}
		})
	}
}

// TestAstroDefaultLocale: the default locale of Astro's i18n routing is
// the site's language; a config without one keeps lectern's.
func TestAstroDefaultLocale(t *testing.T) {
	for _, tc := range []struct{ name, config, want string }{
		{"i18n", "export default defineConfig({\n  i18n: {\n    defaultLocale: 'es',\n    locales: ['es', 'en'],\n  },\n});\n", "es"},
		{"commented out", "export default defineConfig({\n  // i18n: { defaultLocale: 'es' },\n});\n", "en"},
		{"none", "export default defineConfig({ site: 'https://a.example.org' })\n", "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"astro.config.mjs": file(tc.config), "src/content/blog/a.md": file("x")}
			if c, _ := Detect(fsys).Config(fsys); c.Language != tc.want {
				t.Errorf("language %q; want %q", c.Language, tc.want)
			}
		})
	}
}
