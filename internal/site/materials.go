package site

import (
	"path"
	"slices"
	"strconv"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// resolveMaterials sets each page's materials (Page.Slides, Video and
// Links), warning about a relative path that is no file of the site.
func (b *builder) resolveMaterials(files photoFiles) {
	for _, p := range b.site.Pages {
		var d diag.List
		p.Slides, p.Video, p.Links, d = materials(&files, p, b.site.filesAt)
		b.diags.Append(d)
	}
}

// materials returns p's materials as pages link them, from its document
// and URL, and the warnings about those that lead nowhere. A theme often prefixes a
// relative materials path with a folder of its own (slides: 2022/a.pdf
// beside href="/slides/{{ . }}" for static/slides/2022/a.pdf), which
// lectern cannot read from the template: a relative path that names no
// published file, neither beside the page nor from its URL, is taken
// for the one published file whose path ends with it. None, or several,
// is a warning at the field: the link would lead nowhere, or to a file
// lectern cannot choose.
func materials(files *photoFiles, p *Page, filesAt string) (slides, video string, links []content.Link, d diag.List) {
	slides = material(files, p, p.Doc.Slides, "slides", "the slides", filesAt, &d)
	video = material(files, p, p.Doc.Video, "video", "the video", filesAt, &d)
	links = p.Doc.Links
	for i, l := range p.Doc.Links {
		if u := material(files, p, l.URL, "links", "the "+strconv.Quote(l.Name)+" link", filesAt, &d); u != l.URL {
			if &links[0] == &p.Doc.Links[0] {
				links = slices.Clone(p.Doc.Links) // the document's stay as loaded
			}
			links[i].URL = u
		}
	}
	return slides, video, links, d
}

// material returns the URL pages link for written, a materials field of
// p (see materials), adding to d the warning that it leads nowhere.
func material(files *photoFiles, p *Page, written, field, what, filesAt string, d *diag.List) string {
	file, rest := splitFile(written)
	if file == "" || files.static == nil {
		// A web address, a page's URL, or a site whose static files are
		// not known (every file is then taken as published).
		return written
	}
	if strings.HasPrefix(file, "/") {
		if files.published(strings.TrimPrefix(file, "/")) {
			return written
		}
		if off, ok := files.offBase(file); ok && files.published(strings.TrimPrefix(off, "/")) {
			// Pages link it as written, so under lectern's own base path.
			return files.out + EscapePath(off) + rest
		}
	} else {
		if files.bySource[path.Join(path.Dir(p.Doc.File), file)] != "" {
			return written // a file of the page's bundle, published beside it
		}
		dir := p.URL
		if !strings.HasSuffix(dir, "/") {
			dir = path.Dir(dir)
		}
		if files.published(strings.TrimPrefix(path.Join("/", dir, file), "/")) {
			return written
		}
	}
	found := files.endingIn(strings.TrimPrefix(file, "/"))
	switch len(found) {
	case 1:
		return EscapePath("/"+found[0]) + rest
	case 0:
		d.Warnf(p.Doc.Pos(field), "%s %q names no file of this site (neither beside this page nor under %s, and no file's path ends with %q), so its link leads nowhere; add the file or write the path of the one meant from the site's root", what, written, filesAt, strings.TrimPrefix(file, "/"))
	default:
		d.Warnf(p.Doc.Pos(field), "%s %q names no file of this site, and the paths of several files end with it (/%s); write the path of the one meant from the site's root", what, written, strings.Join(found, ", /"))
	}
	return written
}

// splitFile returns the path of the file a local materials link names
// ("2022/deck.pdf", "/files/deck.pdf"), cleaned, and what follows it (a
// query or fragment: "#page=3"); file is "" for a web address, a
// protocol-relative or parent-relative link, and a path whose last part
// has no extension or is a page's (.html): a page of the site, which
// the model does not check here.
func splitFile(s string) (file, rest string) {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s, rest = s[:i], s[i:]
	}
	if s == "" || strings.HasPrefix(s, "//") || strings.ContainsAny(s, " \t\n") {
		return "", ""
	}
	if i := strings.IndexAny(s, ":/"); i >= 0 && s[i] == ':' {
		return "", "" // a scheme: https:, mailto:
	}
	clean := path.Clean(s)
	if clean == "." || clean == ".." || strings.HasPrefix(clean, "../") || strings.HasSuffix(s, "/") {
		return "", ""
	}
	switch ext := strings.ToLower(path.Ext(clean)); ext {
	case "", ".html", ".htm":
		return "", ""
	}
	return clean, rest
}

// published reports whether out, an output path, is a file the site
// publishes.
func (f photoFiles) published(out string) bool {
	return f.outputs[out] || f.static == nil || f.static(out)
}

// endingIn returns, sorted, the published files whose output path is
// written or ends with "/" + written.
func (f photoFiles) endingIn(written string) []string {
	ends := func(out string) bool { return out == written || strings.HasSuffix(out, "/"+written) }
	var found []string
	for out := range f.outputs {
		if ends(out) {
			found = append(found, out)
		}
	}
	if f.named != nil {
		for _, out := range f.named(path.Base(written)) {
			if ends(out) && !slices.Contains(found, out) {
				found = append(found, out)
			}
		}
	}
	slices.Sort(found)
	return found
}
