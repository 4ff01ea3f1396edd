package publish

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// Everything lectern keeps in an output folder besides the site lives in
// one hidden top-level folder, which builds never prune and outputs may
// not use. Its presence marks the folder as lectern's.
const (
	// stateDir is lectern's folder inside the output folder, the marker
	// of a folder lectern owns.
	stateDir = MarkerDir

	// lockPath is the file whose lock a Writer holds from Open to Close.
	lockPath = stateDir + "/lock"
	// journalPath lists the moves of a Commit in progress; it exists only
	// between the first move and the commit point.
	journalPath = stateDir + "/journal"
	// journalTemp is where the journal is written before it is renamed
	// into place, so that a journal is either whole or absent.
	journalTemp = stateDir + "/journal.tmp"
	// hiddenPath records the hidden top-level outputs of the last
	// committed build, which the next one removes if it no longer
	// produces them.
	hiddenPath = stateDir + "/hidden.json"
	// stagingPrefix and backupPrefix start the names of the folders, in
	// stateDir, where a build stages new files and where Commit moves the
	// files it replaces or removes until the commit point.
	stagingPrefix = "staging-"
	backupPrefix  = "backup-"
	// legacyStagingPrefix starts the staging folders that lectern before
	// stateDir made at the top of the output folder; Open still removes
	// them.
	legacyStagingPrefix = ".lectern-staging-"
)

// randomName returns prefix followed by 16 random hex digits.
func randomName(prefix string) string {
	var b [8]byte
	rand.Read(b[:])
	return prefix + hex.EncodeToString(b[:])
}

// makeStateDir makes stateDir unless it is there. Anything else standing
// at its name is refused rather than replaced, as it is not lectern's.
func makeStateDir(root *os.Root) error {
	fi, err := root.Lstat(stateDir)
	switch {
	case err == nil && fi.IsDir():
		return nil
	case err == nil:
		return fmt.Errorf("%s in the output folder is %s, not a folder; lectern keeps its own state there, so move it away and build again", stateDir, kind(fi))
	}
	if err := root.Mkdir(stateDir, 0o755); err != nil {
		return fmt.Errorf("cannot create %s in the output folder: %v", stateDir, err)
	}
	return nil
}

// removeLeftovers removes the staging and backup folders of builds that
// died (or whose clean-up failed) before they could remove them, with any
// half-written journal or other file written aside (*.tmp). It must run under the lock and after recover: a
// journal names the folders its roll-back needs. It reports how many
// folders it removed, and whether the output folder then holds only
// hidden entries, which Commit never prunes.
func removeLeftovers(root *os.Root) (removed int, fresh bool, err error) {
	state, err := fs.ReadDir(root.FS(), stateDir)
	if err != nil {
		return 0, false, fmt.Errorf("cannot read %s: %v", stateDir, err)
	}
	for _, e := range state {
		name := e.Name()
		// Staging and backup folders, and any file written aside to be
		// renamed into place (journal.tmp, the manifest's .manifest.tmp)
		// that a killed build left.
		if !strings.HasPrefix(name, stagingPrefix) && !strings.HasPrefix(name, backupPrefix) && !strings.HasSuffix(name, ".tmp") {
			continue
		}
		if err := root.RemoveAll(stateDir + "/" + name); err != nil {
			return removed, false, fmt.Errorf("cannot remove %s/%s, left by an earlier build: %v", stateDir, name, err)
		}
		if e.IsDir() {
			removed++
		}
	}
	entries, err := fs.ReadDir(root.FS(), ".")
	if err != nil {
		return removed, false, fmt.Errorf("cannot read output folder: %v", err)
	}
	fresh = true
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), legacyStagingPrefix) {
			if err := root.RemoveAll(e.Name()); err != nil {
				return removed, false, fmt.Errorf("cannot remove staging folder left by an earlier build: %v", err)
			}
			removed++
			continue
		}
		if !hidden(e.Name()) {
			fresh = false
		}
	}
	return removed, fresh, nil
}
