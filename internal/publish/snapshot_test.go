package publish

import (
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// old is the modification time tests give files before a rebuild, to see
// whether the rebuild rewrote them.
var old = time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)

// tree returns what lies under dir, without following links: a file's
// content, "-> target" for a link and "/" for a folder, by slash path.
// lectern's own folder, .lectern, is left out: it is not part of the site.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := treeAll(t, dir)
	for p := range out {
		if p == stateDir || strings.HasPrefix(p, stateDir+"/") {
			delete(out, p)
		}
	}
	return out
}

// treeAll is tree with .lectern.
func treeAll(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := make(map[string]string)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			out[rel] = "/"
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			out[rel] = "-> " + filepath.ToSlash(target)
		default:
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			out[rel] = string(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// snapshot is tree with the mode and modification time of every entry,
// dir itself included: equal snapshots mean nothing of the site was
// written.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := tree(t, dir)
	out["."] = "/"
	for rel, v := range out {
		fi, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		out[rel] = fmt.Sprintf("%s %s %s", fi.Mode(), fi.ModTime().Format(time.RFC3339Nano), v)
	}
	return out
}

// diffMaps reports the differences between got and want, one per line.
func diffMaps(got, want map[string]string) string {
	var b strings.Builder
	all := maps.Clone(got)
	maps.Copy(all, want)
	keys := slices.Sorted(maps.Keys(all))
	for _, k := range keys {
		g, gok := got[k]
		w, wok := want[k]
		switch {
		case !gok:
			fmt.Fprintf(&b, "%s: missing, want %q\n", k, w)
		case !wok:
			fmt.Fprintf(&b, "%s: unexpected %q\n", k, g)
		case g != w:
			fmt.Fprintf(&b, "%s: got %q, want %q\n", k, g, w)
		}
	}
	return b.String()
}

// lay puts files in dir: "/" makes a folder, "-> target" a link, anything
// else a file with that content. Every entry gets the time old.
func lay(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for _, rel := range slices.Sorted(maps.Keys(files)) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		v := files[rel]
		switch {
		case v == "/":
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
		case strings.HasPrefix(v, "-> "):
			mustSymlink(t, filepath.FromSlash(v[3:]), p)
			continue
		default:
			if err := os.WriteFile(p, []byte(v), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	age(t, dir)
}

// age gives every entry under dir, dir included, the time old.
func age(t *testing.T, dir string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.Type()&fs.ModeSymlink != 0 {
			return err
		}
		return os.Chtimes(p, old, old)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// build writes files as text/plain with a fresh Writer and commits.
func build(t *testing.T, dest string, files map[string]string) Stats {
	t.Helper()
	w, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	for _, p := range slices.Sorted(maps.Keys(files)) {
		if err := w.Write(p, "text/plain", []byte(files[p])); err != nil {
			t.Fatal(err)
		}
	}
	st, err := w.Commit()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// withDirs adds to files the folders that hold them.
func withDirs(files map[string]string) map[string]string {
	out := maps.Clone(files)
	for p := range files {
		for _, d := range parents(p) {
			out[d] = "/"
		}
	}
	return out
}
