package content

import (
	"bytes"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"lectern/internal/diag"
)

// otherMarkups are the text formats other than markdown and HTML that
// Hugo renders as pages, and Textile, which Jekyll once did, by
// extension: lectern reads none of them.
var otherMarkups = map[string]string{
	".adoc": "AsciiDoc", ".asciidoc": "AsciiDoc", ".ad": "AsciiDoc",
	".org": "Org", ".rst": "reStructuredText", ".textile": "Textile",
}

// otherMarkup returns the name of the format of the file at p when it is
// a page written in one of otherMarkups: it opens with front matter, or,
// in Org, a "#+" keyword line (#+TITLE:). "" otherwise: such a file
// without either is a file to publish as it is (a README.rst, an .org
// file offered for download).
func otherMarkup(fsys fs.FS, p string) string {
	name, ok := otherMarkups[strings.ToLower(path.Ext(p))]
	if !ok {
		return ""
	}
	f, err := fsys.Open(p)
	if err != nil {
		return ""
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	head = bytes.TrimLeft(bytes.TrimPrefix(head[:n], []byte("\xef\xbb\xbf")), " \t\r\n")
	first := bytes.TrimSpace(firstLineOf(head))
	switch {
	case isDelimiter(first), bytes.HasPrefix(first, []byte("{")), name == "Org" && bytes.HasPrefix(first, []byte("#+")):
		return name
	}
	return ""
}

// warnOtherMarkup is the one warning about the pages left out for their
// format (otherMarkup), at the first.
func warnOtherMarkup(files, formats []string) diag.List {
	var d diag.List
	if len(files) == 0 {
		return d
	}
	slices.Sort(formats)
	formats = slices.Compact(formats)
	d.Warnf(diag.Pos{File: files[0], Line: 1, Col: 1}, "%s written in %s, which lectern does not read: %s left out, not published; convert %s to markdown (.md) to publish %s",
		fileList(files, "this page is", "this page and %d more (%s) are"), andList(formats),
		either(len(files), "it is", "they are"), either(len(files), "it", "them"), either(len(files), "it", "them"))
	return d
}

// andList joins words as prose does: "A", "A and B", "A, B and C".
func andList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// plainTextFile reports whether the file at p is a .txt file that opens
// with no front matter, which Options.TextFiles publishes as a file.
func plainTextFile(fsys fs.FS, p string) bool {
	if !strings.EqualFold(path.Ext(p), ".txt") {
		return false
	}
	f, err := fsys.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	head = bytes.TrimLeft(bytes.TrimPrefix(head[:n], []byte("\xef\xbb\xbf")), " \t\r\n")
	first := bytes.TrimSpace(firstLineOf(head))
	return !isDelimiter(first) && !bytes.Equal(first, []byte("+++"))
}
