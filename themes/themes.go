package themes

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
)

//go:embed all:default
var embedded embed.FS

// DefaultName is the name of the theme built into lectern.
const DefaultName = "default"

// Theme is the pair of file trees a site is rendered with.
type Theme struct {
	// Name is the theme's name: "default" or a folder under themes/.
	Name string
	// Layouts holds the html/template files, named by their path inside
	// layouts/ ("talk.html", "partials/head.html").
	Layouts fs.FS
	// Static holds the files copied to the output folder as they are, by
	// their output path ("css/main.css").
	Static fs.FS
}

// origin is what an Overlay offers to name the source of a file.
type origin interface{ Origin(name string) string }

// LayoutFile returns the file that the layout name is read from, relative
// to the site's source folder for a site's own files ("layouts/talk.html",
// "themes/dark/layouts/talk.html") and as "themes/default/layouts/…" for
// the built-in theme. It returns name itself when Layouts is not an
// Overlay, as in tests.
func (t Theme) LayoutFile(name string) string {
	return originOf(t.Layouts, name)
}

// StaticFile is LayoutFile for the static tree.
func (t Theme) StaticFile(name string) string {
	return originOf(t.Static, name)
}

func originOf(fsys fs.FS, name string) string {
	if o, ok := fsys.(origin); ok {
		if p := o.Origin(name); p != "" {
			return p
		}
	}
	return name
}

// Default returns the built-in theme without overrides.
func Default() Theme {
	t, _ := Resolve(nil, "")
	return t
}

// Resolve returns the theme called name with the site's own layouts/ and
// static/ folders laid over it. siteFS is the site's source folder (nil
// for none). name "" or "default" is the built-in theme; any other name is
// the folder themes/<name>/ in siteFS, itself laid over the built-in theme
// so that it needs to hold only the files it changes. The error names the
// missing folder and says how to fix the configuration.
func Resolve(siteFS fs.FS, name string) (Theme, error) {
	return ResolveIn(siteFS, name, SiteDirs{Layouts: "layouts", Static: "static"})
}

// SiteDirs name the folders of a site that Resolve layers over the theme.
type SiteDirs struct {
	// Layouts holds the site's template overrides; "" for none, as in a
	// site read in place, whose layouts/ are its other tool's templates.
	Layouts string
	// Static holds the site's static files; "" for none.
	Static string
}

// ResolveIn is Resolve for a site whose overrides and static files are in
// dirs rather than layouts/ and static/.
func ResolveIn(siteFS fs.FS, name string, dirs SiteDirs) (Theme, error) {
	if name == "" {
		name = DefaultName
	}
	base := "themes/" + DefaultName
	defLayouts, _ := fs.Sub(embedded, "default/layouts")
	defStatic, _ := fs.Sub(embedded, "default/static")
	var layouts, static []Layer
	if siteFS != nil && dirs.Layouts != "" {
		layouts = append(layouts, sub(siteFS, dirs.Layouts))
	}
	if siteFS != nil && dirs.Static != "" {
		static = append(static, sub(siteFS, dirs.Static))
	}
	if name != DefaultName {
		dir := "themes/" + name
		if !fs.ValidPath(dir) || path.Base(dir) != name {
			return Theme{}, fmt.Errorf("theme %q is not a folder name; set theme in config.toml to the name of a folder under themes/, or remove it to use the built-in theme", name)
		}
		info, err := statDir(siteFS, dir)
		if err != nil || !info.IsDir() {
			return Theme{}, fmt.Errorf("theme %q: folder %s/ not found in the site; create it with layouts/ and static/ inside, or remove theme from config.toml to use the built-in theme", name, dir)
		}
		layouts = append(layouts, sub(siteFS, dir+"/layouts"))
		static = append(static, sub(siteFS, dir+"/static"))
	}
	layouts = append(layouts, Layer{FS: defLayouts, Origin: base + "/layouts"})
	static = append(static, Layer{FS: defStatic, Origin: base + "/static"})
	return Theme{Name: name, Layouts: NewOverlay(layouts...), Static: NewOverlay(static...)}, nil
}

func statDir(siteFS fs.FS, dir string) (fs.FileInfo, error) {
	if siteFS == nil {
		return nil, fs.ErrNotExist
	}
	return fs.Stat(siteFS, dir)
}

// sub returns dir of fsys as a layer. fs.Sub fails only on an invalid
// path, which Resolve has ruled out; such a layer would hold nothing.
func sub(fsys fs.FS, dir string) Layer {
	s, err := fs.Sub(fsys, dir)
	if err != nil {
		s = empty{}
	}
	return Layer{FS: s, Origin: dir}
}

// empty is a file tree with no files.
type empty struct{}

func (empty) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// IsTemplate reports whether name, a slash path under layouts/, is a
// template of the built-in theme, which a site's file of that name
// overrides.
func IsTemplate(name string) bool {
	info, err := fs.Stat(embedded, "default/layouts/"+name)
	return err == nil && !info.IsDir()
}
