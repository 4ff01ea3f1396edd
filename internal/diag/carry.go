package diag

import (
	"fmt"
	"runtime/debug"
	"sync"
)

// Carried is a panic recovered in a worker goroutine, with the stack of
// where it happened, to be raised again in the goroutine that waits for
// the worker. A panic can be recovered only in its own goroutine, and
// one that is not ends the process: a worker's panic would otherwise
// end `lectern serve` instead of failing one rebuild. Panicked reads
// the value and the stack back.
type Carried struct {
	Value any
	Stack []byte
}

// Error makes a Carried an error, for workers that hand their result
// over a channel of errors.
func (c *Carried) Error() string { return fmt.Sprint(c.Value) }

// Carrier keeps the first panic of the workers a stage starts. Each
// worker defers Catch; the stage calls Raise once they are done. The zero
// value is ready to use.
type Carrier struct {
	mu    sync.Mutex
	first *Carried
}

// Catch, deferred by a worker goroutine, recovers its panic and keeps it
// if it is the first. It must be deferred directly (defer c.Catch()),
// or recover sees no panic.
func (c *Carrier) Catch() {
	v := recover()
	if v == nil {
		return
	}
	carried, ok := v.(*Carried)
	if !ok {
		carried = &Carried{Value: v, Stack: debug.Stack()}
	}
	c.mu.Lock()
	if c.first == nil {
		c.first = carried
	}
	c.mu.Unlock()
}

// Caught reports whether a worker has panicked so far.
func (c *Carrier) Caught() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.first != nil
}

// Raise panics with the first panic a worker had, if any, in the
// caller's goroutine, where a boundary of the stage's own (a page, a
// job, a build) recovers it. Call it once the workers are done.
func (c *Carrier) Raise() {
	c.mu.Lock()
	p := c.first
	c.mu.Unlock()
	if p != nil {
		panic(p)
	}
}
