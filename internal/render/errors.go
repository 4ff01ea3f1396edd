package render

import (
	"errors"
	"html/template"
	"regexp"
	"strconv"
	"strings"

	"lectern/internal/diag"
)

// templatePos matches the position that text/template and html/template
// put at the start of their errors: "template: talk.html:12: …",
// "template: talk.html:12:5: executing …" or "html/template:talk.html:3:9: …".
var templatePos = regexp.MustCompile(`(?s)^(?:html/)?template: ?([^:\s]+):(\d+)(?::(\d+))?: (.*)$`)

// escaperState matches the dumps of html/template's internal parser state
// ("{stateURL delimDoubleQuote …}") in escaping errors, which say nothing
// to a theme's author.
var escaperState = regexp.MustCompile(`:? ?\{state[^}]*\}(, \{state[^}]*\})*`)

// partialCallError is what text/template puts before the error of the
// partial function.
const partialCallError = "error calling partial: "

func asTemplateError(err error, target **template.Error) bool {
	return errors.As(err, target)
}

// templateError turns a template error into a diagnostic at the template
// file's line and column. name is the template that was run, used when
// the error carries no position; page, when set, names the content the
// template was rendering; hint says how to fix it.
func (r *Renderer) templateError(err error, name, page, hint string) diag.Diag {
	msg := err.Error()
	// An error in a template run by the partial function is reported
	// where it is, not where the partial was called.
	if i := strings.LastIndex(msg, partialCallError); i >= 0 {
		msg = msg[i+len(partialCallError):]
	}
	pos := diag.Pos{File: r.theme.LayoutFile(name)}
	if m := templatePos.FindStringSubmatch(msg); m != nil {
		pos.File = r.theme.LayoutFile(m[1])
		pos.Line, _ = strconv.Atoi(m[2])
		pos.Col, _ = strconv.Atoi(m[3])
		msg = m[4]
	}
	msg = escaperState.ReplaceAllString(msg, "")
	if page != "" {
		msg = "rendering " + page + ": " + msg
	}
	return diag.Errorf(pos, "%s; %s", msg, hint)
}
