package layout

import (
	"slices"
	"testing"
	"testing/fstest"
)

// Hugo's config folder's files of one language are that language's
// settings: languages.fr.toml is [languages.fr], menus.en.toml the
// menus of en. The default language's title, params and menus are the
// site's; a menu item is placed in the file that holds it.
func TestHugoLanguageFiles(t *testing.T) {
	tests := []struct {
		name      string
		fsys      fstest.MapFS
		title     string
		desc      string
		langs     []string
		menu      string // name|url|page|weight|line of each item
		menuFile  string
		wantDiags int
	}{
		{
			name: "a file per language",
			fsys: fstest.MapFS{
				"config/_default/hugo.toml":         file("baseURL = 'https://l.example.org/'\ndefaultContentLanguage = 'en'\n"),
				"config/_default/languages.en.toml": file("weight = 1\ntitle = 'English Site'\n[params]\ndescription = 'In English'\n"),
				"config/_default/languages.fr.toml": file("weight = 2\ntitle = 'Site Français'\n"),
				"config/_default/menus.en.toml":     file("# the menu\n[[main]]\nname = 'Posts'\npageRef = 'posts'\nweight = 20\n"),
				"config/_default/menus.fr.toml":     file("[[main]]\nname = 'Articles'\npageRef = 'posts'\n"),
				"content/posts/a.md":                file("x"),
			},
			title: "English Site", desc: "In English", langs: []string{"fr"},
			menu: "Posts||posts|20|4", menuFile: "config/_default/menus.en.toml",
		},
		{
			name: "one language, its menus and params files",
			fsys: fstest.MapFS{
				"config/_default/config.toml":    file("title = 'Top'\ndefaultContentLanguage = 'de'\n[params]\ndescription = 'Top text'\n"),
				"config/_default/languages.toml": file("[de]\nweight = 1\n"),
				"config/_default/params.de.toml": file("description = 'Deutsch'\n"),
				"config/_default/menus.de.toml":  file("[[main]]\nname = 'Über'\nurl = '/about/'\n"),
				"config/_default/menus.toml":     file("[[main]]\nname = 'About'\nurl = '/about/'\n"),
				"content/posts/a.md":             file("x"),
			},
			title: "Top", desc: "Deutsch",
			menu: "Über|/about/||0|3", menuFile: "config/_default/menus.de.toml",
		},
		{
			name: "languages in the main file, the menu in its own",
			fsys: fstest.MapFS{
				"hugo.toml":          file("baseURL = 'https://l.example.org/'\n[languages.en]\ntitle = 'From Language'\n[languages.es]\ntitle = 'Desde'\n"),
				"content/posts/a.md": file("x"),
			},
			title: "From Language", langs: []string{"es"},
		},
		{
			name: "the main file's menu keeps its place",
			fsys: fstest.MapFS{
				"config/_default/hugo.toml":  file("title = 'T'\n\n[[menus.main]]\nname = 'Talks'\nurl = '/talks/'\n"),
				"config/_default/menus.toml": file("[[footer]]\nname = 'Legal'\nurl = '/legal/'\n"),
				"content/posts/a.md":         file("x"),
			},
			title: "T", menu: "Talks|/talks/||0|5", menuFile: "config/_default/hugo.toml",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, diags := Detect(tt.fsys).Config(tt.fsys)
			if len(diags) != tt.wantDiags {
				t.Errorf("diagnostics %q", diags.Strings())
			}
			if c.Title != tt.title || c.Description != tt.desc {
				t.Errorf("title %q, description %q; want %q, %q", c.Title, c.Description, tt.title, tt.desc)
			}
			if !slices.Equal(c.OtherLanguages, tt.langs) {
				t.Errorf("other languages %q, want %q", c.OtherLanguages, tt.langs)
			}
			if got := menuText(c.Menu); got != tt.menu {
				t.Errorf("menu:\n%s\nwant:\n%s", got, tt.menu)
			}
			for _, it := range c.Menu {
				if it.Pos.File != tt.menuFile {
					t.Errorf("menu item %q placed in %q, want %q", it.Name, it.Pos.File, tt.menuFile)
				}
			}
		})
	}
}
