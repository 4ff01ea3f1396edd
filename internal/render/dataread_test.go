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

// TestTermPagesReadByTemplates: a page reading .Taxonomies reads the
// taxonomies' key, which covers their terms' names, links and counts;
// it reads the site's key only when its templates may read the terms'
// pages, or hand a taxonomy or term on whole to what may read them.
func TestTermPagesReadByTemplates(t *testing.T) {
	for _, tc := range []struct {
		name       string
		files      map[string]string
		taxonomies bool
		pages      bool
	}{
		{"the default theme", nil, false, false},
		{"a list of terms", talkMain(`{{range .Taxonomies}}<h2>{{.Title}}</h2>{{range .Terms}}<a href="{{relURL .URL}}">{{.Name}}</a>{{end}}{{end}}`), true, false},
		{"a tag cloud, with counts", talkMain(`{{range .Taxonomies}}{{range .Terms}}{{.Name}} {{.Count}}{{end}}{{end}}`), true, true},
		{"how many terms", talkMain(`{{range .Taxonomies}}{{len .Terms}}{{end}}`), true, false},
		{"tested", talkMain(`{{if .Taxonomies}}x{{end}}`), true, false},
		{"a name piped", talkMain(`{{range .Taxonomies}}{{.Name | printf "%s"}}{{end}}`), true, false},
		{"the terms' pages", talkMain(`{{range .Taxonomies}}{{range .Terms}}{{range .Pages}}{{.Title}}{{end}}{{end}}{{end}}`), true, true},
		{"the pages through with", talkMain(`{{with index .Taxonomies 0}}{{.Name}}{{end}}`), true, true},
		{"a term printed", talkMain(`{{range .Taxonomies}}{{range .Terms}}{{.}}{{end}}{{end}}`), true, true},
		{"the terms given to a function", talkMain(`{{range .Taxonomies}}{{printf "%v" .Terms}}{{end}}`), true, true},
		{"the terms piped to a function", talkMain(`{{range .Taxonomies}}{{.Terms | printf "%v"}}{{end}}`), true, true},
		{"a taxonomy in a variable", talkMain(`{{range $t := .Taxonomies}}{{$t.Name}}{{end}}`), true, true},
		{"the taxonomies printed", talkMain(`{{.Taxonomies}}`), true, true},
		{"a template given a taxonomy", map[string]string{"layouts/talk.html": `{{define "main"}}{{range .Taxonomies}}{{template "x" .}}{{end}}{{end}}{{define "x"}}{{.Name}}{{end}}`}, true, true},
		{"a partial given the terms", talkMain(`{{range .Taxonomies}}{{partial "partials/x.html" .Terms}}{{end}}`), true, true},
		{"a chain on a term", talkMain(`{{range .Taxonomies}}{{(index .Terms 0).Name}}{{end}}`), true, true},
		{"through $", talkMain(`{{with .Page}}{{range $.Taxonomies}}{{range .Terms}}{{.Pages}}{{end}}{{end}}{{end}}`), true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reads := talkReads(t, tc.files).reads["talk.html"]
			if reads.taxonomies != tc.taxonomies || reads.termPages != tc.pages {
				t.Errorf("talk.html reads the taxonomies %v and their pages %v, want %v and %v", reads.taxonomies, reads.termPages, tc.taxonomies, tc.pages)
			}
		})
	}
}

// TestTaxonomyTermsReadByTemplates: a term page reads the keys of the
// other terms of its taxonomy only when its templates may read
// .Taxonomy's terms, and the site's key when they may read the terms'
// pages; the taxonomy's own names and link are the chrome's.
func TestTaxonomyTermsReadByTemplates(t *testing.T) {
	termMain := func(body string) map[string]string {
		return map[string]string{"layouts/term.html": `{{define "main"}}` + body + `{{end}}`}
	}
	for _, tc := range []struct {
		name         string
		files        map[string]string
		terms, pages bool
	}{
		{"the default theme", nil, false, false},
		{"the taxonomy's title and link", termMain(`<a href="{{relURL .Taxonomy.URL}}">{{.Taxonomy.Title}}</a>{{if eq .Taxonomy.Name "tags"}}x{{end}}`), false, false},
		{"the other terms", termMain(`{{range .Taxonomy.Terms}}<a href="{{relURL .URL}}">{{.Name}}</a> {{.Count}}{{end}}`), true, false},
		{"the other terms' pages", termMain(`{{range .Taxonomy.Terms}}{{range .Pages}}{{.Title}}{{end}}{{end}}`), true, true},
		{"the taxonomy handed on", termMain(`{{printf "%v" .Taxonomy}}`), true, true},
		{"the taxonomy as dot, its terms printed", termMain(`{{with .Taxonomy}}{{.Terms}}{{end}}`), true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reads := talkReads(t, tc.files).reads["term.html"]
			if reads.taxonomyTerms != tc.terms || reads.taxonomyPages != tc.pages {
				t.Errorf("term.html reads the taxonomy's terms %v and their pages %v, want %v and %v", reads.taxonomyTerms, reads.taxonomyPages, tc.terms, tc.pages)
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
		if reads.termPages || reads.taxonomyPages {
			t.Errorf("%s reads the pages of the terms of .Taxonomies or .Taxonomy", name)
		}
	}
}

// TestLaterPagesReadLess: what a paginated page's template shows on its
// first page alone ({{if eq .Pager.Number 1}}, or ne, either way round,
// through dot or $) is not read by the pages after it, so that an edit
// of it renders page 1 again and leaves the others; any other test of
// the page number is read on every page. The default theme's home page
// shows the taxonomies on its first page alone.
func TestLaterPagesReadLess(t *testing.T) {
	homeMain := func(body string) map[string]string {
		return map[string]string{"layouts/home.html": `{{define "main"}}` + body + `{{end}}`}
	}
	const terms = `{{range .Taxonomies}}{{.Title}}{{end}}`
	for _, tc := range []struct {
		name         string
		files        map[string]string
		first, later bool
	}{
		{"the default theme", nil, true, false},
		{"on the first page", homeMain(`{{if eq .Pager.Number 1}}` + terms + `{{end}}`), true, false},
		{"the other way round", homeMain(`{{if eq 1 .Pager.Number}}` + terms + `{{end}}`), true, false},
		{"through $", homeMain(`{{with .Pager}}{{if eq $.Pager.Number 1}}{{range $.Taxonomies}}{{.Title}}{{end}}{{end}}{{end}}`), true, false},
		{"on the pages after it", homeMain(`{{if ne .Pager.Number 1}}` + terms + `{{end}}`), true, true},
		{"in the else of the first", homeMain(`{{if eq .Pager.Number 1}}x{{else}}` + terms + `{{end}}`), true, true},
		{"on the second page", homeMain(`{{if eq .Pager.Number 2}}` + terms + `{{end}}`), true, true},
		{"on every page", homeMain(terms), true, true},
		{"tested with more", homeMain(`{{if and (eq .Pager.Number 1) true}}` + terms + `{{end}}`), true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := talkReads(t, tc.files)
			if got := r.readsOn(KindHome, 1).taxonomies; got != tc.first {
				t.Errorf("page 1 reads the taxonomies %v, want %v", got, tc.first)
			}
			if got := r.readsOn(KindHome, 2).taxonomies; got != tc.later {
				t.Errorf("page 2 reads the taxonomies %v, want %v", got, tc.later)
			}
		})
	}
}
