package content

import (
	"slices"
	"strings"
)

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
	// event's own site, which talks beside "conference: PHPDay 2018"
	// write as conferenceUrl (conference_url, conferenceURL).
	{"pdf_url", "PDF"}, {"code_url", "Code"}, {"repo_url", "Code"}, {"paper_url", "Paper"}, {"event_url", "Event"},
	{"conference_url", "Event"},
	// An Astro schema's sourceCode, folded.
	{"source_code", "Code"},
	// academicpages' talks and publications, in one word, as its
	// templates link them ("Download paper", "Download Bibtex").
	{"paperurl", "Paper"}, {"bibtexurl", "BibTeX"},
}

// materials reads a talk's materials (Document.Links): lectern's own
// materials list, [{name, url}]; Hugo Academic's url_pdf, url_code…, its
// links list of buttons, [{name, url, icon}] (the icon is optional: the
// theme shows every entry as a button), and its older url_custom list,
// the same; additional_links (an Astro schema's additionalLinks), the same
// with a title for the name; Quarto's other-links and code-links, and a
// links list of its shape, with a text for the name. A links list whose entries write what only a reading list's
// do (an author, a status, a rating) stays a reading list (see reading),
// as on other kinds, which keep these fields in Params. An address
// written relative (intro_slides.pdf) is the page's file, linked from the
// talk's page as written and resolved against its URL in exports.
func (f *fields) materials() {
	switch f.doc.Kind {
	case KindTalk:
	case KindNote:
		// Academic sites write a publication's materials under the
		// talks' names (see namedMaterials); a note's lists of links
		// are reading lists, so only the named fields are read.
		f.namedMaterials()
		return
	default:
		return
	}
	f.linkList("materials", false)
	f.namedMaterials()
	f.linkList("links", true)
	f.linkList("url_custom", false)
	// An Astro schema's additionalLinks: [{title, url}], folded.
	f.linkList("additional_links", false)
	// A speaker's card of a talk lists its buttons as actions or
	// buttons ([{name: Video, link: …}, {name: Slides, link: …}]).
	f.linkList("actions", true)
	f.linkList("buttons", true)
	// Quarto's lists of links a page shows in its margin: other-links
	// and code-links ([{text, icon, href}]); code-links may also name
	// what Quarto makes of the project (code-links: [repo, binder]),
	// which is no link here and stays in Params.
	f.linkList("other_links", true)
	f.linkList("code_links", true)
	f.linkMap("links")
	f.coverage()
}

// namedMaterials reads the materials written each under a field of its
// own (materialKeys), in that order. A note reads them too, as academic
// sites write them on their publications and teaching pages:
// academicpages' paperurl and bibtexurl (its "Download paper" and
// "Download Bibtex"), Hugo Academic's url_pdf and url_code; they are the
// note's buttons beside its slides, where Params kept them unshown.
func (f *fields) namedMaterials() {
	for _, m := range materialKeys {
		if m.name == "Event" && slices.ContainsFunc(f.doc.Links, func(l Link) bool { return l.Name == "Event" }) {
			continue // event_url and conferenceUrl both: the first is the event's site
		}
		if s, e, ok := f.text("links", m.key); ok {
			if u := f.link(e.val.pos, e.key, strings.TrimSpace(s)); u != "" {
				f.doc.Links = append(f.doc.Links, Link{Name: m.name, URL: u})
			}
		}
	}
	f.doiLink()
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
		f.namedMaterial(e.key, f.link(e.val.pos, key+"."+e.key, cleanText(e.val.text)))
	}
}

// namedMaterial files u, an address written under the name key (a
// links mapping's entry, a coverage entry), as the talk's slides or
// video when key names them and no field gave them, else as a link
// named by key; "" adds nothing.
func (f *fields) namedMaterial(key, u string) {
	switch k := BareKey(key); {
	case u == "":
	case (k == "slides" || k == "slide") && f.doc.Slides == "":
		f.doc.Slides = u
	case (k == "video" || k == "recording" || k == "youtube") && f.doc.Video == "":
		f.doc.Video = u
	default:
		f.doc.Links = append(f.doc.Links, Link{Name: titleized(key), URL: u})
	}
}

// linkList reads the list of named links under key into Document.Links;
// with onlyButtons, only a list of buttons (see buttons), leaving a
// reading list to reading.
func (f *fields) linkList(key string, onlyButtons bool) {
	i, ok := f.index[key]
	if !ok || f.used[i] {
		return
	}
	v := linkPairs(f.root.keys[i].val)
	if v.kind != listNode || onlyButtons && !buttons(v) {
		if !onlyButtons {
			f.used[i] = true
			f.warnf(f.root.keys[i].pos, "%q should be a list of links, each with a name and a url, not %s; the field is ignored", f.root.keys[i].key, v.shape())
		}
		return
	}
	f.used[i] = true
	f.record("links", f.root.keys[i])
	for _, it := range v.items {
		name := mapText(it, linkNameKeys...)
		if name == "" || disabled(it) {
			continue
		}
		switch u, kind := f.linkEntry(it); {
		case u == "":
		case (kind == "video" || videoLinkNames[strings.ToLower(name)]) && f.doc.Video == "":
			f.doc.Video = u
		case (kind == "file" || slidesLinkNames[strings.ToLower(name)]) && f.doc.Slides == "":
			f.doc.Slides = u
		default:
			f.doc.Links = append(f.doc.Links, Link{Name: name, URL: u})
		}
	}
}

// linkPairs returns v, a list of links, with each entry written as a
// pair of a name and an address (links: [['slides', 'https://…'],
// ['video', 'https://…']], as talk archives in data files write them)
// made a mapping {name, url}; v itself when no entry is such a pair. A
// list of anything else is no pair: two texts of which the second is no
// address, or more than two.
func linkPairs(v *node) *node {
	if v.kind != listNode {
		return v
	}
	var out *node
	for i, it := range v.items {
		if it.kind != listNode || len(it.items) != 2 || it.items[0].kind != scalarNode || it.items[1].kind != scalarNode || !isLinkAddress(it.items[1].text) {
			continue
		}
		if out == nil {
			out = &node{kind: listNode, pos: v.pos, items: slices.Clone(v.items)}
		}
		out.items[i] = &node{kind: mapNode, pos: it.pos, keys: []entry{
			{key: "name", pos: it.items[0].pos, val: it.items[0]},
			{key: "url", pos: it.items[1].pos, val: it.items[1]},
		}}
	}
	if out == nil {
		return v
	}
	return out
}

// isLinkAddress reports whether s, trimmed, is written as a link's
// address: a web address, or a path from the site's root.
func isLinkAddress(s string) bool {
	s = strings.TrimSpace(s)
	return strings.Contains(s, "://") || strings.HasPrefix(s, "/")
}

// videoLinkNames and slidesLinkNames, lower-cased, name a link of a
// talk's list that is its recording or its slides (Academic's links:
// [{name: Video, url: …}], Quarto's [{text: Recording, href: …}]): the
// talk's own video and slides when no field gave them, so that its page
// shows the video as it does any talk's.
var (
	videoLinkNames  = map[string]bool{"video": true, "recording": true, "watch": true, "youtube": true}
	slidesLinkNames = map[string]bool{"slides": true, "slide deck": true, "deck": true}
)

// linkNameKeys are the fields holding the name of a link in a list of
// them: lectern's and Hugo Academic's name, an Astro schema's title,
// and Quarto's text ([{text, href}], as its navbar and other-links
// write a link).
var linkNameKeys = []string{"name", "title", "label", "text"}

// linkAddressKeys are the fields holding the address of a named link:
// lectern's and Hugo Academic's, and jekyll-theme-conference's
// absolute_url and relative_url (a path of the site).
var linkAddressKeys = []string{"url", "href", "link", "absolute_url", "relative_url"}

// linkEntry is the address of a talk's named link, and "video" or
// "file" when jekyll-theme-conference's keys give it: video: names the
// recording, which its talk page embeds, and file: a file of the talk's
// slides, which the theme publishes under /documents/slides/.
func (f *fields) linkEntry(it *node) (u, kind string) {
	if u = f.mapLink(it, linkAddressKeys...); u != "" {
		return u, ""
	}
	if u = f.mapLink(it, "video"); u != "" {
		return u, "video"
	}
	if file := mapText(it, "file"); file != "" && !strings.Contains(file, "://") {
		return f.link(it.get("file").pos, "file", "/documents/slides/"+strings.TrimPrefix(file, "/")), "file"
	}
	return "", ""
}

// disabled reports whether a link entry says it is not to be shown
// (jekyll-theme-conference's disabled: true, a link not live yet).
func disabled(it *node) bool {
	d := it.get("disabled")
	if d == nil {
		return false
	}
	v, isBool := boolValue(d)
	return isBool && v
}

// buttons reports whether a talk's links list is one of buttons, as
// Hugo Academic shows every entry of it: an entry gives an icon (its
// icon and icon_pack), or every entry is a mapping naming a link and none
// writes a field only a reading list's entries have (readingOnlyKeys).
// A list of bare addresses, or of books with their authors and ratings,
// is a reading list.
func buttons(v *node) bool {
	for _, it := range v.items {
		if it.kind == mapNode && (it.get("icon") != nil || it.get("icon_pack") != nil) {
			return true
		}
	}
	for _, it := range v.items {
		if it.kind != mapNode || !slices.ContainsFunc(append(linkAddressKeys, "video", "file"), func(k string) bool { return it.get(k) != nil }) {
			return false
		}
		for _, k := range readingOnlyKeys {
			if it.get(k) != nil {
				return false
			}
		}
	}
	return len(v.items) > 0
}

// readingOnlyKeys are fields of a reading list's entry that a talk's
// button never writes.
var readingOnlyKeys = []string{"author", "authors", "status", "rating", "isbn", "read_at", "date_read", "finished", "note", "notes", "review"}
