package data

import (
	"path"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// scriptData reads an Eleventy global data file written in JavaScript
// (_data/speakers.js) when it exports a literal (see
// content.DecodeScriptData). One that exports what only running it gives
// (records fetched from an API, read from another file, computed) is
// left out; when its name says it holds records or a programme, with a
// warning at its export (none when it exports no data at all: named
// exports only, as helpers and Astro's modules write), as the site then shows fewer speakers or talks
// than its author's. Other such files are most often helpers (the
// year, the environment), left out without a word.
func (o Options) scriptData(f file, src []byte, diags *diag.List) (*content.Value, bool) {
	v, at, ok := content.DecodeScriptData(f.name, src)
	if ok {
		return v, true
	}
	if _, isRecords := nameKind(f.rel); at.Line > 0 && (isRecords || isScheduleFile(f.rel)) {
		diags.Warnf(at, "%s exports data made by code (fetched, read from another file or computed), which lectern does not run, so the site has none of it; write it as a literal (module.exports = [ … ]) or keep it in %s.json", path.Base(f.rel), stem(f.rel))
	}
	return nil, false
}
