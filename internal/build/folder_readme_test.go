package build

import (
	"strings"
	"testing"
)

// A repository of markdown read as a code host shows it: a folder's
// README is the folder's page, at the folder's URL with its files beside
// it, and a link to a folder reaches that page, the folder's name made a
// URL part or not. A folder with an index page keeps its README apart.
func TestFolderReadmeIsTheFolder(t *testing.T) {
	read, _ := buildSite(t, `-- README.md --
# My talks

- [Testing at scale](2019_PyCon_Testing/)
- [Async Django](./Async_Django)
- [Docs](docs/)
-- 2019_PyCon_Testing/README.md --
# Testing at scale

[Slides](slides.pdf)
-- 2019_PyCon_Testing/slides.pdf --
PDF
-- Async_Django/README.md --
# Async Django

Given at DjangoCon.
-- docs/index.md --
# Docs

The docs.
-- docs/README.md --
# How to build the docs
`)
	if got := read("2019-pycon-testing/index.html"); !strings.Contains(got, `href="/2019-pycon-testing/slides.pdf"`) {
		t.Errorf("the folder's README is not its page with its files: %.600s", got)
	}
	if read("2019-pycon-testing/slides.pdf") == "" {
		t.Error("the folder's file is not beside its page")
	}
	home := read("index.html")
	for _, want := range []string{`href="/2019-pycon-testing/"`, `href="/async-django/"`, `href="/docs/"`} {
		if !strings.Contains(home, want) {
			t.Errorf("home lacks %s", want)
		}
	}
	if got := read("docs/index.html"); !strings.Contains(got, "The docs.") {
		t.Errorf("the folder's index page lost its place: %.300s", got)
	}
	if got := read("docs/readme/index.html"); !strings.Contains(got, "How to build the docs") {
		t.Errorf("a README beside an index page is not a page of its own: %.300s", got)
	}
	if read("2019-pycon-testing/readme/index.html") != "" {
		t.Error("the README is also published at /readme/")
	}
}

// A folder of notes whose READMEs describe rather than link, as a code
// host shows it: the top README is the home page's text, and a folder's
// README is its page above the list of the pages of the folder and its
// sub-folders, each titled and linked.
func TestFolderReadmeListsItsPages(t *testing.T) {
	read, _ := buildSite(t, `-- README.md --
# conference-notes
Notes from conferences
-- 2016/djangocon/README.md --
# DjangoCon 2016
Notes from DjangoCon US 2016
-- 2016/djangocon/channels.md --
# Architecting with Channels

Text.
-- 2016/djangocon/day2/orm.md --
# ORM tricks

Text.
`)
	if got := read("index.html"); !strings.Contains(got, "Notes from conferences") {
		t.Errorf("the describing README is not the home page's text: %.600s", got)
	}
	if read("readme/index.html") != "" {
		t.Error("the top README is also a page of its own")
	}
	folder := read("2016/djangocon/index.html")
	for _, want := range []string{"Notes from DjangoCon US 2016", `href="/2016/djangocon/channels/"`, "Architecting with Channels", `href="/2016/djangocon/day2/orm/"`, "ORM tricks"} {
		if !strings.Contains(folder, want) {
			t.Errorf("the folder's page lacks %s: %.900s", want, folder)
		}
	}
}

// A folder of markdown whose README links none of its pages, or that
// has none, is shown as a code host shows it: the README's text, then
// its top folders, each by the page at its URL and titled by it, then
// its top pages; what the README links is not listed again, and a folder
// with no page of its own is left out for its pages. Every page is so
// reached from the home page.
func TestFolderHomeListsTopFolders(t *testing.T) {
	tests := []struct {
		name      string
		site      string
		want, not []string
	}{
		{
			name: "no README",
			site: `-- flawless/README.md --
# Flawless testing

Slides below.
-- jvm/slides.md --
# Things JVM

Text.
-- notes.md --
# Loose notes

Text.
`,
			want: []string{`href="/flawless/">Flawless testing</a>`, `href="/jvm/">Jvm</a>`, `href="/notes/">Loose notes</a>`},
		},
		{
			name: "a README that describes",
			site: `-- README.md --
# Conference notes

My notes from the conference.
-- 2012-04-23/1-keynote.md --
# Monday keynote

Text.
-- keynotes/rich/README.md --
# Transducers

Text.
`,
			want: []string{"My notes from the conference.", `href="/2012-04-23/">2012-04-23</a>`, `href="/keynotes/rich/">Transducers</a>`},
		},
		{
			name: "what the README links is not listed again",
			site: `-- README.md --
# Talks

- [Async](async/)
-- async/README.md --
# Async Django

Text.
-- other/README.md --
# Other talk

Text.
`,
			want: []string{`href="/other/">Other talk</a>`},
			not:  []string{`href="/async/">Async Django</a>`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, tt.site)
			home := read("index.html")
			for _, w := range tt.want {
				if !strings.Contains(home, w) {
					t.Errorf("home lacks %s: %.1500s", w, home)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(home, n) {
					t.Errorf("home lists %s again", n)
				}
			}
		})
	}
}
