package build

import (
	"bytes"
	"cmp"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"hash"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// half is the length of a digest's half; 128 bits tell a changed input
// from an unchanged one and keep the sealing key unguessable.
const half = sha256.Size / 2

// pathID is the salted hash by which a read of path p is recorded.
func pathID(salt []byte, p string) []byte {
	h := sha256.New()
	h.Write(salt)
	h.Write([]byte("path\x00"))
	h.Write([]byte(p))
	return h.Sum(nil)[:half]
}

// newDigest starts the salted digest of a read's answer.
func newDigest(salt []byte, op string) hash.Hash {
	h := sha256.New()
	h.Write(salt)
	h.Write([]byte(op + "\x00"))
	return h
}

// listingDigest is the salted digest of a folder's listing. NUL cannot be
// part of a name, so no two listings join to the same text.
func listingDigest(salt []byte, names []string) []byte {
	h := newDigest(salt, "dir")
	for _, n := range names {
		h.Write([]byte(n))
		h.Write([]byte{0})
	}
	return h.Sum(nil)
}

// linkDigest is the salted digest of a symbolic link's target.
func linkDigest(salt []byte, target string) []byte {
	h := newDigest(salt, "link")
	h.Write([]byte(target))
	return h.Sum(nil)
}

// fileDigest is the salted digest of a file's bytes.
func fileDigest(salt, b []byte) []byte {
	h := newDigest(salt, "file")
	h.Write(b)
	return h.Sum(nil)
}

// recorder wraps the site's file system and records every answer, so that
// a later build can ask the same questions and compare.
type recorder struct {
	fsys fs.FS
	salt []byte
	mu   sync.Mutex
	seen map[readKey]recorded
}

// recorded is one read with the listing or full digest of its answer.
type recorded struct {
	path, op string
	entries  []string // dir
	digest   []byte   // dir and file; nil for a file not yet hashed
}

// readKey is what a recorded read is known by: the operation and the
// path, whose string a key shares with the caller (a key made by
// joining the two was a copy of every path a build reads).
type readKey struct{ op, path string }

func newRecorder(fsys fs.FS) *recorder {
	salt := make([]byte, 16)
	rand.Read(salt) // never fails (crypto/rand)
	return &recorder{fsys: fsys, salt: salt, seen: make(map[readKey]recorded)}
}

func (r *recorder) note(rd recorded) {
	r.mu.Lock()
	r.seen[readKey{rd.op, rd.path}] = rd
	r.mu.Unlock()
}

// noteErr records a missing path; other errors fail the build anyway.
func (r *recorder) noteErr(name string, err error) {
	if errors.Is(err, fs.ErrNotExist) {
		r.note(recorded{path: name, op: "missing"})
	}
}

// Open records files by their bytes; they are hashed when the manifest
// is written.
func (r *recorder) Open(name string) (fs.File, error) {
	f, err := r.fsys.Open(name)
	if err != nil {
		r.noteErr(name, err)
		return nil, err
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return f, nil // listings are recorded by ReadDir
	}
	r.note(recorded{path: name, op: "file"}) // digest filled in by reads
	return f, nil
}

// ReadFile records the file's digest.
func (r *recorder) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(r.fsys, name)
	if err != nil {
		r.noteErr(name, err)
		return nil, err
	}
	r.note(recorded{path: name, op: "file", digest: fileDigest(r.salt, b)})
	return b, nil
}

// ReadDir records the folder's listing.
func (r *recorder) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(r.fsys, name)
	if err != nil {
		r.noteErr(name, err)
		return nil, err
	}
	names := listing(entries)
	r.note(recorded{path: name, op: "dir", entries: names, digest: listingDigest(r.salt, names)})
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

// ReadLink records a symbolic link's target, which the loader reads to
// tell a link to a folder that holds it (content's links).
func (r *recorder) ReadLink(name string) (string, error) {
	target, err := fs.ReadLink(r.fsys, name)
	if err != nil {
		r.noteErr(name, err)
		return "", err
	}
	r.note(recorded{path: name, op: "link", digest: linkDigest(r.salt, target)})
	return target, nil
}

// Lstat records only that a path is missing, as Stat does; with
// ReadLink it makes the recorder an fs.ReadLinkFS.
func (r *recorder) Lstat(name string) (fs.FileInfo, error) {
	fi, err := fs.Lstat(r.fsys, name)
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

// reads returns what was recorded: the roots by path, the others by
// salted path hash, and the key their digests' second halves make. A
// missing path below a recorded listing that does not hold it is left
// out, as that listing already says it is missing; files opened but not
// read by ReadFile are hashed now.
func (r *recorder) reads() (roots, keyed []read, key []byte, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	dirs := map[string]map[string]bool{}
	for _, rd := range r.seen {
		if rd.op == "dir" {
			names := make(map[string]bool, len(rd.entries))
			for _, e := range rd.entries {
				names[strings.TrimSuffix(e, "/")] = true
			}
			dirs[rd.path] = names
		}
	}
	var all []recorded
	for _, rd := range r.seen {
		if rd.op == "file" && rd.digest == nil {
			b, err := fs.ReadFile(r.fsys, rd.path)
			if err != nil {
				return nil, nil, nil, err
			}
			rd.digest = fileDigest(r.salt, b)
		}
		all = append(all, rd)
	}
	// Sorted by path, so that the key is made in one order whatever the
	// order the reads came in.
	slices.SortFunc(all, func(a, b recorded) int {
		return cmp.Or(strings.Compare(a.path, b.path), strings.Compare(a.op, b.op))
	})
	var secrets [][]byte
	for _, rd := range all {
		out := read{Op: rd.op}
		if rd.digest != nil {
			out.Sum = rd.digest[:half]
		}
		dir, name := path.Split(rd.path)
		dir = strings.TrimSuffix(dir, "/")
		if dir == "" {
			dir = "."
		}
		listed, ok := dirs[dir]
		switch {
		case rd.op == "missing" && impliedMissing(dirs, rd.path):
			continue
		case ok && listed[name]:
			out.ID = pathID(r.salt, rd.path)
			keyed = append(keyed, out)
		default:
			out.Path = rd.path
			roots = append(roots, out)
		}
		if rd.digest != nil {
			secrets = append(secrets, rd.digest[half:])
		}
	}
	slices.SortFunc(keyed, func(a, b read) int { return bytes.Compare(a.ID, b.ID) })
	return roots, keyed, sealKey(r.salt, secrets), nil
}

// impliedMissing reports whether a recorded listing of a folder above p
// lacks the next name on the way to p, which proves p missing for as long
// as that listing stays the same.
func impliedMissing(dirs map[string]map[string]bool, p string) bool {
	for dir := p; dir != "." && dir != "/"; {
		parent := path.Dir(dir)
		if listed, ok := dirs[parent]; ok {
			return !listed[path.Base(dir)]
		}
		dir = parent
	}
	return false
}
