package build

import (
	"runtime/debug"

	"lectern/internal/diag"
)

// recover, deferred by Rebuild, is its last resort: a bug of lectern's
// in a stage that has no boundary of its own fails this rebuild, with
// the error in *diags, not the preview. The last good outputs stay
// served; what the rebuild had changed of the session's state is not
// trusted, so the next rebuild reads and renders everything. *holding
// reports that the rebuild holds s.last with no deferred unlock.
func (s *Session) recover(diags *diag.List, holding *bool) {
	v := recover()
	if v == nil {
		return
	}
	var stack []byte
	if c, ok := v.(*carried); ok {
		v, stack = c.value, c.stack
	}
	if *holding {
		s.last.Unlock()
	}
	s.unsure, s.md, s.current = true, nil, false
	*diags = diag.List{diag.Panicked(diag.Pos{}, v, stack)}
	s.said = *diags
}

// carried is a panic of a goroutine a rebuild started, with the stack of
// where it happened, raised again in the rebuild's own goroutine, where
// Rebuild recovers it: a panic is recovered only in its own goroutine,
// and one that is not ends the process.
type carried struct {
	value any
	stack []byte
}

// carry, deferred in a goroutine of a rebuild, keeps its panic in *c.
func carry(c **carried) {
	if v := recover(); v != nil {
		*c = &carried{value: v, stack: debug.Stack()}
	}
}

// raise panics again with c's panic; a nil c is no panic.
func (c *carried) raise() {
	if c != nil {
		panic(c)
	}
}
