// Package hangtest helps tests of code that must not hang: a template that
// never ends, a build that must stop when cancelled. It is imported by
// tests only.
package hangtest

import (
	"testing"
	"time"
)

// Loop is a page template that never ends and writes as it goes: a range
// over a number too large to count to.
const Loop = "{{define \"main\"}}{{range $i := 100000000000}}{{$i}}{{end}}{{end}}"

// Limit is how long Within waits: far longer than any correct return
// takes on a loaded machine, short enough to fail a run rather than hang
// it.
const Limit = 10 * time.Second

// Within runs f and fails the test when f has not returned after Limit,
// so that a hang is a failure naming what, not a test run killed by its
// timeout. f goes on in its own goroutine after that.
func Within(t testing.TB, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(Limit):
		t.Fatalf("%s did not return", what)
	}
}
