package view

import (
	"testing"
	"unsafe"
)

// A list holds an entry of each page it shows, and the tags, the
// schedule, the feeds and the search index each a list of the site's
// pages: each size class an entry moves up costs every entry of a build
// (128 bytes past 768; about 1.8 MB at 10,000 talks, docs/memory.md
// "Fields packed"). A field few pages give belongs apart, behind a
// pointer, as a podcast episode's (Episode).
func TestEntrySizeClass(t *testing.T) {
	const limit = 768 // a size class of Go's allocator
	if size := unsafe.Sizeof(Entry{}); size > limit {
		t.Errorf("an Entry is %d bytes, past the %d-byte size class: hold the fields few entries give apart, behind a pointer, as Episode is", size, limit)
	}
}
