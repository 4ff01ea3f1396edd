package layout

import (
	"testing"
	"testing/fstest"
)

// TestFranklinNavigation: a Franklin site's navigation is the links its
// _layout/ files write by hand: those of a <nav>'s list (a logo's link
// outside it, a brand's and a button's inside it left out), else of the
// <nav>, else of the list items, named by their text; links a
// Julia function or loop makes, which lectern cannot run, are left out,
// and a file with fewer than two links into the site gives none.
func TestFranklinNavigation(t *testing.T) {
	const config = "@def website_title = \"Notes\"\n@def website_url = \"https://notes.example.org/\"\n"
	for _, tt := range []struct {
		name, file, src, want string
	}{
		{"header.html's nav", "_layout/header.html", `<header>
<div class="blog-name"><a href="/">Ada's notes</a></div>
<nav>
  <ul>
    <li class="{{ispage /index.html}}active{{end}}"><a href="/">Home</a></li>
    <li class="{{ispage /talks/*}}active{{end}}"><a href="/talks/">Talks</a></li>
    <!-- <li><a href="/old/">Old</a></li> -->
    <li><a href="https://github.com/ada">GitHub</a></li>
  </ul>
  <img src="/assets/hamburger.svg" id="menu-icon">
</nav>
</header>`, "Home|/||0|5\nTalks|/talks/||0|6\nGitHub|https://github.com/ada||0|8"},
		{"nav.html's list, icons and unquoted attributes", "_layout/nav.html", `<div id="menu"><ul>
<li class=nav-item><a class=nav-link href=/><i data-feather=home></i>Home</a></li>
<li class=nav-item><a class=nav-link href="/post/">Blog <b>posts</b></a></li>
<li><a href="#top">Top</a></li>
</ul></div>`, "Home|/||0|2\nBlog posts|/post/||0|3"},
		{"sidebar.html's nav of bare links", "_layout/sidebar.html", `<div class="sidebar">
  <nav class="sidebar-nav">
    <a class="sidebar-nav-item {{ispage index.html}}active{{end}}" href="/">Home</a>
    <a class="sidebar-nav-item {{ispage talks/*}}active{{end}}" href="/talks/">Talks</a>
  </nav>
</div>`, "Home|/||0|3\nTalks|/talks/||0|4"},
		{"a nav's list, not its brand and buttons", "_layout/navbar.html", `<nav class="navbar">
  <a class="navbar-brand" href="/">Notes</a>
  <ul class="navbar-nav">
    <li class="nav-item"><a class="nav-link" href="/blog/">Blog</a></li>
    <li class="nav-item"><a class="nav-link" href="https://docs.example.org">Docs</a></li>
    <li class="nav-item"><a class="nav-link" href="/talks/">Talks</a></li>
  </ul>
  <a class="gh-nav-btn" href="https://github.com/ada/notes"><svg></svg> Star</a>
</nav>`, "Blog|/blog/||0|4\nDocs|https://docs.example.org||0|5\nTalks|/talks/||0|6"},
		{"links a loop makes", "_layout/header.html", `<nav><ul>
{{for (menu, url) in menus}}<li><a href="{{url}}">{{ menu }}</a></li>{{end}}
</ul></nav>`, ""},
		{"a function's links and one external link", "_layout/nav.html", `<nav><ul>
{{navbar}}
<li class="nav-item"><a class="nav-link" href="https://proceedings.example.org/">Proceedings</a></li>
</ul></nav>`, ""},
		{"a logo's link alone", "_layout/header.html", `<header><a href="https://github.com/x"><img src="/assets/x.svg" alt="X"></a></header>`, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"config.md":         {Data: []byte(config)},
				"_layout/foot.html": {Data: []byte("</html>")},
				tt.file:             {Data: []byte(tt.src)},
				"index.md":          {Data: []byte("@def title = \"Home\"\n")},
			}
			c, diags := Detect(fsys).Config(fsys)
			if diags.HasErrors() {
				t.Fatal(diags.Strings())
			}
			if got := menuText(c.Menu); got != tt.want {
				t.Errorf("menu:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
