package build

import (
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
	"sync"

	"golang.org/x/sync/errgroup"

	"lectern/internal/diag"
	"lectern/internal/publish"
)

// A build with nothing changed should cost a fraction of a cold one, and
// must still never give a stale page. So every build records everything it
// read from the site (each folder listing, each file's SHA-256, each file
// it found missing), the build's options and the hash of the lectern
// binary itself, along with what it wrote. The next build first replays
// those reads: when every answer is the same, and every output still has
// the size and modification time it was written with, the site it would
// produce is byte for byte the one already there (builds are
// deterministic), and it stops. Any difference, however small, means a
// full build.

// ManifestPath is where, inside the output folder, a build records its
// inputs and outputs. It is a hidden top-level entry, which builds never
// prune; deleting it only costs the next build its shortcut.
const ManifestPath = ".lectern/manifest.json"

// manifestVersion changes when the manifest's meaning does.
const manifestVersion = 1

type manifest struct {
	Version int
	// Key is the hash of the binary and of the options that shape the
	// output.
	Key string
	// Reads are what the build read from the site, in order of path.
	Reads []read
	// Outputs are the files the build wrote or left unchanged.
	Outputs []outputStamp
	// Result and Diags are reported again by a build that stops early.
	Pages, Indexes, Assets int
	Diags                  diag.List
}

// read is one answer the site's folder gave: a listing of a folder, the
// hash of a file, or that a path did not exist.
type read struct {
	Path    string
	Op      string   // "dir", "file" or "missing"
	Entries []string // dir: names, folders with a trailing slash
	Hash    string   // file: hex SHA-256 of the bytes
}

type outputStamp struct {
	Path string
	Size int64
	Mod  int64 // UnixNano
}

// recorder wraps the site's file system and records every answer, so that
// a later build can ask the same questions and compare.
type recorder struct {
	fsys fs.FS
	mu   sync.Mutex
	seen map[string]read
}

func newRecorder(fsys fs.FS) *recorder {
	return &recorder{fsys: fsys, seen: make(map[string]read)}
}

func (r *recorder) note(rd read) {
	r.mu.Lock()
	r.seen[rd.Op+"\x00"+rd.Path] = rd
	r.mu.Unlock()
}

// noteErr records a missing path; other errors fail the build anyway.
func (r *recorder) noteErr(name string, err error) {
	if errors.Is(err, fs.ErrNotExist) {
		r.note(read{Path: name, Op: "missing"})
	}
}

// Open records files by their bytes as the caller reads them to the end;
// a file opened and not read through is hashed again when the manifest is
// written.
func (r *recorder) Open(name string) (fs.File, error) {
	f, err := r.fsys.Open(name)
	if err != nil {
		r.noteErr(name, err)
		return nil, err
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return f, nil // listings are recorded by ReadDir
	}
	r.note(read{Path: name, Op: "file"}) // hash filled in by finish
	return f, nil
}

// ReadFile records the file's hash.
func (r *recorder) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(r.fsys, name)
	if err != nil {
		r.noteErr(name, err)
		return nil, err
	}
	sum := sha256.Sum256(b)
	r.note(read{Path: name, Op: "file", Hash: hex.EncodeToString(sum[:])})
	return b, nil
}

// ReadDir records the folder's listing.
func (r *recorder) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(r.fsys, name)
	if err != nil {
		r.noteErr(name, err)
		return nil, err
	}
	r.note(read{Path: name, Op: "dir", Entries: listing(entries)})
	return entries, nil
}

// Stat records only that a path is missing; what a build takes from a
// file it stats, it also reads.
func (r *recorder) Stat(name string) (fs.FileInfo, error) {
	fi, err := fs.Stat(r.fsys, name)
	if err != nil {
		r.noteErr(name, err)
	}
	return fi, err
}

func listing(entries []fs.DirEntry) []string {
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
		if e.IsDir() {
			names[i] += "/"
		}
	}
	return names
}

// reads returns what was recorded, sorted, hashing the files that were
// opened but not read by ReadFile.
func (r *recorder) reads() ([]read, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]read, 0, len(r.seen))
	for _, rd := range r.seen {
		if rd.Op == "file" && rd.Hash == "" {
			h, err := hashFile(r.fsys, rd.Path)
			if err != nil {
				return nil, err
			}
			rd.Hash = h
		}
		out = append(out, rd)
	}
	slices.SortFunc(out, func(a, b read) int {
		if a.Path != b.Path {
			if a.Path < b.Path {
				return -1
			}
			return 1
		}
		if a.Op < b.Op {
			return -1
		}
		if a.Op > b.Op {
			return 1
		}
		return 0
	})
	return out, nil
}

func hashFile(fsys fs.FS, name string) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return hashOf(f)
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
// now. It stops at the first difference.
func (m *manifest) unchanged(fsys fs.FS) bool {
	for _, rd := range m.Reads {
		switch rd.Op {
		case "missing":
			if _, err := fs.Stat(fsys, rd.Path); !errors.Is(err, fs.ErrNotExist) {
				return false
			}
		case "dir":
			entries, err := fs.ReadDir(fsys, rd.Path)
			if err != nil || !slices.Equal(listing(entries), rd.Entries) {
				return false
			}
		case "file":
			b, err := fs.ReadFile(fsys, rd.Path)
			if err != nil {
				return false
			}
			sum := sha256.Sum256(b)
			if hex.EncodeToString(sum[:]) != rd.Hash {
				return false
			}
		default:
			return false
		}
	}
	return true
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
	if !ok || !m.intact(dest) || !m.unchanged(fsys) {
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
	reads, err := rec.reads()
	if err != nil {
		return err
	}
	m := manifest{
		Version: manifestVersion, Key: key, Reads: reads,
		Pages: res.Pages, Indexes: res.Indexes, Assets: res.Assets,
		Diags: diags,
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
