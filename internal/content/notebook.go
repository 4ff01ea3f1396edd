package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"

	"lectern/internal/diag"
)

// A Quarto site's Jupyter notebooks (.ipynb) are pages, as Quarto
// renders them: the notebook becomes the Quarto markdown it stands for,
// which is then read as a .qmd file is. Its front matter is its first
// cell's, raw or markdown, opening with "---"; a markdown cell is its
// markdown; a code cell is an executable cell of the notebook's
// language ("```{python}"), whose "#|" options and echo: false are read
// as in .qmd; and its outputs, which the notebook keeps, follow it: text
// and results as plain code blocks, HTML as raw HTML, pictures (PNG,
// JPEG, SVG) as images written into the page. Quarto's "#| include:
// false" and "#| output: false", and the cell tags of Jupyter Book
// (remove-cell, remove-input, remove-output), leave the parts out.
// lectern runs no code: a cell without outputs shows none.

// isNotebook reports whether p is named as a Jupyter notebook.
func isNotebook(p string) bool { return strings.EqualFold(path.Ext(p), ".ipynb") }

type notebook struct {
	Cells    []notebookCell `json:"cells"`
	Metadata struct {
		Kernelspec struct {
			Language string `json:"language"`
		} `json:"kernelspec"`
		LanguageInfo struct {
			Name string `json:"name"`
		} `json:"language_info"`
	} `json:"metadata"`
}

type notebookCell struct {
	Type     string          `json:"cell_type"`
	Source   notebookText    `json:"source"`
	Outputs  []notebookOut   `json:"outputs"`
	Metadata json.RawMessage `json:"metadata"`
}

type notebookOut struct {
	Type string                  `json:"output_type"`
	Text notebookText            `json:"text"`
	Data map[string]notebookText `json:"data"`
}

// notebookText is a text a notebook writes as one string or as a list
// of lines.
type notebookText string

func (t *notebookText) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = notebookText(s)
		return nil
	}
	var lines []string
	if err := json.Unmarshal(b, &lines); err != nil {
		return err
	}
	*t = notebookText(strings.Join(lines, ""))
	return nil
}

// notebookMarkdown returns the Quarto markdown a notebook stands for, or
// an error at the file's first line when it is no notebook.
func notebookMarkdown(file string, src []byte) ([]byte, diag.List) {
	var nb notebook
	var d diag.List
	if err := json.Unmarshal(src, &nb); err != nil {
		d.Errorf(notebookErrPos(file, src, err), "%s", notebookErr(src, err))
		return nil, d
	}
	lang := strings.ToLower(cmpOr(nb.Metadata.Kernelspec.Language, cmpOr(nb.Metadata.LanguageInfo.Name, "python")))
	var b bytes.Buffer
	for i, c := range nb.Cells {
		text := strings.TrimRight(string(c.Source), "\n")
		tags := cellTags(c.Metadata)
		if hasTag(tags, "remove-cell", "remove_cell") {
			continue
		}
		switch c.Type {
		case "raw":
			if i == 0 && strings.HasPrefix(text, "---") {
				b.WriteString(text + "\n\n")
			}
		case "markdown":
			b.WriteString(text + "\n\n")
		case "code":
			include, output := notebookOptions(text)
			if !include {
				continue
			}
			if text != "" && !hasTag(tags, "remove-input", "remove_input", "hide-input") {
				fence := fenceFor(text, '`')
				b.WriteString(fence + "{" + lang + "}\n" + text + "\n" + fence + "\n\n")
			}
			if output && !hasTag(tags, "remove-output", "remove_output", "hide-output") {
				for _, o := range c.Outputs {
					writeOutput(&b, o)
				}
			}
		}
	}
	return b.Bytes(), d
}

// notebookErrPos is where err, from decoding the notebook src, was
// found: the offset a JSON error gives, else the file's first line.
func notebookErrPos(file string, src []byte, err error) diag.Pos {
	var off int64
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		off = syntax.Offset
	case errors.As(err, &typ):
		off = typ.Offset
	}
	if off > 0 {
		// The decoder's offset is just past the byte it stopped at.
		off--
	}
	line, col := lineCol(src, int(off))
	return diag.Pos{File: file, Line: line, Col: col}
}

// notebookErr says why the notebook src cannot be read and how to
// mend it. A checkout made without Git LFS holds a pointer to the
// notebook instead of the notebook, which only fetching it mends.
func notebookErr(src []byte, err error) string {
	if bytes.HasPrefix(src, []byte("version https://git-lfs.github.com/spec/")) {
		return "this is a Git LFS pointer, not the notebook: the checkout was made without Git LFS; run \"git lfs pull\" to fetch the notebook, or remove it"
	}
	return fmt.Sprintf("cannot read the notebook: %v; save it again from Jupyter, or remove it", err)
}

// notebookOptions reads a code cell's "#| include:" and "#| output:".
func notebookOptions(code string) (include, output bool) {
	include, output = true, true
	for line := range strings.Lines(code) {
		opt, ok := strings.CutPrefix(strings.TrimSpace(line), "#|")
		if !ok {
			break
		}
		k, v, _ := strings.Cut(opt, ":")
		switch strings.TrimSpace(k) {
		case "include":
			include = strings.TrimSpace(v) != "false"
		case "output":
			output = strings.TrimSpace(v) != "false"
		}
	}
	return include, output
}

func cellTags(meta json.RawMessage) []string {
	var m struct {
		Tags []string `json:"tags"`
	}
	_ = json.Unmarshal(meta, &m)
	return m.Tags
}

func hasTag(tags []string, names ...string) bool {
	return slices.ContainsFunc(tags, func(t string) bool { return slices.Contains(names, t) })
}

// writeOutput writes one output of a code cell: a picture, HTML,
// markdown or text, the first the output has in that order.
func writeOutput(b *bytes.Buffer, o notebookOut) {
	switch o.Type {
	case "stream":
		writeFenced(b, string(o.Text))
		return
	case "execute_result", "display_data":
	default:
		return // errors: a traceback is no part of a post
	}
	for _, mime := range []string{"image/svg+xml", "image/png", "image/jpeg"} {
		v, ok := o.Data[mime]
		if !ok {
			continue
		}
		img := string(v)
		if mime == "image/svg+xml" {
			writeRaw(b, img)
		} else {
			writeRaw(b, `<img src="data:`+mime+";base64,"+strings.Join(strings.Fields(img), "")+`" alt="">`)
		}
		return
	}
	if v, ok := o.Data["text/html"]; ok {
		writeRaw(b, string(v))
	} else if v, ok := o.Data["text/markdown"]; ok {
		b.WriteString(strings.TrimRight(string(v), "\n") + "\n\n")
	} else if v, ok := o.Data["text/plain"]; ok {
		writeFenced(b, string(v))
	}
}

// writeFenced writes text as a code block without a language.
func writeFenced(b *bytes.Buffer, text string) {
	text = strings.TrimRight(text, "\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	fence := fenceFor(text, '`')
	b.WriteString(fence + "\n" + text + "\n" + fence + "\n\n")
}

// writeRaw writes html as a raw HTML block (formats.md, "~~~{=html}").
func writeRaw(b *bytes.Buffer, html string) {
	html = strings.TrimRight(html, "\n")
	fence := fenceFor(html, '~')
	b.WriteString(fence + "{=html}\n" + html + "\n" + fence + "\n\n")
}

// fenceFor returns a fence of c longer than any run of c in text, at
// least three.
func fenceFor(text string, c byte) string {
	longest, run := 0, 0
	for i := 0; i < len(text); i++ {
		if text[i] == c {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat(string(c), max(3, longest+1))
}
