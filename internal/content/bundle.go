package content

import (
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"
)

// A page bundle (Hugo's talks/x/index.md, authors/ada/_index.md) keeps
// its pictures beside it, and themes find them by name rather than by a
// field: Hugo Academic shows a bundle's featured.jpg above the page and
// an author's avatar.jpg as their photo. The names below are those
// themes look for; a field naming a picture always wins.

// imageExts are the extensions of the pictures a bundle's name may
// give.
var imageExts = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".webp": true, ".gif": true, ".avif": true, ".svg": true}

// Names, without extension, of a person's photo and of a page's cover
// in its bundle, the first found winning.
var (
	bundlePhotoNames = []string{"avatar", "profile", "photo", "headshot", "portrait"}
	bundleCoverNames = []string{"featured", "feature", "cover", "hero"}
)

// isBundleIndex reports whether p names a bundle's page: index.* or
// _index.* in a folder, the language of a multilingual Hugo site's page
// (index.en.md) aside.
func isBundleIndex(p string) bool {
	stem := indexStem(path.Base(p))
	return strings.Contains(p, "/") && (stem == "index" || stem == "_index")
}

// indexStem returns name lowercased without its extension and, when
// what is left is index or _index followed by a language tag
// (index.en, _index.pt-br), without the tag.
func indexStem(name string) string {
	stem := strings.ToLower(name)
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	for _, base := range []string{"index", "_index"} {
		if tag, ok := strings.CutPrefix(stem, base+"."); ok && isLanguageTag(tag) {
			return base
		}
	}
	return stem
}

// isLanguageTag reports whether s has the shape of a language code as
// Hugo's languages are keyed: two or three letters, then optionally a
// hyphen or underscore and a region or script of two to four letters or
// digits (en, fil, pt-br, zh_hant).
func isLanguageTag(s string) bool {
	lang, region, hasRegion := strings.Cut(s, "-")
	if !hasRegion {
		lang, region, hasRegion = strings.Cut(s, "_")
	}
	letters := func(s string, lo, hi int, digits bool) bool {
		if len(s) < lo || len(s) > hi {
			return false
		}
		for _, c := range s {
			if !(c >= 'a' && c <= 'z' || digits && c >= '0' && c <= '9') {
				return false
			}
		}
		return true
	}
	return letters(lang, 2, 3, false) && (!hasRegion || letters(region, 2, 4, true))
}

// bundlePicture returns the first of siblings (file names beside the
// page) that is a picture named one of names, "" when none is.
func bundlePicture(siblings []string, names []string) string {
	for _, want := range names {
		if s := bundlePictureWhere(siblings, func(stem string) bool { return stem == want }); s != "" {
			return s
		}
	}
	return ""
}

// bundleCover returns the picture of siblings that is a bundle's cover:
// one named as bundleCoverNames name it, else the first whose name holds
// "featured", as Hugo Academic's and Apéro's templates take the bundle's
// image matching "*featured*" (featured-hex.png, sidebar-featured.jpg).
func bundleCover(siblings []string) string {
	if s := bundlePicture(siblings, bundleCoverNames); s != "" {
		return s
	}
	return bundlePictureWhere(siblings, func(stem string) bool { return strings.Contains(stem, "featured") })
}

// bundlePictureWhere returns the first of siblings in the bundle's own
// folder that is a picture whose lower-cased name without its extension
// satisfies match, "" when none does.
func bundlePictureWhere(siblings []string, match func(stem string) bool) string {
	for _, s := range siblings {
		if strings.Contains(s, "/") {
			continue // in a sub-folder: no picture of the bundle's
		}
		ext := path.Ext(s)
		if imageExts[strings.ToLower(ext)] && match(strings.ToLower(strings.TrimSuffix(s, ext))) {
			return s
		}
	}
	return ""
}

// bundleSiblings returns the paths, relative to its folder, of the files
// of the bundle page p in fsys: those beside it, and for a leaf bundle
// (index.md) those in its sub-folders that hold no bundle of their own,
// as Hugo publishes them; nil for a page that is no bundle's.
func bundleSiblings(fsys fs.FS, p string) []string {
	if !isBundleIndex(p) {
		return nil
	}
	dir := path.Dir(p)
	leaf := IsLeafIndex(p)
	var names []string
	fs.WalkDir(fsys, dir, func(f string, e fs.DirEntry, err error) error {
		switch {
		case err != nil || f == dir:
			return err
		case strings.HasPrefix(e.Name(), "."):
			if e.IsDir() {
				return fs.SkipDir
			}
		case e.IsDir():
			if !leaf || holdsBundle(fsys, f) {
				return fs.SkipDir
			}
		case !isPage(f) && !isHTML(f):
			names = append(names, f[len(dir)+1:])
		}
		return nil
	})
	return names
}

// holdsBundle reports whether folder dir of fsys holds a bundle's page,
// which makes it a bundle of its own.
func holdsBundle(fsys fs.FS, dir string) bool {
	entries, _ := fs.ReadDir(fsys, dir)
	return slices.ContainsFunc(entries, func(e fs.DirEntry) bool {
		return !e.IsDir() && isBundleIndex(path.Join(dir, e.Name()))
	})
}

// BundleDir returns the folder whose files give the page at p its
// bundle's pictures, and false for a page that is no bundle's: a file
// added to or removed from that folder changes the page.
func BundleDir(p string) (string, bool) {
	if !isBundleIndex(p) {
		return "", false
	}
	return path.Dir(p), true
}

// bundlePictures gives doc, a bundle's page, the pictures its bundle
// holds by name where no field gave one: a person's photo, a note's or
// a talk's cover (Hugo Academic shows a talk's featured.jpg above it
// and in link previews, as it does a post's). previewOnly is Academic's
// image.preview_only: the picture is the page's in link previews alone.
func bundlePictures(doc *Document, siblings []string, previewOnly bool) {
	if len(siblings) == 0 {
		return
	}
	switch doc.Kind {
	case KindSpeaker:
		if len(doc.Speakers) > 0 && doc.Speakers[0].Photo == "" {
			doc.Speakers[0].Photo = bundlePicture(siblings, bundlePhotoNames)
		}
	case KindNote, KindTalk:
		if doc.Image == "" {
			if c := bundleCover(siblings); c != "" {
				doc.Image, doc.Cover = c, !previewOnly
			}
		}
	}
}

// siteRelativeLinks makes doc's talk materials written relative to no
// folder (url_slides = "files/deck.pdf") paths from the site's root,
// as Hugo Academic's templates pass them through relURL and its
// archetypes tell authors to name files of static/: linked from the
// talk's page as written, they would be looked for below it. A file
// beside a bundle's page (siblings: url_pdf = "paper.pdf" next to its
// index.md) is the page's own and stays relative to it, as do links
// written with "./" or "../".
func siteRelativeLinks(doc *Document, siblings []string) {
	fix := func(link string) string {
		if link == "" || strings.HasPrefix(link, "/") || strings.HasPrefix(link, ".") || strings.HasPrefix(link, "#") {
			return link
		}
		u, err := url.Parse(link)
		if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" || slices.Contains(siblings, u.Path) {
			return link
		}
		return "/" + link
	}
	doc.Slides, doc.Video = fix(doc.Slides), fix(doc.Video)
	for i := range doc.Links {
		doc.Links[i].URL = fix(doc.Links[i].URL)
	}
}

// imageCover makes doc's picture its cover (Document.Cover) when it is
// what the page's image field names, a picture of its own bundle
// (image: sunrise.jpg, or ./sunrise.jpg, beside index.md): a Hugo post
// names its cover so for the themes that show it (hugo-theme-stack's
// cards and article header), while Hugo's own link-preview templates
// read images, and a picture kept only for previews lives elsewhere
// (static/, an address). Other kinds, and a picture the page already
// shows, are left alone.
func imageCover(doc *Document, siblings []string, image *node) {
	if doc.Cover || (doc.Kind != KindNote && doc.Kind != KindTalk) || image == nil || image.kind != scalarNode {
		return
	}
	name := strings.TrimPrefix(strings.TrimSpace(image.text), "./")
	if name != "" && name == strings.TrimPrefix(doc.Image, "./") && slices.Contains(siblings, name) {
		doc.Cover = true
	}
}
