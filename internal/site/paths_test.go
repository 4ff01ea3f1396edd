package site

import (
	"context"
	"slices"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

func TestEscapePath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/talks/a-b_c.d~/", "/talks/a-b_c.d~/"},
		{"/my talk/", "/my%20talk/"},
		{"/what?/", "/what%3F/"},
		{"/a#b/", "/a%23b/"},
		{"/café/", "/caf%C3%A9/"},
		{"/caf%C3%A9/", "/caf%C3%A9/"},
		{"/100%/", "/100%25/"},
		{"/a%2/", "/a%252/"},
		{`/a"b'c<d>/`, "/a%22b%27c%3Cd%3E/"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := EscapePath(tt.in)
			if got != tt.want {
				t.Errorf("EscapePath(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := EscapePath(got); again != got {
				t.Errorf("escaping twice gives %q", again)
			}
		})
	}
}

func TestOutputPath(t *testing.T) {
	tests := []struct{ url, want string }{
		{"/", "index.html"},
		{"/talks/x/", "talks/x/index.html"},
		{"/about.html", "about.html"},
		{"/feed.xml", "feed.xml"},
		{"/people/ada", "people/ada/index.html"},
		{"/my%20talk%3F/", "my talk?/index.html"},
		{"/caf%C3%A9", "café/index.html"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			if got := OutputPath(tt.url); got != tt.want {
				t.Errorf("OutputPath(%q) = %q, want %q", tt.url, got, tt.want)
			}
		})
	}
}

// TestRefusedURLs checks that every output path lectern cannot write is
// an error of the field that made it, found by the model (so that
// lectern check reports it), and that the page is left out.
func TestRefusedURLs(t *testing.T) {
	tests := []struct {
		name  string
		front []string
		want  string
	}{
		{"protocol-relative url", []string{"title: X", "url: //h/x/"},
			`content/talks/x.md:3:6: url "//h/x/" starts with "//", which browsers read as the address of another site; start it with a single "/", as "/h/x/"`},
		{"url into .git", []string{"title: X", "url: /.git/hooks/x"},
			`content/talks/x.md:3:6: url "/.git/hooks/x" has a part starting with "." (".git"): such files are hidden, and folders like .git belong to other tools; rename it without the leading "."`},
		{"dotfile", []string{"title: X", "url: /talks/.env"},
			`content/talks/x.md:3:6: url "/talks/.env" has a part starting with "." (".env"): such files are hidden, and folders like .git belong to other tools; rename it without the leading "."`},
		{"url with ..", []string{"title: X", "url: /a/../../b/"},
			`content/talks/x.md:3:6: url "/a/../../b/" has a ".." part, which would place the page outside its folder; remove that part`},
		{"url with escaped ..", []string{"title: X", "url: /a/%2e%2e/b/"},
			`content/talks/x.md:3:6: url "/a/%2e%2e/b/" has a ".." part, which would place the page outside its folder; remove that part`},
		{"url with escaped slash", []string{"title: X", "url: /a%2Fb/"},
			`content/talks/x.md:3:6: url "/a%2Fb/" has an escaped "/" (%2F) inside a part; write "/" between folders, or leave it out`},
		{"url with backslash", []string{"title: X", `url: '/a\b/'`},
			`content/talks/x.md:3:6: url "/a\\b/" has a backslash, which Windows reads as a folder separator; use "/" between folders`},
		{"url with empty part", []string{"title: X", "url: /a//b/"},
			`content/talks/x.md:3:6: url "/a//b/" has an empty part ("//"); write it as "/a/b/"`},
		{"url with control character", []string{"title: X", `url: "/a\u0001b/"`},
			`content/talks/x.md:3:6: url "/a\x01b/" has a control character; remove it`},
		{"slug ..", []string{"title: X", "slug: .."},
			`content/talks/x.md:3:7: slug ".." cannot name a page: its URL /talks/../ has a ".." part, which would place the page outside its folder; choose a slug of letters, digits and hyphens`},
		{"slug .hidden", []string{"title: X", "slug: .hidden"},
			`content/talks/x.md:3:7: slug ".hidden" cannot name a page: its URL /talks/.hidden/ has a part starting with "." (".hidden"): such files are hidden, and folders like .git belong to other tools; choose a slug of letters, digits and hyphens`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags := siteOf(t, map[string]string{"content/talks/x.md": talk(tt.front...)})
			if !slices.Contains(diags, tt.want) {
				t.Errorf("diagnostics:\n%q\nwant among them:\n%q", diags, tt.want)
			}
			if len(s.Pages) != 0 {
				t.Errorf("the page is published at %s (%s)", s.Pages[0].URL, s.Pages[0].Output)
			}
		})
	}
}

// TestAllowedURLs checks URLs that look odd but are safe to publish.
func TestAllowedURLs(t *testing.T) {
	tests := []struct {
		name, url, wantURL, wantOut string
	}{
		{"well-known", "/.well-known/x.txt", "/.well-known/x.txt", ".well-known/x.txt"},
		{"space and question mark", "/my talk?/", "/my%20talk%3F/", "my talk?/index.html"},
		{"dots inside a name", "/v1.2..3/", "/v1.2..3/", "v1.2..3/index.html"},
		{"no trailing slash", "/people/ada", "/people/ada", "people/ada/index.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags := siteOf(t, map[string]string{"content/x.md": talk("title: X", "url: '"+tt.url+"'")})
			if len(diags) != 0 {
				t.Fatalf("diagnostics: %q", diags)
			}
			if p := s.Pages[0]; p.URL != tt.wantURL || p.Output != tt.wantOut {
				t.Errorf("URL %q output %q, want %q %q", p.URL, p.Output, tt.wantURL, tt.wantOut)
			}
		})
	}
}

// TestDerivedSlugFallsBack checks that a file name of only punctuation
// is not an error: lectern chose that URL, so it chooses another.
func TestDerivedSlugFallsBack(t *testing.T) {
	s, diags := siteOf(t, map[string]string{
		"content/talks/!!!.md":       talk("title: Bang Bang"),
		"content/talks/???.md":       talk("title: ¿?"),
		"content/talks/---/index.md": talk("title: Dash"),
	})
	want := []string{
		`content/talks/!!!.md:1:1: warning: the file name "!!!.md" has no letters or digits to make a URL of; using the slug "bang-bang", made from its title: rename the file or set "slug:" to choose another`,
		`content/talks/---/index.md:1:1: warning: the file name "index.md" has no letters or digits to make a URL of; using the slug "dash", made from its title: rename the file or set "slug:" to choose another`,
		`content/talks/???.md:1:1: warning: the file name "???.md" has no letters or digits to make a URL of; using the slug "page-755b396f", made from a hash of its path: rename the file or set "slug:" to choose another`,
	}
	if !slices.Equal(diags, want) {
		t.Errorf("diagnostics:\n%q\nwant:\n%q", diags, want)
	}
	if got, want := urls(s.Pages), []string{"/talks/bang-bang/", "/talks/dash/", "/talks/page-755b396f/"}; !slices.Equal(got, want) {
		t.Errorf("URLs %q, want %q", got, want)
	}
}

func TestCaseOnlyClash(t *testing.T) {
	s, diags := siteOf(t, map[string]string{
		"content/a.md": talk("title: A", "url: /Hello/"),
		"content/b.md": talk("title: B", "url: /hello/"),
	})
	want := []string{`content/b.md:3:6: warning: content/a.md (/Hello/) and content/b.md (/hello/) differ only in case: on macOS and Windows, whose file systems ignore case, one overwrites the other; give one of them another url or slug`}
	if !slices.Equal(diags, want) {
		t.Errorf("diagnostics:\n%q\nwant:\n%q", diags, want)
	}
	if len(s.Pages) != 2 {
		t.Errorf("both pages must be kept, got %d", len(s.Pages))
	}
}

// TestOwnURLs checks that url: is honoured on every kind, and that the
// person or event of a page is linked where the page is written.
func TestOwnURLs(t *testing.T) {
	s, diags := siteOf(t, map[string]string{
		"content/speakers/ada.md": "---\ntitle: Ada Lovelace\nurl: /people/ada\n---\n",
		"content/events/conf.md":  "---\ntitle: Conf\nurl: /conf-2024/\n---\n",
		"content/talks/t.md":      talk("title: T", "speakers: [Ada Lovelace]", "event: conf"),
	})
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %q", diags)
	}
	if sp := s.Speakers[0]; sp.URL != "/people/ada" || sp.Page == nil || sp.Page.Output != "people/ada/index.html" {
		t.Errorf("speaker at %q, page %v", sp.URL, sp.Page)
	}
	if e := s.Events[0]; e.URL != "/conf-2024/" || e.Page == nil || e.Page.Output != "conf-2024/index.html" {
		t.Errorf("event at %q, page %v", e.URL, e.Page)
	}
}

func TestRefusedEventURL(t *testing.T) {
	s, diags := siteOf(t, map[string]string{
		"content/events/conf.md": "---\ntitle: Conf\nurl: /.conf/\n---\n",
	})
	want := []string{`content/events/conf.md:3:6: url "/.conf/" has a part starting with "." (".conf"): such files are hidden, and folders like .git belong to other tools; rename it without the leading "."`}
	if !slices.Equal(diags, want) {
		t.Errorf("diagnostics:\n%q\nwant:\n%q", diags, want)
	}
	if e := s.Events[0]; e.Page != nil || e.URL != "/events/conf/" {
		t.Errorf("the event keeps its page %v or a refused URL %q", e.Page, e.URL)
	}
}

func TestConfigEventURLs(t *testing.T) {
	tests := []struct {
		name, toml, wantURL, diag string
	}{
		{"url honoured", "[[events]]\nname = \"Conf\"\nurl = \"/conf 2024/\"\n", "/conf%202024/", ""},
		{"web site is not a path", "[[events]]\nname = \"Conf\"\nurl = \"https://conf.example.org/\"\n", "/events/conf/", ""},
		{"url refused", "[[events]]\nname = \"Conf\"\nurl = \"/.well-known/../x/\"\n", "",
			`config.toml: events[0] (Conf): url "/.well-known/../x/" has a ".." part, which would place the page outside its folder; remove that part`},
		{"slug refused", "[[events]]\nname = \"Conf\"\nslug = \".conf\"\n", "",
			`config.toml: events[0] (Conf): slug ".conf" cannot name a page: its URL /events/.conf/ has a part starting with "." (".conf"): such files are hidden, and folders like .git belong to other tools; choose a slug of letters, digits and hyphens`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags := siteOf(t, map[string]string{"config.toml": tt.toml, "content/about.md": talk("title: About")})
			var want []string
			if tt.diag != "" {
				want = []string{tt.diag}
			}
			if !slices.Equal(diags, want) {
				t.Errorf("diagnostics:\n%q\nwant:\n%q", diags, want)
			}
			if got := s.Events[0].URL; got != tt.wantURL {
				t.Errorf("URL %q, want %q", got, tt.wantURL)
			}
		})
	}
}

// TestEventNamedWithoutLetters checks that an event a talk names without
// letters or digits gets a URL of its own rather than an empty slug.
func TestEventNamedWithoutLetters(t *testing.T) {
	s, diags := siteOf(t, map[string]string{
		"content/talks/a.md": talk("title: A", "event: '!!!'"),
		"content/talks/b.md": talk("title: B", "event: '!!!'"),
	})
	want := []string{`content/talks/a.md:3:1: warning: event "!!!" has no letters or digits to make a URL of; its page uses the slug "event-e84c538e": name the event in words, or give it a page with a slug`}
	if !slices.Equal(diags, want) {
		t.Errorf("diagnostics:\n%q\nwant:\n%q", diags, want)
	}
	if len(s.Events) != 1 || s.Events[0].URL != "/events/event-e84c538e/" || len(s.Events[0].Talks) != 2 {
		t.Errorf("events: %+v", s.Events)
	}
}

// TestRefusedAssets checks that a file copied beside the pages whose
// name no output may hold is an error of that file, found by the model.
func TestRefusedAssets(t *testing.T) {
	s, d := Build(context.Background(), config.Default(), content.Set{
		Assets: []string{"content/files/a\\b.pdf", "content/files/a\x01.pdf", "content/files/ok.pdf"},
	}, markdown.New(markdown.Options{}), Options{})
	want := []string{
		// diag escapes the control character of the file name, as the
		// message does.
		`content/files/a\x01.pdf: this file cannot be published: its output path "files/a\x01.pdf" has a control character; rename it`,
		`content/files/a\b.pdf: this file cannot be published: its output path "files/a\\b.pdf" has a backslash, which Windows reads as a folder separator; rename it`,
	}
	if got := d.Strings(); !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%q\nwant:\n%q", got, want)
	}
	if len(s.Assets) != 1 || s.Assets[0].Output != "files/ok.pdf" {
		t.Errorf("assets: %v", s.Assets)
	}
}
