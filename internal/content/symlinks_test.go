package content

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadSymlinks: a link to a file of the site is that file; a link to
// a folder of the site is walked at its own path (static/images linked to
// ../assets/images is published at /images/); a link to nothing, outside
// the site, or to a folder that holds it is left out with a warning,
// never an error, so that one link does not cost the build.
func TestLoadSymlinks(t *testing.T) {
	link := func(target string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(target), Mode: fs.ModeSymlink}
	}
	fsys := fstest.MapFS{
		"content/notes/a.md":       {Data: []byte("---\ntitle: A\n---\nText.\n")},
		"content/notes/b.md":       link("a.md"),
		"content/assets/logo.png":  {Data: []byte("png")},
		"content/images":           link("assets"),
		"content/notes/up":         link(".."),
		"content/notes/gone.png":   link("nothing.png"),
		"content/notes/escape.png": link("../../../outside.png"),
	}
	set, diags := Load(fsys, Options{})
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	var pages []string
	for _, d := range set.Docs {
		pages = append(pages, d.File)
	}
	slices.Sort(pages)
	if want := []string{"content/notes/a.md", "content/notes/b.md"}; !slices.Equal(pages, want) {
		t.Errorf("pages %q, want %q", pages, want)
	}
	for _, want := range []string{"content/assets/logo.png", "content/images/logo.png"} {
		if !slices.Contains(set.Assets, want) {
			t.Errorf("assets %q lack %s", set.Assets, want)
		}
	}
	all := strings.Join(diags.Strings(), "\n")
	for _, want := range []string{
		"content/notes/up: warning: this symbolic link points to the folder content, which holds it",
		"content/notes/gone.png: warning: this symbolic link points outside the site folder, or to nothing",
		"content/notes/escape.png: warning: this symbolic link points outside the site folder, or to nothing",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("diags lack %q:\n%s", want, all)
		}
	}
}
