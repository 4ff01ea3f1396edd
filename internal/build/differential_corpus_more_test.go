package build

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// The edits of TestDifferentialCorpus beyond a page's title, body and
// slug: another value for a field of its front matter, a field removed,
// the file renamed, a template or a data file edited. Each is made the
// way an author would, with what the site already holds: a field gets a
// value another page gives it, so that an edit moves a talk to another
// room, day or speaker of the same site rather than to one it lacks.

// frontLine is a top-level field of YAML or TOML front matter with its
// value on the same line.
var frontLine = regexp.MustCompile(`^([A-Za-z_][\w-]*)(\s*[:=]\s*)(\S.*)$`)

// dataLine is a field of a YAML or JSON data file with its value on the
// same line: its key (after a list's dash, quoted or not), its value,
// and a JSON comma.
var dataLine = regexp.MustCompile(`^(\s*-?\s*"?[\w-]+"?\s*:\s*)(\S.*?)(,?)$`)

// corpusEditMore makes one of the edits above to the file name of the
// site in dir, whose text is text; files are the site's markdown files.
// It returns what it did and the files it changed, none when the site
// offers nothing to make that edit with.
func corpusEditMore(r *rand.Rand, i int, dir string, files []string, name string, text []byte) (what string, changed []string) {
	path := filepath.Join(dir, filepath.FromSlash(name))
	switch r.IntN(5) {
	case 0:
		other, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(files[r.IntN(len(files))])))
		if err != nil {
			panic(err)
		}
		if b, key, ok := fieldFrom(r, text, other); ok {
			mustWrite(path, b)
			return "field:" + key, []string{name}
		}
	case 1:
		if b, key, ok := fieldRemoved(r, text); ok {
			mustWrite(path, b)
			return "unset:" + key, []string{name}
		}
	case 2:
		renamed := strings.TrimSuffix(name, filepath.Ext(name)) + fmt.Sprintf("-renamed-%d", i) + filepath.Ext(name)
		if err := os.Rename(path, filepath.Join(dir, filepath.FromSlash(renamed))); err != nil {
			panic(err)
		}
		return "rename", []string{name, renamed}
	case 3:
		if t := pickFile(r, dir, isTemplateFile); t != "" {
			p := filepath.Join(dir, filepath.FromSlash(t))
			b, err := os.ReadFile(p)
			if err != nil {
				panic(err)
			}
			mustWrite(p, fmt.Appendf(b, "\n<!-- edit %d -->\n", i))
			return "template", []string{t}
		}
	default:
		if d := pickFile(r, dir, isDataFile); d != "" {
			p := filepath.Join(dir, filepath.FromSlash(d))
			b, err := os.ReadFile(p)
			if err != nil {
				panic(err)
			}
			if b, ok := valueSwapped(r, b); ok {
				mustWrite(p, b)
				return "data", []string{d}
			}
		}
	}
	return "none", nil
}

// mustWrite writes b to p; the flag-gated test has nowhere to report a
// failed write but a panic.
func mustWrite(p string, b []byte) {
	if err := os.WriteFile(p, b, 0o644); err != nil {
		panic(err)
	}
}

// frontMatter returns the lines of text and the range [from, to) of the
// lines of its front matter, ok false when it has none.
func frontMatter(text []byte) (lines [][]byte, from, to int, ok bool) {
	lines = bytes.Split(text, []byte("\n"))
	if len(lines) == 0 {
		return nil, 0, 0, false
	}
	delim := string(bytes.TrimSpace(lines[0]))
	if delim != "---" && delim != "+++" {
		return nil, 0, 0, false
	}
	for k := 1; k < len(lines); k++ {
		if string(bytes.TrimSpace(lines[k])) == delim {
			return lines, 1, k, true
		}
	}
	return nil, 0, 0, false
}

// fieldFrom gives a field of the front matter of text the value the
// front matter of other gives it, when the two differ, and returns the
// field's key.
func fieldFrom(r *rand.Rand, text, other []byte) ([]byte, string, bool) {
	lines, from, to, ok := frontMatter(text)
	theirs, ofrom, oto, ook := frontMatter(other)
	if !ok || !ook {
		return nil, "", false
	}
	values := map[string]string{}
	for _, l := range theirs[ofrom:oto] {
		if m := frontLine.FindSubmatch(l); m != nil {
			values[string(m[1])] = string(m[3])
		}
	}
	var candidates []int
	for k := from; k < to; k++ {
		if m := frontLine.FindSubmatch(lines[k]); m != nil {
			if v, ok := values[string(m[1])]; ok && v != string(m[3]) {
				candidates = append(candidates, k)
			}
		}
	}
	if len(candidates) == 0 {
		return nil, "", false
	}
	k := candidates[r.IntN(len(candidates))]
	m := frontLine.FindSubmatch(lines[k])
	lines[k] = slices.Concat(m[1], m[2], []byte(values[string(m[1])]))
	return bytes.Join(lines, []byte("\n")), string(m[1]), true
}

// fieldRemoved removes a top-level field of the front matter of text,
// with the lines of its value below it, and returns the field's key.
func fieldRemoved(r *rand.Rand, text []byte) ([]byte, string, bool) {
	lines, from, to, ok := frontMatter(text)
	if !ok {
		return nil, "", false
	}
	var starts []int
	for k := from; k < to; k++ {
		if len(lines[k]) > 0 && lines[k][0] != ' ' && lines[k][0] != '\t' && lines[k][0] != '#' && lines[k][0] != '-' {
			starts = append(starts, k)
		}
	}
	if len(starts) == 0 {
		return nil, "", false
	}
	k := starts[r.IntN(len(starts))]
	key, _, _ := strings.Cut(string(lines[k]), ":")
	key, _, _ = strings.Cut(key, "=")
	end := k + 1
	for end < to && (len(lines[end]) == 0 || lines[end][0] == ' ' || lines[end][0] == '\t' || lines[end][0] == '-') {
		end++
	}
	return bytes.Join(slices.Delete(lines, k, end), []byte("\n")), strings.TrimSpace(key), true
}

// valueSwapped gives a line "key: value" of a data file the value
// another line of it gives the same key, when the two differ.
func valueSwapped(r *rand.Rand, text []byte) ([]byte, bool) {
	lines := bytes.Split(text, []byte("\n"))
	field := dataLine
	byKey := map[string][][]byte{}
	key := func(m [][]byte) string {
		return strings.Trim(strings.TrimSpace(strings.TrimLeft(string(m[1]), " \t-")), `":`)
	}
	for _, l := range lines {
		if m := field.FindSubmatch(l); m != nil {
			byKey[key(m)] = append(byKey[key(m)], m[2])
		}
	}
	var candidates []int
	for k, l := range lines {
		if m := field.FindSubmatch(l); m != nil && slices.ContainsFunc(byKey[key(m)], func(v []byte) bool { return !bytes.Equal(v, m[2]) }) {
			candidates = append(candidates, k)
		}
	}
	if len(candidates) == 0 {
		return nil, false
	}
	k := candidates[r.IntN(len(candidates))]
	m := field.FindSubmatch(lines[k])
	var others [][]byte
	for _, v := range byKey[key(m)] {
		if !bytes.Equal(v, m[2]) {
			others = append(others, v)
		}
	}
	lines[k] = slices.Concat(m[1], others[r.IntN(len(others))], m[3])
	return bytes.Join(lines, []byte("\n")), true
}

// isTemplateFile reports whether rel is a template of the site's own:
// an HTML, Liquid or Nunjucks file in a folder of layouts or includes.
func isTemplateFile(rel string) bool {
	ext := filepath.Ext(rel)
	if ext != ".html" && ext != ".liquid" && ext != ".njk" {
		return false
	}
	for _, d := range strings.Split(filepath.ToSlash(filepath.Dir(rel)), "/") {
		switch d {
		case "layouts", "_layouts", "_includes", "includes", "partials":
			return true
		}
	}
	return false
}

// isDataFile reports whether rel is a YAML or JSON file in a folder of
// data.
func isDataFile(rel string) bool {
	switch filepath.Ext(rel) {
	case ".yml", ".yaml", ".json":
	default:
		return false
	}
	for _, d := range strings.Split(filepath.ToSlash(filepath.Dir(rel)), "/") {
		if d == "_data" || d == "data" {
			return true
		}
	}
	return false
}

// pickFile returns one of the files of dir that keep says to, at
// random, relative and slash-separated; "" when there is none.
func pickFile(r *rand.Rand, dir string, keep func(rel string) bool) string {
	out, err := siteFiles(dir, keep)
	if err != nil || len(out) == 0 {
		return ""
	}
	return out[r.IntN(len(out))]
}
