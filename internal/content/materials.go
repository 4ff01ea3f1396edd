package content

import "strings"

// Link is one of a talk's materials beyond its slides and video: its
// code, paper, poster, or a link the author named.
type Link struct {
	Name string
	URL  string
}

// materialKeys are Hugo Academic's fields for a talk's materials, with
// the names its buttons show, in the order it shows them.
var materialKeys = []struct{ key, name string }{
	{"url_pdf", "PDF"}, {"url_code", "Code"}, {"url_dataset", "Dataset"}, {"url_poster", "Poster"},
	{"url_project", "Project"}, {"url_source", "Source"}, {"url_preprint", "Preprint"},
	// The same, named the other way round (pdfUrl, code_url), and the
	// event's own site.
	{"pdf_url", "PDF"}, {"code_url", "Code"}, {"repo_url", "Code"}, {"paper_url", "Paper"}, {"event_url", "Event"},
}

// materials reads a talk's materials (Document.Links): lectern's own
// materials list, [{name, url}]; Hugo Academic's url_pdf, url_code…;
// and a links list of buttons, [{name, url, icon}], told from a reading
// list by its icons (a links list without icons is a reading list: see
// reading). Other kinds keep these fields in Params.
func (f *fields) materials() {
	if f.doc.Kind != KindTalk {
		return
	}
	f.linkList("materials", false)
	for _, m := range materialKeys {
		if s, e, ok := f.text("links", m.key); ok {
			if u := f.link(e.val.pos, e.key, strings.TrimSpace(s)); u != "" {
				f.doc.Links = append(f.doc.Links, Link{Name: m.name, URL: u})
			}
		}
	}
	f.linkList("links", true)
	f.linkMap("links")
}

// linkMap reads links written as a mapping of names to addresses
// (links: {slides: …, video: …, code: …}): slides and video are the
// talk's own when it names none, the rest are named links.
func (f *fields) linkMap(key string) {
	i, ok := f.index[key]
	if !ok || f.used[i] || f.root.keys[i].val.kind != mapNode {
		return
	}
	f.used[i] = true
	f.record("links", f.root.keys[i])
	for _, e := range f.root.keys[i].val.keys {
		if e.val.kind != scalarNode || e.val.tag == tagNull || cleanText(e.val.text) == "" {
			continue
		}
		u := f.link(e.val.pos, key+"."+e.key, cleanText(e.val.text))
		switch k := BareKey(e.key); {
		case u == "":
		case (k == "slides" || k == "slide") && f.doc.Slides == "":
			f.doc.Slides = u
		case (k == "video" || k == "recording" || k == "youtube") && f.doc.Video == "":
			f.doc.Video = u
		default:
			f.doc.Links = append(f.doc.Links, Link{Name: titleized(e.key), URL: u})
		}
	}
}

// linkList reads the list of named links under key into Document.Links;
// with iconsOnly, only a list of which an entry gives an icon.
func (f *fields) linkList(key string, iconsOnly bool) {
	i, ok := f.index[key]
	if !ok || f.used[i] {
		return
	}
	v := f.root.keys[i].val
	if v.kind != listNode || iconsOnly && !buttons(v) {
		if !iconsOnly {
			f.used[i] = true
			f.warnf(f.root.keys[i].pos, "%q should be a list of links, each with a name and a url, not %s; the field is ignored", f.root.keys[i].key, v.shape())
		}
		return
	}
	f.used[i] = true
	f.record("links", f.root.keys[i])
	for _, it := range v.items {
		name, u := mapText(it, "name", "title", "label"), ""
		if name == "" {
			continue
		}
		if u = f.mapLink(it, "url", "href", "link"); u != "" {
			f.doc.Links = append(f.doc.Links, Link{Name: name, URL: u})
		}
	}
}

// buttons reports whether a links list is one of page buttons: an entry
// gives an icon (Hugo Academic's icon and icon_pack).
func buttons(v *node) bool {
	for _, it := range v.items {
		if it.kind == mapNode && (it.get("icon") != nil || it.get("icon_pack") != nil) {
			return true
		}
	}
	return false
}
