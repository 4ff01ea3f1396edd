package content

import (
	"slices"
	"strings"
	"testing"
)

func TestFranklinRaw(t *testing.T) {
	tests := []struct {
		name string
		file string
		opts Options
		src  string
		body string
	}{
		{"TOML front matter makes a page Franklin's", "content/a.md", Options{},
			"+++\ntitle = \"Workshops\"\n+++\n~~~\n<table>\n\n  <tr><td>x</td></tr>\n</table>\n~~~\n\n~~~julia\nx = 1\n~~~\n",
			"~~~{=html}\n<table>\n\n  <tr><td>x</td></tr>\n</table>\n~~~\n\n~~~julia\nx = 1\n~~~\n"},
		{"@def lines make a page Franklin's", "content/a.md", Options{},
			"@def title = \"x\"\n\n# X\n\n~~~\n<div>hi</div>\n~~~\n",
			// The @def line is the page's front matter, blanked.
			// "# X" repeats the title "X": left out (dropRepeatedTitle).
			"\n\n\n\n~~~{=html}\n<div>hi</div>\n~~~\n"},
		{"a Franklin site", "content/a.md", Options{Franklin: true},
			"# X\n\n~~~\n<img src=\"a.png\">\n~~~\n",
			"~~~{=html}\n<img src=\"a.png\">\n~~~\n"},
		{"ordinary markdown keeps tilde code", "content/a.md", Options{},
			"---\ntitle: x\n---\n~~~\n<b>code</b>\n~~~\n\n~~~go\nx := 1\n~~~\n",
			"~~~\n<b>code</b>\n~~~\n\n~~~go\nx := 1\n~~~\n"},
		{"~~~ inside a backtick fence is code", "content/a.md", Options{Franklin: true},
			"+++\n+++\n```\n~~~\nx\n~~~\n```\n",
			"```\n~~~\nx\n~~~\n```\n"},
		{"a ~~~ never closed stays", "content/a.md", Options{Franklin: true},
			"+++\n+++\n~~~\nx\n",
			"~~~\nx\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.file, []byte(tt.src), tt.opts)
			if string(d.Body) != tt.body {
				t.Errorf("body\n got %q\nwant %q", d.Body, tt.body)
			}
		})
	}
}

// franklinConfig is a Franklin config.md's commands.
const franklinConfig = `+++
author = "x"
+++
\newcommand{\email}{[a@b.org](mailto:a@b.org)}
\newcommand{\elink}[2]{~~~<a href="#2">#1</a>~~~}
\newcommand{\vskip}{@@u-vskip-3 @@}
\newcommand{\broken}{never closed
`

// TestFranklinLines: a Franklin page's divs, raw blocks, figures and the
// commands its Julia code defines become what the markdown stage reads,
// line for line, and one warning names what was left out.
func TestFranklinLines(t *testing.T) {
	tests := []struct {
		name, src, body, warning string
	}{
		{"indented div and raw block",
			"+++\ntitle = \"x\"\n+++\n@@row\n  @@col-12,col-md-6\n    ~~~\n    <h2>Hi</h2>\n    ~~~\n  @@\n@@\n",
			"@@row\n@@col-12,col-md-6\n~~~{=html}\n    <h2>Hi</h2>\n~~~\n@@\n@@\n", ""},
		{"vertical space", "+++\ntitle = \"x\"\n+++\nA\n\\\\\nB\n", "A\n\nB\n", ""},
		{"figures", "+++\ntitle = \"x\"\n+++\n\\fig{/assets/a.png}\n\\figalt{A map}{/assets/map.png}\n", "![](/assets/a.png)\n![A map](/assets/map.png)\n", ""},
		{"an environment of the site's code",
			"+++\ntitle = \"x\"\n+++\n\\begin{box}{title=\"Tickets\", color=\"purple\"}\nBuy one.\n\\end{box}\n\\begin{rowheader}{title=\"Keynotes\", color=\"\"}\\end{rowheader}\n\\keynote{name=\"Ada\", title=\"Engines\"}\n",
			"### Tickets\nBuy one.\n\n### Keynotes\n**Ada**: *Engines*  \n",
			`content/a.md:4:1: warning: \begin{box}, \begin{rowheader}, \keynote are defined in the site's Julia code`},
		{"commands whose arguments name what they show",
			"+++\ntitle = \"x\"\n+++\n\\keynote{name=\"Ada *L*\", affil=\"Engines Ltd\", link=\"https://a.org/\", img=\"/a.jpg\", title=\"Notes\"}\n\\sponsor{name=\"ACME\", link=\"https://acme.test/\", level=1}\n\\logo{img=\"/l.png\", link=\"https://l.test/\"}\n\\keynote{a}\n\\keynote{link=\"javascript:(x)\"}\n",
			"[![](/a.jpg)](https://a.org/) **[Ada \\*L\\*](https://a.org/)** (Engines Ltd): *Notes*  \n**[ACME](https://acme.test/)**  \n[![](/l.png)](https://l.test/)  \n\n\n",
			`content/a.md:4:1: warning: \keynote, \sponsor, \logo are defined in the site's Julia code`},
		{"a command whose arguments run over several lines",
			"+++\ntitle = \"x\"\n+++\n\\avatar{name=\"Ada Lovelace\", affil=\"Engines Ltd\", link=\"https://a.org/\", bio=\"Ada writes\nthe notes {on engines}\nof Lyon.\"}\n\n### Engines\n\\keynote{name=\"Bo\",\n  title=\"Looms\"\n}\n\\committeemember{\n  name=\"Cy\",\n  info=\"\"\"Co-Chair\"\"\"\n}\nText.\n",
			"**[Ada Lovelace](https://a.org/)** (Engines Ltd)<br>Ada writes the notes {on engines} of Lyon.  \n\n\n\n### Engines\n**Bo**: *Looms*  \n\n\n**Cy** (Co-Chair)  \n\n\n\nText.\n",
			`content/a.md:4:1: warning: \avatar, \keynote, \committeemember are defined in the site's Julia code`},
		{"a card's photo or logo stands before its name, its bio under it",
			"+++\ntitle = \"x\"\n+++\n\\avatar{name=\"Ada\", img=\"/assets/ada.jpg\"}\n\\sponsor{name=\"ACME\", link=\"https://acme.test/\", img=\"/assets/acme.png\", level=1}\n\\avatar{name=\"Bo\", img=\"a b.jpg\", bio=\"Bo *weaves*.\"}\n",
			"![](/assets/ada.jpg) **Ada**  \n[![](/assets/acme.png)](https://acme.test/) **[ACME](https://acme.test/)**  \n**Bo**<br>Bo \\*weaves\\*.  \n",
			`content/a.md:4:1: warning: \avatar, \sponsor are defined in the site's Julia code`},
		{"a brace never closed is left as it is",
			"+++\ntitle = \"x\"\n+++\n\\keynote{name=\"Ada\",\nText.\n",
			"\\keynote{name=\"Ada\",\nText.\n", ""},
		{"math is left alone",
			"+++\ntitle = \"x\"\n+++\n\\begin{align}\na &= b\n\\end{align}\n$$\n\\begin{cases} x \\end{cases}\n\\foo{x}\n$$\n",
			"\\begin{align}\na &= b\n\\end{align}\n$$\n\\begin{cases} x \\end{cases}\n\\foo{x}\n$$\n", ""},
		{"code is left alone", "+++\ntitle = \"x\"\n+++\n```\n\\keynote{x}\n\\\\\n@@row\n```\n", "```\n\\keynote{x}\n\\\\\n@@row\n```\n", ""},
		{"raw HTML inside a line", "+++\ntitle = \"x\"\n+++\nkeynotes and ~~~<span title=\"t\">BoF</span>~~~ sessions\n~~~<img src=\"a.png\">~~~\n",
			"keynotes and <span title=\"t\">BoF</span> sessions\n<img src=\"a.png\">\n", ""},
		{"the config's commands",
			"+++\ntitle = \"x\"\n+++\nWrite to \\email or see \\elink{the site}{https://x.org}.\n\\vskip\nA \\nocommand{y}.\n",
			"Write to [a@b.org](mailto:a@b.org) or see <a href=\"https://x.org\">the site</a>.\n<div class=\"u-vskip-3\"></div>\nA \\nocommand{y}.\n", ""},
		{"a page's own command",
			"+++\ntitle = \"x\"\n+++\n\\newcommand{\\hi}[1]{Hello, **#1**}\n\\hi{you}\n",
			"\nHello, **you**\n", ""},
		{"display math in brackets", "+++\ntitle = \"x\"\n+++\n\\[\n\\frac{a}{b}\n\\]\n",
			"\\[\n\\frac{a}{b}\n\\]\n", ""},
		{"a command inside a line is left", "+++\ntitle = \"x\"\n+++\nSee \\other{x}{y} here.\n", "See \\other{x}{y} here.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/a.md", []byte(tt.src), Options{Franklin: true, Commands: ReadCommands(franklinConfig)})
			if string(d.Body) != tt.body {
				t.Errorf("body\n got %q\nwant %q", d.Body, tt.body)
			}
			got := strings.Join(d.Diags.Strings(), "\n")
			if tt.warning == "" && strings.Contains(got, "Julia code") || tt.warning != "" && !strings.Contains(got, tt.warning) {
				t.Errorf("diagnostics %q, want %q", got, tt.warning)
			}
		})
	}
}

// TestHugoTOMLPageIsNotFranklins: a page whose only Franklin sign is its
// TOML front matter, as a Hugo page's is, gets Franklin's raw blocks and
// nothing else.
func TestHugoTOMLPageIsNotFranklins(t *testing.T) {
	src := "+++\ntitle = \"x\"\n+++\n\\begin{box}{title=\"T\"}\n\\\\\n\\keynote{a}\nx ~~~<i>y</i>~~~\n~~~\n<b>\n~~~\n"
	want := "\\begin{box}{title=\"T\"}\n\\\\\n\\keynote{a}\nx ~~~<i>y</i>~~~\n~~~{=html}\n<b>\n~~~\n"
	d := Parse("content/a.md", []byte(src), Options{})
	if string(d.Body) != want {
		t.Errorf("body\n got %q\nwant %q", d.Body, want)
	}
	if len(d.Diags) != 0 {
		t.Errorf("diagnostics: %q", d.Diags.Strings())
	}
}

// TestReadCommands: \newcommand definitions with and without arguments,
// braces nested; malformed ones are skipped.
func TestReadCommands(t *testing.T) {
	got := ReadCommands(franklinConfig + "\\newcommand{\\pair}[2]{{#1}{#2}}\n\\newcommand{\\bad name}{x}\n")
	want := map[string]Command{
		"email": {0, "[a@b.org](mailto:a@b.org)"},
		"elink": {2, `~~~<a href="#2">#1</a>~~~`},
		"vskip": {0, "@@u-vskip-3 @@"},
		"pair":  {2, "{#1}{#2}"},
	}
	if len(got) != len(want) {
		t.Errorf("got %d commands, want %d: %v", len(got), len(want), got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %+v, want %+v", k, got[k], v)
		}
	}
	if x := expandCommands(`\pair{a}{\email}`, got); x != "{a}{[a@b.org](mailto:a@b.org)}" {
		t.Errorf("nested expansion: %q", x)
	}
}

// TestFranklinDefs: a Franklin page's @def lines are its front matter,
// at their lines; Julia values TOML cannot read are left out, and the
// lines are blanked in the body.
func TestFranklinDefs(t *testing.T) {
	src := "@def title = \"Keynotes\"\n@def date = Date(2024, 7, 9)\n@def tags = [\"julia\", \"hpc\"]\n\n# Keynotes\n\nText.\n@def hascode = true\n@def mintoclevel = 2:3\n@def speakers = [\"Ada Lovelace\"]\n@def title = \"Twice\" oops\n"
	d := Parse("content/keynotes.md", []byte(src), Options{Franklin: true})
	if d.Title != "Keynotes" || d.Date.Format("2006-01-02") != "2024-07-09" || len(d.Tags) != 2 || len(d.Speakers) != 1 {
		t.Errorf("title %q date %v tags %q speakers %+v", d.Title, d.Date, d.Tags, d.Speakers)
	}
	if p := d.Pos("date"); p.Line != 2 {
		t.Errorf("date at %v, want line 2", p)
	}
	// "# Keynotes" repeats the title: left out, its line kept empty.
	if want := "\n\n\n\n\n\nText.\n\n\n\n\n"; string(d.Body) != want {
		t.Errorf("body %q, want %q", d.Body, want)
	}
	if got := Parse("content/a.md", []byte("@def title = \"x\"\n"), Options{}); got.Title != "x" {
		t.Errorf("an @def line alone makes a page Franklin's: title %q", got.Title)
	}
	if got := Parse("content/a.md", []byte("---\ntitle: Front\n---\n@def title = \"x\"\n"), Options{Franklin: true}); got.Title != "Front" {
		t.Errorf("front matter comes first: title %q", got.Title)
	}
}

// TestFranklinFrontMatter: a Franklin page's "+++" block is Julia, read
// as its @def lines are when TOML cannot read it: a date written
// Date(2020, 1, 31) is the page's date, at its line, and code lectern
// does not run (using Dates, nothing) is left out without a word. A
// Hugo page's TOML that does not parse is still an error.
func TestFranklinFrontMatter(t *testing.T) {
	src := "+++\nusing Dates\ntitle = \"Big post\"\ndate = Date(2020, 1, 31)\ntags = [\"julia\", \"talks\"]\nrss_description = nothing\nhasmath = false\n+++\n\nHello.\n"
	d := Parse("posts/big.md", []byte(src), Options{Franklin: true})
	if len(d.Diags) != 0 {
		t.Fatalf("diagnostics %q", d.Diags.Strings())
	}
	if d.Title != "Big post" || d.Date.Format("2006-01-02") != "2020-01-31" || len(d.Tags) != 2 {
		t.Errorf("title %q date %v tags %q", d.Title, d.Date, d.Tags)
	}
	if p := d.Pos("date"); p.Line != 4 {
		t.Errorf("date at %v, want line 4", p)
	}
	if string(d.Body) != "\nHello.\n" {
		t.Errorf("body %q", d.Body)
	}
	if h := Parse("content/posts/big.md", []byte(src), Options{}); len(h.Diags) == 0 || !strings.Contains(h.Diags[0].Msg, "cannot parse front matter") {
		t.Errorf("outside a Franklin site: diagnostics %q, want TOML's error", h.Diags.Strings())
	}
}

// TestFranklinLongDefs: an @def value in triple quotes over several
// lines, as Franklin sites write descriptions, is the field's text,
// without the indentation its lines share; its lines leave the body and
// the fields after it keep their lines. One never closed stays as it
// was: an @def line left out, the lines after it text.
func TestFranklinLongDefs(t *testing.T) {
	src := "@def title = \"Report\"\n@def description = \"\"\"\n    A report on *offline* RL,\n      in \"two\" parts. \\o/\n    \"\"\"\n@def tags = [\"rl\"]\n\n# Report\n\nText.\n"
	d := Parse("blog/report.md", []byte(src), Options{Franklin: true})
	if want := "A report on *offline* RL,\n  in \"two\" parts. \\o/"; d.Summary != want {
		t.Errorf("summary %q, want %q", d.Summary, want)
	}
	if p := d.Pos("tags"); p.Line != 6 || len(d.Tags) != 1 {
		t.Errorf("tags %q at %v, want line 6", d.Tags, p)
	}
	if want := "\n\n\n\n\n\n\n\n\nText.\n"; string(d.Body) != want {
		t.Errorf("body %q, want %q", d.Body, want)
	}
	open := Parse("blog/a.md", []byte("@def title = \"A\"\n@def rss = \"\"\"\nNever closed.\n"), Options{Franklin: true})
	if open.Summary != "" || string(open.Body) != "\n\nNever closed.\n" {
		t.Errorf("summary %q, body %q", open.Summary, open.Body)
	}
}

// TestFranklinLongVectors: a Julia vector written over several lines,
// one item a line (@def tags = [ then "a", then ]), is the field's
// value, in an @def line and in a "+++" block read as Julia, and the
// fields after it keep their lines; its lines leave the body. Another
// value over several lines (a Dict(…)) leaves the body whole, and its
// inner assignments are not read as fields.
func TestFranklinLongVectors(t *testing.T) {
	for _, tt := range []struct {
		name      string
		first     int // the line of title
		src, body string
	}{
		{"@def", 1, "@def title = \"Post\"\n@def tags = [\n  \"julia\", # the language\n  \"talks\",\n]\n@def date = Date(2021, 3, 4)\n@def menu = Dict(\n  \"x\" => [1, 2],\n  title = 3)\n\nText.\n", "\n\n\n\n\n\n\n\n\n\nText.\n"},
		{"+++", 2, "+++\ntitle = \"Post\"\ntags = [\n  \"julia\", # the language\n  \"talks\",\n]\ndate = Date(2021, 3, 4)\nmenu = Dict(\n  \"x\" => [1, 2],\n  title = 3)\n+++\n\nText.\n", "\nText.\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("blog/post.md", []byte(tt.src), Options{Franklin: true})
			if len(d.Diags) != 0 {
				t.Fatalf("diagnostics %q", d.Diags.Strings())
			}
			if d.Title != "Post" || strings.Join(d.Tags, ",") != "julia,talks" {
				t.Errorf("title %q, tags %q", d.Title, d.Tags)
			}
			if p := d.Pos("date"); p.Line != tt.first+5 || d.Date.Format("2006-01-02") != "2021-03-04" {
				t.Errorf("date %v at %v, want line %d", d.Date, p, tt.first+5)
			}
			if p := d.Pos("tags"); p.Line != tt.first+1 {
				t.Errorf("tags at %v, want line %d", p, tt.first+1)
			}
			if string(d.Body) != tt.body {
				t.Errorf("body %q, want %q", d.Body, tt.body)
			}
		})
	}
}

// TestFranklinFeedDate: the date Franklin's feed gives a post,
// rss_pubdate, is its date when it gives no other, which makes it a
// note; a date of its own comes first.
func TestFranklinFeedDate(t *testing.T) {
	d := Parse("posts/a.md", []byte("@def title = \"A\"\n@def rss_pubdate = Date(2021, 7, 28)\n\nText.\n"), Options{Franklin: true})
	if d.Date.Format("2006-01-02") != "2021-07-28" || d.Kind != KindNote || d.Pos("date").Line != 2 {
		t.Errorf("date %v at %v, kind %s", d.Date, d.Pos("date"), d.Kind)
	}
	d = Parse("posts/b.md", []byte("+++\ndate = Date(2020, 1, 2)\nrss_pubdate = Date(2021, 7, 28)\n+++\nText.\n"), Options{Franklin: true})
	if d.Date.Format("2006-01-02") != "2020-01-02" {
		t.Errorf("date %v, want the page's own", d.Date)
	}
}

// TestFranklinSettings: a Franklin config's variables set to texts, in
// @def lines and +++ blocks, in the file's order; a text in triple
// quotes is one text, and what is not a text, or lies inside a value
// over several lines, is left out.
func TestFranklinSettings(t *testing.T) {
	src := "@def website_title = \"Notes\"\n  @def website_descr = \"\"\"\n    On Julia,\n    and talks.\n    \"\"\"\n@def ignore = [\n  \"a/\",\n]\n+++\nprepath = get(ENV, \"P\", \"\")\nmenu = Dict(\n  author = \"Inner\")\nauthor = \"Ada\" # who\n+++\n@def year = 2024\n"
	var got []string
	for _, s := range FranklinSettings([]byte(src)) {
		got = append(got, s.Name+"="+s.Value)
	}
	if want := []string{"website_title=Notes", "website_descr=On Julia,\nand talks.", "author=Ada"}; !slices.Equal(got, want) {
		t.Errorf("settings %q, want %q", got, want)
	}
}

// TestFranklinImpossibleDate: a Date(…) of a day no calendar has, in an
// @def line or a "+++" block, is a warning at its line and the page
// keeps its other fields, instead of an error that fails the site.
func TestFranklinImpossibleDate(t *testing.T) {
	for _, tc := range []struct{ name, src, at string }{
		{"def", "@def title = \"A\"\n@def date = Date(2023, 2, 30)\n\nText.\n", "2:1"},
		{"def string", "@def title = \"A\"\n@def date = Date(\"2023-02-30\")\n\nText.\n", "2:1"},
		{"block", "+++\ntitle = \"A\"\ndate = Date(2023, 2, 30)\n+++\n\nText.\n", "3:1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Parse("posts/a.md", []byte(tc.src), Options{Franklin: true})
			if d.Title != "A" || !d.Date.IsZero() {
				t.Errorf("title %q date %v, want A and no date", d.Title, d.Date)
			}
			var got []string
			for _, x := range d.Diags {
				got = append(got, x.String())
			}
			want := []string{"posts/a.md:" + tc.at + `: warning: cannot read "date" value "2023-02-30" as a date; write it like 2017-08-16, 2017-08-16 11:30, 2017-08-16 11:30:00 -0500, 2017-08-16T11:30:00-05:00 or Aug 16 2017`}
			if !slices.Equal(got, want) {
				t.Errorf("diags\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
