package publish

import (
	"maps"
	"testing"
)

// TestCommitFolders checks the output of builds whose new files lie in
// folders missing from the output folder, which Commit moves whole, beside
// folders that exist, hold links or files in the way, or are hidden.
func TestCommitFolders(t *testing.T) {
	tests := []struct {
		name   string
		before map[string]string
		files  map[string]string
		want   map[string]string // beyond withDirs(files)
		stats  Stats
	}{{
		name:  "empty output folder",
		files: map[string]string{"index.html": "home", "talks/a/index.html": "a", "talks/b/index.html": "bb", "tags/go/page/2/index.html": "go2"},
		stats: Stats{Written: 4, WrittenBytes: 4 + 1 + 2 + 3},
	}, {
		name:   "only hidden entries",
		before: map[string]string{".git/HEAD": "ref", ".well-known/acme/token": "t"},
		files:  map[string]string{".well-known/new/x.txt": "x", "talks/a/index.html": "a"},
		want:   map[string]string{".git": "/", ".git/HEAD": "ref", ".well-known/acme": "/", ".well-known/acme/token": "t"},
		stats:  Stats{Written: 2, WrittenBytes: 2},
	}, {
		name:   "new folders beside old ones",
		before: map[string]string{"talks/a/index.html": "a", "talks/gone/index.html": "old", "notes/n/index.html": "n"},
		files:  map[string]string{"talks/a/index.html": "a", "talks/b/index.html": "b", "speakers/s/index.html": "s", "speakers/index.html": "all"},
		stats:  Stats{Written: 3, Unchanged: 1, Removed: 2, WrittenBytes: 5, UnchangedBytes: 1, RemovedBytes: 4},
	}, {
		name:   "a file and a link where folders go",
		before: map[string]string{"talks": "a file", "notes": "-> elsewhere"},
		files:  map[string]string{"talks/a/index.html": "a", "notes/b/index.html": "b"},
		stats:  Stats{Written: 2, WrittenBytes: 2},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dest := t.TempDir()
			lay(t, dest, tt.before)
			st := build(t, dest, tt.files)
			want := withDirs(tt.files)
			maps.Copy(want, tt.want)
			if d := diffMaps(tree(t, dest), want); d != "" {
				t.Errorf("output folder after Commit:\n%s", d)
			}
			if st != tt.stats {
				t.Errorf("Stats = %+v, want %+v", st, tt.stats)
			}
		})
	}
}
