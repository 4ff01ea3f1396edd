package build

import (
	"bytes"
	"container/list"
	"hash/maphash"
	"io/fs"
	"sync"

	"lectern/internal/render"
)

// The preview serves every output of the site from memory, but holds the
// bytes of only some of them. A site of 10,000 talks has about 750 MB of
// outputs (share cards, pages, feeds), which the preview used to hold
// whole, for as long as it ran: 1.7 GB of memory for a site its build
// writes in 200. Each output is kept as its media type and a checksum of
// its bytes, which is all a rebuild needs to tell what changed; its bytes
// are held while they fit in the session's budget, those served or
// rendered last first, and rendered again from the last good build's job
// when asked for after they were let go.
//
// That is the contract stale outputs already rely on (see fresh): the
// last good model changes only in a rebuild, so between two rebuilds a
// job renders the bytes its output had; and a rebuild that builds a new
// model leaves the last one alone until it swaps it (Session.last), so
// such an output is rendered during a long rebuild too. An output rendered
// again whose checksum is not the one kept means the planner left it
// stale; it is served as rendered now and counted (drifted), which the
// tests check is never.

// DefaultHeldBytes is the most bytes of outputs a Session holds when
// Options.HeldBytes is 0: every output of a site of a few thousand
// pages, the pages last served or rendered of a larger one.
const DefaultHeldBytes = 64 << 20

// held is an output of the last good build as the session keeps it.
type held struct {
	mediaType string
	sum       uint64
	// source is the file an asset is copied from, read again when its
	// bytes were let go; "" for an output a job renders.
	source string
}

// rendered is an output of a rebuild before the swap: what the session
// keeps of it, and its bytes while they fit in the rebuild's budget
// (see keep), nil after.
type rendered struct {
	held
	body []byte
}

// sums computes the checksums of a session's outputs. Its seed is made
// once per session: checksums are compared only with those of the same
// session, never written.
type sums struct{ seed maphash.Seed }

func (c sums) of(b []byte) uint64 { return maphash.Bytes(c.seed, b) }

// bodies holds the bytes of outputs within a budget, the least recently
// used let go first. It is safe for concurrent use.
type bodies struct {
	mu     sync.Mutex
	budget int64
	size   int64
	order  list.List // of *heldBody, the most recently used first
	at     map[string]*list.Element
}

type heldBody struct {
	path string
	sum  uint64
	b    []byte
}

func newBodies(budget int64) *bodies {
	return &bodies{budget: max(budget, 0), at: map[string]*list.Element{}}
}

// get returns the bytes held for path if they are those whose checksum
// is sum, and marks them used.
func (c *bodies) get(path string, sum uint64) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.at[path]
	if !ok || e.Value.(*heldBody).sum != sum {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*heldBody).b, true
}

// put holds b as the bytes of path, whose checksum is sum, in place of
// any held before, and lets go of the least recently used bytes until
// the budget holds them. Bytes larger than the whole budget are not
// held.
func (c *bodies) put(path string, sum uint64, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.remove(path)
	if int64(len(b)) > c.budget {
		return
	}
	c.at[path] = c.order.PushFront(&heldBody{path: path, sum: sum, b: b})
	c.size += int64(len(b))
	for c.size > c.budget {
		c.remove(c.order.Back().Value.(*heldBody).path)
	}
}

// drop lets go of the bytes of path.
func (c *bodies) drop(path string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.remove(path)
}

func (c *bodies) remove(path string) {
	if e, ok := c.at[path]; ok {
		c.size -= int64(len(e.Value.(*heldBody).b))
		c.order.Remove(e)
		delete(c.at, path)
	}
}

// held returns the number of outputs whose bytes are held and their size.
func (c *bodies) held() (n int, size int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.at), c.size
}

// Output returns the output at path of the last good build. An output
// that a rebuild left stale is rendered first, once any rebuild under
// way has ended; one whose bytes the session let go (see
// Options.HeldBytes) is rendered again from the last good build, which
// only an edit applied in place makes it wait for.
func (s *Session) Output(path string) (render.Output, bool) {
	s.mu.RLock()
	h, ok := s.outputs[path]
	_, stale := s.stale[path]
	s.mu.RUnlock()
	switch {
	case stale:
		return s.fresh(path)
	case !ok:
		return render.Output{}, false
	}
	if o, ok := s.heldOutput(path, h); ok {
		return o, true
	}
	return s.again(path)
}

// keep returns what a rebuild keeps of o until its swap. budget is what
// is left of the rebuild's budget for bytes; the bytes are kept, and
// taken from it, while they fit, so that a first build of a large site
// does not hold every output at once.
func (s *Session) keep(o render.Output, budget *int64) rendered {
	r := rendered{held: held{mediaType: o.MediaType, sum: s.sums.of(o.Body)}}
	if n := int64(len(o.Body)); n <= *budget {
		r.body = fitted(o.Body)
		*budget -= n
	}
	return r
}

// whole is what the session keeps of o with its bytes: an output a
// patch rendered, or one asked for.
func (s *Session) whole(o render.Output) rendered {
	return rendered{held: held{mediaType: o.MediaType, sum: s.sums.of(o.Body)}, body: fitted(o.Body)}
}

// heldOutput returns the output at path kept as h when its bytes are
// held.
func (s *Session) heldOutput(path string, h held) (render.Output, bool) {
	b, ok := s.bodies.get(path, h.sum)
	if !ok {
		return render.Output{}, false
	}
	return render.Output{Path: path, MediaType: h.mediaType, Body: b}, true
}

// fitted returns b, or a copy of it when the buffer it was rendered into
// is much larger: a buffer grows by doubling, so held as it is, a
// budget's bytes would take up to twice the budget.
func fitted(b []byte) []byte {
	if cap(b)-len(b) > len(b)/8 {
		return bytes.Clone(b)
	}
	return b
}

// budget is the most bytes of outputs the session holds.
func (s *Session) budget() int64 {
	switch {
	case s.opts.HeldBytes < 0:
		return 0
	case s.opts.HeldBytes == 0:
		return DefaultHeldBytes
	}
	return s.opts.HeldBytes
}

// hold makes r the output at path of the last good site; s.mu must be
// held for writing. It reports whether the output's bytes, or its media
// type, differ from those held before, or it is new.
func (s *Session) hold(path string, r rendered) bool {
	old, had := s.outputs[path]
	s.outputs[path] = r.held
	if r.body != nil {
		s.bodies.put(path, r.sum, r.body)
	} else if !had || old.sum != r.sum {
		s.bodies.drop(path)
	}
	return !had || old.sum != r.sum || old.mediaType != r.mediaType
}

// again returns the output at path whose bytes were let go: an asset's
// file read again, or its job's output rendered again from the last
// good build, which no rebuild changes while last is held for reading.
// An output a patch left stale meanwhile is rendered by fresh. An
// output that cannot be rendered again (its template overran its
// deadline on a busy machine) is reported missing, and rendered again
// when asked for next.
func (s *Session) again(path string) (render.Output, bool) {
	o, ok, stale := s.letGo(path)
	if stale {
		return s.fresh(path) // last is let go first: fresh takes build
	}
	return o, ok
}

// letGo is again but for an output stale by now, which it reports.
func (s *Session) letGo(path string) (o render.Output, ok, stale bool) {
	s.last.RLock()
	defer s.last.RUnlock()
	s.mu.RLock()
	h, had := s.outputs[path]
	_, stale = s.stale[path]
	s.mu.RUnlock()
	if stale {
		return render.Output{}, false, true
	}
	if !had {
		return render.Output{}, false, false
	}
	if o, ok := s.heldOutput(path, h); ok {
		return o, true, false // held again while we waited
	}
	out := render.Output{Path: path, MediaType: h.mediaType}
	if h.source != "" {
		// An asset changed since the last build is served as it is
		// now; the rebuild its change calls for tells open pages.
		b, err := fs.ReadFile(s.fsys, h.source)
		if err != nil {
			return render.Output{}, false, false
		}
		out.Body = b
		if s.sums.of(b) == h.sum {
			s.bodies.put(path, h.sum, b)
		}
		return out, true, false
	}
	j, ok := s.index.At(path)
	if !ok {
		return render.Output{}, false, false
	}
	o, d := j.Render()
	if d.HasErrors() {
		return render.Output{}, false, false
	}
	out.Body = o.Body
	if s.sums.of(o.Body) != h.sum {
		s.drifted.Add(1)
		return out, true, false
	}
	s.bodies.put(path, h.sum, fitted(o.Body))
	return out, true, false
}
