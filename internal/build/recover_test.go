package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lectern/internal/content"
	"lectern/internal/data"
	"lectern/internal/diag"
)

// recoverSite is a site with a data file, which panicky reads.
const recoverSite = sessionSite + `-- data/venue.yml --
name: Hall
`

// panicky is a data reader with a bug: it panics on a file holding
// "PANIC", as a reader of another tool's export might on a shape it
// did not expect.
func panicky(file string, src []byte, loc *time.Location) ([]*content.Document, bool, diag.List) {
	if bytes.Contains(src, []byte("PANIC")) {
		var m map[string]int
		m["crash"]++ // a nil map: a runtime error, as a real bug would be
	}
	return nil, false, nil
}

// internalError checks that diags hold one error, the internal error
// of a panic at the start of file ("" for none), its stack kept out of
// the message.
func internalError(t *testing.T, diags diag.List, file string) {
	t.Helper()
	errs := diags.Errors()
	if len(errs) != 1 {
		t.Fatalf("errors %q, want one", errs.Strings())
	}
	d := errs[0]
	want := diag.Pos{}
	if file != "" {
		want = diag.Pos{File: file, Line: 1, Col: 1}
	}
	if d.Pos != want || !strings.Contains(d.Msg, "internal error: ") || !strings.Contains(d.Msg, "please report") {
		t.Errorf("error %q at %v, want an internal error at %v", d.Msg, d.Pos, want)
	}
	if strings.Contains(d.String(), "goroutine ") || !strings.Contains(d.Detail, "goroutine ") {
		t.Errorf("the stack is not in Detail alone: %q", d.String())
	}
}

// TestBuildRecoversAPanic checks that a panic of a data reader, and one
// in a stage with no boundary of its own, fail the build with an error
// rather than end it, and leave the last build's output as it was.
func TestBuildRecoversAPanic(t *testing.T) {
	for _, tc := range []struct {
		name string
		file string // the file the error names, "" for none
		hook func()
	}{
		{name: "data reader", file: "data/venue.yml"},
		{name: "model", hook: func() { panic("model bug") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeSite(t, recoverSite)
			opts := Options{Source: dir, Dest: filepath.Join(t.TempDir(), "out"), DataReaders: []data.Reader{panicky}}
			if _, diags := Build(context.Background(), opts); diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			home := filepath.Join(opts.Dest, "index.html")
			before, err := os.ReadFile(home)
			if err != nil {
				t.Fatal(err)
			}
			edit(t, dir, "content/talks/c.md", "---\ntitle: Talk C, renamed\n---\nBody.\n")
			if tc.file != "" {
				edit(t, dir, tc.file, "name: PANIC\n")
			}
			testHook = tc.hook
			defer func() { testHook = nil }()
			_, diags := Build(context.Background(), opts)
			internalError(t, diags, tc.file)
			after, err := os.ReadFile(home)
			if err != nil || !bytes.Equal(before, after) {
				t.Errorf("the failed build changed %s (%v)", home, err)
			}
			if _, err := os.Stat(filepath.Join(opts.Dest, "talks/c/index.html")); err != nil {
				t.Errorf("the failed build took away a page: %v", err)
			}
		})
	}
}

// TestSessionRecoversAPanic checks that a panic during a rebuild of the
// preview fails that rebuild: the last good pages are still served, the
// error is reported, and fixing the input builds the site again.
func TestSessionRecoversAPanic(t *testing.T) {
	for _, tc := range []struct {
		name string
		file string
		hook func()
	}{
		{name: "data reader", file: "data/venue.yml"},
		{name: "model", hook: func() { panic("model bug") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeSite(t, recoverSite)
			s := NewSession(Options{Source: dir, DataReaders: []data.Reader{panicky}})
			ctx := context.Background()
			if _, diags := s.Rebuild(ctx, nil); diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			before := body(t, s, "talks/c/index.html")
			const talk = "content/talks/c.md"
			edit(t, dir, talk, "---\ntitle: Talk C, renamed\nspeakers: [Grace Hopper]\n---\nBody of C.\n")
			// A data file's edit, or none named, builds the model
			// again, where the hook is.
			var changed []string
			if tc.file != "" {
				edit(t, dir, tc.file, "name: PANIC\n")
				changed = []string{talk, tc.file}
			}
			testHook = tc.hook
			_, diags := s.Rebuild(ctx, changed)
			testHook = nil
			internalError(t, diags, tc.file)
			if got := body(t, s, "talks/c/index.html"); got != before {
				t.Error("the failed rebuild changed the page served")
			}

			if tc.file != "" {
				edit(t, dir, tc.file, "name: Hall\n")
			}
			rb, diags := s.Rebuild(ctx, changed)
			if diags.HasErrors() {
				t.Fatalf("after the fix: %v", diags.Err())
			}
			if !rb.Full {
				t.Error("the rebuild after a panic trusted what the failed one left")
			}
			if got := body(t, s, "talks/c/index.html"); !strings.Contains(got, "Talk C, renamed") {
				t.Error("the fixed site does not show the edit")
			}
		})
	}
}
