package site

import (
	"cmp"
	"net/url"
	"path"
	"slices"
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// photo is one photo written for a person, and the page that wrote it.
type photo struct {
	written string
	page    *Page
}

// isRemote reports whether a photo is a URL of another site or inline
// data, which lectern cannot check.
func isRemote(photo string) bool {
	return strings.Contains(photo, "://") || strings.HasPrefix(photo, "data:") || strings.HasPrefix(photo, "//")
}

// photoFiles tells where a local photo is published: a file beside the
// page writing it (an asset), or a file at that path from the site root
// (static/ or content/, or the other tool's folders: Options.FilesAt).
type photoFiles struct {
	bySource map[string]string
	outputs  map[string]bool
	static   func(string) bool
	// named lists the static files of a name (Options.StaticNamed).
	named func(string) []string
	// resource finds a file of the resource folder (Options.Resource);
	// used gathers those found, by output path, for the build to
	// publish: nil for the in-place edits' index, which finds the
	// resources a build published among outputs.
	resource func(string) string
	used     map[string]string
	// base is the path the site's own tool published it under
	// (config.Config.SourceBase: "/conf2020"), out the path lectern
	// publishes it under (base_url's, "" at the root); see offBase.
	base, out string
	// host is the host of the site's base URL, lowercased: a picture at
	// an address of it is a file of the site (see ownAddress).
	host string
}

// photoFilesOf indexes the assets of s, static reporting the static
// files (nil takes every local photo as published, see Options.Static),
// for a site of config cfg.
func photoFilesOf(cfg config.Config, assets []Asset, static func(string) bool, named func(string) []string) photoFiles {
	f := photoFiles{bySource: make(map[string]string, len(assets)), outputs: make(map[string]bool, len(assets)), static: static, named: named,
		base: cfg.SourceBase, out: basePath(cfg.BaseURL), host: baseHost(cfg.BaseURL)}
	for _, a := range assets {
		f.bySource[a.Source] = a.Output
		f.outputs[a.Output] = true
	}
	return f
}

// baseHost returns the host of the base URL u, lowercased; "" for none.
func baseHost(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.ToLower(p.Host)
}

// ownAddress returns the path from the site's root of written, a web
// address, when it is an address of the site itself (its base URL's
// host): such a picture is a file of the site, which the site may not
// hold (a social image its deployment draws). ok is false for another
// host's.
func (f *photoFiles) ownAddress(written string) (string, bool) {
	u, err := url.Parse(written)
	if err != nil || f.host == "" || strings.ToLower(u.Host) != f.host || u.Path == "" {
		return "", false
	}
	return path.Clean("/" + strings.TrimLeft(u.Path, "/")), true
}

// basePath returns the path of the base URL u without its final slash
// ("/conf2020" of "https://ada.github.io/conf2020/"), "" for none.
func basePath(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	return strings.TrimSuffix(p.Path, "/")
}

// offBase returns written, a path from the site's root, without the
// path the site's own tool published it under: authors of a site served
// at https://ada.github.io/conf2020/ write its files as
// "/conf2020/assets/logo.png", which lectern publishes at
// /assets/logo.png. ok is false when written is not under that path, or
// when its file is published as written (a folder of the site named as
// the path is), which it then names; a path merely starting with the
// same letters ("/conf2020-archive/") is not under it.
func (f photoFiles) offBase(written string) (rest string, ok bool) {
	if f.base == "" || !strings.HasPrefix(written, f.base+"/") {
		return "", false
	}
	if f.outputs[strings.TrimPrefix(path.Clean(written), "/")] || f.static != nil && f.static(strings.TrimPrefix(path.Clean(written), "/")) {
		return "", false
	}
	return strings.TrimPrefix(written, f.base), true
}

// find returns the URL of a local photo written in file, "" when it is
// not published. A path under the site's own base path is read without
// it (offBase).
func (f photoFiles) find(file, written string) string {
	published := func(out string) bool {
		return f.outputs[out] || f.static == nil || f.static(out)
	}
	if rest, ok := f.offBase(written); ok {
		written = rest
	}
	switch {
	case strings.HasPrefix(written, "/"):
		if published(strings.TrimPrefix(path.Clean(written), "/")) {
			return written
		}
	case f.bySource[path.Join(path.Dir(file), written)] != "":
		return "/" + f.bySource[path.Join(path.Dir(file), written)]
	case published(path.Clean(written)):
		return "/" + path.Clean(written)
	}
	// The static folder mirroring the page's own folder: devopsdays
	// writes image = "ada.jpg" in content/events/x/speakers/ada.md for
	// static/events/x/speakers/ada.jpg. dir is tried as it is (a site
	// read from its root) and without the content folder's name.
	dir := path.Dir(file)
	for dir != "." && dir != "" {
		if out := path.Join(dir, written); !strings.HasPrefix(out, "../") && published(out) {
			return "/" + out
		}
		i := strings.IndexByte(dir, '/')
		if i < 0 || dir != path.Dir(file) {
			break
		}
		dir = dir[i+1:]
	}
	if u := f.fromResources(written); u != "" {
		return u
	}
	return f.byName(written)
}

// fromResources returns the URL of written, a path from the resource
// folder (resources.Get's: "images/a.png", "/images/a.png" alike), when
// that folder has the file, recording it as used; "" when not.
func (f photoFiles) fromResources(written string) string {
	if f.resource == nil || f.used == nil {
		return ""
	}
	out := strings.TrimPrefix(path.Clean("/"+written), "/")
	if out == "" || out == "." {
		return ""
	}
	src := f.resource(out)
	if src == "" {
		return ""
	}
	f.used[out] = src
	return "/" + out
}

// byName returns the URL of the one published file named written, a
// bare file name, "" when none or several are. Jekyll layouts put a
// speaker's photo in a folder of their own ({{ '/static/img/people/' |
// append: speaker.thumbnailUrl }}), so the page writes its name alone.
// written may also be a path within that folder (img: people/ada.jpg,
// shown as {{ "/assets/images/" | relative_url }}{{ speaker.img }}):
// the one published file whose path ends with it is the photo.
func (f photoFiles) byName(written string) string {
	// A path from the site's root names its place: only a relative one
	// is looked for elsewhere.
	rel := written
	name := path.Base(rel)
	if rel == "" || strings.HasPrefix(rel, "/") || strings.Contains(rel, "\\") || name == "." || name == ".." || f.static == nil {
		return ""
	}
	if strings.Contains(rel, "/") && (path.Clean(rel) != rel || strings.HasPrefix(rel, "../")) {
		return ""
	}
	at := func(out string) bool {
		return out == rel || strings.HasSuffix(out, "/"+rel)
	}
	var found []string
	for out := range f.outputs {
		if path.Base(out) == name && at(out) {
			found = append(found, out)
		}
	}
	if f.named != nil {
		for _, out := range f.named(name) {
			if at(out) && !slices.Contains(found, out) {
				found = append(found, out)
			}
		}
	}
	if len(found) != 1 {
		return ""
	}
	return "/" + found[0]
}

// choose picks a person's photo among those written for them, in the
// order people merges files: the first local file that is published,
// else the first remote URL, else none. file gives the file that wrote
// the i-th photo. It also returns the local photos not published, each
// a warning of the model's.
func (f photoFiles) choose(n int, written func(i int) (file, photo string)) (chosen string, missing []int) {
	local, remote := "", ""
	for i := range n {
		file, ph := written(i)
		if isRemote(ph) {
			remote = cmp.Or(remote, ph)
			continue
		}
		found := f.find(file, ph)
		if found == "" {
			missing = append(missing, i)
		}
		local = cmp.Or(local, found)
	}
	return cmp.Or(local, remote), missing
}

// resolvePhotos chooses each speaker's photo among those their files
// wrote (photoFiles.choose). A local photo that is not published is a
// warning at the page that wrote it, as it would show as a broken image.
func (b *builder) resolvePhotos(files photoFiles) {
	for _, sp := range b.site.Speakers {
		photos := b.photos[sp]
		chosen, missing := files.choose(len(photos), func(i int) (string, string) { return photos[i].page.Doc.File, photos[i].written })
		sp.Photo = chosen
		for _, i := range missing {
			photoMissing(&b.diags, photos[i].page, photos[i].written, sp, b.site.filesAt)
		}
		for _, ed := range sp.Editions {
			// The edition's page's own photo, else the person's; a
			// missing one was reported above.
			own := b.photos[ed]
			ed.Photo, _ = files.choose(len(own), func(i int) (string, string) { return own[i].page.Doc.File, own[i].written })
			if ed.Photo == "" {
				ed.Photo = sp.Photo
			}
		}
	}
}

// photoMissing warns, at page p, that the local photo written there for
// person sp is not a file of the site.
func photoMissing(diags *diag.List, p *Page, written string, sp *Speaker, filesAt string) {
	instead := "pages show " + sp.Name + "'s initials instead"
	if sp.Photo != "" {
		instead = "pages show " + sp.Photo + " instead"
	}
	diags.Warnf(photoPos(p), "the photo %q of %s is not a file of this site (neither beside this page nor under %s); %s; add the file or correct the path", written, sp.Name, filesAt, instead)
}

// resolveCovers sets each note's cover image (Page.Image), warning about
// a local file the site does not have.
func (b *builder) resolveCovers(files photoFiles) {
	for _, p := range b.site.Pages {
		if p.Doc.Image == "" {
			continue
		}
		var missing diag.List
		p.Image, missing = cover(&files, p, b.site.filesAt)
		b.diags.Append(missing)
	}
}

// cover returns the URL of page p's picture among files, and the
// warning that a local cover is not a file of the site: the page would
// show a broken image. A picture for link previews alone that is not
// one is left out without a word, as previews then show the author's
// photo: a site-wide default (jekyll-seo-tag's image) would otherwise
// warn on every post. A web address is taken as written, but for a
// scheme that is no web address, and for an address of the site itself,
// which is a file of the site like a path: a picture the author's
// deployment draws there, which lectern does not publish, would be a
// broken link preview.
func cover(files *photoFiles, p *Page, filesAt string) (string, diag.List) {
	written := p.Doc.Image
	local := written
	if isRemote(written) {
		if !strings.HasPrefix(written, "https://") && !strings.HasPrefix(written, "http://") && !strings.HasPrefix(written, "//") {
			return "", nil
		}
		own, ok := files.ownAddress(written)
		if !ok {
			return written, nil
		}
		local = own
	}
	if u := files.find(p.Doc.File, local); u != "" {
		return EscapePath(u), nil
	}
	if !p.Doc.Cover {
		return "", nil
	}
	var d diag.List
	d.Warnf(p.Doc.Pos("image"), "the cover image %q is not a file of this site (neither beside this page nor under %s), so the page is shown without it; add the file or correct the path", written, filesAt)
	return "", d
}

// photoWarnings returns the model's warnings at page p, a talk or a
// speaker's page, about the local photos it writes that are not files of
// the site (resolvePhotos), or a note's cover image (resolveCovers), its
// people as the model holds them: an edit
// that keeps its people gives them again, at their lines as they are.
func (s *Site) photoWarnings(p *Page) diag.List {
	var written []content.Person
	switch p.Doc.Kind {
	case content.KindTalk:
		written = p.Doc.Speakers
	case content.KindSpeaker:
		written = []content.Person{speakerPerson(&p.Doc)}
	}
	var out diag.List
	if p.Doc.Image != "" {
		// A note's cover image: the same warning, at its line.
		_, missing := cover(s.photoFiles(), p, s.filesAt)
		out.Append(missing)
	}
	// Its materials that lead nowhere (see materials): the same kind of
	// warning, at their lines.
	_, _, _, missing := materials(s.photoFiles(), p, s.filesAt)
	out.Append(missing)
	for _, person := range written {
		if person.Slug == "" || person.Photo == "" || isRemote(person.Photo) {
			continue
		}
		if s.photoFiles().find(p.Doc.File, person.Photo) != "" {
			continue
		}
		if sp := s.personNamed(person.Slug); sp != nil {
			photoMissing(&out, p, person.Photo, sp, s.filesAt)
		}
	}
	return out
}

// photoFiles is the index of the site's photo files the in-place edits
// check photos against, made at the first one's need.
func (s *Site) photoFiles() *photoFiles {
	if s.photos == nil {
		files := photoFilesOf(s.Config, s.Assets, s.static, s.staticNamed)
		s.photos = &files
	}
	return s.photos
}

// photoIn chooses, as a build does (resolvePhotos), the photo of a
// person whose files wrote photos ("file\x00photo", in the order people
// merges files: see mergeNamed). ok is false when a local one is not a
// file of the site: the model warns about it, naming the person and the
// photo chosen, which only a build says.
func (s *Site) photoIn(photos []string) (chosen string, ok bool) {
	if len(photos) == 0 {
		return "", true
	}
	chosen, missing := s.photoFiles().choose(len(photos), func(i int) (string, string) {
		file, written, _ := strings.Cut(photos[i], "\x00")
		return file, written
	})
	return chosen, len(missing) == 0
}

// photoPos is where a page wrote a person's photo: its photo field, else
// its speakers, else its first line.
func photoPos(p *Page) diag.Pos {
	for _, f := range []string{"photo", "speakers", "authors"} {
		if pos, ok := p.Doc.Fields.Get(f); ok {
			return pos
		}
	}
	return diag.Pos{File: p.Doc.File, Line: 1, Col: 1}
}
