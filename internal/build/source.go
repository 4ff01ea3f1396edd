package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// OpenSource returns the site folder dir as an fs.FS that never leaves it:
// a symbolic link pointing outside the folder cannot be read through it,
// so neither a build nor the preview server can publish a file from
// elsewhere on the machine. close releases the folder.
func OpenSource(dir string) (fsys fs.FS, close func() error, err error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot open the site folder: %w", err)
	}
	return root.FS(), root.Close, nil
}

// readError explains an error reading a file of the site, naming the fix
// for a link that leads out of the site folder.
func readError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Err != nil && pe.Err.Error() == "path escapes from parent" {
		return "it is a symbolic link to a file outside the site folder, which lectern never reads; copy the file into the site instead"
	}
	return err.Error()
}
