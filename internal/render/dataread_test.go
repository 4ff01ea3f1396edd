package render

import "testing"

// TestWholeEventReadByTemplates: a talk page reads its event's key
// exactly when its templates may read .Event, the whole event; a field
// named Event of anything else (.Page.Event, an entry's) is not it.
func TestWholeEventReadByTemplates(t *testing.T) {
	main := func(body string) map[string]string {
		return map[string]string{"layouts/talk.html": `{{define "main"}}` + body + `{{end}}`}
	}
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  bool
	}{
		{"the default theme", nil, false},
		{"the page's event reference", main(`{{with .Page}}{{with .Event}}{{.Name}}{{end}}{{end}}`), false},
		{"a listed entry's event", main(`{{range .Pages}}{{.Event.Name}}{{end}}`), false},
		{"a partial given the page", main(`{{partial "partials/x.html" .Page}}`), false},
		{"a template given the page", map[string]string{"layouts/talk.html": `{{define "main"}}{{template "x" .Page}}{{end}}{{define "x"}}{{.Event.Name}}{{end}}`}, false},
		{"the Data tested", main(`{{if .}}yes{{end}}`), false},
		{"the event's talks", main(`{{range .Event.Talks}}{{.URL}}{{end}}`), true},
		{"the event through $", main(`{{with .Page}}{{$.Event.Name}}{{end}}`), true},
		{"the event of a variable", main(`{{$d := .}}{{with .Page}}{{$d.Event.Name}}{{end}}`), true},
		{"the event tested", main(`{{if .Event}}x{{end}}`), true},
		{"the event of a chain", main(`{{(.).Event.Name}}`), true},
		{"with the Data", main(`{{with $}}{{.Event.Name}}{{end}}`), true},
		{"a template given the Data", map[string]string{"layouts/talk.html": `{{define "main"}}{{template "x" .}}{{end}}{{define "x"}}{{with .Event}}{{.Name}}{{end}}{{end}}`}, true},
		{"a partial given the Data", map[string]string{
			"layouts/talk.html":       `{{define "main"}}{{partial "partials/x.html" .}}{{end}}`,
			"layouts/partials/x.html": `{{.Event.Name}}`,
		}, true},
		{"a partial of a name not known", main(`{{partial (printf "partials/%s.html" "x") .}}`), true},
		{"a partial named by the event", main(`{{partial (printf "partials/%s.html" .Event.Slug) .Page}}`), true},
		{"the Data printed", main(`{{.}}`), true},
		{"the Data given to a function", main(`{{printf "%v" .}}`), true},
		{"the Data piped to a function", main(`{{. | printf "%v"}}`), true},
		{"the base layout", map[string]string{"layouts/base.html": `{{.Event.Name}}{{block "main" .}}{{end}}`}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, diags := New(siteTheme(t, tc.files), Options{})
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			if got := r.wholeEvent["talk.html"]; got != tc.want {
				t.Errorf("talk.html reads the whole event: %v, want %v", got, tc.want)
			}
		})
	}
}
