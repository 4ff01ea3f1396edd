package layout

import (
	"fmt"
	"testing"
	"testing/fstest"
)

// TestAstroParamSource: what sets a route's parameter is read in the
// shapes getStaticPaths writes it; any other, or two that differ, is not.
func TestAstroParamSource(t *testing.T) {
	for _, tc := range []struct{ name, text, param, field string }{
		{"the entry's id", "params: { slug: p.id }", "slug", ""},
		{"the entry's slug", "params: { slug: entry.slug }", "slug", ""},
		{"a field", "return s.map((session) => ({\n  params: { code: session.data.code },\n}));", "code", "code"},
		{"a field by index", "params: { code: s.data['code'] }", "code", "code"},
		{"a field with the id as fallback", "params: { slug: e.data.slug ?? e.id }", "slug", "slug"},
		{"a destructured entry", "s.map(({ data }) => ({ params: { code: data.code } }))", "code", "code"},
		{"a shorthand of destructured data", "s.map(({ data: { code } }) => ({ params: { code } }))", "code", "code"},
		{"a shorthand of data assigned", "for (const s of all) { const { code, title } = s.data; paths.push({ params: { code }, props: { title } }); }", "code", "code"},
		{"another parameter's field", "params: { lang: 'en', code: s.data.ref }", "code", "ref"},
		{"a computed value", "params: { code: s.data.code.toLowerCase() }", "code", "!"},
		{"two readings", "a.map(s => ({ params: { code: s.data.code } })); b.map(s => ({ params: { code: s.id } }))", "code", "!"},
		{"no params", "const x = 1;", "code", "!"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			field, ok := paramSource(tc.text, tc.param)
			if !ok {
				field = "!"
			}
			if field != tc.field {
				t.Errorf("field %q, want %q", field, tc.field)
			}
		})
	}
}

// TestAstroRouteFields: the one route of a collection that sets its last
// part from a front matter field names that field for the collection's
// folder, also where the route's folder is the collection's own.
func TestAstroRouteFields(t *testing.T) {
	const cfg = "const sessions = defineCollection({ loader: glob({ base: './src/content/sessions' }) });\n"
	const byCode = "---\nexport async function getStaticPaths() {\n  const all = await getCollection(\"sessions\");\n  return all.map((s) => ({ params: { code: s.data.code } }));\n}\n---\n"
	for _, tc := range []struct {
		name   string
		pages  map[string]string
		fields string
	}{
		{"a field under another folder", map[string]string{"src/pages/schedule/[code].astro": byCode}, "map[sessions:code]"},
		{"a field in its folder's index", map[string]string{"src/pages/sessions/[code]/index.astro": byCode}, "map[sessions:code]"},
		{"the id", map[string]string{"src/pages/schedule/[id].astro": "getCollection('sessions'); params: { id: s.id }"}, "map[]"},
		{"a route reading two collections", map[string]string{"src/pages/schedule/[code].astro": byCode + "getCollection('people')"}, "map[]"},
		{"a route of two dynamic parts", map[string]string{"src/pages/[day]/[code].astro": byCode}, "map[]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"package.json": file(`{"dependencies": {"astro": "5"}}`), "src/content.config.ts": file(cfg), "src/content/sessions/a.md": file("x")}
			for name, text := range tc.pages {
				fsys[name] = file(text)
			}
			c, _ := Detect(fsys).Config(fsys)
			if got := fmt.Sprint(c.Permalinks.RouteFields); got != tc.fields {
				t.Errorf("route fields %s, want %s", got, tc.fields)
			}
		})
	}
}
