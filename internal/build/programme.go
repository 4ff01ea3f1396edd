package build

import (
	"bytes"
	"encoding/json"
	"os"
	"path"

	"lectern/internal/site"
)

// ProgrammePath is where a build keeps, in the output folder, the
// programme it published: the next build of the same folder compares its
// own with it to tell which talks moved (see site.Changes).
const ProgrammePath = ".lectern/programme.json"

// loadProgramme reads the programme the last build left in dest, or nil
// when there is none or it cannot be read: then no talk is taken for
// moved, which is the safe side.
func loadProgramme(dest string) *site.Programme {
	root, err := os.OpenRoot(dest)
	if err != nil {
		return nil
	}
	defer root.Close()
	b, err := root.ReadFile(ProgrammePath)
	if err != nil {
		return nil
	}
	var p site.Programme
	if json.Unmarshal(b, &p) != nil {
		return nil
	}
	return &p
}

// writeProgramme records p in dest for the next build, unless the file
// already holds it: a build that changed nothing writes nothing.
func writeProgramme(dest string, p *site.Programme) error {
	if p == nil {
		return nil
	}
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	root, err := os.OpenRoot(dest)
	if err != nil {
		return err
	}
	defer root.Close()
	if old, err := root.ReadFile(ProgrammePath); err == nil && bytes.Equal(old, b) {
		return nil
	}
	if err := root.MkdirAll(path.Dir(ProgrammePath), 0o755); err != nil {
		return err
	}
	tmp := path.Dir(ProgrammePath) + "/.programme.tmp"
	if err := root.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return root.Rename(tmp, ProgrammePath)
}
