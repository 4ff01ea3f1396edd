package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"lectern/internal/layout"
)

func TestCheckDest(t *testing.T) {
	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(tmp, "s", "site")
	home := filepath.Join(tmp, "h", "home")
	notes := filepath.Join(tmp, "n", "notes")
	for _, d := range []string{site, filepath.Join(home, "deep"), filepath.Join(site, "content"), filepath.Join(site, ".git", "refs"), filepath.Join(site, "Themes", "x"), notes} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	mustSymlink(t, site, filepath.Join(tmp, "tosite"))
	mustSymlink(t, filepath.Join(home, "deep"), filepath.Join(site, "tohome"))
	// layouts/ is a link to a folder outside the site.
	mustSymlink(t, notes, filepath.Join(site, "layouts"))
	mustSymlink(t, filepath.Join(site, "content"), filepath.Join(tmp, "tocontent"))
	t.Setenv("HOME", home)
	t.Chdir(site)

	const why = "; lectern deletes from its output folder every file the build did not produce, so choose a folder of its own, such as \"public\" inside the site"
	root := filepath.VolumeName(tmp) + string(filepath.Separator)
	tests := []struct {
		name string
		dest string
		want string // "" for no error
	}{
		{"public inside source", filepath.Join(site, "public"), ""},
		{"relative public", "public", ""},
		{"nested inside source", filepath.Join(site, "out", "www"), ""},
		{"sibling of source", filepath.Join(tmp, "s", "www"), ""},
		{"inside home", filepath.Join(home, "www"), ""},
		{"source itself", site, fmt.Sprintf("output folder %q is the site's source folder%s", site, why)},
		{"relative source", ".", fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder%s", ".", site, why)},
		{"dotdot back to source", "public/..", fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder%s", "public/..", site, why)},
		{"parent of source", filepath.Join(tmp, "s"), fmt.Sprintf("output folder %q contains the site's source folder %q%s", filepath.Join(tmp, "s"), site, why)},
		{"relative parent", "..", fmt.Sprintf("output folder %q (resolves to %q) contains the site's source folder %q%s", "..", filepath.Join(tmp, "s"), site, why)},
		{"symlink to source", filepath.Join(tmp, "tosite"), fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder%s", filepath.Join(tmp, "tosite"), site, why)},
		{"filesystem root", root, fmt.Sprintf("output folder %q is the root of a filesystem%s", root, why)},
		{"home", home, fmt.Sprintf("output folder %q is your home folder%s", home, why)},
		{"parent of home", filepath.Join(tmp, "h"), fmt.Sprintf("output folder %q contains your home folder %q%s", filepath.Join(tmp, "h"), home, why)},
		// The link's ".." is its target's parent, not the folder holding
		// the link, as a lexical clean would have it.
		{"dotdot through a symlink", "tohome/..", fmt.Sprintf("output folder %q (resolves to %q) is your home folder%s", "tohome/..", home, why)},
		{"missing folder under a symlink", "tohome/../new", ""},

		{"content", "content", fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder %q%s", "content", filepath.Join(site, "content"), "content", why)},
		{"inside content", filepath.Join(site, "content", "out"), fmt.Sprintf("output folder %q is inside the site's source folder %q%s", filepath.Join(site, "content", "out"), "content", why)},
		{"dotdot into content", "public/../content/talks", fmt.Sprintf("output folder %q (resolves to %q) is inside the site's source folder %q%s", "public/../content/talks", filepath.Join(site, "content", "talks"), "content", why)},
		{"symlink to content", filepath.Join(tmp, "tocontent"), fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder %q%s", filepath.Join(tmp, "tocontent"), filepath.Join(site, "content"), "content", why)},
		{"missing static", "static", fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder %q%s", "static", filepath.Join(site, "static"), "static", why)},
		{"a theme", "Themes/x", fmt.Sprintf("output folder %q (resolves to %q) is inside the site's source folder %q%s", "Themes/x", filepath.Join(site, "Themes", "x"), "Themes", why)},
		{"data", "data", fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder %q%s", "data", filepath.Join(site, "data"), "data", why)},
		{"jekyll layouts", "_layouts", fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder %q%s", "_layouts", filepath.Join(site, "_layouts"), "_layouts", why)},
		{"jekyll collection", "_talks/out", fmt.Sprintf("output folder %q (resolves to %q) is inside the site's source folder %q%s", "_talks/out", filepath.Join(site, "_talks", "out"), "_talks", why)},
		{"jekyll output", "_site", ""},
		{"franklin output", "__site", ""},
		{"src", "src", fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder %q%s", "src", filepath.Join(site, "src"), "src", why)},
		{"linked layouts by its target", notes, fmt.Sprintf("output folder %q is the site's source folder %q%s", notes, "layouts", why)},
		{"inside linked layouts", filepath.Join(notes, "out"), fmt.Sprintf("output folder %q is inside the site's source folder %q%s", filepath.Join(notes, "out"), "layouts", why)},
		{"holding linked layouts", filepath.Join(tmp, "n"), fmt.Sprintf("output folder %q contains the site's source folder %q (%q)%s", filepath.Join(tmp, "n"), "layouts", notes, why)},
		{"git folder", ".git", fmt.Sprintf("output folder %q (resolves to %q) is the version-control folder %q%s", ".git", filepath.Join(site, ".git"), filepath.Join(site, ".git"), why)},
		{"inside git folder", ".git/refs", fmt.Sprintf("output folder %q (resolves to %q) is inside the version-control folder %q%s", ".git/refs", filepath.Join(site, ".git", "refs"), filepath.Join(site, ".git"), why)},
		{"inside a mercurial folder elsewhere", filepath.Join(tmp, "r", ".hg", "x"), fmt.Sprintf("output folder %q is inside the version-control folder %q%s", filepath.Join(tmp, "r", ".hg", "x"), filepath.Join(tmp, "r", ".hg"), why)},
		{"darcs", filepath.Join(tmp, "r", "_darcs"), fmt.Sprintf("output folder %q is the version-control folder %q%s", filepath.Join(tmp, "r", "_darcs"), filepath.Join(tmp, "r", "_darcs"), why)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckDest(".", tt.dest, layout.IsSourceFolder)
			// CheckDest only reads.
			if _, serr := os.Lstat(filepath.Join(site, "_talks")); serr == nil {
				t.Fatalf("CheckDest(%q) made a folder", tt.dest)
			}
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("CheckDest(%q):\n got %s\nwant %s", tt.dest, got, tt.want)
			}
		})
	}
}

func mustSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
}

// TestCheckDestLayoutFolders checks the folders a site's layout reads
// from beyond the names every site's are: an Eleventy input folder may
// have any name.
func TestCheckDestLayoutFolders(t *testing.T) {
	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(tmp, "site")
	if err := os.MkdirAll(filepath.Join(site, "pages", "talks"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(site)
	const why = "; lectern deletes from its output folder every file the build did not produce, so choose a folder of its own, such as \"public\" inside the site"
	tests := []struct {
		name, dest string
		folders    []string
		want       string
	}{
		{"not the layout's", "pages", nil, ""},
		{"the layout's input", "pages", []string{"pages"}, fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder %q%s", "pages", filepath.Join(site, "pages"), "pages", why)},
		{"inside it", "pages/talks/out", []string{"pages"}, fmt.Sprintf("output folder %q (resolves to %q) is inside the site's source folder %q%s", "pages/talks/out", filepath.Join(site, "pages", "talks", "out"), "pages", why)},
		{"a deeper folder, missing", "web/static", []string{"web/static"}, fmt.Sprintf("output folder %q (resolves to %q) is the site's source folder %q%s", "web/static", filepath.Join(site, "web", "static"), "web/static", why)},
		{"beside it", "public", []string{"pages"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if err := CheckDest(".", tt.dest, layout.IsSourceFolder, tt.folders...); err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("CheckDest(%q, %q):\n got %s\nwant %s", tt.dest, tt.folders, got, tt.want)
			}
		})
	}
}
