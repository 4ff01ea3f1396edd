package content

import (
	"slices"
	"strings"
	"testing"
)

// A Quarto page with a listing introduces the list of the folders its
// contents name, an R Markdown page with distill's the list of its
// collection's folder; a field named listing of another shape is the
// author's own.
func TestQuartoListing(t *testing.T) {
	tests := []struct {
		name, file, front string
		intro             bool
		dirs              []string
	}{
		{"own folder", "blog/index.qmd", "listing:\n  sort: date desc\n", true, []string{"blog"}},
		{"a folder", "blog/index.qmd", "listing:\n  contents: posts\n", true, []string{"blog/posts"}},
		{"a glob", "talks/index.qmd", "listing:\n  contents: \"*/index.qmd\"\n", true, []string{"talks"}},
		{"a glob below", "index.qmd", "listing:\n  contents: posts/*.qmd\n", true, []string{"posts"}},
		{"from the root", "a/b/index.qmd", "listing:\n  contents: /talks\n", true, []string{"talks"}},
		{"several listings", "index.qmd", "listing:\n  - id: a\n    contents: talks\n  - id: b\n    contents: [posts, \"!posts/draft.qmd\"]\n", true, []string{"talks", "posts"}},
		{"a type", "blog/index.md", "listing: grid\n", true, []string{"blog"}},
		{"true", "blog/index.md", "listing: true\n", true, []string{"blog"}},
		{"outside", "blog/index.qmd", "listing:\n  contents: ../../x\n", true, []string{"blog"}},
		{"false", "blog/index.md", "listing: false\n", false, nil},
		{"distill's collection", "index.Rmd", "listing: posts\n", true, []string{"_posts"}},
		{"distill's collection, from a page below", "blog/index.Rmd", "listing: articles\n", true, []string{"_articles"}},
		{"a collection's name outside R Markdown", "blog/index.md", "listing: posts\n", false, nil},
		{"no collection's name", "blog/index.Rmd", "listing: our posts\n", false, nil},
		{"another word", "blog/index.md", "listing: our sponsors\n", false, nil},
		{"a number", "blog/index.md", "listing: 3\n", false, nil},
		{"none", "blog/index.md", "title: x\n", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.file, []byte("---\n"+tt.front+"---\nText.\n"), Options{})
			if d.Intro != tt.intro || !slices.Equal(d.Extras().ListDirs, tt.dirs) {
				t.Errorf("intro %v, dirs %q; want %v, %q", d.Intro, d.Extras().ListDirs, tt.intro, tt.dirs)
			}
		})
	}
}

// In Quarto and R Markdown, format is Pandoc's output format, not the
// format of a talk; elsewhere it is the talk's.
func TestPandocFormat(t *testing.T) {
	tests := []struct {
		file   string
		quarto bool
		want   string
	}{
		{"talks/a.qmd", false, ""},
		{"talks/a.Rmd", false, ""},
		{"talks/a.md", true, ""},
		{"talks/a.md", false, "Workshop"},
	}
	for _, tt := range tests {
		d := Parse(tt.file, []byte("---\ntitle: A\nspeakers: [Ann]\nformat: Workshop\n---\nText.\n"), Options{Quarto: tt.quarto})
		if d.Format != tt.want {
			t.Errorf("%s (quarto %v): format %q, want %q", tt.file, tt.quarto, d.Format, tt.want)
		}
		if tt.want == "" && d.Params["format"] != "Workshop" {
			t.Errorf("%s: format not kept in Params: %v", tt.file, d.Params)
		}
	}
}

// A markdown index file at the top of the content folder introduces the
// home page, its text whole and unwarned, and so does an HTML one of
// values and includes; one with a URL of its own, or in a folder, or an
// HTML one looping over the site's posts (the other tool's home page),
// does not.
func TestRootIndexIntroducesTheHome(t *testing.T) {
	tests := []struct {
		file, src string
		intro     bool
	}{
		{"index.md", "---\nlayout: home\n---\n", true},
		{"index.markdown", "---\ntitle: Conf\n---\nHi.\n", true},
		{"index.qmd", "---\ntitle: Me\n---\nAbout me.\n", true},
		{"INDEX.md", "# Welcome to Conf\n\nHi.\n", true},
		{"index.md", "---\npermalink: /start/\n---\nHi.\n", false},
		{"talks/index.md", "---\ntitle: Talks\n---\nHi.\n", false},
		{"index.html", "---\ntitle: Home\n---\n<p>Hi {{ site.title }}.</p>\n{% include card.html %}\n", true},
		{"index.html", "---\nlayout: home\n---\n<p>Hi.</p>\n", true},
		{"index.html", "---\ntitle: Home\n---\n{% for p in paginator.posts %}<p>{{ p.title }}</p>{% endfor %}\n", false},
	}
	for _, tt := range tests {
		d := Parse(tt.file, []byte(tt.src), Options{})
		if d.Intro != tt.intro || tt.intro && d.URL != "/" {
			t.Errorf("%s: intro %v at %q, want intro %v", tt.file, d.Intro, d.URL, tt.intro)
		}
		if tt.intro && len(d.Diags) > 0 {
			t.Errorf("%s: %q", tt.file, d.Diags.Strings())
		}
	}
	d := Parse("index.md", []byte("# Welcome to Conf\n\nHi.\n"), Options{})
	if !strings.Contains(string(d.Body), "# Welcome to Conf") {
		t.Errorf("the home's intro lost its heading: %q", d.Body)
	}
}

// TestQuartoListingPlaces: the empty divs where a Quarto page places its
// listings by id (":::{#talks_2023}"), and the headings over nothing
// else, are left out, their lines kept blank; a div of another id, a
// div holding text, a heading over text and code are kept.
func TestQuartoListingPlaces(t *testing.T) {
	front := "---\ntitle: Talks\nlisting:\n  - id: talks_2024\n    contents: talks_2024.yml\n  - id: talks_2023\n    contents: talks_2023.yml\n---\n"
	tests := []struct {
		name, body, want string
	}{
		{"under year headings",
			"Intro.\n\n## 2024\n\n:::{#talks_2024}\n:::\n\n## 2023\n\n::: {#talks_2023 .list}\n:::\n",
			"Intro.\n\n\n\n\n\n\n\n\n\n\n"},
		{"nested headings",
			"# Talks\n\n## 2024\n\n:::{#talks_2024}\n:::\n",
			"\n\n\n\n\n\n"},
		{"a heading over text too",
			"## 2024\n\nGiven this year:\n\n:::{#talks_2024}\n:::\n",
			"## 2024\n\nGiven this year:\n\n\n\n"},
		{"a heading over a kept subsection",
			"## 2024\n\n:::{#talks_2024}\n:::\n\n### Notes\n\nMore.\n",
			"## 2024\n\n\n\n\n### Notes\n\nMore.\n"},
		{"another id",
			"## Photos\n\n:::{#gallery}\n:::\n",
			"## Photos\n\n:::{#gallery}\n:::\n"},
		{"a div with text",
			"## 2024\n\n:::{#talks_2024}\nSee below.\n:::\n",
			"## 2024\n\n:::{#talks_2024}\nSee below.\n:::\n"},
		{"in code",
			"```\n:::{#talks_2024}\n:::\n```\n",
			"```\n:::{#talks_2024}\n:::\n```\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("talks/index.qmd", []byte(front+tt.body), Options{})
			if got := string(d.Body); got != tt.want {
				t.Errorf("body = %q, want %q", got, tt.want)
			}
		})
	}
}

// Pandoc reads a page's title and subtitle as markdown, as Quarto and R
// Markdown show them: a link is its text, code and emphasis their words.
// Elsewhere the front matter's title is text as written.
func TestPandocTitleMarkdown(t *testing.T) {
	front := "---\ntitle: \"Keynote at [DataConf](https://dataconf.example.org): `dplyr` *fast*\"\n" +
		"subtitle: \"Invited talk for the [Summer Program](https://program.example.org/), _2024_\"\nspeakers: [Sam]\n---\nText.\n"
	tests := []struct {
		file            string
		quarto          bool
		title, subtitle string
	}{
		{"talks/a.qmd", false, "Keynote at DataConf: dplyr fast", "Invited talk for the Summer Program, 2024"},
		{"talks/a.Rmd", false, "Keynote at DataConf: dplyr fast", "Invited talk for the Summer Program, 2024"},
		{"talks/a.md", true, "Keynote at DataConf: dplyr fast", "Invited talk for the Summer Program, 2024"},
		{"talks/a.md", false, "Keynote at [DataConf](https://dataconf.example.org): `dplyr` *fast*", "Invited talk for the [Summer Program](https://program.example.org/), _2024_"},
	}
	for _, tt := range tests {
		d := Parse(tt.file, []byte(front), Options{Quarto: tt.quarto})
		if d.Title != tt.title || d.Params["subtitle"] != tt.subtitle {
			t.Errorf("%s (quarto %v): title %q, subtitle %q; want %q, %q", tt.file, tt.quarto, d.Title, d.Params["subtitle"], tt.title, tt.subtitle)
		}
	}
	// A snake_case name in a title is no emphasis.
	if d := Parse("a.qmd", []byte("---\ntitle: Using my_var_name\n---\nT.\n"), Options{}); d.Title != "Using my_var_name" {
		t.Errorf("title %q", d.Title)
	}
}
