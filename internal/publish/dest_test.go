package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestCheckDest(t *testing.T) {
	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(tmp, "s", "site")
	home := filepath.Join(tmp, "h", "home")
	for _, d := range []string{site, filepath.Join(home, "deep")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	mustSymlink(t, site, filepath.Join(tmp, "tosite"))
	mustSymlink(t, filepath.Join(home, "deep"), filepath.Join(site, "tohome"))
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckDest(".", tt.dest)
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
