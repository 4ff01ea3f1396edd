package serve

import (
	"bytes"
	"html/template"
	"net/http"
	"strings"
)

// failedPage is what every page shows while no version of the site has
// built: the lines the terminal and the overlay show, and live.js, which
// keeps the list up to date and reloads the page once the site builds.
var failedPage = template.Must(template.New("failed").Funcs(template.FuncMap{
	"warning": func(line string) bool { return strings.Contains(line, ": warning: ") },
}).Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>lectern: the site did not build</title>
<style>
body{margin:0;background:#2b2b2b;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
main{margin:6vh auto;max-width:70rem;width:92vw;background:#1e1e1e;color:#f3f3f3;border-top:6px solid #e5484d;border-radius:6px;padding:1.25rem 1.5rem;box-sizing:border-box}
h1{font:600 1.1rem/1.3 system-ui,sans-serif;margin:0 0 .25rem;color:#ff8589}
p{font:.9rem/1.4 system-ui,sans-serif;margin:0 0 1rem;color:#c8c8c8}
ol{margin:0;padding:0;list-style:none}
li{white-space:pre-wrap;word-break:break-word;padding:.4rem 0;border-top:1px solid #333}
li.warning{color:#f5d67b}
</style>
</head>
<body>
<main id="lectern-build-failed" role="alert">
<h1>lectern: the site did not build</h1>
<p>No version of the site has built yet, so there is no page to show. Fix the file and save: this page reloads by itself.</p>
<ol>
{{- range .}}
<li{{if warning .}} class="warning"{{end}}>{{.}}</li>
{{- end}}
</ol>
</main>
</body>
</html>
`))

// buildFailed answers a page request while no build has succeeded, with
// status 500 and the failing build's lines.
func (s *Server) buildFailed(w http.ResponseWriter, r *http.Request, lines []string) {
	var b bytes.Buffer
	failedPage.Execute(&b, lines) // the template cannot fail on a []string
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusInternalServerError)
	if r.Method != http.MethodHead {
		w.Write(inject(b.Bytes(), s.buildID()))
	}
}
