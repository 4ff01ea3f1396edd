package build

import (
	"bytes"
	"cmp"
	"context"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// diffCorpus names real sites to edit at random, as
// TestDifferentialSessionMatchesFreshBuild edits its generated one: the
// shapes of real repositories (Jekyll collections, Hugo sections, data
// files, layouts of their own) reach paths of the preview that a site
// lectern generates does not. Each site is copied to a temporary folder
// first; the originals are only read.
var diffCorpus = flag.String("diff.corpus", "", "comma-separated folders of real sites for TestDifferentialCorpus to edit at random (a folder holding such folders names each)")

// TestDifferentialCorpus makes random edits of real sites (a paragraph
// added, a title changed, a slug given, a file copied, removed or
// renamed, a field of the front matter given another page's value or
// removed, a template or a data file edited; see corpusEditMore) and
// compares, after each, every output and diagnostic of the preview with
// a fresh build's. It runs only with -diff.corpus; -diff.edits and
// -diff.seed apply.
func TestDifferentialCorpus(t *testing.T) {
	if *diffCorpus == "" {
		t.Skip("no -diff.corpus given")
	}
	var all tally
	for _, src := range corpusSites(t, *diffCorpus) {
		t.Run(filepath.Base(src), func(t *testing.T) {
			dir := t.TempDir()
			copySite(t, src, dir)
			for _, seed := range diffSeeds(1) {
				all.merge(editCorpus(t, dir, seed, max(1, *diffEdits/4)))
			}
		})
	}
	t.Logf("edits of every site that built the model again:\n%s", all)
}

// corpusSites returns the sites the flag names: each folder given that
// holds a site, else the folders in it.
func corpusSites(t *testing.T, flagValue string) []string {
	var out []string
	for _, d := range strings.Split(flagValue, ",") {
		if isSite(d) {
			out = append(out, d)
			continue
		}
		entries, err := os.ReadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
				out = append(out, filepath.Join(d, e.Name()))
			}
		}
	}
	return out
}

// isSite reports whether dir looks like a site's root rather than a
// folder of sites.
func isSite(dir string) bool {
	for _, name := range []string{"config.toml", "_config.yml", "hugo.toml", "config.yaml", "package.json", "content", "_posts", ".source"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}

// copySite copies the regular files of src to dst, leaving out .git and
// symbolic links.
func copySite(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		switch {
		case d.IsDir() && d.Name() == ".git":
			return filepath.SkipDir
		case d.IsDir():
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		case !d.Type().IsRegular():
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// editCorpus starts a preview of dir and makes n random edits of its
// markdown files, comparing it with a fresh build after each.
func editCorpus(t *testing.T, dir string, seed uint64, n int) (built tally) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	s := NewSession(Options{Source: dir, DeferPages: true})
	settler := rand.New(rand.NewPCG(seed, 0x5e771e))
	ctx := context.Background()
	_, diags := s.Rebuild(ctx, nil)
	defer func() { t.Logf("edits that built the model again:\n%s", built) }()
	for i := range n {
		files := markdownFiles(t, dir)
		if len(files) == 0 {
			t.Skip("no markdown files")
		}
		name := files[r.IntN(len(files))]
		path := filepath.Join(dir, filepath.FromSlash(name))
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		time.Sleep(10 * time.Millisecond) // a modification time of its own
		what, changed := corpusEdit(r, i, name, text, path)
		if what == "" {
			what, changed = corpusEditMore(r, i, dir, files, name, text)
		}
		if len(changed) == 0 {
			continue
		}
		var rb Rebuild
		rb, diags = s.Rebuild(ctx, changed)
		built.add(what, slices.ContainsFunc(rb.Stages, func(st Stage) bool { return st.Name == "model" }))
		settled, compare := settleOrNot(t, s, settler, rb)
		if !compare {
			continue
		}
		t.Run(fmt.Sprintf("seed=%d/%d-%s%s-%s", seed, i, what, settled, strings.ReplaceAll(name, "/", "_")), func(t *testing.T) {
			sameAsFullBuild(t, s, dir, diags)
		})
		if t.Failed() {
			return built
		}
	}
	return built
}

// tally counts, for each kind of edit, how many the preview made in
// place and how many built the model again: where the fast paths miss
// on real sites.
type tally map[string][2]int

// merge adds the counts of o to t.
func (t *tally) merge(o tally) {
	for k, c := range o {
		for model, n := range c {
			for range n {
				t.add(k, model == 1)
			}
		}
	}
}

func (t *tally) add(what string, model bool) {
	if *t == nil {
		*t = tally{}
	}
	c := (*t)[what]
	if model {
		c[1]++
	} else {
		c[0]++
	}
	(*t)[what] = c
}

// String lists the kinds, those that built the model most often first.
func (t tally) String() string {
	kinds := slices.Collect(maps.Keys(t))
	slices.SortFunc(kinds, func(a, b string) int { return cmp.Or(t[b][1]-t[a][1], strings.Compare(a, b)) })
	var out strings.Builder
	for _, k := range kinds {
		fmt.Fprintf(&out, "  %-28s %3d built, %3d in place\n", k, t[k][1], t[k][0])
	}
	return out.String()
}

// corpusEdit makes one edit of the file name, whose text is text, and
// returns what it did and the files it changed; what is "" when it left
// the edit to corpusEditMore.
func corpusEdit(r *rand.Rand, i int, name string, text []byte, path string) (what string, changed []string) {
	write := mustWrite
	switch r.IntN(10) {
	case 0:
		write(path, fmt.Appendf(bytes.Clone(text), "\n\nA paragraph added by edit %d.\n", i))
		return "body", []string{name}
	case 1, 2:
		lines := bytes.Split(text, []byte("\n"))
		for j, l := range lines {
			if k, ok := bytes.CutPrefix(l, []byte("title:")); ok && j < 60 {
				v := strings.Trim(strings.TrimSpace(string(k)), `"'`)
				lines[j] = fmt.Appendf(nil, "title: %q", v+fmt.Sprintf(" (edit %d)", i))
				write(path, bytes.Join(lines, []byte("\n")))
				return "title", []string{name}
			}
		}
		return "none", nil
	case 3:
		if rest, ok := bytes.CutPrefix(text, []byte("---\n")); ok && bytes.Contains(rest, []byte("\n---")) {
			write(path, slices.Concat([]byte("---\n"), fmt.Appendf(nil, "slug: edited-%d\n", i), rest))
			return "slug", []string{name}
		}
		return "none", nil
	case 4:
		copyName := strings.TrimSuffix(name, filepath.Ext(name)) + fmt.Sprintf("-copy-%d", i) + filepath.Ext(name)
		write(filepath.Join(filepath.Dir(path), filepath.Base(copyName)), text)
		return "copy", []string{copyName}
	case 5:
		if err := os.Remove(path); err != nil {
			panic(err)
		}
		return "remove", []string{name}
	}
	return "", nil
}

// markdownFiles lists the markdown files of dir, slash-separated and
// relative to it, sorted.
func markdownFiles(t *testing.T, dir string) []string {
	out, err := siteFiles(dir, func(rel string) bool {
		return strings.HasSuffix(rel, ".md") || strings.HasSuffix(rel, ".markdown")
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// siteFiles lists the files of dir that keep says to, slash-separated
// and relative to it, sorted, leaving out hidden folders and
// node_modules as a site's reader does.
func siteFiles(dir string, keep func(rel string) bool) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") && p != dir {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel(dir, p)
		if !d.IsDir() && keep(filepath.ToSlash(rel)) {
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	slices.Sort(out)
	return out, err
}
