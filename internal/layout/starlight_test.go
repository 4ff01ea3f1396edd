package layout

import (
	"slices"
	"testing"
	"testing/fstest"

	"lectern/internal/config"
)

// TestStarlightTitle: a Starlight site's title and description are the
// options of its integration, in any quotes; a title given per language
// is not read, nor is a later title of something else, nor one
// commented out, and a theme's SITE object wins.
func TestStarlightTitle(t *testing.T) {
	for _, tc := range []struct {
		name, config, consts string
		title, description   string
	}{
		{"on lines of their own", "import starlight from '@astrojs/starlight';\nexport default defineConfig({\n  integrations: [\n    starlight({\n      title: \"Ada's Docs\",\n      description: 'On \"fast\" sites',\n      sidebar: [{ label: 'Guides' }],\n    }),\n  ],\n});\n", "", "Ada's Docs", `On "fast" sites`},
		{"on one line", "export default defineConfig({ integrations: [starlight({ title: `Docs Conf`, social: {} })] })\n", "", "Docs Conf", ""},
		{"per language", "export default defineConfig({ integrations: [starlight({\n  title: { en: 'Docs', fr: 'Documents' },\n  head: [{ tag: 'meta', attrs: { title: 'x' } }],\n})] })\n", "", "lectern site", ""},
		{"commented out", "export default defineConfig({ integrations: [starlight({\n  // title: 'Old',\n  title: 'New',\n})] })\n", "", "New", ""},
		{"no Starlight", "export default defineConfig({ title: 'Not read' })\n", "", "lectern site", ""},
		{"a theme's object wins", "export default defineConfig({ integrations: [starlight({ title: 'Docs' })] })\n", "export const SITE = {\n  title: \"Theme\",\n};\n", "Theme", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"astro.config.mjs": file(tc.config), "src/content/docs/a.md": file("x")}
			if tc.consts != "" {
				fsys["src/config.ts"] = file(tc.consts)
			}
			c, _ := Detect(fsys).Config(fsys)
			if c.Title != tc.title || c.Description != tc.description {
				t.Errorf("title %q, description %q; want %q, %q", c.Title, c.Description, tc.title, tc.description)
			}
		})
	}
}

// TestStarlightLocales: a Starlight site's locales say its language (the
// default locale's lang, else its key) and the folders of src/content/docs
// that hold its translations; defaultLocale: 'root' is no language.
func TestStarlightLocales(t *testing.T) {
	for _, tc := range []struct {
		name, config string
		lang         string
		dirs         []string
	}{
		{"a root locale alone", "export default defineConfig({ integrations: [starlight({\n\t\ttitle: 'Notas',\n\t\tdefaultLocale: 'root',\n\t\tlocales: {\n\t\t\troot: {\n\t\t\t\tlabel: 'Português',\n\t\t\t\tlang: 'pt-BR', // required for a root locale\n\t\t\t},\n\t\t},\n\t})] });\n", "pt-BR", nil},
		{"a root locale and translations", "export default defineConfig({ integrations: [starlight({\n  title: 'Docs',\n  locales: {\n    root: { label: 'English', lang: 'en' },\n    es: { label: 'Español' },\n    'zh-cn': { label: '简体中文', lang: 'zh-CN' },\n  },\n}), sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en-US', fr: 'fr-FR' } } })] });\n", "en", []string{"src/content/docs/es", "src/content/docs/zh-cn"}},
		{"a default locale in its folder", "export default defineConfig({ integrations: [starlight({\n  title: 'Docs',\n  defaultLocale: 'fr',\n  locales: {\n    en: { label: 'English' },\n    /* the site's own */\n    fr: { label: 'Français' },\n  },\n})] });\n", "fr", []string{"src/content/docs/en"}},
		{"locales from elsewhere", "import { locales } from './locales';\nexport default defineConfig({ integrations: [starlight({ title: 'Docs', locales })] });\n", "en", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"astro.config.mjs": file(tc.config), "src/content/docs/a.md": file("x")}
			c, _ := Detect(fsys).Config(fsys)
			if c.Language != tc.lang || !slices.Equal(c.LanguageDirs, tc.dirs) {
				t.Errorf("language %q, translations in %q; want %q, %q", c.Language, c.LanguageDirs, tc.lang, tc.dirs)
			}
		})
	}
}

// TestStarlightBlogAuthors: starlight-blog's authors map, in the plugin's
// options, gives each id its person; a picture under src/assets or
// public is published where lectern publishes those folders.
func TestStarlightBlogAuthors(t *testing.T) {
	const cfg = `import starlightBlog from 'starlight-blog';
export default defineConfig({ integrations: [starlight({
	title: 'Docs',
	plugins: [
		starlightBlog({
			title: 'Blog',
			authors: {
				ida: {
					name: 'Ida Lund',
					title: 'Maintainer',
					picture: '/ida.png', // Images in public are supported.
					url: 'https://ida.example.org',
				},
				"bo-o": { name: "Bo O'Hara", picture: './src/assets/bo.jpg' },
				nobody: { title: 'No name' },
			},
		}),
	],
})] });
`
	fsys := fstest.MapFS{"astro.config.mjs": file(cfg), "src/content/docs/a.md": file("x")}
	c, _ := Detect(fsys).Config(fsys)
	want := []config.Author{
		{ID: "ida", Name: "Ida Lund", Role: "Maintainer", Photo: "/ida.png", URL: "https://ida.example.org"},
		{ID: "bo-o", Name: "Bo O'Hara", Photo: "/assets/bo.jpg"},
	}
	if !slices.Equal(c.Authors, want) {
		t.Errorf("authors %+v, want %+v", c.Authors, want)
	}
}

// TestStarlightSidebar: a Starlight site's sidebar is its navigation,
// one link for each entry of its top level: a link, a page by slug, a
// group by its first entry, an autogenerated group by its folder's index
// or first page; a group leading nowhere is left out. With the default
// locale in a folder of its own, slugs are of that folder.
func TestStarlightSidebar(t *testing.T) {
	const sidebar = `sidebar: [
		{ label: 'Start here', items: [
			// The first steps.
			'guides/install',
			{ label: 'Later', link: '/guides/later/' },
		] },
		{ label: 'Reference', autogenerate: { directory: 'reference' } },
		{ label: 'Empty', autogenerate: { directory: 'nothing' } },
		'guides/faq',
		{ label: 'FAQ again', slug: 'guides/faq' },
		{ label: 'GitHub', link: 'https://github.com/example/kettle' },
	],`
	type item struct{ name, url, page string }
	for _, tc := range []struct {
		name, locales string
		files         []string
		want          []item
	}{
		{"root locale", "", []string{"src/content/docs/reference/cli.md", "src/content/docs/reference/api.md"}, []item{
			{"Start here", "", "src/content/docs/guides/install"},
			{"Reference", "", "src/content/docs/reference/api"},
			{"", "", "src/content/docs/guides/faq"},
			{"FAQ again", "", "src/content/docs/guides/faq"},
			{"GitHub", "https://github.com/example/kettle", ""},
		}},
		{"default locale in a folder", "defaultLocale: 'en', locales: { en: { label: 'English' }, fr: { label: 'Français' } },", []string{"src/content/docs/en/reference/index.mdx", "src/content/docs/en/reference/api.md"}, []item{
			{"Start here", "", "src/content/docs/en/guides/install"},
			{"Reference", "", "src/content/docs/en/reference/index"},
			{"", "", "src/content/docs/en/guides/faq"},
			{"FAQ again", "", "src/content/docs/en/guides/faq"},
			{"GitHub", "https://github.com/example/kettle", ""},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"astro.config.mjs": file("export default defineConfig({ integrations: [starlight({\n\ttitle: 'Kettle',\n\t" + tc.locales + "\n\t" + sidebar + "\n})] });\n")}
			for _, f := range tc.files {
				fsys[f] = file("---\ntitle: x\n---\n")
			}
			c, _ := Detect(fsys).Config(fsys)
			var got []item
			for _, it := range c.Menu {
				got = append(got, item{it.Name, it.URL, it.Page})
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("menu %q,\nwant %q", got, tc.want)
			}
		})
	}
}
