package site

import (
	"testing"
	"unsafe"
)

// A page holds a copy of its document, and a site holds a page for
// every file: each size class a page moves up costs every page of a
// build (128 bytes or more; at 10,000 talks 1.5 MB of model or more, times 2.5
// in the build's peak, docs/memory.md "Fields packed"). A field few
// pages write belongs in content.Extra, a flag with the flags.
func TestPageSizeClass(t *testing.T) {
	const limit = 1152 // a size class of Go's allocator
	if size := unsafe.Sizeof(Page{}); size > limit {
		t.Errorf("a Page is %d bytes, past the %d-byte size class: put a field few documents write in content.Extra, or a flag with the flags", size, limit)
	}
}
