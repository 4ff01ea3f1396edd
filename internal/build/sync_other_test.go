//go:build !unix

package build

// syncDisk does nothing where there is no sync(2).
func syncDisk() {}
