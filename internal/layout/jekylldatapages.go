package layout

// Pages Jekyll's data page generator makes of a data file's records,
// and the URLs it gives them.

import (
	"bytes"
	"cmp"
	"io/fs"
	"path"
	"strings"

	"lectern/internal/config"
)

// jekyllDataPages reads page_gen, the settings of Jekyll's data page
// generator (jekyll-datapage_gen, a gem or a copy in _plugins/): each
// entry makes a page of every record of a data file (data: speakers,
// or conf.speakers for _data/conf/speakers.yml), named by one of its
// fields (name: full_name) in a folder (dir, else the data's name), as
// dir/<name>.html, or dir/<name>/index.html when the entry's
// index_files, else the site's page_gen-dirs, says so. lectern makes
// those pages itself from the records, and publishes each there, so
// the site's links to them (written with the generator's datapage_url
// filter) keep working. An entry without a name field, with another
// extension than html, or of a data file lectern does not read gives
// no URL; a filter field (filter: confirmed) leaves the records that
// do not set it without a page; a record without a title of its own is
// titled by the entry's title field (title: talk.title, a path into
// the record), else by its name field, as the generator titles the
// page; of two entries of one file (a file of speakers whose records
// also make the talks' pages), the one whose folder or template is
// named as the file is kept, and neither when none is.
func (f *foreign) jekyllDataPages(fsys fs.FS, m map[string]any, site string, dataDirs []string) {
	specs, _ := m["page_gen"].([]any)
	if len(specs) == 0 {
		return
	}
	dirs, _ := m["page_gen-dirs"].(bool)
	slugify := pluginSlugifies(fsys, site)
	f.c.Permalinks.DataPages = config.DataPageNames{Dirs: dirs, Slugify: slugify}
	byData := map[string][]dataPageSpec{}
	for _, v := range specs {
		s, ok := v.(map[string]any)
		if !ok {
			continue
		}
		data := strings.TrimSpace(str(s["data"]))
		field := strings.TrimSpace(str(s["name"]))
		if data == "" || field == "" || !isHTMLExt(str(s["extension"])) {
			continue
		}
		name := strings.ReplaceAll(data, ".", "/")
		if !hasDataFile(fsys, dataDirs, name) {
			continue
		}
		dir := strings.Trim(cmp.Or(strings.TrimSpace(str(s["dir"])), data), "/")
		index := dirs
		if b, set := s["index_files"].(bool); set {
			index = b
		}
		suffix := ".html"
		if index {
			suffix = "/"
		}
		u := config.RecordURL{Prefix: "/" + dir + "/", Field: field, Suffix: suffix, Slugify: slugify, FileName: !slugify,
			Filter: strings.TrimSpace(str(s["filter"])), Title: cmp.Or(strings.TrimSpace(str(s["title"])), field)}
		if dir == "" {
			u.Prefix = "/"
		}
		byData[name] = append(byData[name], dataPageSpec{url: u, dir: dir, template: str(s["template"])})
	}
	for name, list := range byData {
		u, ok := ownSpec(name, list)
		if !ok {
			continue
		}
		if f.c.Permalinks.Records == nil {
			f.c.Permalinks.Records = map[string]config.RecordURL{}
		}
		f.c.Permalinks.Records[name] = u
	}
}

// dataPageSpec is one entry of page_gen: the URL it gives the records,
// the folder and the template it names.
type dataPageSpec struct {
	url           config.RecordURL
	dir, template string
}

// ownSpec is the entry that makes the pages of the data file name's
// records: the only one, else the one whose folder or template is named
// as the file (speakers for _data/speakers.yml).
func ownSpec(name string, list []dataPageSpec) (config.RecordURL, bool) {
	if len(list) == 1 {
		return list[0].url, true
	}
	base := path.Base(name)
	for _, s := range list {
		if path.Base(s.dir) == base || s.template == base {
			return s.url, true
		}
	}
	return config.RecordURL{}, false
}

// isHTMLExt reports whether a page_gen entry's extension, "" for the
// default, makes web pages.
func isHTMLExt(ext string) bool {
	ext = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(ext)), ".")
	return ext == "" || ext == "html"
}

// pluginSlugifies reports whether the site's own copy of the data page
// generator, a Ruby file of its _plugins folder (site is the folder of
// _config.yml), names pages with Jekyll's slugify, as its later
// versions do (Utils.slugify: "callstats.io" is "callstats-io"), rather
// than with the file-name rule of the gem and its earlier copies.
func pluginSlugifies(fsys fs.FS, site string) bool {
	dir := path.Join(site, "_plugins")
	entries, _ := fs.ReadDir(fsys, dir)
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".rb" {
			continue
		}
		src, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil || !bytes.Contains(src, []byte("page_gen")) {
			continue
		}
		return bytes.Contains(src, []byte("slugify("))
	}
	return false
}
