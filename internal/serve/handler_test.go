package serve

import (
	"context"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

func TestOutputName(t *testing.T) {
	tests := []struct {
		url  string
		want string
		ok   bool
	}{
		{"/", "index.html", true},
		{"/talks/a/", "talks/a/index.html", true},
		{"/feed.xml", "feed.xml", true},
		{"/../etc/passwd", "etc/passwd", true},
		{"/talks/../../../etc/passwd", "etc/passwd", true},
		{"/a/./b//c", "a/b/c", true},
		{"/a\\..\\b", "", false},
		{"/a\x00b", "", false},
		{"/.env", "", false},
		{"/talks/.git/config", "", false},
		{"/.lectern/manifest.json", "", false},
		{"/x/../.env", "", false},
		{"/.well-known/security.txt", ".well-known/security.txt", true},
		{"/.well-known/", ".well-known/index.html", true},
		{"/.well-known/.env", "", false},
		{"/a/.well-known/x", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			got, ok := outputName(tt.url)
			if got != tt.want || ok != tt.ok {
				t.Errorf("outputName(%q) = %q, %v; want %q, %v", tt.url, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestInject(t *testing.T) {
	got := string(inject([]byte("<html><body><p>x</p></body></html>"), "id-1"))
	want := `<html><body><p>x</p><script src="/_lectern/live.js" data-build="id-1" defer></script></body></html>`
	if got != want {
		t.Errorf("got %s", got)
	}
	if got := string(inject([]byte("<p>no body"), "x")); !strings.HasSuffix(got, `defer></script>`) {
		t.Errorf("a page without </body> still gets the script: %s", got)
	}
}

// writeSite writes a txtar archive into a new folder.
func writeSite(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const testSite = `
-- config.toml --
title = "Test"
base_url = "https://test.example/"
-- content/talks/a.md --
---
title: Talk A
speakers: [Ada Lovelace]
tags: [x]
---
Body of A.
-- content/talks/b.md --
---
title: Talk B
speakers: [Grace Hopper]
---
Body of B.
-- static/files/cal.ics --
BEGIN:VCALENDAR
END:VCALENDAR
-- static/files/list.csv --
a,b
-- static/files/refs.bib --
@misc{x}
-- static/files/data.json --
{}
`

// newTestServer builds a site and returns a server for its handler, not
// listening: tests call ServeHTTP.
func newTestServer(t *testing.T, dir string) *Server {
	t.Helper()
	s, err := Listen(Options{Source: dir, Port: 0})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.ln.Close() })
	s.rebuild(context.Background(), nil)
	if f := s.failure(); f != nil {
		t.Fatalf("build failed: %q", f)
	}
	return s
}

// get asks s for target as a browser on this machine would, naming the
// address the server listens on.
func get(s *Server, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodGet, target, nil)
	r.Host = s.ln.Addr().String()
	s.ServeHTTP(rec, r)
	return rec
}

func TestHandler(t *testing.T) {
	s := newTestServer(t, writeSite(t, testSite))
	tests := []struct {
		target string
		status int
		ctype  string
		body   string
	}{
		{"/", 200, "text/html; charset=utf-8", "/_lectern/live.js"},
		{"/talks/a/", 200, "text/html; charset=utf-8", "Body of A."},
		{"/talks/a", 302, "", ""},
		{"/feed.xml", 200, "application/atom+xml; charset=utf-8", "<feed"},
		{"/sitemap.xml", 200, "application/xml; charset=utf-8", "<urlset"},
		{"/css/main.css", 200, "text/css; charset=utf-8", ""},
		{"/files/cal.ics", 200, "text/calendar; charset=utf-8", "BEGIN:VCALENDAR"},
		{"/files/list.csv", 200, "text/csv; charset=utf-8", "a,b"},
		{"/files/refs.bib", 200, "application/x-bibtex; charset=utf-8", "@misc"},
		{"/files/data.json", 200, "application/json; charset=utf-8", "{}"},
		{"/nope/", 404, "text/html; charset=utf-8", "/_lectern/live.js"},
		{"/../../etc/passwd", 404, "", ""},
		{"/%2e%2e/%2e%2e/etc/passwd", 404, "", ""},
		{"/talks/..%2f..%2f..%2fetc%2fpasswd", 404, "", ""},
		{"/_lectern/live.js", 200, "text/javascript; charset=utf-8", "EventSource"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := get(s, tt.target)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if tt.ctype != "" && rec.Header().Get("Content-Type") != tt.ctype {
				t.Errorf("Content-Type %q, want %q", rec.Header().Get("Content-Type"), tt.ctype)
			}
			if !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("body lacks %q", tt.body)
			}
			if strings.Contains(rec.Body.String(), "root:") {
				t.Errorf("served a file from outside the site")
			}
			if rec.Code == 200 && rec.Header().Get("Cache-Control") != "no-store" {
				t.Errorf("Cache-Control %q: the preview must not be cached", rec.Header().Get("Cache-Control"))
			}
		})
	}
}

func TestSymlinkOutOfTheSiteIsNotServed(t *testing.T) {
	dir := writeSite(t, testSite)
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("TOP SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "static", "files", "secret.txt")); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
	s, err := Listen(Options{Source: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.ln.Close()
	s.rebuild(context.Background(), nil)
	for _, target := range []string{"/files/secret.txt", "/static/files/secret.txt"} {
		if rec := get(s, target); strings.Contains(rec.Body.String(), "TOP SECRET") {
			t.Errorf("%s served a file from outside the site", target)
		}
	}
}

// TestRedirectStaysOnSite: a folder asked for without its slash is
// redirected to a path of this site, never to "//host/…", which a browser
// reads as another host; the query goes along.
func TestRedirectStaysOnSite(t *testing.T) {
	s := newTestServer(t, writeSite(t, testSite))
	tests := []struct{ target, want string }{
		{"/talks/a", "/talks/a/"},
		{"//talks/a", "/talks/a/"},
		{"///talks/a", "/talks/a/"},
		{"//talks/a?x=1&y=2", "/talks/a/?x=1&y=2"},
		{"/talks//a", "/talks/a/"},
		{"/x/../talks/a", "/talks/a/"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := get(s, tt.target)
			if rec.Code != http.StatusFound {
				t.Fatalf("status %d, want 302", rec.Code)
			}
			if got := rec.Header().Get("Location"); got != tt.want {
				t.Errorf("Location %q, want %q", got, tt.want)
			}
		})
	}
}

// TestExtensionlessHTML: a path without an extension that names no
// folder is served the .html file of its name, as the hosts Jekyll sites
// publish to serve it (/about for about.html), and a folder still wins.
func TestExtensionlessHTML(t *testing.T) {
	site := testSite + `-- static/about.html --
<p>About us</p>
-- static/talks/a.html --
<p>Not the talk</p>
`
	s := newTestServer(t, writeSite(t, site))
	if rec := get(s, "/about"); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "About us") {
		t.Errorf("/about: %d %.200s", rec.Code, rec.Body.String())
	}
	if rec := get(s, "/talks/a"); rec.Code != http.StatusFound {
		t.Errorf("/talks/a: %d, want the folder's redirect", rec.Code)
	}
	if rec := get(s, "/nothing"); rec.Code != http.StatusNotFound {
		t.Errorf("/nothing: %d, want 404", rec.Code)
	}
}

// TestDotfilesAreNotServed: no output whose path has a segment starting
// with "." is served, whether the site holds one (a static .env) or the
// URL asks for one, except under /.well-known/.
func TestDotfilesAreNotServed(t *testing.T) {
	site := testSite + `-- static/.env --
SECRET=1
-- static/files/.hidden --
SECRET=2
-- static/.git/config --
SECRET=3
-- static/.well-known/security.txt --
Contact: mailto:a@example.com
`
	s := newTestServer(t, writeSite(t, site))
	tests := []struct {
		target string
		status int
	}{
		{"/.env", 404},
		{"/files/.hidden", 404},
		{"/.git/config", 404},
		{"/%2egit/config", 404},
		{"/files/../.env", 404},
		{"/.lectern/manifest.json", 404},
		{"/.well-known/security.txt", 200},
		{"/.well-known/.env", 404},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			if _, ok := s.session.Output(".well-known/security.txt"); tt.status == 200 && !ok {
				// Whether the build publishes .well-known is the build's
				// business; serving it when it does is this test's.
				t.Skip("the build does not publish static/.well-known")
			}
			rec := get(s, tt.target)
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d", rec.Code, tt.status)
			}
			if strings.Contains(rec.Body.String(), "SECRET") {
				t.Errorf("served a hidden file")
			}
		})
	}
}

// TestFirstBuildFailure: while no build has succeeded, every page is an
// error page (500) with the failing build's lines, HTML-escaped, and the
// live reload script; once the site builds, its pages are served.
func TestFirstBuildFailure(t *testing.T) {
	dir := writeSite(t, testSite+`-- content/talks/<b>.md --
---
title: [broken
---
Body
`)
	s, err := Listen(Options{Source: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.ln.Close()
	s.rebuild(context.Background(), nil)
	lines := s.failure()
	if lines == nil {
		t.Fatal("the build did not fail")
	}
	for _, target := range []string{"/", "/talks/a/", "/nope/", "/feed.xml"} {
		rec := get(s, target)
		if rec.Code != http.StatusInternalServerError {
			t.Errorf("%s: status %d, want 500", target, rec.Code)
		}
		if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("%s: Content-Type %q", target, ct)
		}
		body := rec.Body.String()
		for _, line := range lines {
			if !strings.Contains(body, html.EscapeString(line)) {
				t.Errorf("%s: the page lacks the line %q:\n%s", target, line, body)
			}
		}
		if !strings.Contains(body, "content/talks/&lt;b&gt;.md:2:") {
			t.Errorf("%s: the file name is not escaped:\n%s", target, body)
		}
		if !strings.Contains(body, `<script src="/_lectern/live.js"`) {
			t.Errorf("%s: no live reload script", target)
		}
	}
	if err := os.Remove(filepath.Join(dir, "content/talks/<b>.md")); err != nil {
		t.Fatal(err)
	}
	s.rebuild(context.Background(), []string{"content/talks/<b>.md"})
	if rec := get(s, "/talks/a/"); rec.Code != 200 || !strings.Contains(rec.Body.String(), "Body of A.") {
		t.Errorf("after the fix: status %d", rec.Code)
	}
	if rec := get(s, "/nope/"); rec.Code != 404 {
		t.Errorf("after the fix, a missing page: status %d, want 404", rec.Code)
	}
}
