package build

import (
	"os"
	"path/filepath"
)

// folderName is the name of the site folder dir on disk ("pyvo-data"
// for "../pyvo-data", the working folder's for "."), which names a site
// nothing else names (site.Options.Folder); "" when dir is no folder (a
// site read from an archive) or has no name (the file system's root).
func folderName(dir string) string {
	if dir == "" {
		return ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
		return ""
	}
	name := filepath.Base(abs)
	if name == string(filepath.Separator) || name == "." {
		return ""
	}
	return name
}
