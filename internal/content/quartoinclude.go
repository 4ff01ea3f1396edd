package content

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"

	"lectern/internal/diag"
)

// Quarto's {{< include _file.qmd >}} puts the text of another file in
// the page before anything else reads it, as Quarto does: a talk page's
// shared abstract or bio, a course's common setup, a list of links kept
// in one _links.qmd for several pages. The file is named from the
// including file's folder, or from the project's folder when it starts
// with "/"; its own front matter is dropped, and the includes it holds
// are read in turn, from its own folder. Such files start with "_" so
// that Quarto renders no page of them, and the walk leaves them out too:
// the page that includes them is what shows their text.

// maxIncludeDepth bounds includes within includes: a file that includes
// itself, directly or not, stops there with a warning.
const maxIncludeDepth = 8

// includeLine is a line holding only the include shortcode, the name
// quoted or not.
var includeLine = regexp.MustCompile(`^[ \t]*\{\{<\s*include\s+("[^"]+"|'[^']+'|\S+)\s*>\}\}[ \t]*\r?$`)

// quartoIncludes returns src, the text of the page file p, with each
// include shortcode on a line of its own replaced by the text of the
// file it names (from root, the project's folder, when it starts with
// "/"), the files read (for the preview, which reads the page
// again when one of them changes), and a warning for each file that is
// missing, left out. Lines in fenced code are left as written: a page
// showing how to write the shortcode shows it. src is returned as is
// when it holds no include.
func quartoIncludes(fsys fs.FS, root, p string, src []byte) ([]byte, []string, diag.List) {
	if !bytes.Contains(src, []byte("include")) {
		return src, nil, nil
	}
	var read []string
	var diags diag.List
	out, changed := expandIncludes(fsys, root, p, src, 0, &read, &diags)
	if !changed {
		return src, read, diags
	}
	return out, read, diags
}

// expandIncludes replaces the include lines of src, the text of file,
// depth includes deep; it reports whether it replaced any.
func expandIncludes(fsys fs.FS, root, file string, src []byte, depth int, read *[]string, diags *diag.List) ([]byte, bool) {
	var out bytes.Buffer
	changed := false
	fence := ""
	line := 0
	for rest := src; len(rest) > 0; {
		line++
		end := bytes.IndexByte(rest, '\n') + 1
		if end == 0 {
			end = len(rest)
		}
		text := rest[:end]
		rest = rest[end:]
		trimmed := strings.TrimSpace(string(text))
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) && strings.Trim(trimmed, fence[:1]) == "" {
				fence = ""
			}
			out.Write(text)
			continue
		}
		if f := fenceOpening(trimmed); f != "" {
			fence = f
			out.Write(text)
			continue
		}
		m := includeLine.FindSubmatch(bytes.TrimRight(text, "\n"))
		if m == nil {
			out.Write(text)
			continue
		}
		changed = true
		name := strings.Trim(string(m[1]), `"'`)
		pos := diag.Pos{File: file, Line: line, Col: bytes.Index(text, []byte("{{")) + 1}
		target := path.Join(path.Dir(file), name)
		if strings.HasPrefix(name, "/") {
			target = path.Join(root, name)
		}
		if depth >= maxIncludeDepth {
			diags.Warnf(pos, "include %q: includes are nested more than %d deep (does a file include itself?); it is left out", name, maxIncludeDepth)
			continue
		}
		b, err := readInclude(fsys, target)
		if err != nil {
			diags.Warnf(pos, "include %q: there is no file %s (a name is read from the folder of the file that includes it, or from the project's folder when it starts with /); fix the name or remove the line; it is left out", name, target)
			continue
		}
		*read = append(*read, target)
		b, _ = expandIncludes(fsys, root, target, withoutFrontMatter(b), depth+1, read, diags)
		out.Write(b)
		if len(b) > 0 && b[len(b)-1] != '\n' {
			out.WriteByte('\n')
		}
	}
	return out.Bytes(), changed
}

// fenceOpening returns the fence a line opens (``` or ~~~, three or
// more), "" when it opens none.
func fenceOpening(trimmed string) string {
	for _, c := range []string{"`", "~"} {
		n := len(trimmed) - len(strings.TrimLeft(trimmed, c))
		if n >= 3 {
			return strings.Repeat(c, n)
		}
	}
	return ""
}

// readInclude reads an included file: a regular file no larger than a
// page may be.
func readInclude(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() || info.Size() > 1<<20 {
		return nil, fmt.Errorf("%s is not a file to include", name)
	}
	return fs.ReadFile(fsys, name)
}

// withoutFrontMatter drops the YAML front matter opening b, which an
// included file may carry from being written as a page of its own.
func withoutFrontMatter(b []byte) []byte {
	if !bytes.HasPrefix(b, []byte("---\n")) && !bytes.HasPrefix(b, []byte("---\r\n")) {
		return b
	}
	rest := b[bytes.IndexByte(b, '\n')+1:]
	for off := 0; off < len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		next := len(rest)
		if end >= 0 {
			next = off + end + 1
		}
		l := bytes.TrimRight(rest[off:next], "\r\n")
		if string(l) == "---" || string(l) == "..." {
			return rest[next:]
		}
		off = next
	}
	return b
}

// includes reads the include shortcodes of the page file p on a Quarto
// site (quartoIncludes); on any other site src is returned as is.
func (o Options) includes(fsys fs.FS, p string, src []byte) ([]byte, []string, diag.List) {
	if !o.Quarto || !isPandoc(p) && path.Ext(p) != ".md" {
		return src, nil, nil
	}
	return quartoIncludes(fsys, cmpOr(o.Dir, "content"), p, src)
}

// ParseIn is Parse of the page file p of fsys, whose text src is: on a
// Quarto site, the files its include shortcodes name are read from fsys
// first (quartoIncludes), and the document records them
// (Extra.Includes), with a warning for each that is missing. Load and
// Reader parse pages so, and so must whoever reads a page's text again.
func ParseIn(fsys fs.FS, p string, src []byte, opts Options) *Document {
	src, files, diags := opts.includes(fsys, p, src)
	doc := Parse(p, src, opts)
	doc.Diags.Append(diags)
	if len(files) > 0 {
		doc.EditExtra().Includes = files
	}
	return doc
}
