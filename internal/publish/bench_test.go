package publish

import (
	"fmt"
	"testing"
)

// BenchmarkCommitUnchanged measures a rebuild of 2,000 small pages in which
// nothing changed: every Write compares with the file on disk and Commit
// has nothing to move.
func BenchmarkCommitUnchanged(b *testing.B) {
	dest := b.TempDir()
	pages := make(map[string][]byte, 2000)
	for i := range 2000 {
		pages[fmt.Sprintf("talks/%d/t%d/index.html", i%40, i)] = fmt.Appendf(nil, "<!doctype html><title>%d</title><p>talk %d</p>", i, i)
	}
	run := func() Stats {
		w, err := Open(dest, Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer w.Abort()
		for p, body := range pages {
			if err := w.Write(p, "text/html", body); err != nil {
				b.Fatal(err)
			}
		}
		st, err := w.Commit()
		if err != nil {
			b.Fatal(err)
		}
		return st
	}
	if st := run(); st.Written != 2000 {
		b.Fatalf("first build: %+v", st)
	}
	for b.Loop() {
		if st := run(); st.Unchanged != 2000 {
			b.Fatalf("rebuild: %+v", st)
		}
	}
}
