package markdown

import (
	"bytes"
	"fmt"
	"html"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"lectern/internal/diag"
)

// Wiki links, as Obsidian, Foam, Quartz and GitHub's wikis write them:
// [[Other note]], [[Other note|its label]], [[Other note#A heading]],
// and ![[diagram.png]] to show a file. The name is a page's file name
// without its extension, or its path, found wherever the page is, as
// those tools find it; a file to show is found by its name alone. A link
// that names nothing of the site is shown as written, with a warning.
// A pair followed by "(" is no wiki link: [[PDF]](url) is a markdown
// link whose text is "[PDF]", as academic sites write their materials.

// KindWikiLink is the kind of a wiki link before it is resolved.
var KindWikiLink = ast.NewNodeKind("WikiLink")

// wikiLink is a wiki link as written; wikiLinks replaces it.
type wikiLink struct {
	ast.BaseInline
	target, frag, label string
	embed               bool
	seg                 text.Segment // the whole link, brackets included
}

func (n *wikiLink) Kind() ast.NodeKind         { return KindWikiLink }
func (n *wikiLink) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// wikiParser reads wiki links.
type wikiParser struct{}

// Trigger implements parser.InlineParser.
func (wikiParser) Trigger() []byte { return []byte{'[', '!'} }

// Parse implements parser.InlineParser: "[[", a name with no bracket,
// then "]]", on one line, not followed by "(".
func (wikiParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	embed := bytes.HasPrefix(line, []byte("![["))
	open := 2
	if embed {
		open = 3
	} else if !bytes.HasPrefix(line, []byte("[[")) {
		return nil
	}
	end := bytes.Index(line[open:], []byte("]]"))
	if end <= 0 {
		return nil
	}
	inner := string(line[open : open+end])
	if strings.ContainsAny(inner, "[]\n\r") || strings.TrimSpace(inner) == "" {
		return nil
	}
	target, label, _ := strings.Cut(inner, "|")
	target, frag, _ := strings.Cut(strings.TrimSpace(target), "#")
	if target == "" && frag == "" {
		return nil
	}
	n := open + end + 2
	if n < len(line) && line[n] == '(' {
		// [[PDF]](url) is a markdown link whose text is "[PDF]", as
		// kramdown and CommonMark read it: the link parser takes it.
		return nil
	}
	block.Advance(n)
	return &wikiLink{target: target, frag: frag, label: strings.TrimSpace(label), embed: embed, seg: text.NewSegment(seg.Start, seg.Start+n)}
}

// wikiLinks resolves the wiki links of doc, written in file: each is made
// a link (an image, for a picture shown with "!") to what it names, asked
// of tags as a RefWiki, or the text as written when it names nothing or
// the site is not known. It returns the lookups made and warns once, at
// the first, about those that name nothing.
func wikiLinks(doc ast.Node, src []byte, file string, tags Tags, lines *lineIndex, diags *diag.List) []Lookup {
	var found []*wikiLink
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if w, ok := n.(*wikiLink); ok && entering {
			found = append(found, w)
		}
		return ast.WalkContinue, nil
	})
	var lookups []Lookup
	var missing []*wikiLink
	for _, w := range found {
		var u string
		var ok bool
		if w.target == "" {
			u, ok = "", true // [[#A heading]]: this page
		} else if tags.URL != nil {
			ref := Ref{Kind: RefWiki, Target: w.target}
			u, ok = tags.URL(ref)
			lookups = append(lookups, Lookup{Ref: &ref, Text: u, OK: ok})
		}
		parent := w.Parent()
		if !ok {
			if tags.URL != nil {
				missing = append(missing, w)
			}
			parent.ReplaceChild(parent, w, ast.NewTextSegment(w.seg))
			continue
		}
		if w.frag != "" {
			u += "#" + slug([]byte(w.frag))
		}
		label := w.label
		switch {
		case label != "":
		case w.target == "":
			label = w.frag
		default:
			label = path.Base(w.target)
			if ext := path.Ext(label); strings.EqualFold(ext, ".md") {
				label = strings.TrimSuffix(label, ext)
			}
			if w.frag != "" {
				label += " › " + w.frag
			}
		}
		if w.embed && isPicture(w.target) {
			img := ast.NewImage(ast.NewLink())
			img.Destination = []byte(u)
			alt := path.Base(w.target)
			if w.label != "" && strings.Trim(w.label, "0123456789x") != "" {
				alt = w.label // ![[a.png|300]] sets a width, not a text
			}
			if m := wikiSize.FindStringSubmatch(w.label); m != nil {
				setSize(img, m[1], m[2])
			}
			img.AppendChild(img, ast.NewString([]byte(alt)))
			parent.ReplaceChild(parent, w, img)
			continue
		}
		l := ast.NewLink()
		l.Destination = []byte(u)
		l.AppendChild(l, ast.NewString([]byte(label)))
		parent.ReplaceChild(parent, w, l)
	}
	if len(missing) > 0 {
		w := missing[0]
		what := "names no page or file of this site, so it is shown as written"
		if len(missing) > 1 {
			what = fmt.Sprintf("and %d more name no page or file of this site, so they are shown as written", len(missing)-1)
		}
		diags.Warnf(lines.pos(file, w.seg.Start), "wiki link %q %s; write the file name of a page (without .md) or of a file", src[w.seg.Start:w.seg.Stop], what)
	}
	return lookups
}

// wikiRenderer writes a wiki link left unresolved (a text converted
// without the site) as it was written.
type wikiRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (wikiRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindWikiLink, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			seg := n.(*wikiLink).seg
			_, _ = w.WriteString(html.EscapeString(string(seg.Value(src))))
		}
		return ast.WalkContinue, nil
	})
}

// isPicture reports whether name is an image file's.
func isPicture(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp":
		return true
	}
	return false
}
