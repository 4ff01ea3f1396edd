package publish

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

func fsWith(name, content string) fstest.MapFS {
	return fstest.MapFS{name: {Data: []byte(content)}}
}

func TestWritePathErrors(t *testing.T) {
	tests := []struct{ path, want string }{
		{"", `output path is empty; name a file relative to the output folder, for example "index.html"`},
		{"/talks/a.html", `output path "/talks/a.html" is absolute; give it relative to the output folder, as "talks/a.html"`},
		{`talks\a.html`, `output path "talks\\a.html" contains a backslash; separate folders with "/"`},
		{"../a.html", `output path "../a.html" leaves the output folder`},
		{"talks/../../a.html", `output path "talks/../../a.html" leaves the output folder`},
		{"..", `output path ".." leaves the output folder`},
		{".", `output path "." names the output folder itself, not a file`},
		{"talks/..", `output path "talks/.." names the output folder itself, not a file`},
		{"talks/", `output path "talks/" ends with "/"; name the file, for example "talks/index.html"`},
		{"talks//a.html", `output path "talks//a.html" is not clean; write it as "talks/a.html"`},
		{"./a.html", `output path "./a.html" is not clean; write it as "a.html"`},
		{"talks/./a.html", `output path "talks/./a.html" is not clean; write it as "talks/a.html"`},
		{"a\x00.html", `output path "a\x00.html" contains a NUL byte`},
		{".lectern-staging-x/a.html", `output path ".lectern-staging-x/a.html" starts with ".lectern-staging-", which older lectern builds used for their staging folders; rename the file`},
		{".lectern/manifest.json", `output path ".lectern/manifest.json" is inside .lectern, where lectern keeps its own state; rename the file`},
		{".lectern", `output path ".lectern" is inside .lectern, where lectern keeps its own state; rename the file`},
	}
	w, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	src := fsWith("x", "x")
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			for name, err := range map[string]error{
				"Write": w.Write(tt.path, "text/html", []byte("x")),
				"Copy":  w.Copy(tt.path, src, "x"),
				"Keep":  w.Keep(tt.path),
			} {
				if err == nil || err.Error() != tt.want {
					t.Errorf("%s(%q) error:\n got %v\nwant %s", name, tt.path, err, tt.want)
				}
			}
		})
	}
}

func TestWriteClaims(t *testing.T) {
	tests := []struct {
		name  string
		first string // written first
		then  string // written next
		want  string // error of the second Write, "" for none
	}{
		{"same path twice", "talks/a/index.html", "talks/a/index.html", `output "talks/a/index.html" is written twice in one build; two outputs claim the same URL`},
		{"file then folder", "talks", "talks/a.html", `output "talks/a.html" needs "talks" to be a folder, but "talks" is also an output file; rename one of them`},
		{"folder then file", "talks/a/index.html", "talks/a", `output "talks/a" is also a folder holding the output "talks/a/index.html"; rename one of them`},
		{"siblings", "talks/a.html", "talks/b.html", ""},
		{"prefix that is no folder", "talks", "talks.html", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := Open(t.TempDir(), Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Abort()
			mustOK(t, w.Write(tt.first, "text/plain", []byte("1")))
			err = w.Write(tt.then, "text/plain", []byte("2"))
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("second Write error:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestWriteMinifies(t *testing.T) {
	dest := t.TempDir()
	w, err := Open(dest, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	mustOK(t, w.Write("index.html", "text/html; charset=utf-8", []byte("<p>  a  </p>\n")))
	mustOK(t, w.Write("talks.ics", "text/calendar", []byte("BEGIN:VCALENDAR\r\n  X\r\n")))
	err = w.Write("data/broken.json", "application/json", []byte(`{"a": }`))
	const want = "output \"data/broken.json\": cannot minify as application/json: unexpected right brace character on line 1 and column 7\n    1: {\"a\": }\n             ^"
	if err == nil || err.Error() != want {
		t.Errorf("Write of broken JSON error:\n got %v\nwant %s", err, want)
	}
	w.Abort()

	// Write the two good ones again to see them on disk.
	w, err = Open(dest, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	mustOK(t, w.Write("index.html", "text/html; charset=utf-8", []byte("<p>  a  </p>\n")))
	mustOK(t, w.Write("talks.ics", "text/calendar", []byte("BEGIN:VCALENDAR\r\n  X\r\n")))
	if _, err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	wantTree := map[string]string{"index.html": "<p>a</p>", "talks.ics": "BEGIN:VCALENDAR\r\n  X\r\n"}
	if d := diffMaps(tree(t, dest), wantTree); d != "" {
		t.Errorf("output folder:\n%s", d)
	}
}

func TestWriteConcurrent(t *testing.T) {
	dest := t.TempDir()
	want := make(map[string]string)
	for g := range 100 {
		for i := range 10 {
			want[fmt.Sprintf("g%d/f%d.html", g%7, g*10+i)] = fmt.Sprintf("<p>%d %d</p>", g, i)
		}
	}
	for round := range 2 { // the second round finds every file unchanged
		w, err := Open(dest, Options{Minify: true})
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make(chan error, 2000)
		for g := range 100 {
			wg.Go(func() {
				for i := range 10 {
					p := fmt.Sprintf("g%d/f%d.html", g%7, g*10+i)
					errs <- w.Write(p, "text/html", []byte(want[p]))
					errs <- w.Keep(p)
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			mustOK(t, err)
		}
		st, err := w.Commit()
		if err != nil {
			t.Fatal(err)
		}
		mustOK(t, w.Close())
		if round == 0 && st.Written != 1000 || round == 1 && st.Unchanged != 1000 {
			t.Errorf("round %d: Stats = %+v", round, st)
		}
	}
	if d := diffMaps(tree(t, dest), withDirs(want)); d != "" {
		t.Errorf("output folder:\n%s", d)
	}
}

func TestCopy(t *testing.T) {
	dest := t.TempDir()
	big := bytes.Repeat([]byte("0123456789abcdef"), 20000) // 320 kB, several chunks
	src := fstest.MapFS{
		"static/big.bin":    {Data: big},
		"static/robots.txt": {Data: []byte("User-agent: *\n")},
		"static/style.css":  {Data: []byte("body {  margin: 0 }")},
		"static/img/":       {Mode: os.ModeDir},
		"static/img/a.png":  {Data: []byte("png")},
	}
	lay(t, dest, map[string]string{"robots.txt": "User-agent: *\n", "big.bin": string(big[:len(big)-1]) + "X"})

	w, err := Open(dest, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	for _, name := range []string{"big.bin", "robots.txt", "style.css", "img/a.png"} {
		mustOK(t, w.Copy(name, src, "static/"+name))
	}
	for _, tt := range []struct{ path, name, want string }{
		{"pictures", "static/img", `output "pictures": cannot copy "static/img": it is a folder, not a file`},
		{"missing.txt", "static/missing.txt", `output "missing.txt": cannot copy: open static/missing.txt: file does not exist`},
	} {
		if err := w.Copy(tt.path, src, tt.name); err == nil || err.Error() != tt.want {
			t.Errorf("Copy(%q) error:\n got %v\nwant %s", tt.name, err, tt.want)
		}
	}
	// The failed copies would stop Commit; take a fresh Writer.
	w.Abort()
	w, err = Open(dest, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"big.bin", "robots.txt", "style.css", "img/a.png"} {
		mustOK(t, w.Copy(name, src, "static/"+name))
	}
	st, err := w.Commit()
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{Written: 3, Unchanged: 1, WrittenBytes: int64(len(big)) + 19 + 3, UnchangedBytes: 14}
	if st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	wantTree := map[string]string{
		"big.bin":    string(big),
		"robots.txt": "User-agent: *\n",
		"style.css":  "body {  margin: 0 }", // copied as is, never minified
		"img":        "/",
		"img/a.png":  "png",
	}
	if d := diffMaps(tree(t, dest), wantTree); d != "" {
		t.Errorf("output folder:\n%s", strings.ReplaceAll(d, string(big), "<big>"))
	}
	if fi, err := os.Stat(filepath.Join(dest, "robots.txt")); err != nil || !fi.ModTime().Equal(old) {
		t.Errorf("unchanged copy was rewritten: %v", err)
	}
}
