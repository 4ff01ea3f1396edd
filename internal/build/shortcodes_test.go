package build

import (
	"context"
	"strings"
	"testing"

	"lectern/internal/hangtest"
	"lectern/internal/layout"
)

// shortcodeSite is a Hugo conference site with shortcodes of its own in
// layouts/shortcodes/, and of its theme's, one of which the site's own
// replaces.
const shortcodeSite = "-- config.toml --\nbaseURL = \"https://conf.example.org/\"\ntitle = \"Conf\"\ntheme = \"summit\"\n" +
	"-- themes/summit/layouts/shortcodes/speakerlink.html --\n<a class=\"speaker\" href=\"/speakers/{{ .Get 0 }}/\">{{ .Get 1 }}</a>\n" +
	"-- themes/summit/layouts/shortcodes/button.html --\n<button>{{ .Inner }}</button>\n" +
	"-- layouts/shortcodes/button.html --\n<a class=\"btn\" href=\"{{ .Get \"href\" }}\">{{ .Inner }}</a>\n" +
	"-- layouts/shortcodes/rawhtml.html --\n{{ .Inner }}\n" +
	"-- content/talks/keynote.md --\n---\ntitle: Keynote\ndate: 2024-05-02T09:00:00\n---\n" +
	"Get {{< button href=\"https://tickets.example.org/\" >}}Tickets{{< /button >}} now.\n\n" +
	"With {{< speakerlink ada \"Ada Lovelace\" >}}.\n\n" +
	"{{< rawhtml >}}\n<div class=\"grid\"><img src=\"/a.png\" alt=\"A\"></div>\n{{< /rawhtml >}}\n"

// A Hugo site's own shortcodes are read from layouts/shortcodes/, and
// its theme's from themes/NAME/layouts/shortcodes/, the site's winning,
// and run in its pages, with no warning.
func TestSiteShortcodesBuild(t *testing.T) {
	read, diags := buildSite(t, shortcodeSite)
	if len(diags) != 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	page := read("talks/keynote/index.html")
	for _, want := range []string{`<a class="btn" href="https://tickets.example.org/">Tickets</a>`, `<div class="grid"><img src="/a.png" alt="A"></div>`,
		`<a class="speaker" href="/speakers/ada/">Ada Lovelace</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("the talk lacks %q: %.3000s", want, page)
		}
	}
}

// The preview follows the site's shortcodes as a full build does: a
// template edited, removed, added back.
func TestSiteShortcodesPreview(t *testing.T) {
	dir, s := startSession(t, shortcodeSite)
	steps := []struct {
		name, file, text string // text "" removes file
		shows            string
	}{
		{"edited", "layouts/shortcodes/button.html", "<a class=\"button-big\" href=\"{{ .Get \"href\" }}\">{{ .Inner }}</a>\n", `class="button-big"`},
		{"removed: the theme's", "layouts/shortcodes/button.html", "", "<button>Tickets</button>"},
		{"the theme's edited", "themes/summit/layouts/shortcodes/speakerlink.html", "<i>{{ .Get 1 }}</i>\n", "<i>Ada Lovelace</i>"},
		{"added", "layouts/shortcodes/button.html", "<b>{{ .Inner }}</b>\n", "<b>Tickets</b>"},
	}
	for _, st := range steps {
		if st.text == "" {
			remove(t, dir, st.file)
		} else {
			edit(t, dir, st.file, st.text)
		}
		_, diags := s.Rebuild(context.Background(), []string{st.file})
		if got := body(t, s, "talks/keynote/index.html"); !strings.Contains(got, st.shows) {
			t.Errorf("%s: the talk does not show %q: %.3000s", st.name, st.shows, got)
		}
		sameAsFullBuild(t, s, dir, diags)
	}
}

// A site's shortcode that loops without end does not hang the build or
// the preview: the build finishes, the call is shown as written, and one
// warning names the call and what stopped it.
func TestSiteShortcodeLoopBuild(t *testing.T) {
	site := "-- config.toml --\nbaseURL = \"https://conf.example.org/\"\ntitle = \"Conf\"\n" +
		"-- layouts/shortcodes/forever.html --\n{{ range $i := 100000000000 }}{{ end }}\n" +
		"-- content/talks/keynote.md --\n---\ntitle: Keynote\ndate: 2024-05-02T09:00:00\n---\nBefore.\n\n{{< forever >}}\n"
	var read func(string) string
	var diags []string
	hangtest.Within(t, "a build with a looping shortcode", func() { read, diags = buildSite(t, site) })
	want := `content/talks/keynote.md:7:1: warning: shortcode "forever" is the site's own (layouts/shortcodes/forever.html), which lectern cannot run: it runs more than 10000 loop turns or template calls`
	if len(diags) != 1 || !strings.HasPrefix(diags[0], want) {
		t.Errorf("diagnostics: %q, want one starting %q", diags, want)
	}
	if page := read("talks/keynote/index.html"); !strings.Contains(page, "{{&lt; forever >}}") {
		t.Errorf("the talk lacks the call as written: %.3000s", page)
	}

	// The preview: a template edited into a loop rebuilds, and one edited
	// back runs again.
	dir, s := startSession(t, shortcodeSite)
	for _, st := range []struct{ text, shows string }{
		{"{{ range $i := 100000000000 }}{{ end }}\n", "Tickets"},
		{"<b>{{ .Inner }}</b>\n", "<b>Tickets</b>"},
	} {
		edit(t, dir, "layouts/shortcodes/button.html", st.text)
		hangtest.Within(t, "a rebuild with a looping shortcode", func() {
			s.Rebuild(context.Background(), []string{"layouts/shortcodes/button.html"})
		})
		if got := body(t, s, "talks/keynote/index.html"); !strings.Contains(got, st.shows) {
			t.Errorf("the talk does not show %q: %.3000s", st.shows, got)
		}
	}
}

// A site's shortcode reading its page and site gets the page's front
// matter and the site's config: title, params, base URL, relURL.
func TestSiteShortcodePageBuild(t *testing.T) {
	site := "-- config.toml --\nbaseURL = \"https://conf.example.org/2024/\"\ntitle = \"Conf\"\n[params]\ntwitter = \"confhq\"\n" +
		"-- layouts/shortcodes/banner.html --\n<p class=\"banner\">{{ .Page.Title }} in {{ .Page.Params.sponsor }} ({{ .Page.Params.social.mastodon }}) · {{ .Site.Title }} @{{ .Site.Params.twitter }} <img src=\"{{ \"img/logo.png\" | relURL }}\" alt=\"\"></p>\n" +
		"-- content/talks/keynote.md --\n---\ntitle: Keynote\nsponsor: ACME\nSocial:\n  Mastodon: ada\ndate: 2024-05-02T09:00:00\n---\n{{< banner >}}\n"
	read, diags := buildSite(t, site)
	if len(diags) != 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	page := read("talks/keynote/index.html")
	for _, want := range []string{`<p class="banner">Keynote in ACME (ada) · Conf @confhq`, `<img src="/2024/img/logo.png"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the talk lacks %q: %.3000s", want, page)
		}
	}
}

// A site's shortcode calling a partial gets the site's own
// layouts/partials/NAME.html, else its theme's; the preview follows an
// edit of the partial as of the shortcode.
func TestSiteShortcodePartialBuild(t *testing.T) {
	site := "-- config.toml --\nbaseURL = \"https://conf.example.org/\"\ntitle = \"Conf\"\ntheme = \"summit\"\n" +
		"-- layouts/shortcodes/sponsor.html --\n{{ partial \"sponsor-card.html\" (dict \"name\" (.Get 0)) }}\n" +
		"-- themes/summit/layouts/partials/sponsor-card.html --\n<div class=\"theme-card\">{{ .name }}</div>\n" +
		"-- layouts/partials/sponsor-card.html --\n<div class=\"sponsor\">{{ partial \"logo\" . }}{{ .name }}</div>\n" +
		"-- themes/summit/layouts/partials/logo.html --\n<img src=\"/logos/{{ .name | urlize }}.png\" alt=\"\">\n" +
		"-- content/talks/keynote.md --\n---\ntitle: Keynote\ndate: 2024-05-02T09:00:00\n---\n{{< sponsor \"ACME Corp\" >}}\n"
	read, diags := buildSite(t, site)
	if len(diags) != 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	// The partial's file ends in a newline, which Hugo keeps too.
	want := "<div class=\"sponsor\"><img src=\"/logos/acme-corp.png\" alt>\nACME Corp</div>"
	if page := read("talks/keynote/index.html"); !strings.Contains(page, want) {
		t.Errorf("the talk lacks %q: %.3000s", want, page)
	}

	dir, s := startSession(t, site)
	edit(t, dir, "themes/summit/layouts/partials/logo.html", "<i>logo</i>\n")
	_, diags2 := s.Rebuild(context.Background(), []string{"themes/summit/layouts/partials/logo.html"})
	if got := body(t, s, "talks/keynote/index.html"); !strings.Contains(got, "<div class=\"sponsor\"><i>logo</i>\nACME Corp</div>") {
		t.Errorf("the edited partial is not shown: %.3000s", got)
	}
	sameAsFullBuild(t, s, dir, diags2)
}

// Hugo's template system of v0.146 keeps shortcodes in
// layouts/_shortcodes and partials in layouts/_partials, a theme's too;
// the new folder wins over the old one, and the preview watches both.
func TestSiteShortcodesNewFolders(t *testing.T) {
	site := "-- config.toml --\nbaseURL = \"https://conf.example.org/\"\ntitle = \"Conf\"\ntheme = \"summit\"\n" +
		"-- layouts/_shortcodes/doors.html --\n<aside class=\"note\">{{ partial \"box\" . }}</aside>\n" +
		"-- layouts/shortcodes/doors.html --\n<aside class=\"old\">{{ .Inner }}</aside>\n" +
		"-- themes/summit/layouts/_partials/box.html --\n<p>{{ .Inner }}</p>\n" +
		"-- content/talks/keynote.md --\n---\ntitle: Keynote\ndate: 2024-05-02T09:00:00\n---\n{{< doors >}}Doors at nine.{{< /doors >}}\n"
	read, diags := buildSite(t, site)
	if len(diags) != 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	want := `<aside class="note"><p>Doors at nine.</p>`
	if page := read("talks/keynote/index.html"); !strings.Contains(page, want) {
		t.Errorf("the talk lacks %q: %.3000s", want, page)
	}
	hugo := layout.Layout{Tool: layout.Hugo}
	for file, want := range map[string]bool{
		"layouts/_shortcodes/note.html": true, "layouts/shortcodes/note.html": true,
		"layouts/_partials/box.html": true, "layouts/partials/cards/a.html": true,
		"themes/summit/layouts/_shortcodes/a.html": true, "themes/summit/layouts/_partials/box.html": true,
		"themes/summit/layouts/partials/box.html": true, "themes/summit/layouts/shortcodes/a.html": true,
		"layouts/_default/single.html": false, "themes/summit/layouts/index.html": false, "content/_partials/a.html": false,
	} {
		if got := shortcodeFile(hugo, file); got != want {
			t.Errorf("shortcodeFile(%q) = %v, want %v", file, got, want)
		}
	}
}
