package publish

import (
	"path/filepath"
	"testing"
)

// TestSymlinks checks that links inside the output folder are replaced or
// removed, never written through, and that their targets outside stay as
// they were.
func TestSymlinks(t *testing.T) {
	tests := []struct {
		name    string
		dest    map[string]string // laid out before the build; "@" is the outside folder
		files   map[string]string // the build
		want    map[string]string // the output folder after Commit
		wantErr string
		stats   Stats
	}{
		{
			name:  "link to a folder where outputs go",
			dest:  map[string]string{"assets": "-> @"},
			files: map[string]string{"assets/app.js": "same bytes as outside"},
			want:  map[string]string{"assets": "/", "assets/app.js": "same bytes as outside"},
			// Not Unchanged: the file behind the link does not count.
			stats: Stats{Written: 1, WrittenBytes: 21},
		},
		{
			name:  "link to a folder inside the output folder",
			dest:  map[string]string{"assets": "-> real", "real/app.js": "x"},
			files: map[string]string{"assets/app.js": "x"},
			want:  map[string]string{"assets": "/", "assets/app.js": "x"},
			stats: Stats{Written: 1, Removed: 1, WrittenBytes: 1, RemovedBytes: 1},
		},
		{
			name:  "link to a file where an output goes",
			dest:  map[string]string{"page.html": "-> @/app.js"},
			files: map[string]string{"page.html": "same bytes as outside"},
			want:  map[string]string{"page.html": "same bytes as outside"},
			stats: Stats{Written: 1, WrittenBytes: 21},
		},
		{
			name:  "link deeper in the path",
			dest:  map[string]string{"talks/a": "-> @", "talks/b/index.html": "b"},
			files: map[string]string{"talks/a/index.html": "a", "talks/b/index.html": "b"},
			want:  map[string]string{"talks": "/", "talks/a": "/", "talks/a/index.html": "a", "talks/b": "/", "talks/b/index.html": "b"},
			stats: Stats{Written: 1, Unchanged: 1, WrittenBytes: 1, UnchangedBytes: 1},
		},
		{
			name:  "stale links are removed, not followed",
			dest:  map[string]string{"old": "-> @", "old.html": "-> @/app.js", "sub/old": "-> @"},
			files: map[string]string{"index.html": "home"},
			want:  map[string]string{"index.html": "home"},
			stats: Stats{Written: 1, Removed: 3, WrittenBytes: 4},
		},
		{
			name:    "hidden top-level link is neither followed nor replaced",
			dest:    map[string]string{".well-known": "-> @"},
			files:   map[string]string{".well-known/security.txt": "Contact: x"},
			want:    map[string]string{".well-known": "-> @"},
			wantErr: `output ".well-known/security.txt" needs ".well-known" to be a folder, but it is a symbolic link; lectern does not replace entries inside hidden top-level folders, so remove it by hand`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tmp := t.TempDir()
			dest, outside := filepath.Join(tmp, "public"), filepath.Join(tmp, "outside")
			lay(t, outside, map[string]string{"app.js": "same bytes as outside", "index.html": "a", "keep/me.txt": "keep"})
			outsideBefore := snapshot(t, outside)
			at := func(m map[string]string) map[string]string {
				out := make(map[string]string)
				for k, v := range m {
					if len(v) > 3 && v[:4] == "-> @" {
						v = "-> " + filepath.ToSlash(outside) + v[4:]
					}
					out[k] = v
				}
				return out
			}
			lay(t, dest, at(tt.dest))

			w, err := Open(dest, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Abort()
			for p, body := range tt.files {
				mustOK(t, w.Write(p, "text/plain", []byte(body)))
			}
			st, err := w.Commit()
			got, want := "", ""
			if err != nil {
				got = err.Error()
			}
			if tt.wantErr != "" {
				want = tt.wantErr + "; " + dest + " was left as it was"
			}
			if got != want {
				t.Errorf("Commit error:\n got %s\nwant %s", got, want)
			}
			if tt.wantErr == "" && st != tt.stats {
				t.Errorf("Stats = %+v, want %+v", st, tt.stats)
			}
			if d := diffMaps(tree(t, dest), at(tt.want)); d != "" {
				t.Errorf("output folder:\n%s", d)
			}
			if d := diffMaps(snapshot(t, outside), outsideBefore); d != "" {
				t.Errorf("the folder outside changed:\n%s", d)
			}
		})
	}
}
