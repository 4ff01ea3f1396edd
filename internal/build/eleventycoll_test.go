package build

import (
	"strings"
	"testing"
)

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
