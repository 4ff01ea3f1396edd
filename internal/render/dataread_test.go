package render

import (
	"testing"

	"lectern/themes"
)

// TestWholeEventReadByTemplates: a talk page reads its event's key
// exactly when its templates may read .Event, the whole event; a field
// named Event of anything else (.Page.Event, an entry's) is not it.
func TestWholeEventReadByTemplates(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  bool
	}{
		{"the default theme", nil, false},
		{"the page's event reference", talkMain(`{{with .Page}}{{with .Event}}{{.Name}}{{end}}{{end}}`), false},
		{"a listed entry's event", talkMain(`{{range .Pages}}{{.Event.Name}}{{end}}`), false},
		{"a partial given the page", talkMain(`{{partial "partials/x.html" .Page}}`), false},
		{"a template given the page", map[string]string{"layouts/talk.html": `{{define "main"}}{{template "x" .Page}}{{end}}{{define "x"}}{{.Event.Name}}{{end}}`}, false},
		{"the Data tested", talkMain(`{{if .}}yes{{end}}`), false},
		{"the event's talks", talkMain(`{{range .Event.Talks}}{{.URL}}{{end}}`), true},
		{"the event through $", talkMain(`{{with .Page}}{{$.Event.Name}}{{end}}`), true},
		{"the event of a variable", talkMain(`{{$d := .}}{{with .Page}}{{$d.Event.Name}}{{end}}`), true},
		{"the event tested", talkMain(`{{if .Event}}x{{end}}`), true},
		{"the event of a chain", talkMain(`{{(.).Event.Name}}`), true},
		{"with the Data", talkMain(`{{with $}}{{.Event.Name}}{{end}}`), true},
		{"a template given the Data", map[string]string{"layouts/talk.html": `{{define "main"}}{{template "x" .}}{{end}}{{define "x"}}{{with .Event}}{{.Name}}{{end}}{{end}}`}, true},
		{"a partial given the Data", map[string]string{
			"layouts/talk.html":       `{{define "main"}}{{partial "partials/x.html" .}}{{end}}`,
			"layouts/partials/x.html": `{{.Event.Name}}`,
		}, true},
		{"a partial of a name not known", talkMain(`{{partial (printf "partials/%s.html" "x") .}}`), true},
		{"a partial named by the event", talkMain(`{{partial (printf "partials/%s.html" .Event.Slug) .Page}}`), true},
		{"the Data printed", talkMain(`{{.}}`), true},
		{"the Data given to a function", talkMain(`{{printf "%v" .}}`), true},
		{"the Data piped to a function", talkMain(`{{. | printf "%v"}}`), true},
		{"the base layout", map[string]string{"layouts/base.html": `{{.Event.Name}}{{block "main" .}}{{end}}`}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := talkReads(t, tc.files).reads["talk.html"].wholeEvent; got != tc.want {
				t.Errorf("talk.html reads the whole event: %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSiteListsReadByTemplates: a page reads the site's key exactly when
// its templates may read a list of .Site (its talks, speakers, events,
// terms…) or hand .Site on; its chrome (title, menu, counts, links) has
// a key of its own.
func TestSiteListsReadByTemplates(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  bool
	}{
		{"the default theme", nil, false},
		{"the title and the menu", talkMain(`{{.Site.Config.Title}}{{range .Site.Menu}}{{.Name}}{{end}}`), false},
		{"counts and links through $", talkMain(`{{with .Page}}{{$.Site.TalkCount}}{{$.Site.SpeakersURL}}{{end}}`), false},
		{"a data file", talkMain(`{{.Site.Data.sponsors}}`), false},
		{"the site's talks", talkMain(`{{range .Site.Talks}}{{.Title}}{{end}}`), true},
		{"the site's speakers through a variable", talkMain(`{{$d := .}}{{with .Page}}{{len $d.Site.Speakers}}{{end}}`), true},
		{"the site's tags compared", talkMain(`{{if eq .Taxonomy .Site.Tags}}x{{end}}`), true},
		{"the site as dot", talkMain(`{{with .Site}}{{.Config.Title}}{{end}}`), true},
		{"the site given to a function", talkMain(`{{printf "%v" .Site}}`), true},
		{"a partial given the site", talkMain(`{{partial "partials/x.html" .Site}}`), true},
		{"a partial given the Data", map[string]string{
			"layouts/talk.html":       `{{define "main"}}{{partial "partials/x.html" .}}{{end}}`,
			"layouts/partials/x.html": `{{range .Site.Events}}{{.Name}}{{end}}`,
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := talkReads(t, tc.files).reads["talk.html"].siteLists; got != tc.want {
				t.Errorf("talk.html reads the site's lists: %v, want %v", got, tc.want)
			}
		})
	}
}

// talkMain is a theme whose talk page's main block is body.
func talkMain(body string) map[string]string {
	return map[string]string{"layouts/talk.html": `{{define "main"}}` + body + `{{end}}`}
}

// talkReads is the renderer of the default theme with files over it.
func talkReads(t *testing.T, files map[string]string) *Renderer {
	t.Helper()
	r, diags := New(siteTheme(t, files), Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return r
}

// TestDefaultThemeReadsSiteChromeOnly: no page template of the default
// theme reads the site's lists, which would render it again after
// every edit of any page; what it shows of other pages it is given.
func TestDefaultThemeReadsSiteChromeOnly(t *testing.T) {
	r := mustNew(t, themes.Default())
	if len(r.reads) == 0 {
		t.Fatal("no page template was looked at: the test shows nothing")
	}
	for name, reads := range r.reads {
		if reads.siteLists {
			t.Errorf("%s reads the site's lists", name)
		}
	}
}
