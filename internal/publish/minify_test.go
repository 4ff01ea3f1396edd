package publish

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite golden files")

// minifyCases gives the media type of each input in testdata/minify.txtar.
var minifyCases = []struct{ name, mediaType string }{
	{"page.html", "text/html; charset=utf-8"},
	{"style.css", "text/css"},
	{"app.js", "text/javascript"},
	{"data.json", "application/json"},
	{"feed.json", "application/feed+json"},
	{"icon.svg", "image/svg+xml"},
	{"sitemap.xml", "application/xml"},
	{"atom.xml", "application/atom+xml"},
	{"talks.ics", "text/calendar"},
	{"notes.txt", "text/plain; charset=utf-8"},
}

func TestMinifyGolden(t *testing.T) {
	const golden = "testdata/minify.txtar"
	ar, err := txtar.ParseFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	files := make(map[string][]byte)
	for _, f := range ar.Files {
		files[f.Name] = f.Data
	}
	m := NewMinifier(Options{Minify: true})
	out := &txtar.Archive{Comment: ar.Comment}
	for _, tc := range minifyCases {
		t.Run(tc.name, func(t *testing.T) {
			in, ok := files[tc.name]
			if !ok {
				t.Fatalf("%s has no section %q", golden, tc.name)
			}
			got, err := m.Minify(tc.mediaType, in)
			if err != nil {
				t.Fatal(err)
			}
			got = withNewline(got)
			out.Files = append(out.Files, txtar.File{Name: tc.name, Data: in}, txtar.File{Name: tc.name + ".min", Data: got})
			if want := files[tc.name+".min"]; !*update && !bytes.Equal(got, want) {
				t.Errorf("Minify(%q) =\n%s\nwant\n%s", tc.mediaType, got, want)
			}
		})
	}
	if *update {
		if err := os.WriteFile(golden, txtar.Format(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// withNewline ends b with a newline, as txtar stores every section.
func withNewline(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] != '\n' {
		return append(b[:len(b):len(b)], '\n')
	}
	return b
}

func TestMinifyHTMLStaysDocument(t *testing.T) {
	in := []byte("<!DOCTYPE html>\n<html>\n<head><title>t</title></head>\n<body>\n<p class=\"x\">a</p>\n<ul>\n  <li>one</li>\n</ul>\n</body>\n</html>\n")
	got, err := NewMinifier(Options{Minify: true}).Minify("text/html", in)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) >= len(in) {
		t.Errorf("minified HTML is not smaller: %d bytes from %d", len(got), len(in))
	}
	// KeepDocumentTags, KeepEndTags and KeepQuotes keep every tag that a
	// strict reader expects.
	for _, want := range []string{"<html>", "<head>", "</head>", "<body>", `<p class="x">`, "</p>", "</li>", "</body>", "</html>"} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("minified HTML lost %s: %s", want, got)
		}
	}
}

func TestMinifyPassesThrough(t *testing.T) {
	body := []byte("<p>  a  </p>")
	tests := []struct {
		name      string
		m         *Minifier
		mediaType string
	}{
		{"zero value", &Minifier{}, "text/html"},
		{"nil", nil, "text/html"},
		{"minify off", NewMinifier(Options{}), "text/html"},
		{"unknown media type", NewMinifier(Options{Minify: true}), "application/x-bibtex"},
		{"csv", NewMinifier(Options{Minify: true}), "text/csv"},
		{"rss", NewMinifier(Options{Minify: true}), "application/rss+xml"},
		{"empty media type", NewMinifier(Options{Minify: true}), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.m.Minify(tt.mediaType, body)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(body) {
				t.Errorf("Minify(%q) = %q, want the body unchanged", tt.mediaType, got)
			}
		})
	}
}

func TestMinifyErrors(t *testing.T) {
	m := NewMinifier(Options{Minify: true})
	tests := []struct {
		mediaType, body, want string
	}{
		{"application/json", `{"a": }`, "cannot minify as application/json: unexpected right brace character on line 1 and column 7\n    1: {\"a\": }\n             ^"},
		{"text/javascript", "var = 1;", "cannot minify as text/javascript: unexpected = in binding on line 1 and column 5\n    1: var = 1;\n           ^"},
	}
	for _, tt := range tests {
		t.Run(tt.mediaType, func(t *testing.T) {
			_, err := m.Minify(tt.mediaType, []byte(tt.body))
			if err == nil || err.Error() != tt.want {
				t.Errorf("Minify(%q, %q) error:\n got %v\nwant %s", tt.mediaType, tt.body, err, tt.want)
			}
		})
	}
}

// TestMinifyLeavesInput checks that the caller's memory is never written,
// not even the spare capacity past the end of body, where the parser would
// put a NUL, while many goroutines minify parts of one buffer.
func TestMinifyLeavesInput(t *testing.T) {
	page := "<html><body><p>  a  </p>\n<script type=\"application/ld+json\">{ \"a\" : 1 }</script></body></html>"
	var buf strings.Builder
	for range 64 {
		buf.WriteString(page)
	}
	all := []byte(buf.String())
	orig := bytes.Clone(all)
	m := NewMinifier(Options{Minify: true})
	var wg sync.WaitGroup
	for i := range 64 {
		wg.Go(func() {
			part := all[i*len(page) : (i+1)*len(page)] // capacity runs to the end of all
			for range 20 {
				if _, err := m.Minify("text/html", part); err != nil {
					panic(fmt.Sprint(err))
				}
			}
		})
	}
	wg.Wait()
	if !bytes.Equal(all, orig) {
		t.Error("Minify changed its input")
	}
}

// TestMinifyInlineCode checks that code embedded in a page that its
// language's minifier cannot parse is kept as written, and the page
// minified around it, rather than failing the build.
func TestMinifyInlineCode(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"script with typographic quotes",
			"<p>  a  </p>\n<script>var x = “hello”;</script>",
			"<p>a</p><script>var x = “hello”;</script>"},
		{"JSON-LD that is not JSON",
			"<script type=\"application/ld+json\">{“name”: ‘x’}</script>",
			"<script type=\"application/ld+json\">{“name”: ‘x’}</script>"},
		{"event handler",
			"<button onclick=\"say(“hi”)\">b</button>",
			"<button onclick=\"say(“hi”)\">b</button>"},
		{"valid script still minified",
			"<script>var  x = 1 ;</script>",
			"<script>var x=1</script>"},
	}
	m := NewMinifier(Options{Minify: true})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := m.Minify("text/html", []byte(tt.in))
			if err != nil {
				t.Fatalf("Minify: %v", err)
			}
			if string(got) != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	if _, err := m.Minify("text/javascript", []byte("var x = “hello”;")); err == nil {
		t.Errorf("a standalone script that is not JavaScript must still be reported")
	}
}
