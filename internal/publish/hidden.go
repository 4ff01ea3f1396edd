package publish

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"

	"slices"
)

// Hidden top-level entries (.git, .well-known, .htaccess) are mostly not
// lectern's, so Commit never prunes them. But a build may write outputs
// there, from static/ for example, and those must not outlive the build
// that stops producing them: a .env published once would stay published.
// So each Commit records the hidden outputs of its build in hiddenPath, and
// the next Commit removes those it no longer produces. The record changes
// by the same journal as the outputs, so it always describes the site that
// is in place.

// hiddenRecord is what hiddenPath holds.
type hiddenRecord struct {
	Version int
	Outputs []string // sorted
}

// pruneHidden plans the removal of the hidden outputs of the last build
// that this build does not produce, and of the folders under the hidden
// entries that held nothing else, and the update of the record.
func (w *Writer) pruneHidden(j *journal, st *Stats) error {
	var now []string
	for p := range w.outputs {
		if hidden(p) {
			now = append(now, p)
		}
	}
	slices.Sort(now)
	before, recorded := w.readHidden()
	stale := make(map[string]bool)
	for _, p := range before {
		if _, ok := w.outputs[p]; ok || !hidden(p) || checkPath(p) != nil {
			continue
		}
		// A folder there now is not what lectern wrote.
		if fi, err := w.root.Lstat(p); err == nil && !fi.IsDir() {
			stale[p] = true
		}
	}
	whole := make(map[string]bool) // folder → it holds stale outputs only
	var onlyStale func(d string) bool
	onlyStale = func(d string) bool {
		if ok, known := whole[d]; known {
			return ok
		}
		ok := false
		if _, holds := w.folders[d]; !holds {
			entries, err := os.ReadDir(w.full(d))
			ok = err == nil
			for _, e := range entries {
				p := d + "/" + e.Name()
				if !(stale[p] || e.IsDir() && onlyStale(p)) {
					ok = false
					break
				}
			}
		}
		whole[d] = ok
		return ok
	}
	removed := make(map[string]bool)
	for _, p := range slices.Sorted(maps.Keys(stale)) {
		target := p
		for _, d := range parents(p) {
			if onlyStale(d) {
				target = d
				break
			}
		}
		if removed[target] {
			continue
		}
		removed[target] = true
		j.Ops = append(j.Ops, op{Path: target, Old: true})
		fs.WalkDir(w.root.FS(), target, func(_ string, d fs.DirEntry, err error) error {
			if err == nil {
				countRemoved(st, d)
			}
			return nil
		})
	}
	if slices.Equal(before, now) && (recorded || len(now) == 0) {
		return nil
	}
	if len(now) == 0 {
		j.Ops = append(j.Ops, op{Path: hiddenPath, Old: true})
		return nil
	}
	b, err := json.Marshal(hiddenRecord{Version: 1, Outputs: now})
	if err != nil {
		return err
	}
	if _, err := w.stageRoot(); err != nil {
		return err
	}
	j.Staging = w.staging
	if err := w.root.MkdirAll(w.staging+"/"+stateDir, 0o755); err != nil {
		return fmt.Errorf("cannot record the hidden outputs: %v", err)
	}
	if err := w.root.WriteFile(w.staging+"/"+hiddenPath, b, 0o644); err != nil {
		return fmt.Errorf("cannot record the hidden outputs: %v", err)
	}
	j.Ops = append(j.Ops, op{Path: hiddenPath, Old: recorded, New: true})
	return nil
}

// readHidden returns the hidden outputs of the last build and whether a
// record exists. A record that cannot be read counts as empty and is
// rewritten: it only costs a stale hidden output its removal.
func (w *Writer) readHidden() ([]string, bool) {
	b, err := w.root.ReadFile(hiddenPath)
	if err != nil {
		_, serr := w.root.Lstat(hiddenPath)
		return nil, serr == nil
	}
	var r hiddenRecord
	if json.Unmarshal(b, &r) != nil || r.Version != 1 {
		return nil, true
	}
	slices.Sort(r.Outputs)
	return r.Outputs, true
}
