package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"runtime/debug"
	"sync/atomic"
	"time"

	"lectern/internal/diag"
)

// task is what one job renders with.
type task struct {
	// ctx ends when the caller stops wanting outputs.
	ctx context.Context
	// buf is the job's to write its body into.
	buf *bytes.Buffer
	// lost reports that a template run that was given up on may still
	// write into buf, which must then not be reused.
	lost bool
	// stopped reports that the job gave up because ctx ended, so its
	// diagnostics say nothing about the site; timedOut that a template
	// overran the deadline.
	stopped, timedOut bool
}

// newTask returns a task rendering into buf until ctx ends.
func newTask(ctx context.Context, buf *bytes.Buffer) *task {
	if ctx == nil {
		ctx = context.Background()
	}
	return &task{ctx: ctx, buf: buf}
}

// errAbandoned is what the writer of a template run returns once the run
// was given up on, so that a template still writing stops at once.
var errAbandoned = errors.New("rendering was abandoned")

// guard is the writer of a template run that its caller may stop waiting
// for. Once abandoned every Write fails, which makes text/template stop
// the run at its next output. A run that loops without writing cannot be
// stopped: Go has no way to stop a goroutine from outside, so it goes on
// until it returns or the process exits, and only its result is ignored.
type guard struct {
	w    io.Writer
	gone atomic.Bool
}

func (g *guard) Write(p []byte) (int, error) {
	if g.gone.Load() {
		return 0, errAbandoned
	}
	return g.w.Write(p)
}

// errTimeout is the result of a template run that overran its deadline.
var errTimeout = errors.New("template did not finish in time")

// runTemplate runs the template name of set on data into w, which is
// t.buf or writes into nothing the caller keeps. It waits for the run at
// most timeout (0 is no limit) and no longer than t.ctx lasts; when it
// stops waiting it returns errTimeout or the context's error, abandons the
// run (see guard) and marks t.buf lost.
func runTemplate(t *task, w io.Writer, set *template.Template, name string, data any, timeout time.Duration) error {
	if timeout <= 0 && t.ctx.Done() == nil {
		return set.ExecuteTemplate(w, name, data)
	}
	g := &guard{w: w}
	done := make(chan error, 1)
	go func() {
		// A panic here would end the process: it is handed to the
		// job's goroutine, which recovers it (see Job.recover).
		defer func() {
			if v := recover(); v != nil {
				done <- &diag.Carried{Value: v, Stack: debug.Stack()}
			}
		}()
		done <- set.ExecuteTemplate(g, name, data)
	}()
	var expired <-chan time.Time
	if timeout > 0 {
		tm := time.NewTimer(timeout)
		defer tm.Stop()
		expired = tm.C
	}
	select {
	case err := <-done:
		if p, ok := err.(*diag.Carried); ok {
			panic(p)
		}
		return err
	case <-t.ctx.Done():
		g.gone.Store(true)
		t.lost, t.stopped = true, true
		return t.ctx.Err()
	case <-expired:
		g.gone.Store(true)
		t.lost, t.timedOut = true, true
		return errTimeout
	}
}

// failWriter fails every Write: escape runs templates into it so that
// html/template escapes them and nothing more is run.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errAbandoned }

// seconds formats a deadline as config.toml writes it: "60s", "100ms".
func seconds(d time.Duration) string {
	if d%time.Second == 0 {
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return d.String()
}

// deadlineError is the error of the template tmpl stopped at the
// deadline, at the template's file, as other template errors are; doing
// says what it was doing ("rendering the home page: "). Go's templates
// do not say which action a run was executing when its caller stopped
// waiting — a run that writes stops at its next write with an error
// that carries no position, and one that does not write never returns —
// so the position is the file of the page's layout, whose run was
// stopped; the loop may be in a template it calls.
func (r *Renderer) deadlineError(tmpl, doing string) diag.Diag {
	return diag.Errorf(diag.Pos{File: r.theme.LayoutFile(tmpl)}, "%sdid not finish within %s; a template that never ends (a range over a huge number, a template that calls itself)? %s", doing, seconds(r.opts.TemplateTimeout), r.timeoutHint())
}

// DefaultTimeoutHint is how the error of a page that overran
// Options.TemplateTimeout ends unless Options.TimeoutHint says otherwise.
const DefaultTimeoutHint = "Fix the template, or raise [build] template_timeout in config.toml"
