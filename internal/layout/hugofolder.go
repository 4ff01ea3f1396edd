package layout

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"lectern/internal/diag"
)

// source is a config file read and its text, for the positions of what
// it sets.
type source struct {
	file string
	src  []byte
}

// hugoKeyFiles adds to m, the settings of Hugo's config folder's main
// file, the folder's other files, as Hugo merges them: a file named by a
// top-level key is that key (params.toml is [params], menus.yaml is
// menus); a file of one language is that language's (languages.fr.toml
// is [languages.fr], menus.en.toml is languages.en's menus,
// params.en.toml its params, any other key.fr file is merged into
// languages.fr). Where two give a key, the main file's wins. Which file
// gave each key is kept in f.origins, so that a warning about a menu
// points into the file that holds it.
func (f *foreign) hugoKeyFiles(fsys fs.FS, m map[string]any) {
	entries, _ := fs.ReadDir(fsys, HugoConfigDir)
	for _, e := range entries {
		name, ext := e.Name(), path.Ext(e.Name())
		key := strings.TrimSuffix(name, ext)
		if e.IsDir() || !slices.Contains(hugoConfigExts, ext) || key == "hugo" || key == "config" {
			continue
		}
		keys := hugoKeyPath(key)
		if keys == nil {
			continue
		}
		file := HugoConfigDir + "/" + name
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			f.diags.Errorf(diag.Pos{File: file}, "cannot read: %v", err)
			continue
		}
		v, ok := f.decodeHugo(file, src)
		if !ok {
			continue
		}
		f.mergeAt(m, keys, v, source{file, src})
	}
}

// hugoKeyPath is where Hugo puts the settings of the config folder's
// file named key (without its extension): params is [params], menus.en
// is [languages.en.menus], languages.fr is [languages.fr]; nil for a
// name of more than one dot, which Hugo does not read either.
func hugoKeyPath(key string) []string {
	base, lang, multi := strings.Cut(key, ".")
	switch {
	case !multi:
		return []string{base}
	case lang == "" || strings.Contains(lang, "."):
		return nil
	}
	keys := []string{"languages", lang}
	switch strings.ToLower(base) {
	case "menu", "menus":
		keys = append(keys, "menus")
	case "params":
		keys = append(keys, "params")
	}
	return keys
}

// mergeAt merges v into the table of m at keys (created where missing;
// keys are matched in any case, as Hugo's are), keeping what the table
// already sets, and records src as the origin of each key it gave.
func (f *foreign) mergeAt(m map[string]any, keys []string, v map[string]any, src source) {
	for _, k := range keys {
		name := k
		for have := range m {
			if strings.EqualFold(have, k) {
				name = have
				break
			}
		}
		t, ok := m[name].(map[string]any)
		if !ok {
			t = map[string]any{}
			m[name] = t
		}
		m = t
	}
	if f.origins == nil {
		f.origins = map[string]source{}
	}
	prefix := strings.ToLower(strings.Join(keys, "."))
	for k, x := range v {
		if _, set := m[k]; set {
			continue
		}
		m[k] = x
		f.origins[prefix+"."+strings.ToLower(k)] = src
	}
}

// origin is the config file that gave the setting at the dotted,
// lowercase key path, or a table holding it; ok is false for the main
// file's.
func (f *foreign) origin(keyPath string) (source, bool) {
	for p := keyPath; p != ""; {
		if s, ok := f.origins[p]; ok {
			return s, true
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return source{}, false
}

// hugoFolderOver merges Hugo's config folder (HugoConfigDir: its main
// file and the files of its keys, read as hugoKeyFiles reads them) over
// m, the settings of a config file at the site's top, as Hugo loads the
// top file first and then sets the folder's settings over it: a table
// both give is merged, a value both give is the folder's.
func (f *foreign) hugoFolderOver(fsys fs.FS, m map[string]any) {
	dir := hugoConfigDir(fsys)
	if dir == "" {
		return
	}
	top := source{f.file, f.src}
	defer func() { f.file, f.src = top.file, top.src }()
	d := map[string]any{}
	if dir != HugoConfigDir {
		src := f.read(fsys, dir)
		if src == nil {
			return
		}
		v, ok := f.decodeHugo(dir, src)
		if !ok {
			return
		}
		d = v
		if f.origins == nil {
			f.origins = map[string]source{}
		}
		for k := range d {
			f.origins[strings.ToLower(k)] = source{dir, src}
		}
	}
	f.hugoKeyFiles(fsys, d)
	setOver(m, d)
}

// setOver sets the settings of src over dst, keys matched in any case as
// Hugo's are: tables both hold are merged, any other value is src's.
func setOver(dst, src map[string]any) {
	for k, v := range src {
		name := k
		for have := range dst {
			if strings.EqualFold(have, k) {
				name = have
				break
			}
		}
		dt, dIsTable := dst[name].(map[string]any)
		st, sIsTable := v.(map[string]any)
		if dIsTable && sIsTable {
			setOver(dt, st)
			continue
		}
		dst[name] = v
	}
}
