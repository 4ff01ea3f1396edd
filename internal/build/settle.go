package build

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"time"

	"lectern/internal/diag"
	"lectern/internal/render"
)

// An edit can change many HTML pages: a talk added to a long list shifts
// every later page of it, an event's venue shows on each of its talks.
// With Options.DeferPages a rebuild renders the new outputs, the share
// cards and static files, and leaves the other pages it calls for stale
// (Rebuild.Deferred), so that it returns, and open pages reload, sooner;
// a page asked for is rendered then (Output), and Settle renders the
// rest in the background. The site served is the same either way: a
// stale output is never served.

// Settle renders the HTML pages the last rebuild deferred and nobody
// has asked for yet, a few at a time (one a core), so that a page asked
// for meanwhile waits for a few pages at most. It stops when ctx ends or
// a rebuild comes (that rebuild defers its own), and returns what it
// rendered (Rendered, Updated) and the diagnostics of those pages. A
// page that fails stays stale, as Output leaves it: the last good
// output is served, and the next rebuild builds the model again and
// reports why.
func (s *Session) Settle(ctx context.Context) (Rebuild, diag.List) {
	start := time.Now()
	var rb Rebuild
	var diags diag.List
	s.mu.RLock()
	version := s.version
	s.mu.RUnlock()
	for ctx.Err() == nil {
		done, d := s.settleSome(version, runtime.GOMAXPROCS(0), &rb)
		diags.Append(d)
		if done {
			break
		}
	}
	rb.Version = version
	rb.Duration = time.Since(start)
	return rb, diags
}

// settleSome renders, with the build lock held, the next n deferred
// pages of the site at version, each on a core of its own, and reports
// whether there were none left.
func (s *Session) settleSome(version, n int, rb *Rebuild) (done bool, diags diag.List) {
	s.build.Lock()
	defer s.build.Unlock()
	s.mu.Lock()
	if s.version != version {
		s.mu.Unlock()
		return true, nil
	}
	var jobs []render.Job
	for len(jobs) < n && len(s.deferred) > 0 {
		p := s.deferred[0]
		s.deferred = s.deferred[1:]
		if j, stale := s.stale[p]; stale && !slices.ContainsFunc(jobs, func(j render.Job) bool { return j.Path == p }) {
			jobs = append(jobs, j)
		}
	}
	if len(jobs) == 0 {
		s.deferred = nil
	}
	s.mu.Unlock()
	if len(jobs) == 0 {
		return true, nil
	}

	outs := make([]render.Output, len(jobs))
	errs := make([]diag.List, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Go(func() { outs[i], errs[i] = j.Render() })
	}
	wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, j := range jobs {
		rb.Rendered = append(rb.Rendered, j.Path)
		diags.Append(errs[i])
		if errs[i].HasErrors() {
			s.current = false
			continue
		}
		delete(s.stale, j.Path)
		if s.hold(j.Path, s.whole(outs[i])) {
			rb.Updated = append(rb.Updated, j.Path)
		}
	}
	return false, diags
}
