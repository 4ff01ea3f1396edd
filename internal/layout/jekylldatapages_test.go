package layout

import (
	"reflect"
	"testing"
	"testing/fstest"

	"lectern/internal/config"
)

// TestJekyllDataPages: page_gen, the settings of Jekyll's data page
// generator, gives the records of a data file the URLs of the pages it
// makes of them: dir/<name>.html, or dir/<name>/ with page_gen-dirs or
// the entry's index_files, the name made a file name (or a slug, when
// the site's copy of the plugin slugifies), a filter and a title kept
// (the name field when the entry names no title); an entry
// without a name field, of another extension or of no data file gives
// none, and of two entries of one file the one named as the file wins.
func TestJekyllDataPages(t *testing.T) {
	const speakers = "- {full_name: Mara Kovač, title: Tides, confirmed: true}\n"
	tests := []struct {
		name  string
		files map[string]string
		want  map[string]config.RecordURL
		names config.DataPageNames
	}{
		{"files", map[string]string{"_config.yml": "page_gen:\n  - data: speakers\n    template: speaker\n    name: full_name\n    dir: people\n"},
			map[string]config.RecordURL{"speakers": {Prefix: "/people/", Field: "full_name", Suffix: ".html", FileName: true, Title: "full_name"}}, config.DataPageNames{}},
		{"folders, filtered", map[string]string{"_config.yml": "page_gen-dirs: true\npage_gen:\n  - data: speakers\n    name: full_name\n    filter: confirmed\n"},
			map[string]config.RecordURL{"speakers": {Prefix: "/speakers/", Field: "full_name", Suffix: "/", FileName: true, Filter: "confirmed", Title: "full_name"}}, config.DataPageNames{Dirs: true}},
		{"index_files of an entry, a title", map[string]string{"_config.yml": "page_gen:\n  - data: speakers\n    name: full_name\n    index_files: true\n    title: talk.title\n"},
			map[string]config.RecordURL{"speakers": {Prefix: "/speakers/", Field: "full_name", Suffix: "/", FileName: true, Title: "talk.title"}}, config.DataPageNames{}},
		{"a plugin that slugifies", map[string]string{"_config.yml": "page_gen:\n  - data: speakers\n    name: full_name\n",
			"_plugins/data_page_generator.rb": "# page_gen\ndef sanitize_filename(name)\n  return Utils.slugify(name)\nend\n"},
			map[string]config.RecordURL{"speakers": {Prefix: "/speakers/", Field: "full_name", Suffix: ".html", Slugify: true, Title: "full_name"}}, config.DataPageNames{Slugify: true}},
		{"two entries of one file", map[string]string{"_config.yml": "page_gen:\n  - data: speakers\n    template: speakers\n    dir: speakers\n    name: full_name\n  - data: speakers\n    template: talks\n    dir: talks\n    name: title\n"},
			map[string]config.RecordURL{"speakers": {Prefix: "/speakers/", Field: "full_name", Suffix: ".html", FileName: true, Title: "full_name"}}, config.DataPageNames{}},
		{"no name field", map[string]string{"_config.yml": "page_gen:\n  - data: speakers\n    dir: people\n"}, nil, config.DataPageNames{}},
		{"another extension", map[string]string{"_config.yml": "page_gen:\n  - data: speakers\n    name: full_name\n    extension: json\n"}, nil, config.DataPageNames{}},
		{"no such data file", map[string]string{"_config.yml": "page_gen:\n  - data: talks\n    name: title\n"}, nil, config.DataPageNames{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"_data/speakers.yml": file(speakers), "index.md": file("# Home\n")}
			for name, text := range tc.files {
				fsys[name] = file(text)
			}
			c, _ := Detect(fsys).Config(fsys)
			if got := c.Permalinks.Records; !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Records = %#v, want %#v", got, tc.want)
			}
			if c.Permalinks.DataPages != tc.names {
				t.Errorf("DataPages = %#v, want %#v", c.Permalinks.DataPages, tc.names)
			}
		})
	}
}
