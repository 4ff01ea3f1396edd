package render

import (
	"context"
	"strings"
	"sync"
	"testing"

	"lectern/internal/diag"
	"lectern/themes"
)

// TestRunRecoversAPanickingJob checks that a panic while one job renders
// fails that job alone, with an error at its file's start that names the
// panic and keeps the stack out of the message, and that the other jobs
// are rendered: Run and Stream alike.
func TestRunRecoversAPanickingJob(t *testing.T) {
	for _, stream := range []bool{false, true} {
		name := "Run"
		if stream {
			name = "Stream"
		}
		t.Run(name, func(t *testing.T) {
			r, diags := New(themes.Default(), Options{})
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			jobs, _ := r.Jobs(fixture())
			var bad Job
			for _, j := range jobs {
				if j.owner != "" {
					bad = j
					break
				}
			}
			testHook = func(j Job) {
				if j.Path == bad.Path {
					panic("boom")
				}
			}
			defer func() { testHook = nil }()
			var mu sync.Mutex
			emitted := map[string]bool{}
			emit := func(o Output) error {
				mu.Lock()
				emitted[o.Path] = true
				mu.Unlock()
				return nil
			}
			if stream {
				diags = r.Stream(context.Background(), jobs, emit)
			} else {
				diags = r.Run(context.Background(), jobs, emit)
			}
			errs := diags.Errors()
			if len(errs) != 1 {
				t.Fatalf("errors %q, want one", errs.Strings())
			}
			d := errs[0]
			if want := (diag.Pos{File: bad.owner, Line: 1, Col: 1}); d.Pos != want {
				t.Errorf("error at %v, want %v", d.Pos, want)
			}
			if !strings.Contains(d.Msg, "internal error: boom") || !strings.Contains(d.Msg, "please report") {
				t.Errorf("message %q", d.Msg)
			}
			if strings.Contains(d.String(), "goroutine") || !strings.Contains(d.Detail, "recover_test.go") {
				t.Errorf("the stack is not kept apart in Detail: %q / %q", d.String(), d.Detail)
			}
			if emitted[bad.Path] {
				t.Errorf("%s emitted", bad.Path)
			}
			if len(emitted) != len(jobs)-1 {
				t.Errorf("%d outputs emitted, want %d", len(emitted), len(jobs)-1)
			}
		})
	}
}
