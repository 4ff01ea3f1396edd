package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lectern/internal/publish"
)

// TestUnchangedBuildStopsEarly: a second build of the same site with the
// same options finds nothing to do, and says so with the first build's
// counts and warnings.
func TestUnchangedBuildStopsEarly(t *testing.T) {
	src := writeSite(t, smallSite+"-- content/notes/untitled.md --\nNo title here, just text.\n")
	first, diags := Build(context.Background(), Options{Source: src})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if len(diags.Warnings()) == 0 {
		t.Fatal("the site was meant to have a warning (a page without title)")
	}
	second, diags2 := Build(context.Background(), Options{Source: src})
	if !second.UpToDate || len(second.Stages) != 1 {
		t.Fatalf("the second build ran %v, want only the unchanged check", second.Stages)
	}
	if second.Pages != first.Pages || second.Indexes != first.Indexes || second.Written.Unchanged != first.Written.Written {
		t.Errorf("second build reports %+v, first %+v", second, first)
	}
	if strings.Join(diags2.Strings(), "\n") != strings.Join(diags.Strings(), "\n") {
		t.Errorf("the second build's warnings\n%v\ndiffer from the first's\n%v", diags2.Strings(), diags.Strings())
	}
}

// TestAnyChangeMeansAFullBuild: every kind of change the site or output can
// see makes the next build a full one, with the right output.
func TestAnyChangeMeansAFullBuild(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, src, dest string) Options
		// check, when set, is a file of the output and text it must hold.
		file, want string
	}{
		{"page edited", func(t *testing.T, src, _ string) Options {
			write(t, src, "content/talks/a.md", "---\ntitle: A talk, renamed\nspeakers: [Ada Lovelace]\n---\nHello.\n")
			return Options{Source: src}
		}, "talks/a/index.html", "A talk, renamed"},
		{"same size, same second", func(t *testing.T, src, _ string) Options {
			// A change that keeps size and modification time: only the
			// hash sees it.
			p := filepath.Join(src, "content/talks/a.md")
			fi, _ := os.Stat(p)
			b, _ := os.ReadFile(p)
			write(t, src, "content/talks/a.md", strings.Replace(string(b), "Hello.", "Howdy.", 1))
			os.Chtimes(p, fi.ModTime(), fi.ModTime())
			return Options{Source: src}
		}, "talks/a/index.html", "Howdy."},
		{"page added in a new folder", func(t *testing.T, src, _ string) Options {
			write(t, src, "content/talks/2027/b.md", "---\ntitle: Brand new\n---\nB.\n")
			return Options{Source: src}
		}, "talks/b/index.html", "Brand new"},
		{"page deleted", func(t *testing.T, src, dest string) Options {
			if err := os.Remove(filepath.Join(src, "content/notes/n.md")); err != nil {
				t.Fatal(err)
			}
			return Options{Source: src}
		}, "", ""},
		{"template added to layouts", func(t *testing.T, src, _ string) Options {
			write(t, src, "layouts/404.html", "<p>Custom not found</p>")
			return Options{Source: src}
		}, "404.html", "Custom not found"},
		{"config created", func(t *testing.T, src, _ string) Options {
			write(t, src, "config.toml", "title = \"Renamed site\"\n")
			return Options{Source: src}
		}, "index.html", "Renamed site"},
		{"static file added", func(t *testing.T, src, _ string) Options {
			write(t, src, "static/hello.txt", "hi")
			return Options{Source: src}
		}, "hello.txt", "hi"},
		{"output deleted", func(t *testing.T, src, dest string) Options {
			os.Remove(filepath.Join(dest, "talks/a/index.html"))
			return Options{Source: src}
		}, "talks/a/index.html", "A talk"},
		{"output edited", func(t *testing.T, src, dest string) Options {
			os.WriteFile(filepath.Join(dest, "talks/a/index.html"), []byte("defaced"), 0o644)
			return Options{Source: src}
		}, "talks/a/index.html", "A talk"},
		{"drafts asked for", func(t *testing.T, src, _ string) Options {
			return Options{Source: src, Drafts: true}
		}, "talks/d/index.html", "Draft talk"},
		{"another base URL", func(t *testing.T, src, _ string) Options {
			return Options{Source: src, BaseURL: "https://example.org/"}
		}, "sitemap.xml", "https://example.org/talks/a/"},
		{"manifest corrupt", func(t *testing.T, src, dest string) Options {
			os.WriteFile(filepath.Join(dest, ManifestPath), []byte("{"), 0o644)
			return Options{Source: src}
		}, "talks/a/index.html", "A talk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := writeSite(t, smallSite+"-- content/talks/d.md --\n---\ntitle: Draft talk\ndraft: true\n---\nD.\n")
			dest := filepath.Join(src, "public")
			if _, diags := Build(context.Background(), Options{Source: src}); diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			opts := tt.change(t, src, dest)
			res, diags := Build(context.Background(), opts)
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			if res.UpToDate {
				t.Fatal("the build took the change for no change")
			}
			if tt.file != "" {
				b, err := os.ReadFile(filepath.Join(dest, tt.file))
				if err != nil || !strings.Contains(string(b), tt.want) {
					t.Errorf("%s does not hold %q (err %v):\n%s", tt.file, tt.want, err, b)
				}
			}
			// And the build after it, with nothing more changed, stops early.
			again, _ := Build(context.Background(), opts)
			if !again.UpToDate {
				t.Errorf("the next build ran %v, want it to stop early", again.Stages)
			}
		})
	}
}

// TestFullRebuildKeepsUnchangedFiles: without the manifest, a rebuild of
// the same site renders everything and still rewrites no file, keeping
// their modification times.
func TestFullRebuildKeepsUnchangedFiles(t *testing.T) {
	src := writeSite(t, smallSite)
	dest := filepath.Join(src, "public")
	if _, diags := Build(context.Background(), Options{Source: src}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	before := readTree(t, dest)
	time.Sleep(20 * time.Millisecond)
	if err := os.Remove(filepath.Join(dest, ManifestPath)); err != nil {
		t.Fatal(err)
	}
	res, diags := Build(context.Background(), Options{Source: src})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if res.Written.Written != 0 || res.Written.Unchanged != len(before) {
		t.Errorf("full rebuild wrote %d, left %d unchanged, of %d files", res.Written.Written, res.Written.Unchanged, len(before))
	}
	for p, f := range readTree(t, dest) {
		if !f.modTime.Equal(before[p].modTime) {
			t.Errorf("%s was rewritten", p)
		}
	}
}

// TestManifestLinkOut: a link planted where the manifest goes cannot make
// the build write outside the output folder.
func TestManifestLinkOut(t *testing.T) {
	src := writeSite(t, smallSite)
	dest := filepath.Join(src, "public")
	outside := t.TempDir()
	if err := os.MkdirAll(dest, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dest, ".lectern")); err != nil {
		t.Skip("no symbolic links here")
	}
	Build(context.Background(), Options{Source: src})
	entries, _ := os.ReadDir(outside)
	if len(entries) != 0 {
		t.Errorf("the build wrote %v outside the output folder", entries)
	}
}

// TestFolderState: the words a failed build ends with follow what Commit
// left in the output folder.
func TestFolderState(t *testing.T) {
	tests := []struct {
		left publish.State
		want string
	}{
		{publish.Untouched, "was left as it was"},
		{publish.RolledBack, "holds the previous site, whole: the files already moved were moved back"},
		{publish.Mixed, "holds a mix of the previous site and the new one; build again, which restores the previous site first"},
	}
	for _, tt := range tests {
		if got := (Result{Left: tt.left}).FolderState(); got != tt.want {
			t.Errorf("State %d: got %q, want %q", tt.left, got, tt.want)
		}
	}
}
