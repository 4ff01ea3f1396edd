package diag

import (
	"runtime/debug"
)

// Panicked returns the error diagnostic of a panic with value v,
// recovered while lectern worked on the file at pos: a bug of lectern's,
// not the author's, which costs the build that file rather than the
// whole run (or the running preview). Called from the deferred function
// that recovered, it keeps the panic's stack in Detail; a stack taken
// where the panic happened, as in another goroutine, is passed as stack,
// or carried with v (see Carried).
func Panicked(pos Pos, v any, stack []byte) Diag {
	if c, ok := v.(*Carried); ok {
		v, stack = c.Value, c.Stack
	}
	if stack == nil {
		stack = debug.Stack()
	}
	// At the file's start, so that an editor jumps to it.
	var d Diag
	if pos.File == "" {
		d = Errorf(pos, "internal error: %v — lectern stopped this build; please report this with the site", v)
	} else {
		if pos.Line <= 0 {
			pos.Line, pos.Col = 1, 1
		}
		d = Errorf(pos, "internal error: %v — lectern skipped this file; please report this with the file", v)
	}
	d.Detail = string(stack)
	return d
}
