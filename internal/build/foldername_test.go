package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSiteNamedByFolder: a site that nothing names is called after the
// folder it is read from, in a build and in the preview alike.
func TestSiteNamedByFolder(t *testing.T) {
	src := filepath.Join(t.TempDir(), "meetup-data")
	write(t, src, "content/talks/a.md", "---\ntitle: A talk\ndate: 2024-05-02\n---\nText.\n")
	dest := t.TempDir()
	if _, diags := Build(context.Background(), Options{Source: src, Dest: dest}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	home, err := os.ReadFile(filepath.Join(dest, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(home), "<title>meetup-data</title>") {
		t.Errorf("the home page is not titled after the folder:\n%.400s", home)
	}

	for _, tc := range []struct {
		dir, want string
	}{
		{src, "meetup-data"},
		{src + string(filepath.Separator), "meetup-data"},
		{"", ""},
		{filepath.Join(src, "talks", "a.md"), ""},
		{filepath.Join(src, "missing"), ""},
	} {
		if got := folderName(tc.dir); got != tc.want {
			t.Errorf("folderName(%q) = %q, want %q", tc.dir, got, tc.want)
		}
	}
}
