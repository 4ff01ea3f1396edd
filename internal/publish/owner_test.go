package publish

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCheckOwner(t *testing.T) {
	const takeOver = "; lectern deletes from its output folder every file a build does not produce, so give --dest an empty or new folder, empty this one, or pass --force to let lectern take it over"
	tests := []struct {
		name  string
		files []string // slash paths under the folder; a trailing slash makes a folder
		dest  string   // relative to the test's folder; "" is "out"
		link  bool     // dest is a symbolic link "link" to "out"
		want  string   // "" for no error
		force string   // the error with force; "" for none
	}{
		{name: "missing", dest: "new/out"},
		{name: "empty", files: []string{"out/"}},
		{name: "hidden entries only", files: []string{"out/.gitkeep", "out/.DS_Store", "out/.well-known/x"}},
		{name: "lectern's", files: []string{"out/.lectern/manifest.json", "out/index.html", "out/talks/x/index.html"}},
		{name: "lectern's, without a manifest", files: []string{"out/.lectern/", "out/index.html"}},
		{
			name:  "someone's files",
			files: []string{"out/index.xml", "out/posts/a/index.html", "out/.hidden"},
			want:  `output folder "out" holds 2 files that lectern did not write (for example "index.xml")` + takeOver,
		},
		{
			name:  "one file",
			files: []string{"out/notes.txt"},
			want:  `output folder "out" holds 1 file that lectern did not write (for example "notes.txt")` + takeOver,
		},
		{
			name:  "empty folders",
			files: []string{"out/a/", "out/b/c/"},
			want:  `output folder "out" holds 3 folders that lectern did not make (for example "a")` + takeOver,
		},
		{
			name:  "a marker that is a file",
			files: []string{"out/.lectern", "out/index.html"},
			want:  `output folder "out" holds 1 file that lectern did not write (for example "index.html")` + takeOver,
		},
		{
			name:  "a gh-pages worktree",
			files: []string{"out/.git", "out/.nojekyll"},
			want:  `output folder "out" is a version-control checkout (it holds ".git") that lectern did not write; lectern deletes from its output folder every file a build does not produce, though never hidden entries such as ".git", so pass --force to let lectern take it over, or give --dest an empty or new folder`,
		},
		{
			name:  "a checkout with files",
			files: []string{"out/.git/HEAD", "out/index.html"},
			want:  `output folder "out" holds 1 file that lectern did not write (for example "index.html")` + takeOver,
		},
		{
			name:  "a repository inside",
			files: []string{"out/a.html", "out/vendor/lib/.git/HEAD"},
			want:  `output folder "out" holds "vendor/lib/.git", which marks a version-control checkout, and lectern would delete it with every file a build does not produce; give --dest an empty or new folder`,
			force: `output folder "out" holds "vendor/lib/.git", which marks a version-control checkout, and lectern would delete it with every file a build does not produce; give --dest an empty or new folder`,
		},
		{
			name:  "a darcs checkout",
			files: []string{"out/_darcs/format"},
			want:  `output folder "out" holds "_darcs", which marks a version-control checkout, and lectern would delete it with every file a build does not produce; give --dest an empty or new folder`,
			force: `output folder "out" holds "_darcs", which marks a version-control checkout, and lectern would delete it with every file a build does not produce; give --dest an empty or new folder`,
		},
		{
			name:  "dotdot",
			files: []string{"out/a.html", "x/"},
			dest:  "x/../out",
			want:  `output folder "x/../out" holds 1 file that lectern did not write (for example "a.html")` + takeOver,
		},
		{name: "a link to lectern's", files: []string{"out/.lectern/", "out/a.html"}, link: true},
		{
			name:  "a link to someone's",
			files: []string{"out/a.html"},
			link:  true,
			want:  `output folder "link" holds 1 file that lectern did not write (for example "a.html")` + takeOver,
		},
		{
			name:  "a file",
			files: []string{"out"},
			want:  `output folder "out" is a file, not a folder; give --dest a folder, new or empty`,
			force: `output folder "out" is a file, not a folder; give --dest a folder, new or empty`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			for _, f := range tt.files {
				if f[len(f)-1] == '/' {
					mkdir(t, f)
					continue
				}
				mkdir(t, filepath.Dir(f))
				if err := os.WriteFile(f, nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			dest := tt.dest
			if dest == "" {
				dest = "out"
			}
			if tt.link {
				dest = "link"
				if err := os.Symlink("out", dest); err != nil {
					t.Skipf("cannot make symbolic links here: %v", err)
				}
			}
			for _, force := range []bool{false, true} {
				want := tt.want
				if force {
					want = tt.force
				}
				if got := errString(CheckOwner(dest, force)); got != want {
					t.Errorf("CheckOwner(%q, force %v):\n got %s\nwant %s", dest, force, got, want)
				}
			}
		})
	}
}

func TestClaim(t *testing.T) {
	t.Chdir(t.TempDir())
	// A new folder is made and marked.
	if err := Claim("a/out", false); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat("a/out/.lectern"); err != nil || !fi.IsDir() {
		t.Fatalf("Claim made no marker: %v", err)
	}
	// Once marked, files lectern wrote do not make it someone else's.
	if err := os.WriteFile("a/out/index.html", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Claim("a/out", false); err != nil {
		t.Errorf("claiming a marked folder again: %v", err)
	}
	// A refused folder is left as it was; force takes it over.
	mkdir(t, "b")
	if err := os.WriteFile("b/x.txt", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Claim("b", false); err == nil {
		t.Error("Claim took a folder of someone else's without force")
	}
	if _, err := os.Stat("b/.lectern"); err == nil {
		t.Error("a refused Claim marked the folder")
	}
	if err := Claim("b", true); err != nil {
		t.Errorf("Claim with force: %v", err)
	}
	if _, err := os.Stat("b/.lectern"); err != nil {
		t.Errorf("Claim with force made no marker: %v", err)
	}
}

func mkdir(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
