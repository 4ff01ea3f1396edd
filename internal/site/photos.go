package site

import (
	"cmp"
	"path"
	"strings"

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

// resolvePhotos chooses each speaker's photo among those their files
// wrote, the best available winning: the first local file that is
// published, else the first remote URL, else none. A local photo is
// published when it is a file beside its page or a file at that path from
// the site root (static/ or content/); one that is neither is a warning
// at the page that wrote it, as it would show as a broken image.
func (b *builder) resolvePhotos(static func(string) bool) {
	bySource := make(map[string]string, len(b.site.Assets))
	outputs := make(map[string]bool, len(b.site.Assets))
	for _, a := range b.site.Assets {
		bySource[a.Source] = a.Output
		outputs[a.Output] = true
	}
	published := func(out string) bool {
		return outputs[out] || static == nil || static(out)
	}
	for _, sp := range b.site.Speakers {
		local, remote := "", ""
		var missing []photo
		for _, ph := range b.photos[sp] {
			if isRemote(ph.written) {
				remote = cmp.Or(remote, ph.written)
				continue
			}
			found := ""
			switch {
			case strings.HasPrefix(ph.written, "/"):
				if published(strings.TrimPrefix(path.Clean(ph.written), "/")) {
					found = ph.written
				}
			case bySource[path.Join(path.Dir(ph.page.Doc.File), ph.written)] != "":
				found = "/" + bySource[path.Join(path.Dir(ph.page.Doc.File), ph.written)]
			case published(path.Clean(ph.written)):
				found = "/" + path.Clean(ph.written)
			}
			if found == "" {
				missing = append(missing, ph)
			}
			local = cmp.Or(local, found)
		}
		sp.Photo = cmp.Or(local, remote)
		instead := "pages show " + sp.Name + "'s initials instead"
		if sp.Photo != "" {
			instead = "pages show " + sp.Photo + " instead"
		}
		for _, ph := range missing {
			b.diags.Warnf(photoPos(ph.page), "the photo %q of %s is not a file of this site (neither beside this page nor under static/ or content/); %s; add the file or correct the path", ph.written, sp.Name, instead)
		}
	}
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
