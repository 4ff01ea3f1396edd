package build

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"lectern/internal/diag"
	"lectern/internal/publish"
)

// A build with nothing changed should cost a fraction of a cold one, and
// must still never give a stale page. So every build records everything it
// read from the site (each folder listing, each file's contents, each file
// it found missing), the build's options and the hash of the lectern
// binary itself, along with what it wrote. The next build first replays
// those reads: when every answer is the same, and every output still has
// the size and modification time it was written with, the site it would
// produce is byte for byte the one already there (builds are
// deterministic), and it stops. Any difference, however small, means a
// full build.
//
// The manifest lives in the output folder, which is deployed, so it must
// not tell the world what the build did not publish: the names of drafts,
// of a static/.env, or what they hold. So it names in plain text only the
// paths lectern asked for by name without listing their folder (config.toml,
// content, layouts/talk.html): its own fixed names and its theme's, which
// the site shows anyway. Every other read is keyed by a hash of its path
// salted afresh for each manifest, and the replay finds the paths again by
// listing the folders whose listings were recorded, from those plain
// roots down. Contents and listings are recorded by salted hashes too, and
// the warnings a build that stops early must repeat (which name files) are
// sealed with a key derived from the contents of every input, which only
// someone holding every input, unpublished ones included, can derive.

// ManifestPath is where, inside the output folder, a build records its
// inputs and outputs. It is a hidden top-level entry, which builds never
// prune; deleting it only costs the next build its shortcut.
const ManifestPath = ".lectern/manifest.json"

// manifestVersion changes when the manifest's meaning does.
const manifestVersion = 2

type manifest struct {
	Version int
	// Key is the hash of the binary and of the options that shape the
	// output.
	Key string
	// Salt, random for each manifest, keys every hash below, so that a
	// hash of a common name cannot be looked up in a table made once.
	Salt []byte
	// Roots are the reads of paths whose folder's listing was not
	// recorded, by plain path, in order of path.
	Roots []read
	// Reads are the other reads, each by the salted hash of its path, in
	// order of that hash.
	Reads []read
	// Outputs are the files the build wrote or left unchanged.
	Outputs []outputStamp
	// Result and Diags are reported again by a build that stops early;
	// Diags are sealed (see seal).
	Pages, Indexes, Assets int
	Diags                  []byte

	diags diag.List // Diags unsealed by unchanged
}

// read is one answer the site's folder gave: a listing of a folder, the
// contents of a file, or that a path did not exist.
type read struct {
	Path string `json:",omitempty"` // roots: the path
	ID   []byte `json:",omitempty"` // others: pathID of the path
	Op   string // "dir", "file" or "missing"
	// Sum is the first half of the salted digest of a listing or a
	// file's bytes; the second half, never written, goes into the key
	// that seals the diagnostics.
	Sum []byte `json:",omitempty"`
}

type outputStamp struct {
	Path string
	Size int64
	Mod  int64 // UnixNano
}

// hashOf returns the SHA-256 of what r reads, in hexadecimal.
func hashOf(r io.Reader) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// unchanged reports whether every recorded read gives the same answer
// now, and returns the unsealed diagnostics when it does. It checks the
// roots, then walks down from every recorded listing, recognising the
// keyed reads by their salted path hash; a keyed read that the walk does
// not meet, because its path is gone, is a change. It stops at the first
// difference.
func (m *manifest) unchanged(fsys fs.FS) (diag.List, bool) {
	byID := make(map[string][]int, len(m.Reads))
	for i, rd := range m.Reads {
		byID[string(rd.ID)] = append(byID[string(rd.ID)], i)
	}
	type secret struct {
		path string
		op   string
		s    []byte
	}
	secrets := make([]secret, 0, len(m.Roots)+len(m.Reads))
	met := 0
	type pending struct {
		path string
		rd   read
	}
	var stack []pending
	for _, rd := range m.Roots {
		stack = append(stack, pending{rd.Path, rd})
	}
	// Roots are checked in order, then what their listings lead to.
	slices.Reverse(stack)
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch p.rd.Op {
		case "missing":
			if _, err := fs.Stat(fsys, p.path); !errors.Is(err, fs.ErrNotExist) {
				return nil, false
			}
		case "dir":
			entries, err := fs.ReadDir(fsys, p.path)
			if err != nil {
				return nil, false
			}
			names := listing(entries)
			d := listingDigest(m.Salt, names)
			if !bytes.Equal(d[:half], p.rd.Sum) {
				return nil, false
			}
			secrets = append(secrets, secret{p.path, "dir", d[half:]})
			for _, n := range names {
				child := path.Join(p.path, strings.TrimSuffix(n, "/"))
				for _, i := range byID[string(pathID(m.Salt, child))] {
					stack = append(stack, pending{child, m.Reads[i]})
					met++
				}
			}
		case "file":
			b, err := fs.ReadFile(fsys, p.path)
			if err != nil {
				return nil, false
			}
			d := fileDigest(m.Salt, b)
			if !bytes.Equal(d[:half], p.rd.Sum) {
				return nil, false
			}
			secrets = append(secrets, secret{p.path, "file", d[half:]})
		case "link":
			target, err := fs.ReadLink(fsys, p.path)
			if err != nil {
				return nil, false
			}
			d := linkDigest(m.Salt, target)
			if !bytes.Equal(d[:half], p.rd.Sum) {
				return nil, false
			}
			secrets = append(secrets, secret{p.path, "link", d[half:]})
		default:
			return nil, false
		}
	}
	if met != len(m.Reads) {
		return nil, false
	}
	slices.SortFunc(secrets, func(a, b secret) int {
		return cmp.Or(strings.Compare(a.path, b.path), strings.Compare(a.op, b.op))
	})
	ss := make([][]byte, len(secrets))
	for i, s := range secrets {
		ss[i] = s.s
	}
	diags, err := unseal(sealKey(m.Salt, ss), m.Diags)
	if err != nil {
		return nil, false
	}
	return diags, true
}

// intact reports whether every output is still as the build left it.
func (m *manifest) intact(dest string) bool {
	for _, o := range m.Outputs {
		fi, err := os.Lstat(filepath.Join(dest, filepath.FromSlash(o.Path)))
		if err != nil || !fi.Mode().IsRegular() || fi.Size() != o.Size || fi.ModTime().UnixNano() != o.Mod {
			return false
		}
	}
	return true
}

// buildKey hashes what shapes the output besides the site's files: the
// lectern binary (its templates, theme and code) and the options.
func buildKey(opts Options) (string, bool) {
	bin, ok := binaryHash()
	if !ok {
		return "", false
	}
	h := sha256.New()
	enc := json.NewEncoder(h)
	enc.Encode([]any{manifestVersion, bin, opts.Drafts, opts.BaseURL, opts.NoMinify})
	return hex.EncodeToString(h.Sum(nil)), true
}

var binaryHash = sync.OnceValues(func() (string, bool) {
	exe, err := os.Executable()
	if err != nil {
		return "", false
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", false
	}
	defer f.Close()
	sum, err := hashOf(f)
	return sum, err == nil
})

// loadManifest reads the manifest of the last build into dest, if any and
// if it was made by this binary with these options.
func loadManifest(dest *os.Root, key string) (*manifest, bool) {
	b, err := dest.ReadFile(ManifestPath)
	if err != nil {
		return nil, false
	}
	var m manifest
	if json.Unmarshal(b, &m) != nil || m.Version != manifestVersion || m.Key != key {
		return nil, false
	}
	return &m, true
}

// upToDate reports whether the output in dest is what a build would
// produce, returning the recorded result when it is.
func upToDate(fsys fs.FS, dest string, opts Options) (*manifest, bool) {
	key, ok := buildKey(opts)
	if !ok {
		return nil, false
	}
	root, err := os.OpenRoot(dest)
	if err != nil {
		return nil, false
	}
	defer root.Close()
	m, ok := loadManifest(root, key)
	if !ok || !m.intact(dest) {
		return nil, false
	}
	if m.diags, ok = m.unchanged(fsys); !ok {
		return nil, false
	}
	return m, true
}

// writeManifest records a committed build. The outputs' stamps are read
// back from dest, after the commit, so that they are what the next build
// will find. dest is opened as an os.Root: a link planted in the output
// folder cannot send the manifest elsewhere.
func writeManifest(dest string, opts Options, rec *recorder, outputs []string, res Result, diags diag.List) error {
	root, err := os.OpenRoot(dest)
	if err != nil {
		return err
	}
	defer root.Close()
	key, ok := buildKey(opts)
	if !ok {
		return removeManifest(root)
	}
	roots, keyed, sealWith, err := rec.reads()
	if err != nil {
		return err
	}
	sealed, err := seal(sealWith, diags)
	if err != nil {
		return err
	}
	m := manifest{
		Version: manifestVersion, Key: key, Salt: rec.salt, Roots: roots, Reads: keyed,
		Pages: res.Pages, Indexes: res.Indexes, Assets: res.Assets,
		Diags: sealed,
	}
	slices.Sort(outputs)
	if m.Outputs, err = stamps(dest, outputs); err != nil {
		return err
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if err := root.MkdirAll(path.Dir(ManifestPath), 0o755); err != nil {
		return err
	}
	// Written aside and renamed, so that a crash never leaves half a
	// manifest (which would only cost a full build, but still).
	tmp := path.Dir(ManifestPath) + "/.manifest.tmp"
	if err := root.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return root.Rename(tmp, ManifestPath)
}

// stamps reads the size and modification time of each output, on every
// core: tens of thousands of system calls that would otherwise run after
// everything else, on one. Each is a plain Lstat, one call where the
// os.Root takes one per path component: it only reads what the build just
// wrote.
func stamps(dest string, outputs []string) ([]outputStamp, error) {
	out := make([]outputStamp, len(outputs))
	workers := runtime.GOMAXPROCS(0)
	per := (len(outputs) + workers - 1) / workers
	var g errgroup.Group
	for lo := 0; lo < len(outputs); lo += per {
		hi := min(lo+per, len(outputs))
		g.Go(func() error {
			for i := lo; i < hi; i++ {
				fi, err := os.Lstat(filepath.Join(dest, filepath.FromSlash(outputs[i])))
				if err != nil {
					return err
				}
				out[i] = outputStamp{outputs[i], fi.Size(), fi.ModTime().UnixNano()}
			}
			return nil
		})
	}
	return out, g.Wait()
}

// forgetManifest removes the manifest of the output folder dest, if any.
func forgetManifest(dest string) error {
	root, err := os.OpenRoot(dest)
	if err != nil {
		return err
	}
	defer root.Close()
	return removeManifest(root)
}

// removeManifest forgets the last build, so that the next one is full.
func removeManifest(root *os.Root) error {
	err := root.Remove(ManifestPath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// resultFrom is the Result of a build that found nothing to do.
func resultFrom(m *manifest, dest string) Result {
	res := Result{Dest: dest, Pages: m.Pages, Indexes: m.Indexes, Assets: m.Assets, UpToDate: true}
	res.Written = publish.Stats{Unchanged: len(m.Outputs)}
	for _, o := range m.Outputs {
		res.Written.UnchangedBytes += o.Size
	}
	return res
}
