package render

import (
	"io/fs"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// static adds a copy job for every file of the theme's static tree.
func (b *jobs) static() {
	r := b.r
	if r.theme.Static == nil {
		return
	}
	publish := b.s.Config.PublishHidden
	linked := content.Links{FS: r.theme.Static, File: r.theme.StaticFile}
	var visit fs.WalkDirFunc
	visit = func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		// Hidden files (.env, .git/) stay private unless config.toml lists
		// them; the same rule as for the files beside pages in content/.
		if name != "." && content.Unpublished(d.Name(), publish) {
			if !content.Litter(d.Name()) {
				b.diags.Add(content.NotPublished(r.theme.StaticFile(name), d.IsDir()))
			}
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if handled, err := linked.Walk(name, visit, &b.diags); handled {
				return err
			}
		}
		src := r.theme.StaticFile(name)
		b.add(Job{
			Path: name, Kind: KindStatic, Sources: []string{src},
			render: func(*task) (Output, diag.List) {
				body, err := fs.ReadFile(r.theme.Static, name)
				if err != nil {
					var diags diag.List
					diags.Errorf(diag.Pos{File: src}, "cannot read static file: %v", err)
					return Output{}, diags
				}
				return Output{Path: name, MediaType: MediaType(name), Body: body}, nil
			},
		})
		return nil
	}
	if err := fs.WalkDir(r.theme.Static, ".", visit); err != nil {
		b.diags.Errorf(diag.Pos{File: "static"}, "cannot list the theme's static files: %v", err)
	}
}
