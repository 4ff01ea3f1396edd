package layout

import (
	"testing"
	"testing/fstest"
)

// TestSiteFolder: a repository whose top holds no site but one folder
// holding another tool's site, found by its config (a Django project's
// hugo_site/), is read at that folder; a site at the top, notes of the
// repository's own, two sites or a folder without its tool's config
// leave the top as it is.
func TestSiteFolder(t *testing.T) {
	hugoSite := func(dir string) fstest.MapFS {
		return fstest.MapFS{
			dir + "/config.toml":          file("baseURL = \"https://conf.example/\"\ntitle = \"Conf\"\n"),
			dir + "/content/talks/a.md":   file("---\ntitle: A\n---\n"),
			dir + "/data/talks.json":      file("[]"),
			"manage.py":                   file("import django\n"),
			"requirements.txt":            file("django\n"),
			"app/models.py":               file("pass\n"),
			"app/templates/app/base.html": file("<html></html>\n"),
		}
	}
	with := func(fsys fstest.MapFS, more fstest.MapFS) fstest.MapFS {
		for k, v := range more {
			fsys[k] = v
		}
		return fsys
	}
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"a Hugo site beside a Django project", hugoSite("hugo_site"), "hugo_site"},
		{"with the repository's README", with(hugoSite("hugo_site"), fstest.MapFS{"README.md": file("# Conf\n"), "CONTRIBUTING.md": file("Help.\n")}), "hugo_site"},
		{"a Jekyll site in docs/", fstest.MapFS{"README.md": file("# Tool\n"), "docs/_config.yml": file("title: Tool\n"), "docs/index.md": file("# Tool\n"), "go.mod": file("module tool\n")}, "docs"},
		{"a site at the top", with(hugoSite("hugo_site"), fstest.MapFS{"_config.yml": file("title: Top\n")}), ""},
		{"lectern's own layout", with(hugoSite("hugo_site"), fstest.MapFS{"content/a.md": file("# A\n")}), ""},
		{"notes of the repository's own", with(hugoSite("hugo_site"), fstest.MapFS{"notes/a.md": file("# A\n")}), ""},
		{"a page at the top", with(hugoSite("hugo_site"), fstest.MapFS{"about.md": file("# About\n")}), ""},
		{"two sites", with(hugoSite("hugo_site"), hugoSite("site2019")), ""},
		{"a folder without its tool's config", fstest.MapFS{"README.md": file("# Tool\n"), "docs/_posts/2020-01-01-a.md": file("# A\n")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := SiteFolder(tc.fsys); got != tc.want {
				t.Errorf("SiteFolder = %q, want %q", got, tc.want)
			}
		})
	}
}
