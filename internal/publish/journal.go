package publish

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strconv"
	"strings"
)

// A Commit is made atomic by a journal. Before its first move, Commit
// writes every move it will make into the journal; a path it replaces or
// removes is moved into a backup folder, never deleted, until the commit
// point, which is the removal of the journal. A journal found by Open
// therefore means a Commit that died between its first move and its
// commit point, and Open undoes it before anything else, from the last
// move to the first.
//
// Undoing is idempotent, so that a roll-back that is itself interrupted is
// finished by the next Open: each op's state is read from which of its
// entries exist (in the staging folder, the backup folder and the output
// folder), never from a record of what was done.

// journalVersion changes when the journal's meaning does; Open refuses a
// journal of another version rather than guess.
const journalVersion = 1

// journal is the plan of one Commit.
type journal struct {
	Version int
	// Staging and Backup are the staging and backup folders, relative to
	// the output folder. Staging is "" when nothing was staged.
	Staging string
	Backup  string
	Ops     []op
}

// op is the change of one path of the output folder: an entry there (a
// file, a link or a whole folder) moved into the backup folder when Old,
// then the entry of the staging folder moved to the path when New. So
// New alone places a new entry, Old alone removes a stale one, and both
// replace one, whatever the kinds of the two entries (a file where a
// folder was, or the reverse).
type op struct {
	Path string `json:"path"`
	Old  bool   `json:"old,omitempty"`
	New  bool   `json:"new,omitempty"`
}

// saved is where the old entry of op i waits in the backup folder: a flat
// name per op, so that moving an entry aside costs one rename, with no
// folders to make, and an entry of any name fits.
func (j *journal) saved(i int) string {
	return j.Backup + "/" + strconv.Itoa(i)
}

// writeJournal writes j aside and renames it into place, so that Open
// finds either a whole journal or none.
func writeJournal(root *os.Root, j *journal) error {
	b, err := json.Marshal(j)
	if err != nil {
		return err
	}
	if err := root.WriteFile(journalTemp, b, 0o644); err != nil {
		return fmt.Errorf("cannot write the journal: %v", err)
	}
	if err := root.Rename(journalTemp, journalPath); err != nil {
		return fmt.Errorf("cannot write the journal: %v", err)
	}
	return nil
}

// readJournal returns the journal Open found, or nil if there is none. A
// journal that cannot be trusted is an error: rolling back by guesswork
// could lose the files the journal was there to save.
func readJournal(root *os.Root) (*journal, error) {
	b, err := root.ReadFile(journalPath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var j journal
	if err := json.Unmarshal(b, &j); err != nil {
		return nil, fmt.Errorf("it is not valid: %v", err)
	}
	if j.Version != journalVersion {
		return nil, fmt.Errorf("it has version %d, which this lectern does not know (it knows %d)", j.Version, journalVersion)
	}
	inState := func(name, prefix string) bool {
		return strings.HasPrefix(name, stateDir+"/"+prefix) && !strings.ContainsAny(name[len(stateDir)+1:], `/\`) && path.Clean(name) == name
	}
	if (j.Staging != "" && !inState(j.Staging, stagingPrefix)) || !inState(j.Backup, backupPrefix) {
		return nil, fmt.Errorf("it names folders outside %s", stateDir)
	}
	for _, o := range j.Ops {
		if err := checkJournalPath(o.Path); err != nil || (!o.Old && !o.New) || (o.New && j.Staging == "") {
			return nil, fmt.Errorf("it holds a move that lectern never makes: %+v", o)
		}
	}
	return &j, nil
}

// checkJournalPath reports whether p may be the path of a move: a path
// inside the output folder, outside lectern's folder except for the record
// of hidden outputs, which Commit changes with the same journal. It is
// looser than checkPath, as a stale file of any name may have to go.
func checkJournalPath(p string) error {
	if p == hiddenPath {
		return nil
	}
	if !fs.ValidPath(p) || p == "." || p == stateDir || strings.HasPrefix(p, stateDir+"/") {
		return fmt.Errorf("%q is not a path lectern moves", p)
	}
	return nil
}

// mover makes the moves of a journal through the os.Root of the output
// folder.
type mover struct {
	root *os.Root
	j    *journal
	// step, when not nil, runs before each move with the number of moves
	// already made; an error stops the Commit there.
	step   func(int) error
	done   int
	backup bool // the backup folder is made
}

// do makes the moves of the op numbered i: the old entry into the backup
// folder, then the new one into place.
func (m *mover) do(i int) error {
	o := m.j.Ops[i]
	if o.Old {
		if err := m.next(); err != nil {
			return err
		}
		if !m.backup {
			if err := m.root.Mkdir(m.j.Backup, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
				return fmt.Errorf("cannot create the backup folder: %v", err)
			}
			m.backup = true
		}
		if err := m.root.Rename(o.Path, m.j.saved(i)); err != nil {
			return fmt.Errorf("cannot move %q aside: %v", o.Path, err)
		}
	}
	if o.New {
		if err := m.next(); err != nil {
			return err
		}
		if err := m.root.Rename(m.j.Staging+"/"+o.Path, o.Path); err != nil {
			return fmt.Errorf("cannot move %q into place: %v", o.Path, err)
		}
	}
	return nil
}

// next runs the test hook before a move and counts it.
func (m *mover) next() error {
	if m.step != nil {
		if err := m.step(m.done); err != nil {
			return err
		}
	}
	m.done++
	return nil
}

// rollback undoes the ops of j, last first, and reports how many files of
// the previous site it put back and how many new entries it took out.
// Each op is undone from what exists, so rollback may be run again after
// it was interrupted, and on ops that were never made.
func rollback(root *os.Root, j *journal) (restored, discarded int, err error) {
	return rollbackTo(root, j, 0)
}

// rollbackTo is rollback stopped after undoing the op numbered stop: what
// a roll-back interrupted there has done.
func rollbackTo(root *os.Root, j *journal, stop int) (restored, discarded int, err error) {
	exists := func(name string) (bool, error) {
		_, err := root.Lstat(name)
		if errors.Is(err, fs.ErrNotExist) {
			return false, nil
		}
		return err == nil, err
	}
	if j.Staging != "" {
		// Without the staging folder, "the new entry is no longer staged"
		// would wrongly read as "it was moved into place".
		if ok, err := exists(j.Staging); !ok {
			return 0, 0, fmt.Errorf("the staging folder %s is missing (%v), so lectern cannot tell old files from new ones", j.Staging, err)
		}
	}
	for i := len(j.Ops) - 1; i >= stop; i-- {
		o := j.Ops[i]
		if o.New {
			// The new entry left the staging folder only by moving into
			// place: move it back.
			staged, err := exists(j.Staging + "/" + o.Path)
			if err != nil {
				return restored, discarded, err
			}
			placed, err := exists(o.Path)
			if err != nil {
				return restored, discarded, err
			}
			if !staged && placed {
				if err := root.MkdirAll(path.Dir(j.Staging+"/"+o.Path), 0o755); err != nil {
					return restored, discarded, fmt.Errorf("cannot take %q out again: %v", o.Path, err)
				}
				if err := root.Rename(o.Path, j.Staging+"/"+o.Path); err != nil {
					return restored, discarded, fmt.Errorf("cannot take %q out again: %v", o.Path, err)
				}
				discarded++
			}
		}
		if o.Old {
			// The old entry is in the backup folder only if it was moved
			// there and not yet back.
			saved, err := exists(j.saved(i))
			if err != nil {
				return restored, discarded, err
			}
			if !saved {
				continue
			}
			if ok, err := exists(o.Path); err != nil || ok {
				return restored, discarded, fmt.Errorf("cannot put %q back: something else is in its place (%v)", o.Path, err)
			}
			n := countFiles(root, j.saved(i))
			if err := root.Rename(j.saved(i), o.Path); err != nil {
				return restored, discarded, fmt.Errorf("cannot put %q back: %v", o.Path, err)
			}
			restored += n
		}
	}
	return restored, discarded, nil
}

// countFiles counts the files and links at or under name, for messages.
func countFiles(root *os.Root, name string) int {
	n := 0
	fs.WalkDir(root.FS(), name, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	return n
}
