package build

import (
	"strings"
	"testing"
)

// An Eleventy site's collections are no topics: a tag its config adds
// as a collection, one its directory data files pages under, or the
// name of a page's top folder makes no tag page; the page's other tags
// do, and so does a folder further down.
func TestBuildEleventyCollectionsAreNoTags(t *testing.T) {
	talk := func(title, tags string) string {
		return "---\ntitle: " + title + "\ndate: 2024-05-01T10:00:00Z\nspeakers: [Ada Lovelace]\ntags: " + tags + "\n---\nBody.\n"
	}
	read, _ := buildSite(t, "-- .eleventy.js --\nmodule.exports = function (c) {\n  c.addCollection(\"featured\", (api) => api.getAll());\n};\n"+
		"-- schedule/schedule.json --\n{\"layout\": \"talk.njk\", \"tags\": \"programme\"}\n"+
		"-- schedule/a.md --\n"+talk("Alpha", "[schedule, programme, featured, python]")+
		"-- talks/rust/b.md --\n"+talk("Beta", "[talk, rust]"))
	for _, tt := range []struct {
		tag  string
		want string // "" for no tag page
	}{
		{"schedule", ""},  // the page's top folder
		{"programme", ""}, // the directory data's tags
		{"featured", ""},  // the config's addCollection
		{"talk", ""},      // the page's kind, as before
		{"python", "Alpha"},
		{"rust", "Beta"}, // a folder below the top is a subject
	} {
		got := read("tags/" + tt.tag + "/index.html")
		switch {
		case tt.want == "" && got != "":
			t.Errorf("a tag page for the collection %s: %.200s", tt.tag, got)
		case tt.want != "" && !strings.Contains(got, tt.want):
			t.Errorf("tags/%s lacks %s: %.300s", tt.tag, tt.want, got)
		}
	}
}

// Eleventy's addPassthroughCopy({"./src/static/": "/"}) publishes the
// folder's files at the top of the output, where the author's links
// name them.
func TestBuildEleventyPassthroughObject(t *testing.T) {
	read, _ := buildSite(t, "-- .eleventy.js --\nmodule.exports = function (c) {\n  c.addPassthroughCopy({ './src/static/': '/', 'src/docs': 'files/docs' });\n  return { dir: { input: 'src' } };\n};\n"+
		"-- src/static/img/a.svg --\n<svg/>\n-- src/docs/b.txt --\nB\n-- src/about.md --\n---\ntitle: About\n---\n![A](/img/a.svg)\n")
	for file, want := range map[string]string{"img/a.svg": "<svg/>", "files/docs/b.txt": "B", "static/img/a.svg": "", "docs/b.txt": ""} {
		if got := strings.TrimSpace(read(file)); got != want {
			t.Errorf("%s = %q, want %q", file, got, want)
		}
	}
}
