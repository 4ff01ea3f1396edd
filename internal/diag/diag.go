package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Pos is a place in a source file. File is slash-separated and relative to
// the site's source folder (for example "content/talks/a.md"). Line and Col
// are 1-based; zero means unknown, and Col is a count of bytes, as in
// go/scanner, so that editors can jump to it.
type Pos struct {
	File string
	Line int
	Col  int
}

// String formats p as "file:line:col", dropping the parts that are unknown.
func (p Pos) String() string {
	switch {
	case p.File == "":
		return ""
	case p.Line <= 0:
		return p.File
	case p.Col <= 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Severity tells whether a diagnostic fails the build.
type Severity int

const (
	// Error fails the build or command; the file it names is skipped.
	Error Severity = iota
	// Warning is printed but does not change the exit code.
	Warning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diag is one diagnostic: where, how bad, and a message that says what is
// wrong and, where possible, how to fix it.
type Diag struct {
	Pos      Pos
	Severity Severity
	Msg      string
	// Detail is for whoever debugs lectern, not for the author: the
	// stack of a panic turned into this diagnostic (see Panicked). String
	// leaves it out; lectern build --debug prints it.
	Detail string
}

// String formats d as "file:line:col: message" for errors and
// "file:line:col: warning: message" for warnings, with control characters
// of the file name and message escaped by Escape: this is the text the
// terminal prints and the preview's overlay shows, and both must show a
// name holding an escape sequence as text, never act on it.
func (d Diag) String() string {
	var b strings.Builder
	if p := d.Pos.String(); p != "" {
		b.WriteString(Escape(p))
		b.WriteString(": ")
	}
	if d.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(Escape(d.Msg))
	return b.String()
}

// Error makes Diag usable as an error value.
func (d Diag) Error() string { return d.String() }

// Errorf returns an error diagnostic at pos.
func Errorf(pos Pos, format string, args ...any) Diag {
	return Diag{Pos: pos, Severity: Error, Msg: fmt.Sprintf(format, args...)}
}

// Warnf returns a warning diagnostic at pos.
func Warnf(pos Pos, format string, args ...any) Diag {
	return Diag{Pos: pos, Severity: Warning, Msg: fmt.Sprintf(format, args...)}
}

// List is a collection of diagnostics. The zero value is an empty list ready
// to use. Lists are not safe for concurrent use; workers keep their own and
// the caller merges them with Append.
type List []Diag

// Add appends d to the list.
func (l *List) Add(d Diag) { *l = append(*l, d) }

// Errorf appends an error at pos.
func (l *List) Errorf(pos Pos, format string, args ...any) {
	l.Add(Errorf(pos, format, args...))
}

// Warnf appends a warning at pos.
func (l *List) Warnf(pos Pos, format string, args ...any) {
	l.Add(Warnf(pos, format, args...))
}

// Append appends every diagnostic of other.
func (l *List) Append(other List) { *l = append(*l, other...) }

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns the error diagnostics only, in list order.
func (l List) Errors() List {
	return l.filter(Error)
}

// Warnings returns the warning diagnostics only, in list order.
func (l List) Warnings() List {
	return l.filter(Warning)
}

func (l List) filter(s Severity) List {
	var out List
	for _, d := range l {
		if d.Severity == s {
			out = append(out, d)
		}
	}
	return out
}

// Sorted returns a copy of the list ordered by file, line, column, severity
// and message, with exact duplicates removed, so that output is the same
// from one run to the next whatever order the workers finished in.
func (l List) Sorted() List {
	out := slices.Clone(l)
	slices.SortStableFunc(out, compare)
	return slices.CompactFunc(out, func(a, b Diag) bool { return a == b })
}

func compare(a, b Diag) int {
	return cmp.Or(
		cmp.Compare(a.Pos.File, b.Pos.File),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Col, b.Pos.Col),
		cmp.Compare(a.Severity, b.Severity),
		cmp.Compare(a.Msg, b.Msg),
	)
}

// Strings returns each diagnostic of the sorted list formatted by
// Diag.String: the lines the terminal prints and the overlay shows.
func (l List) Strings() []string {
	sorted := l.Sorted()
	out := make([]string, len(sorted))
	for i, d := range sorted {
		out[i] = d.String()
	}
	return out
}

// Err returns the list as an error, or nil when it holds no error
// diagnostics. Warnings alone never make an error.
func (l List) Err() error {
	if !l.HasErrors() {
		return nil
	}
	return ErrorList(l.Errors().Sorted())
}

// ErrorList is the error returned by List.Err; its message has one
// diagnostic per line.
type ErrorList List

// Error joins the diagnostics with newlines.
func (e ErrorList) Error() string {
	return strings.Join(List(e).Strings(), "\n")
}
