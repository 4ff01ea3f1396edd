package render

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"lectern/themes"
)

// siteTheme is the default theme with files of the site's layouts/ and
// static/ laid over it.
func siteTheme(t *testing.T, files map[string]string) themes.Theme {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	th, err := themes.Resolve(fsys, "")
	if err != nil {
		t.Fatal(err)
	}
	return th
}

func TestTemplateErrors(t *testing.T) {
	tests := []struct {
		name  string
		theme themes.Theme
		want  []string
	}{
		{
			name:  "parse error in a site override",
			theme: siteTheme(t, map[string]string{"layouts/talk.html": "{{define \"main\"}}\n<h1>{{.Page.Title}}</h1>\n{{if}}\n{{end}}\n"}),
			want:  []string{"layouts/talk.html:3: missing value for if; fix the template's syntax"},
		},
		{
			name:  "unknown function in a partial",
			theme: siteTheme(t, map[string]string{"layouts/partials/footer.html": "<footer>\n  {{shout .Site.Config.Title}}\n</footer>\n"}),
			want:  []string{`layouts/partials/footer.html:2: function "shout" not defined; fix the template's syntax`},
		},
		{
			name:  "escaping error",
			theme: siteTheme(t, map[string]string{"layouts/page.html": "{{define \"main\"}}\n<a {{if .Page}}href=\"{{else}}title=\"{{end}}x\">y</a>\n{{end}}\n"}),
			want:  []string{`layouts/page.html:2:8: {{if}} branches end in different contexts; fix the template so that every value lands in a well-defined HTML context`},
		},
		{
			name: "error in the theme itself",
			theme: themes.Theme{Layouts: themes.NewOverlay(themes.Layer{
				FS:     fstest.MapFS{"base.html": {Data: []byte("<p>\n{{range}}</p>\n")}},
				Origin: "themes/default/layouts",
			})},
			want: []string{"themes/default/layouts/base.html:2: missing value for range; fix the template's syntax"},
		},
		{
			name: "missing layouts",
			theme: themes.Theme{Layouts: themes.NewOverlay(themes.Layer{
				FS:     fstest.MapFS{"base.html": {Data: []byte("{{block \"main\" .}}{{end}}")}, "talk.html": {Data: []byte("{{define \"main\"}}x{{end}}")}},
				Origin: "themes/mine/layouts",
			})},
			want: []string{
				"themes/mine/layouts/404.html: layout 404.html is missing: the theme must have one template per kind of page; copy it from lectern's default theme",
				"themes/mine/layouts/event.html: layout event.html is missing: the theme must have one template per kind of page; copy it from lectern's default theme",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, diags := New(tt.theme, Options{})
			if r != nil {
				t.Error("New returned a Renderer with errors")
			}
			got := diags.Strings()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("diagnostics lack\n%s\ngot\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}

func TestExecutionError(t *testing.T) {
	th := siteTheme(t, map[string]string{"layouts/talk.html": "{{define \"main\"}}\n<h1>{{.Page.Title}}</h1>\n<p>{{.Page.Nope}}</p>\n{{end}}\n"})
	r, diags := New(th, Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	jobs, _ := r.Jobs(fixture())
	var talk Job
	for _, j := range jobs {
		if j.Path == "talks/taking-django-distributed/index.html" {
			talk = j
		}
	}
	_, diags = talk.Render()
	want := []string{`layouts/talk.html:3:10: rendering content/talks/taking-django-distributed.md: executing "main" at <.Page.Nope>: can't evaluate field Nope in type *view.Page; check the names used against the template data described in docs/themes.md`}
	if got := diags.Strings(); !slices.Equal(got, want) {
		t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSyntaxOverride(t *testing.T) {
	th := siteTheme(t, map[string]string{"static/css/syntax.css": "pre { color: green }\n"})
	outs := renderAll(t, th, fixture())
	if got := string(outs["css/syntax.css"].Body); got != "pre { color: green }\n" {
		t.Errorf("css/syntax.css = %q, want the site's", got)
	}
}

func TestOverride(t *testing.T) {
	th := siteTheme(t, map[string]string{
		"layouts/partials/footer.html": `<footer class="mine">{{.Site.Config.Title}}</footer>`,
		"static/css/main.css":          "body { color: red }\n",
		"static/images/logo.png":       "PNG",
	})
	outs := renderAll(t, th, fixture())
	if got := string(outs["css/main.css"].Body); got != "body { color: red }\n" {
		t.Errorf("css/main.css = %q, want the site's", got)
	}
	if got := outs["images/logo.png"].MediaType; got != "image/png" {
		t.Errorf("images/logo.png media type = %q", got)
	}
	if !strings.Contains(string(outs["css/syntax.css"].Body), ".chroma .k {") {
		t.Error("css/syntax.css is not the markdown stage's highlighting")
	}
	home := string(outs["index.html"].Body)
	if !strings.Contains(home, `<footer class="mine">DjangoCon Notes</footer>`) {
		t.Error("the footer override is not used")
	}
	if !strings.Contains(home, `<a class="skip-link" href="#main">`) {
		t.Error("the rest of the theme is gone")
	}
	jobs, _ := mustNew(t, th).Jobs(fixture())
	for _, j := range jobs {
		if j.Path == "css/main.css" && !slices.Equal(j.Sources, []string{"static/css/main.css"}) {
			t.Errorf("css/main.css sources = %q, want the site's file", j.Sources)
		}
	}
}

// A page template with content outside {{define}} is a whole page.
func TestStandaloneTemplate(t *testing.T) {
	th := siteTheme(t, map[string]string{"layouts/404.html": "<!doctype html><title>Lost</title><p>{{.Site.Config.Title}}</p>\n"})
	outs := renderAll(t, th, fixture())
	if got, want := string(outs["404.html"].Body), "<!doctype html><title>Lost</title><p>DjangoCon Notes</p>\n"; got != want {
		t.Errorf("404.html = %q, want %q", got, want)
	}
}

func mustNew(t *testing.T, th themes.Theme) *Renderer {
	t.Helper()
	r, diags := New(th, Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	return r
}
