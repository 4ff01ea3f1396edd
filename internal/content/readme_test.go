package content

import "testing"

// TestReadmeHome: in a folder of markdown no generator builds, the README
// at the top that links to the repository's own pages introduces the
// home page; one that only documents the repository, or any other README,
// keeps its page.
func TestReadmeHome(t *testing.T) {
	for _, tc := range []struct {
		name, file, src string
		opts            Options
		intro           bool
	}{
		{"a table of contents", "README.md", "# Notes\n\n- [A talk](/notes/a.md)\n", Options{ReadmeHome: true}, true},
		{"a relative link", "readme.md", "# Papers\n\nSee [the code of conduct](CODE_OF_CONDUCT.md).\n", Options{ReadmeHome: true}, true},
		{"documentation", "README.md", "# Site\n\nRun `make`. See [docs](https://example.org/docs.md).\n", Options{ReadmeHome: true}, false},
		{"a folder's README", "talks/README.md", "# Talks\n\n- [A](a.md)\n", Options{ReadmeHome: true}, false},
		{"another layout", "README.md", "# Notes\n\n- [A talk](/notes/a.md)\n", Options{}, false},
		{"a URL of its own", "README.md", "---\nurl: /about/\n---\n# Notes\n\n- [A](a.md)\n", Options{ReadmeHome: true}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.Dir = "."
			d := Parse(tc.file, []byte(tc.src), tc.opts)
			if d.Intro != tc.intro || tc.intro && d.URL != "/" {
				t.Errorf("intro %v at %q, want %v", d.Intro, d.URL, tc.intro)
			}
		})
	}
}
