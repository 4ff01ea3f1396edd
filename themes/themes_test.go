package themes

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestOverlay(t *testing.T) {
	upper := fstest.MapFS{
		"talk.html":            {Data: []byte("site talk")},
		"partials/extra.html":  {Data: []byte("site extra")},
		"partials/head.html":   {Data: []byte("site head")},
		"only-upper/file.html": {Data: []byte("u")},
	}
	lower := fstest.MapFS{
		"talk.html":          {Data: []byte("theme talk")},
		"note.html":          {Data: []byte("theme note")},
		"partials/head.html": {Data: []byte("theme head")},
		"partials/foot.html": {Data: []byte("theme foot")},
	}
	o := NewOverlay(Layer{FS: upper, Origin: "layouts"}, Layer{FS: lower, Origin: "themes/default/layouts"})

	t.Run("read", func(t *testing.T) {
		for name, want := range map[string]string{
			"talk.html":          "site talk",
			"note.html":          "theme note",
			"partials/head.html": "site head",
			"partials/foot.html": "theme foot",
		} {
			got, err := fs.ReadFile(o, name)
			if err != nil || string(got) != want {
				t.Errorf("ReadFile(%q) = %q, %v; want %q", name, got, err, want)
			}
		}
	})
	t.Run("origin", func(t *testing.T) {
		for name, want := range map[string]string{
			"talk.html":          "layouts/talk.html",
			"note.html":          "themes/default/layouts/note.html",
			"partials/foot.html": "themes/default/layouts/partials/foot.html",
			"missing.html":       "layouts/missing.html",
		} {
			if got := o.Origin(name); got != want {
				t.Errorf("Origin(%q) = %q, want %q", name, got, want)
			}
		}
	})
	t.Run("walk", func(t *testing.T) {
		var got []string
		err := fs.WalkDir(o, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			got = append(got, name)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{".", "note.html", "only-upper", "only-upper/file.html", "partials", "partials/extra.html", "partials/foot.html", "partials/head.html", "talk.html"}
		if !slices.Equal(got, want) {
			t.Errorf("WalkDir visited\n%q\nwant\n%q", got, want)
		}
	})
	t.Run("fstest", func(t *testing.T) {
		if err := fstest.TestFS(o, "talk.html", "note.html", "partials/head.html", "partials/foot.html", "partials/extra.html", "only-upper/file.html"); err != nil {
			t.Error(err)
		}
	})
	t.Run("missing", func(t *testing.T) {
		_, err := o.Open("nope.html")
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Open(nope.html) error = %v, want fs.ErrNotExist", err)
		}
	})
	t.Run("file hides folder", func(t *testing.T) {
		o := NewOverlay(Layer{FS: fstest.MapFS{"x": {Data: []byte("file")}}}, Layer{FS: fstest.MapFS{"x/y": {Data: []byte("y")}}})
		if _, err := fs.ReadDir(o, "x"); err == nil {
			t.Error("ReadDir(x) succeeded through a file of the upper layer")
		}
	})
}

func TestResolve(t *testing.T) {
	site := fstest.MapFS{
		"layouts/talk.html":             {Data: []byte("site talk")},
		"static/css/main.css":           {Data: []byte("body{}")},
		"themes/dark/layouts/note.html": {Data: []byte("dark note")},
		"themes/dark/static/css/x.css":  {Data: []byte("x")},
		"themes/file":                   {Data: []byte("not a folder")},
	}
	tests := []struct {
		name       string
		theme      string
		file       string
		wantBody   string
		wantOrigin string
	}{
		{"default theme", "", "home.html", "", "themes/default/layouts/home.html"},
		{"site override of default", "default", "talk.html", "site talk", "layouts/talk.html"},
		{"named theme", "dark", "note.html", "dark note", "themes/dark/layouts/note.html"},
		{"site over named theme", "dark", "talk.html", "site talk", "layouts/talk.html"},
		{"named theme falls back to default", "dark", "home.html", "", "themes/default/layouts/home.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th, err := Resolve(site, tt.theme)
			if err != nil {
				t.Fatal(err)
			}
			body, err := fs.ReadFile(th.Layouts, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantBody != "" && string(body) != tt.wantBody {
				t.Errorf("body = %q, want %q", body, tt.wantBody)
			}
			if got := th.LayoutFile(tt.file); got != tt.wantOrigin {
				t.Errorf("LayoutFile = %q, want %q", got, tt.wantOrigin)
			}
		})
	}
	t.Run("static override", func(t *testing.T) {
		th, err := Resolve(site, "")
		if err != nil {
			t.Fatal(err)
		}
		body, err := fs.ReadFile(th.Static, "css/main.css")
		if err != nil || string(body) != "body{}" {
			t.Errorf("css/main.css = %q, %v; want the site's", body, err)
		}
		if got, want := th.StaticFile("css/main.css"), "static/css/main.css"; got != want {
			t.Errorf("StaticFile = %q, want %q", got, want)
		}
		if got, want := th.StaticFile("images/favicon.svg"), "themes/default/static/images/favicon.svg"; got != want {
			t.Errorf("StaticFile = %q, want %q", got, want)
		}
	})
	errs := []struct{ name, theme, want string }{
		{"missing", "light", `theme "light": folder themes/light/ not found in the site; create it with layouts/ and static/ inside, or remove theme from config.toml to use the built-in theme`},
		{"a file", "file", `theme "file": folder themes/file/ not found in the site; create it with layouts/ and static/ inside, or remove theme from config.toml to use the built-in theme`},
		{"a path", "../x", `theme "../x" is not a folder name; set theme in config.toml to the name of a folder under themes/, or remove it to use the built-in theme`},
	}
	for _, tt := range errs {
		t.Run("error/"+tt.name, func(t *testing.T) {
			_, err := Resolve(site, tt.theme)
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v\nwant %s", err, tt.want)
			}
		})
	}
}

func TestDefaultHasEveryLayout(t *testing.T) {
	th := Default()
	for _, name := range []string{"base.html", "home.html", "talk.html", "note.html", "reading.html", "page.html", "event.html", "speaker.html", "speakers.html", "taxonomy.html", "term.html", "list.html", "reading-index.html", "404.html"} {
		if _, err := fs.Stat(th.Layouts, name); err != nil {
			t.Errorf("default theme lacks %s: %v", name, err)
		}
	}
	css, err := fs.ReadFile(th.Static, "css/main.css")
	if err != nil {
		t.Fatal(err)
	}
	// The theme must make no request to another host.
	for _, bad := range []string{"http://", "https://", "@import"} {
		if strings.Contains(string(css), bad) {
			t.Errorf("css/main.css contains %q", bad)
		}
	}
}
