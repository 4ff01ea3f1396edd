package render

import (
	"errors"
	"io"
	"strconv"

	"lectern/internal/diag"
)

// MaxOutputBytes is the largest output lectern renders: 64 MiB, a
// hundred times a large conference's schedule. Anything bigger is a
// mistake in the content or a theme (a template that loops, a page listed
// a million times) that would otherwise fill the disk; the output is an
// error of the file that made it, and nothing is written. It is a
// constant, not a setting, as no site needs more for one page; the
// limits are stated in docs/urls.md.
const MaxOutputBytes = 64 << 20

// outputLimit is MaxOutputBytes; tests lower it.
var outputLimit = MaxOutputBytes

// errTooLarge stops a template that writes more than outputLimit.
var errTooLarge = errors.New("output too large")

// limitWriter writes to w until n bytes have been written, then fails
// every write with errTooLarge, so that a runaway template stops early
// instead of growing its buffer without end.
type limitWriter struct {
	w io.Writer
	n int
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if len(p) > l.n {
		return 0, errTooLarge
	}
	l.n -= len(p)
	return l.w.Write(p)
}

// checkSize reports an output larger than MaxOutputBytes at the job's
// source file.
func (j Job) checkSize(out Output) diag.List {
	if len(out.Body) <= outputLimit {
		return nil
	}
	var diags diag.List
	diags.Add(j.tooLarge())
	return diags
}

// tooLarge is the error of an output past MaxOutputBytes, saying how to
// make it smaller.
func (j Job) tooLarge() diag.Diag {
	fix := "lower pagination.per_page in config.toml, or shorten what the list shows"
	switch {
	case j.owner != "":
		fix = "split the page into several"
	case j.Kind == KindStatic:
		fix = "make the file smaller"
	}
	return diag.Errorf(j.pos(), "%s would be larger than %s, the most lectern writes for one output; %s", j.Path, size(outputLimit), fix)
}

// size formats a limit in MiB, or in bytes when smaller.
func size(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return strconv.Itoa(n>>20) + " MiB"
	}
	return strconv.Itoa(n) + " bytes"
}
