package layout

import (
	"reflect"
	"testing"
	"testing/fstest"

	"lectern/internal/config"
)

// TestEleventyRecordURLs: a template that makes a page of each record
// of a global data file (pagination of size 1 under an alias) gives
// those pages the URL its permalink writes with one field of the
// record, slugified when it says so; a folder's index.html is the
// folder. A collection paginated, pages of several records, a
// permalink of more template code, a data file lectern does not read
// (JavaScript) and two templates giving one file's records different
// URLs give none.
func TestEleventyRecordURLs(t *testing.T) {
	site := func(files map[string]string) fstest.MapFS {
		fsys := fstest.MapFS{".eleventy.js": file("module.exports = () => ({ dir: { input: \"src\" } })\n")}
		for name, text := range files {
			fsys[name] = file(text)
		}
		return fsys
	}
	const speakers = "[{\"slug\": \"mara-k\", \"name\": \"Mara Kovač\"}]\n"
	tmpl := func(data, size, alias, permalink string) string {
		return "---\nlayout: base.njk\npagination:\n  data: " + data + "\n  size: " + size + "\n  alias: " + alias + "\npermalink: " + permalink + "\n---\n<h1>{{ " + alias + ".name }}</h1>\n"
	}
	tests := []struct {
		name  string
		files map[string]string
		want  map[string]config.RecordURL
	}{
		{"speakers by slug", map[string]string{"src/_data/speakers.json": speakers,
			"src/speakers/speaker.njk": tmpl("speakers", "1", "speaker", "\"speakers/{{ speaker.slug }}/\"")},
			map[string]config.RecordURL{"speakers": {Prefix: "/speakers/", Field: "slug", Suffix: "/"}}},
		{"sessions by slugified title, index.html", map[string]string{"src/_data/talks.yml": "- title: Tides\n",
			"src/talk.liquid": tmpl("talks", "1", "talk", "/sessions/{{ talk.title | slugify }}/index.html")},
			map[string]config.RecordURL{"talks": {Prefix: "/sessions/", Field: "title", Suffix: "/", Slugify: true}}},
		{"a data file in a folder, named with a dot", map[string]string{"src/_data/conf/speakers.json": speakers,
			"src/speaker.njk": tmpl("conf.speakers", "1", "person", "\"/people/{{ person.slug }}.html\"")},
			map[string]config.RecordURL{"conf/speakers": {Prefix: "/people/", Field: "slug", Suffix: ".html"}}},
		{"a collection", map[string]string{"src/_data/speakers.json": speakers,
			"src/speaker.njk": tmpl("collections.speakers", "1", "speaker", "\"/speakers/{{ speaker.slug }}/\"")}, nil},
		{"pages of several records", map[string]string{"src/_data/speakers.json": speakers,
			"src/speakers.njk": tmpl("speakers", "12", "speakers", "\"/speakers/{{ pagination.pageNumber }}/\"")}, nil},
		{"more template code", map[string]string{"src/_data/speakers.json": speakers,
			"src/speaker.njk": tmpl("speakers", "1", "speaker", "\"/{{ speaker.year }}/{{ speaker.slug }}/\"")}, nil},
		{"records fetched in JavaScript", map[string]string{"src/_data/speakers.js": "module.exports = async () => (await fetch(u)).json()\n",
			"src/speaker.njk": tmpl("speakers", "1", "speaker", "\"/speakers/{{ speaker.slug }}/\"")}, nil},
		{"records written as a JavaScript literal", map[string]string{"src/_data/speakers.js": "module.exports = [{ slug: 'mara-k', name: 'Mara' }]\n",
			"src/speaker.njk": tmpl("speakers", "1", "speaker", "\"/speaker/{{ speaker.slug }}/\"")},
			map[string]config.RecordURL{"speakers": {Prefix: "/speaker/", Field: "slug", Suffix: "/"}}},
		{"two templates, two URLs", map[string]string{"src/_data/speakers.json": speakers,
			"src/a.njk": tmpl("speakers", "1", "speaker", "\"/speakers/{{ speaker.slug }}/\""),
			"src/b.njk": tmpl("speakers", "1", "speaker", "\"/people/{{ speaker.slug }}/\"")}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := site(tc.files)
			l := Detect(fsys)
			c, _ := l.Config(fsys)
			if got := c.Permalinks.Records; !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Records = %#v, want %#v", got, tc.want)
			}
		})
	}
}
