package exports

import (
	"bytes"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// Read reads file, whose bytes are src, when it is an export lectern knows;
// file is the slash-separated path from the site's source folder and names
// the documents and messages. loc places times written without a UTC
// offset, when the export does not name its own zone; nil means UTC.
//
// ok is false, after looking at little more than the file's first bytes,
// when the file is none of the formats this package reads; docs and diags
// are then empty and the caller reads the file as plain data. A JSON file
// that does not parse is left to the caller the same way, as its syntax
// error is the same whoever reports it.
//
// Otherwise docs are the file's records as documents, in the file's order
// (a frab schedule's event first; a speaker the first time the file names
// them with more than a name), each with the position of its record in
// Fields and the problems of that record in its own Diags; diags are the
// problems of the file as a whole. A reading export makes one document,
// none when it lists nothing. Fields an export has and lectern does not
// use are ignored. Read never modifies src and never panics.
func Read(file string, src []byte, loc *time.Location) (docs []*content.Document, ok bool, diags diag.List) {
	if loc == nil {
		loc = time.UTC
	}
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	r := &reader{file: file, loc: loc, lines: newLines(file, src), slugs: map[string]bool{}, speakers: map[string]*content.Document{}}
	ext := strings.ToLower(path.Ext(file))
	switch {
	case ext == ".bib" || ext == ".bibtex":
		r.bibtex(src)
	case ext == ".csv" && isGoodreads(src):
		r.goodreads(src)
	case (ext == ".xml" || ext == "") && isFrabXML(src):
		r.frabXML(src)
	case (ext == ".json" || ext == "") && mayBeJSONExport(src):
		if !r.json(src) {
			return nil, false, nil
		}
	default:
		return nil, false, nil
	}
	return r.docs, true, r.diags
}

// reader gathers what one file gives.
type reader struct {
	file  string
	loc   *time.Location
	lines lines
	docs  []*content.Document
	diags diag.List
	// slugs are the virtual paths taken, so that two records with one
	// title get two paths.
	slugs map[string]bool
	// speakers are the speaker documents made, by person slug.
	speakers map[string]*content.Document
}

// jsonMarkers are member names of which at least one appears in every
// JSON export read here; a file with none of them is declined unparsed.
var jsonMarkers = [][]byte{[]byte(`"conference"`), []byte(`"sessions"`), []byte(`"results"`), []byte(`"submission`), []byte(`"slot`), []byte(`"biography"`), []byte(`"talks"`)}

func mayBeJSONExport(src []byte) bool {
	t := bytes.TrimLeft(src, " \t\r\n")
	if len(t) == 0 || (t[0] != '{' && t[0] != '[') {
		return false
	}
	for _, m := range jsonMarkers {
		if bytes.Contains(src, m) {
			return true
		}
	}
	return false
}

// json reads a JSON export, reporting whether the file is one.
func (r *reader) json(src []byte) bool {
	root, _, err := parseJSON(src)
	if err != nil {
		return false
	}
	switch {
	case root.get("schedule").get("conference") != nil:
		r.frabJSON(root)
	case root.get("sessions").is(jarray) && root.get("speakers") != nil:
		r.sessionize(root)
	case isSessionizeGroups(root):
		r.sessionizeGroups(root)
	case isSessionizeSpeakers(root):
		r.sessionizeSpeakers(root)
	case isSessionizeGrid(root):
		r.sessionizeGrid(root)
	case isPretalxWidget(root):
		r.pretalxWidget(root)
	case isPretalx(root):
		r.pretalx(root)
	default:
		return false
	}
	return true
}

// newDoc starts the document of one record of kind, whose record starts
// at pos. Its virtual path is folder/slug.md, the slug made unique within
// the file by a numeric suffix; its Line is pos's, but for a reading
// list, which is the whole file.
func (r *reader) newDoc(kind content.Kind, folder, title, slug string, pos diag.Pos) *content.Document {
	// Titles are one line: exports wrap them, and write non-breaking
	// spaces for spaces.
	title = strings.Join(strings.Fields(title), " ")
	slug = content.Slugify(slug)
	if slug == "" {
		slug = content.Slugify(title)
	}
	if slug == "" {
		slug = string(kind)
	}
	base := slug
	for i := 2; r.slugs[folder+"/"+slug]; i++ {
		slug = base + "-" + strconv.Itoa(i)
	}
	r.slugs[folder+"/"+slug] = true
	d := &content.Document{
		File: r.file, Path: folder + "/" + slug + ".md", Kind: kind,
		Title: title, Slug: slug, BodyLine: pos.Line,
		Fields: content.PositionsAt(pos, "title"),
	}
	if kind != content.KindReading {
		// One record among the file's others, as a data file's record
		// is (Document.Line): inspect names it by the line, and its
		// warnings are told from theirs. A reading list is the whole
		// file, as a page is.
		d.Line = pos.Line
	}
	r.docs = append(r.docs, d)
	return d
}

// dropEmpty takes back reading list d when it lists nothing, keeping its
// diagnostics as the file's.
func (r *reader) dropEmpty(d *content.Document) {
	if len(d.Items) > 0 {
		return
	}
	r.diags.Append(d.Diags)
	r.docs = slices.DeleteFunc(r.docs, func(x *content.Document) bool { return x == d })
}

// at records that field of d was read from the record at pos.
func at(d *content.Document, pos diag.Pos, fields ...string) {
	for _, f := range fields {
		d.Fields.Set(f, pos)
	}
}

// person returns the person named name, with a slug as content gives one.
func person(name string) content.Person {
	name = strings.Join(strings.Fields(name), " ")
	return content.Person{Name: name, Slug: content.Slugify(name)}
}

// param sets d.Params[key] to v when v is not empty.
func param(d *content.Document, key, v string) {
	if v == "" {
		return
	}
	if d.Params == nil {
		d.Params = map[string]any{}
	}
	d.Params[key] = v
}

// linkRole sorts an export's links: a link titled as slides or a video
// (recording) fills the talk's slides or video.
func linkRole(title, url string) string {
	t := strings.ToLower(title + " " + url)
	switch {
	case strings.Contains(t, "slide"):
		return "slides"
	case strings.Contains(t, "video") || strings.Contains(t, "recording") || strings.Contains(t, "youtube") || strings.Contains(t, "vimeo") || strings.Contains(t, "media.ccc.de"):
		return "video"
	}
	return ""
}

// addLink fills d's slides or video from a link of the export.
func addLink(d *content.Document, title, url string) {
	if !content.IsWebAddress(url) {
		return
	}
	switch linkRole(title, url) {
	case "slides":
		if d.Slides == "" {
			d.Slides = url
		}
	case "video":
		if d.Video == "" {
			d.Video = url
		}
	}
}

// lastSegment is the last non-empty part of a URL's path, which is the
// talk's slug when the export links its page ("…/talks/opening/").
func lastSegment(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	p := strings.Trim(u.Path, "/")
	return p[strings.LastIndexByte(p, '/')+1:]
}
