package content

import (
	"slices"
	"testing"
)

// jekyllConfig is a _config.yml whose defaults cover every rule of
// precedence: all pages, a type, a folder, a glob, one file.
const jekyllConfig = `title: A site
defaults:
  - scope:
      path: ""
    values:
      author: Site team
      image: /img/share.png
      layout: default
  - scope:
      path: ""
      type: posts
    values:
      layout: post
      permalink: /blog/:year/:title/
      social: {mastodon: "https://example.social/@site"}
  - scope:
      path: _sessions
    values:
      layout: session
      room: Main hall
  - scope:
      path: _sessions
      type: sessions
    values:
      room: Hall B
  - scope:
      path: "_sessions/keynote.md"
    values:
      room: Auditorium
  - scope:
      path: "archive/*/old"
    values:
      series: old
`

func TestDefaultsApply(t *testing.T) {
	defaults, diags := ReadDefaults("_config.yml", []byte(jekyllConfig))
	if len(diags) != 0 || len(defaults) != 6 {
		t.Fatalf("ReadDefaults: %d defaults, diagnostics %q", len(defaults), diags.Strings())
	}
	tests := []struct {
		name, file, fm string
		want           map[string]any // Params, as the page reads them
		wantKind       Kind
		wantURLPattern string
	}{
		{"every page", "about.md", "title: About", map[string]any{"layout": "default", "image": "/img/share.png"}, KindPage, ""},
		{"a post: the type wins over every page", "_posts/2024-05-01-hi.md", "title: Hi", map[string]any{"layout": "post", "image": "/img/share.png"}, KindNote, "/blog/:year/:title/"},
		{"the page's own value wins", "_posts/2024-05-01-hi.md", "title: Hi\nlayout: special\nimage: /own.png", map[string]any{"layout": "special", "image": "/own.png"}, KindNote, "/blog/:year/:title/"},
		{"a longer path wins; a type at the same path wins", "_sessions/talk.md", "title: T\nspeakers: [Ada]", map[string]any{"layout": "session", "image": "/img/share.png"}, KindTalk, ""},
		{"one file wins over its folder", "_sessions/keynote.md", "title: K\nspeakers: [Ada]", map[string]any{"layout": "session", "image": "/img/share.png"}, KindTalk, ""},
		{"a glob names folders", "archive/2019/old/x.md", "title: X", map[string]any{"layout": "default", "image": "/img/share.png", "series": "old"}, KindPage, ""},
		{"a glob needs the whole part", "archive/2019/older/x.md", "title: X", map[string]any{"layout": "default", "image": "/img/share.png"}, KindPage, ""},
	}
	rooms := map[string]string{"_sessions/talk.md": "Hall B", "_sessions/keynote.md": "Auditorium"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.file, []byte("---\n"+tt.fm+"\n---\nBody.\n"), Options{Dir: ".", Defaults: defaults})
			if len(d.Diags) != 0 {
				t.Errorf("diagnostics: %q", d.Diags.Strings())
			}
			for k, v := range tt.want {
				if d.Params[k] != v {
					t.Errorf("Params[%s] = %v, want %v", k, d.Params[k], v)
				}
			}
			if d.Kind != tt.wantKind {
				t.Errorf("kind %s, want %s", d.Kind, tt.wantKind)
			}
			if d.Extras().URLPattern != tt.wantURLPattern {
				t.Errorf("URLPattern %q, want %q", d.Extras().URLPattern, tt.wantURLPattern)
			}
			if d.Room != rooms[tt.file] {
				t.Errorf("room %q, want %q", d.Room, rooms[tt.file])
			}
			if d.Kind == KindNote && (len(d.Authors) != 1 || d.Authors[0].Name != "Site team") {
				t.Errorf("authors %v, want the default's", d.Authors)
			}
		})
	}
}

// TestDefaultsLeaveFilesWithoutFrontMatter checks that, as in Jekyll,
// a file without front matter gets no defaults.
func TestDefaultsLeaveFilesWithoutFrontMatter(t *testing.T) {
	defaults, _ := ReadDefaults("_config.yml", []byte(jekyllConfig))
	d := Parse("notes.md", []byte("# Notes\n\nText.\n"), Options{Dir: ".", Defaults: defaults})
	if len(d.Params) != 0 || d.Kind != KindPage {
		t.Errorf("a page without front matter got %v (%s)", d.Params, d.Kind)
	}
}

// TestDefaultIsNobodysPhoto checks that a value every page of a scope
// shares (a site's share image) is not taken for the photo of the person
// a speaker page is about, while the page's own photo is.
func TestDefaultIsNobodysPhoto(t *testing.T) {
	defaults, _ := ReadDefaults("_config.yml", []byte(jekyllConfig))
	for _, tt := range []struct{ fm, want string }{
		{"title: Ada Lovelace", ""},
		{"title: Ada Lovelace\nphoto: /img/ada.jpg", "/img/ada.jpg"},
	} {
		d := Parse("_speakers/ada.md", []byte("---\n"+tt.fm+"\n---\nBio.\n"), Options{Dir: ".", Defaults: defaults})
		if d.Kind != KindSpeaker || len(d.Speakers) == 0 {
			t.Fatalf("kind %s, speakers %v", d.Kind, d.Speakers)
		}
		if got := d.Speakers[0].Photo; got != tt.want {
			t.Errorf("%q: photo %q, want %q", tt.fm, got, tt.want)
		}
	}
}

func TestReadDefaultsWarns(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"not a list", "defaults: {layout: post}", `_config.yml:1:11: warning: defaults is a mapping, not a list; write each default as a list item with scope: and values:, or delete it`},
		{"no values", "defaults:\n  - scope: {path: \"\"}\n", `_config.yml:2:5: warning: this default has no values: mapping, so it is left out; write it as scope: {path: "", type: posts} and values: {layout: post}`},
		{"scope of text", "defaults:\n  - scope: _posts\n    values: {layout: post}\n", `_config.yml:2:12: warning: scope is text, not a mapping; this default is left out; write scope: {path: "_talks", type: talks}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, diags := ReadDefaults("_config.yml", []byte(tt.src))
			if len(got) != 0 || !slices.Equal(diags.Strings(), []string{tt.want}) {
				t.Errorf("%d defaults, diagnostics %q, want %q", len(got), diags.Strings(), tt.want)
			}
		})
	}
	if got, diags := ReadDefaults("_config.yml", []byte("title: [broken")); got != nil || diags != nil {
		t.Errorf("a broken config: %v %q, want nothing (its reader reports it)", got, diags.Strings())
	}
}

func TestJekyllPattern(t *testing.T) {
	tests := []struct{ pattern, collection, want string }{
		{"/:collection/:name/", "talks", "/talks/:name/"},
		{"/:collection/:path:output_ext", "talks", "/talks/:path.html"},
		{"blog/:title/", "", "/blog/:title/"},
		{"/:year/:slugified_categories/:title", "", "/:year/:categories/:title.html"},
		{"/feeds/:title.xml", "", "/feeds/:title.xml"},
	}
	for _, tt := range tests {
		if got := JekyllPattern(tt.pattern, tt.collection); got != tt.want {
			t.Errorf("JekyllPattern(%q, %q) = %q, want %q", tt.pattern, tt.collection, got, tt.want)
		}
	}
	// A page's own permalink may be a pattern too: the model fills it.
	d := parseYAML("_talks/x.md", "title: X\npermalink: /:collection/:title/")
	if d.Extras().URLPattern != "/talks/:title/" || d.URL != "" || len(d.Diags) != 0 {
		t.Errorf("URL %q, URLPattern %q, diagnostics %q", d.URL, d.Extras().URLPattern, d.Diags.Strings())
	}
}

// FuzzDefaults checks that any config gives defaults that any page can
// read without a panic, and that a page's own keys always win.
func FuzzDefaults(f *testing.F) {
	f.Add([]byte(jekyllConfig), []byte("---\ntitle: Hi\nlayout: own\n---\nBody.\n"))
	f.Add([]byte("defaults:\n  - scope: {path: \"*\"}\n    values: {a: {b: 1}}\n"), []byte("---\na: {c: 2}\n---\n"))
	f.Fuzz(func(t *testing.T, config, page []byte) {
		defaults, _ := ReadDefaults("_config.yml", config)
		for _, file := range []string{"_posts/2024-01-01-x.md", "about.md", "_sessions/keynote.md"} {
			d := Parse(file, page, Options{Dir: ".", Defaults: defaults})
			own := Parse(file, page, Options{Dir: "."})
			if own.Title != "" && own.Fields.Has("title") && d.Title != own.Title {
				t.Fatalf("%s: title %q, the page's own is %q", file, d.Title, own.Title)
			}
		}
	})
}
