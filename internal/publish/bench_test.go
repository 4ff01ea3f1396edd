package publish

import (
	"fmt"
	"testing"
)

// benchPages are 2,000 small pages in 40 sections, the site of the
// benchmarks; changed gives every tenth page new bytes.
func benchPages(changed bool) map[string][]byte {
	pages := make(map[string][]byte, 2000)
	for i := range 2000 {
		body := fmt.Appendf(nil, "<!doctype html><title>%d</title><p>talk %d</p>", i, i)
		if changed && i%10 == 0 {
			body = append(body, " (revised)"...)
		}
		pages[fmt.Sprintf("talks/%d/t%d/index.html", i%40, i)] = body
	}
	return pages
}

// benchBuild writes pages into dest with a fresh Writer and commits.
func benchBuild(b *testing.B, dest string, pages map[string][]byte) Stats {
	b.Helper()
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

// BenchmarkCommitUnchanged measures a rebuild of 2,000 small pages in which
// nothing changed: every Write compares with the file on disk and Commit
// has nothing to move.
func BenchmarkCommitUnchanged(b *testing.B) {
	dest := b.TempDir()
	pages := benchPages(false)
	if st := benchBuild(b, dest, pages); st.Written != 2000 {
		b.Fatalf("first build: %+v", st)
	}
	for b.Loop() {
		if st := benchBuild(b, dest, pages); st.Unchanged != 2000 {
			b.Fatalf("rebuild: %+v", st)
		}
	}
}

// BenchmarkCommitCold measures a first build of 2,000 pages into an empty
// output folder, which Commit moves as whole folders.
func BenchmarkCommitCold(b *testing.B) {
	pages := benchPages(false)
	for b.Loop() {
		b.StopTimer()
		dest := b.TempDir()
		b.StartTimer()
		if st := benchBuild(b, dest, pages); st.Written != 2000 {
			b.Fatalf("cold build: %+v", st)
		}
	}
}

// BenchmarkCommitChanged measures a rebuild in which one page in ten
// changed: 200 files replaced one by one, 1,800 left untouched.
func BenchmarkCommitChanged(b *testing.B) {
	dest := b.TempDir()
	before, after := benchPages(false), benchPages(true)
	benchBuild(b, dest, before)
	for b.Loop() {
		b.StopTimer()
		benchBuild(b, dest, before)
		b.StartTimer()
		if st := benchBuild(b, dest, after); st.Written != 200 {
			b.Fatalf("changed build: %+v", st)
		}
	}
}
