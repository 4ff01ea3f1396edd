package render

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"weak"

	"lectern/internal/site"
	"lectern/internal/view"
	"lectern/themes"
)

// TestPagesGetTheSiteTheirTemplatesRead checks that a page whose
// templates read no list of the site is given its chrome only, which
// holds no entry, while one whose templates do, or read the taxonomies
// or the whole event, is given them, as a build (Stream) and the preview
// (Run) write it.
func TestPagesGetTheSiteTheirTemplatesRead(t *testing.T) {
	s := fixture()
	var talk *site.Page
	for _, p := range s.Talks {
		if p.Event != nil && !p.Doc.Hidden {
			talk = p
			break
		}
	}
	if talk == nil || len(s.Talks) == 0 || len(taxonomies(s)) == 0 {
		t.Fatal("the fixture has no talk of an event, or no taxonomy: the test shows nothing")
	}
	for _, tc := range []struct {
		name, main string
		want       func() string
	}{
		{"the site's talks", `{{len .Site.Talks}}`, func() string { return fmt.Sprint(len(s.Talks)) }},
		{"the site's speakers in a partial", `{{partial "partials/n.html" .}}`, func() string { return fmt.Sprint(len(s.Speakers)) }},
		{"the taxonomies", `{{len .Taxonomies}}`, func() string { return fmt.Sprint(len(taxonomies(s))) }},
		{"the terms' names", `{{range .Taxonomies}}{{range .Terms}}{{.Name}};{{end}}{{end}}`, func() string { return termsText(s, func(*site.Term) string { return "" }) }},
		{"the terms' counts", `{{range .Taxonomies}}{{range .Terms}}{{.Name}}{{.Count}};{{end}}{{end}}`, func() string {
			return termsText(s, func(t *site.Term) string { return fmt.Sprint(len(visible(t.Pages))) })
		}},
		{"the terms' pages", `{{range .Taxonomies}}{{range .Terms}}{{.Name}}{{len .Pages}};{{end}}{{end}}`, func() string { return termsText(s, func(t *site.Term) string { return fmt.Sprint(len(t.Pages)) }) }},
		{"the whole event", `{{with .Event}}{{len .Talks}}{{end}}`, func() string { return fmt.Sprint(len(talk.Event.Talks)) }},
		{"the chrome", `{{.Site.TalkCount}}`, func() string { return fmt.Sprint(len(listedTalks(s))) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := siteTheme(t, map[string]string{
				"layouts/talk.html":       tc.main,
				"layouts/partials/n.html": `{{len .Site.Speakers}}`,
			})
			want := tc.want()
			for _, stream := range []bool{false, true} {
				out := renderJobs(t, th, s, stream)[pageOutput(talk)]
				if got := string(out.Body); got != want {
					t.Errorf("stream %v: the talk page reads %q, want %q", stream, got, want)
				}
			}
		})
	}
	// The default theme's pages read the chrome only.
	r := mustNew(t, themes.Default())
	jobs, _ := r.Jobs(s)
	b := jobs[0].built
	for _, kind := range []Kind{KindTalk, KindHome, KindSpeaker, KindTerm} {
		d := b.base(kind, "/")
		if d.Site.Talks != nil || d.Site.Speakers != nil || d.Site.Pages != nil {
			t.Errorf("%s: the default theme's page is given the site's lists", kind)
		}
		if d.Site.TalkCount == 0 || d.Site.Config.Title == "" {
			t.Errorf("%s: the chrome lacks its counts or title", kind)
		}
	}
	// Its home lists the taxonomies by name: no term holds its pages,
	// which would be an entry of every page of the site at once.
	home := b.base(KindHome, "/")
	if len(home.Taxonomies) == 0 {
		t.Fatal("the default theme's home is given no taxonomies: the test shows nothing")
	}
	for _, tax := range home.Taxonomies {
		for _, term := range tax.Terms {
			if term.Pages != nil || term.Name == "" || term.URL == "" {
				t.Errorf("the home's term %q of %s holds %d pages, or lacks its name or link", term.Name, tax.Name, len(term.Pages))
			}
		}
	}
}

// termsText is what a template ranging over the terms of the taxonomies
// of s writes: each term's name, then what of it, then ";".
func termsText(s *site.Site, what func(*site.Term) string) string {
	var b strings.Builder
	for _, tax := range taxonomies(s) {
		for _, t := range tax.Terms {
			b.WriteString(t.Name + what(t) + ";")
		}
	}
	return b.String()
}

// renderJobs renders every job of s with theme, through Stream when
// stream is set, else through Run.
func renderJobs(t *testing.T, theme themes.Theme, s *site.Site, stream bool) map[string]Output {
	t.Helper()
	r := mustNew(t, theme)
	jobs, diags := r.Jobs(s)
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	var mu sync.Mutex
	out := map[string]Output{}
	emit := func(o Output) error {
		mu.Lock()
		defer mu.Unlock()
		o.Body = bytes.Clone(o.Body)
		out[o.Path] = o
		return nil
	}
	if stream {
		diags = r.Stream(context.Background(), jobs, emit)
	} else {
		diags = r.Run(context.Background(), jobs, emit)
	}
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	return out
}

// TestStreamLetsViewsGo checks that a build's views do not outlive the
// jobs showing them: once Stream is done, the entry made for every page
// a list shows, which the views of people, terms and events held too,
// is garbage, though the jobs' view.Builder is still reachable; and that
// the outputs are those of Run, which lets nothing go.
func TestStreamLetsViewsGo(t *testing.T) {
	s := fixture()
	r := mustNew(t, themes.Default())
	jobs, diags := r.Jobs(s)
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	views := jobs[0].built.views
	listed := map[*site.Page]bool{}
	for _, j := range jobs {
		for _, p := range j.lists {
			listed[p] = true
		}
	}
	var mu sync.Mutex
	made := map[*site.Page]weak.Pointer[view.Entry]{}
	out := map[string][]byte{}
	diags = r.Stream(context.Background(), jobs, func(o Output) error {
		mu.Lock()
		defer mu.Unlock()
		out[o.Path] = bytes.Clone(o.Body)
		for p := range listed {
			if e := views.Made(p); e != nil {
				if _, ok := made[p]; !ok {
					made[p] = weak.Make(e)
				}
			}
		}
		return nil
	})
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	if len(made) == 0 {
		t.Fatal("no job made an entry: the test shows nothing")
	}
	runtime.GC()
	runtime.GC()
	for p, w := range made {
		if w.Value() != nil {
			t.Errorf("%s: its entry is still held after every job showing it was written", p.URL)
		}
	}
	runtime.KeepAlive(views)
	want := renderJobs(t, themes.Default(), fixture(), false)
	for path, body := range want {
		if !bytes.Equal(out[path], body.Body) {
			t.Errorf("%s: Stream wrote other bytes than Run", path)
		}
	}
}
