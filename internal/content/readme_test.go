package content

import (
	"testing"
	"testing/fstest"
)

// TestReadmeHome: in a folder of markdown no generator builds, the README
// at the top that links to the repository's own pages, or describes it
// without telling how to build or run it, introduces the home page; one
// that documents the program, or any other README, keeps its page.
func TestReadmeHome(t *testing.T) {
	for _, tc := range []struct {
		name, file, src string
		opts            Options
		intro           bool
	}{
		{"a table of contents", "README.md", "# Notes\n\n- [A talk](/notes/a.md)\n", Options{ReadmeHome: true}, true},
		{"a relative link", "readme.md", "# Papers\n\nSee [the code of conduct](CODE_OF_CONDUCT.md).\n", Options{ReadmeHome: true}, true},
		{"links to folders", "README.md", "# Talks\n\n- [2019](./talks/2019/)\n", Options{ReadmeHome: true}, true},
		{"a link to the site's root is no folder", "README.md", "# Site\n\nRun `make`: [Home](/) and [x](https://example.org/a/)\n", Options{ReadmeHome: true}, false},
		{"documentation", "README.md", "# Site\n\nRun `make`. See [docs](https://example.org/docs.md).\n", Options{ReadmeHome: true}, false},
		{"a description", "README.md", "# conference-notes\nNotes from conferences\n", Options{ReadmeHome: true}, true},
		{"a description with code spans", "README.md", "# Notes\n\n## Keywords\n\n- `Note:`: mine\n- `(?)`: not sure\n", Options{ReadmeHome: true}, true},
		{"how to install", "README.md", "# Site\n\nThe site.\n\n## Installation\n\nClone it.\n", Options{ReadmeHome: true}, false},
		{"how to add an event", "README.md", "This repo holds the meetups.\n\nHow to add an event\n-------------------\n\n1. Copy a file.\n", Options{ReadmeHome: true}, false},
		{"a code block", "README.md", "# Site\n\n```\nbuild\n```\n", Options{ReadmeHome: true}, false},
		{"a command in a code span", "README.md", "# Site\n\nType `npm start` to see it.\n", Options{ReadmeHome: true}, false},
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

// TestFolderReadme: in a folder of markdown, a folder's README stands for
// the folder (its path is the folder's index) unless the folder has an
// index page; Load and Reader agree, and other layouts keep READMEs as
// they are.
func TestFolderReadme(t *testing.T) {
	page := &fstest.MapFile{Data: []byte("# T\n\nText.\n")}
	fsys := fstest.MapFS{
		"README.md":             page,
		"2019-pycon/README.md":  page,
		"2019-pycon/slides.pdf": &fstest.MapFile{Data: []byte("%PDF")},
		"docs/README.md":        page,
		"docs/index.md":         page,
		"deep/er/readme.txt":    page,
		"notes/not-a-readme.md": page,
	}
	want := map[string]string{
		"README.md":             "README.md",
		"2019-pycon/README.md":  "2019-pycon/index.md",
		"docs/README.md":        "docs/README.md",
		"docs/index.md":         "docs/index.md",
		"deep/er/readme.txt":    "deep/er/index.txt",
		"notes/not-a-readme.md": "notes/not-a-readme.md",
	}
	for _, readmeHome := range []bool{true, false} {
		set, _ := Load(fsys, Options{Dir: ".", ReadmeHome: readmeHome})
		for _, d := range set.Docs {
			w := want[d.File]
			if !readmeHome {
				w = d.File
			}
			if d.Path != w {
				t.Errorf("ReadmeHome %v: Load: %s has path %q, want %q", readmeHome, d.File, d.Path, w)
			}
			if again, ok := set.Reader().Read(fsys, d.File); !ok || again.Path != d.Path {
				t.Errorf("ReadmeHome %v: Reader: %s has path %q, Load's %q", readmeHome, d.File, again.Path, d.Path)
			}
		}
	}
}
