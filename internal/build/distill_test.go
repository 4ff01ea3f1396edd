package build

import (
	"strings"
	"testing"
)

// A distill blog, an R Markdown website whose posts are in _posts/, is
// read as R Markdown, not as Jekyll: its title, description and navbar
// from _site.yml, each post as a note at /posts/<its folder>/, the .html
// rendered beside each source not published again, and a page's
// "listing: posts" listing the posts; so for another collection
// _site.yml declares (_talks/).
func TestDistillSite(t *testing.T) {
	read, diags := buildSite(t, "-- _site.yml --\nname: ada\ntitle: Ada's notes\ndescription: |\n  Notes by Ada.\nbase_url: https://ada.example.org\n"+
		"navbar:\n  left:\n    - text: Blog\n      href: blog.html\n    - text: About\n      href: about.html\n  right:\n    - icon: fab fa-github\n      href: https://github.com/ada\ncollections:\n  talks:\n    categories: true\noutput: distill::distill_article\n"+
		"-- index.Rmd --\n---\ntitle: Ada's notes\nsite: distill::distill_website\n---\nWelcome.\n"+
		"-- blog.Rmd --\n---\ntitle: Blog\nlisting: posts\n---\nAll my posts.\n"+
		"-- about.Rmd --\n---\ntitle: About\n---\nI write about R.\n"+
		"-- about.html --\n<html><body>rendered about</body></html>\n"+
		"-- _posts/2020-11-19-hello-world/hello-world.Rmd --\n---\ntitle: Hello World\ndescription: A first post.\nauthor:\n  - name: Ada Lovelace\n    url: https://ada.example.org\n    affiliation: Engines\ndate: 2020-11-19\ncategories: [R]\n---\nHello from distill.\n"+
		"-- _posts/2020-11-19-hello-world/hello-world.html --\n<html><body>rendered post</body></html>\n"+
		"-- talks.Rmd --\n---\ntitle: Talks\nlisting: talks\n---\nWhere I spoke.\n"+
		"-- _talks/2023-05-01-keynote/keynote.Rmd --\n---\ntitle: Keynote on R\ndate: 2023-05-01\nauthor:\n  - name: Ada Lovelace\n---\nThe talk.\n"+
		"-- _site/index.html --\n<html><body>the rendered site</body></html>\n")
	if len(diags) != 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	post := read("posts/2020-11-19-hello-world/index.html")
	if !strings.Contains(post, "Hello from distill.") {
		t.Errorf("the post is not at /posts/2020-11-19-hello-world/: %.500s", post)
	}
	for _, p := range []string{"2020/11/19/hello-world.html", "_posts/2020-11-19-hello-world/hello-world.html", "posts/2020-11-19-hello-world/hello-world.html", "_site/index.html"} {
		if read(p) != "" {
			t.Errorf("%s published", p)
		}
	}
	// Another collection _site.yml declares: at its own folder's URL,
	// listed by the page naming it.
	if talk := read("talks/2023-05-01-keynote/index.html"); !strings.Contains(talk, "The talk.") {
		t.Errorf("the talk is not at /talks/2023-05-01-keynote/: %.500s", talk)
	}
	if talks := read("talks.html"); !strings.Contains(talks, `href="/talks/2023-05-01-keynote/"`) {
		t.Errorf("the talks page does not list the talk: %.2000s", talks)
	}
	about := read("about.html")
	if !strings.Contains(about, "I write about R.") || strings.Contains(about, "rendered about") {
		t.Errorf("about.html is not the about page: %.500s", about)
	}
	blog := read("blog.html")
	if !strings.Contains(blog, `href="/posts/2020-11-19-hello-world/"`) {
		t.Errorf("the blog does not list the post: %.2000s", blog)
	}
	home := read("index.html")
	for _, want := range []string{"<title>Ada's notes</title>", "Notes by Ada.", `<a href="/blog.html">Blog</a>`, `<a href="/about.html">About</a>`, `<a href="https://github.com/ada">Github</a>`} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %s: %.3000s", want, home)
		}
	}
}
