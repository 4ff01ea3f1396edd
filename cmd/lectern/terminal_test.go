package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"lectern/internal/build"
	"lectern/internal/diag"
)

// TestTerminalSaysEachRebuildOnce plays a preview's rebuilds to its
// terminal and checks what each prints: the first build's line, a
// save's warnings and line, nothing for a save that changed neither an
// output nor a diagnostic (a file outside the site, whose rebuild gives
// the last diagnostics again), a new warning even when no output
// changed, the diagnostics of pages settled after a rebuild without a
// line, and errors.
func TestTerminalSaysEachRebuildOnce(t *testing.T) {
	var warned, other diag.List
	warned.Warnf(diag.Pos{File: "content/talks/a.md", Line: 3, Col: 1}, "a warning")
	other.Warnf(diag.Pos{File: "content/talks/b.md", Line: 5, Col: 1}, "another warning")
	var failed diag.List
	failed.Errorf(diag.Pos{File: "content/talks/a.md", Line: 1, Col: 1}, "an error")
	rendered := build.Rebuild{Changed: []string{"content/talks/a.md"}, Rendered: []string{"talks/a/index.html"}, Duration: time.Millisecond}
	unread := build.Rebuild{Changed: []string{"notes.txt"}}
	var stdout, stderr bytes.Buffer
	term := &terminal{stdout: &stdout, stderr: &stderr}
	for _, step := range []struct {
		name     string
		rb       build.Rebuild
		diags    diag.List
		out, err string // what each must hold; "" for nothing printed
	}{
		{"the first build", build.Rebuild{Rendered: []string{"index.html"}}, warned, "built: 1 outputs", "a warning"},
		{"a save", rendered, warned, "content/talks/a.md changed: 1 re-rendered", "a warning"},
		{"a file outside the site", unread, warned, "", ""},
		{"the same, again", unread, warned, "", ""},
		{"a save that changed a warning alone", unread, other, "", "another warning"},
		{"pages settled after a rebuild", build.Rebuild{}, warned, "", "a warning"},
		{"a failed save", rendered, failed, "", "still serving the last good site"},
		{"a file outside the failing site", unread, failed, "", ""},
	} {
		stdout.Reset()
		stderr.Reset()
		term.report(step.rb, step.diags)
		for _, c := range []struct{ got, want, name string }{{stdout.String(), step.out, "stdout"}, {stderr.String(), step.err, "stderr"}} {
			if c.want == "" && c.got != "" || !strings.Contains(c.got, c.want) {
				t.Errorf("%s: %s %q, want %q", step.name, c.name, c.got, c.want)
			}
		}
	}
}
