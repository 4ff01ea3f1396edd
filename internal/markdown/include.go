package markdown

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/osteele/liquid"
	"github.com/osteele/liquid/render"
)

// fileKey is the binding of the file of the page whose Liquid runs (see
// Render), from the site's folder, which include_relative names files
// from; includes inherit it with the rest of their bindings.
const fileKey = "\x00file"

// include is Jekyll's {% include name.html key="value" key2=variable %}:
// the file from _includes, run with the page's variables and include.key.
func (l *Liquid) include(ctx render.Context) (string, error) {
	return l.includeFile(ctx, "include", func(name string) (string, []byte, string) {
		file := "_includes/" + name
		if src, ok := l.includes[name]; ok {
			return file, src, ""
		}
		return file, nil, "there is no file " + file
	})
}

// badRelative are the sequences Jekyll refuses in an include_relative's
// path ("..", "./", "//"): a path with none stays in the page's folder
// or below it, so within the site.
var badRelative = regexp.MustCompile(`[./]{2,}`)

// includeRelative is Jekyll's {% include_relative path key="value" %}:
// the file at path from the folder of the page's file (from the page's,
// not the include's, when an include holds the tag, as in Jekyll), run
// as an include is. The file is read as written: front matter in it is
// text, as Jekyll includes it.
func (l *Liquid) includeRelative(ctx render.Context) (string, error) {
	page, _ := ctx.Bindings()[fileKey].(string)
	return l.includeFile(ctx, "include_relative", func(name string) (string, []byte, string) {
		switch {
		case page == "" || l.read == nil:
			return name, nil, "the page's file is not known, so no file is read from its folder"
		case badRelative.MatchString(name) || strings.HasPrefix(name, "/"):
			return name, nil, fmt.Sprintf(`Jekyll refuses a path with "..", "./", "//" or a leading "/", and so does lectern: name the file from the page's folder (%s/)`, path.Dir(page))
		}
		file := path.Join(path.Dir(page), name)
		src, err := l.read(file)
		if err != nil {
			return file, nil, "there is no file " + file
		}
		return file, src, ""
	})
}

// includeFile runs the include tag's file, which find gives for the
// name the tag writes: its path from the site's folder, its text, and
// why there is none when it is missing. A missing file is left out with
// a warning at the tag, and the rest of the page runs.
func (l *Liquid) includeFile(ctx render.Context, tag string, find func(name string) (file string, src []byte, missing string)) (string, error) {
	args, err := ctx.ExpandTagArg()
	if err != nil {
		return "", err
	}
	words, ok := splitWords(strings.TrimSpace(strings.ReplaceAll(args, "\n", " ")))
	if !ok {
		return "", ctx.Errorf("%s %s: a quote is not closed", tag, args)
	}
	if len(words) == 0 {
		return "", ctx.Errorf("%s names no file", tag)
	}
	// Eleventy's (liquidjs's) spelling quotes the name and gives values
	// as key: value after a comma: {% include "card.liquid", title: t %}.
	first := strings.TrimSuffix(words[0], ",")
	if len(first) >= 2 && (first[0] == '"' || first[0] == '\'') && first[len(first)-1] == first[0] {
		first = first[1 : len(first)-1]
	}
	name := first
	if tag == "include" {
		name = path.Clean(first)
	}
	file, src, missing := find(name)
	if missing != "" && tag == "include" {
		// A theme's include, which a site that takes its theme as a gem
		// or remote_theme does not hold: the players and figures such
		// themes document are shown as they show them.
		if params, _, err := includeParams(ctx, words[1:]); err == nil {
			page, _ := ctx.Bindings()["page"].(map[string]any)
			if out, ok := themeInclude(name, params, page); ok {
				return out, nil
			}
		}
	}
	if missing != "" {
		msg := fmt.Sprintf("%s %q: %s; it is left out", tag, name, missing)
		err := ctx.Errorf("%s", msg)
		w, ok := ctx.Bindings()[warnsKey].(*LiquidWarnings)
		if !ok {
			return "", err
		}
		line := err.LineNumber() + 1 // the engine counts a page's lines from 0
		if in := ctx.SourceFile(); in != "" {
			// In an include, whose lines count from 1 (see parsed): the
			// page's line is not known.
			msg += fmt.Sprintf(" (in %s, line %d)", in, err.LineNumber())
			line = 0
		}
		*w = append(*w, LiquidError{Line: line, Msg: msg})
		return "", nil
	}
	params, colon, err := includeParams(ctx, words[1:])
	if err != nil {
		return "", err
	}
	b := map[string]any{}
	for k, v := range ctx.Bindings() {
		b[k] = v
	}
	// liquidjs gives an include's values as variables of their own.
	for k, v := range colon {
		b[k] = v
	}
	depth, _ := b["\x00depth"].(int)
	if depth >= maxIncludeDepth {
		return "", ctx.Errorf("%s %q is included %d times within itself", tag, name, depth)
	}
	b["\x00depth"] = depth + 1
	b["include"] = params
	tpl, serr := l.parsed(tag, file, src)
	var out []byte
	if serr == nil {
		out, serr = tpl.Render(b)
	}
	if serr != nil {
		return "", ctx.Errorf("%s (in %s, line %d)", liquidMessage(serr), file, serr.LineNumber()+1)
	}
	if path.Ext(name) == ".html" || path.Ext(name) == ".htm" {
		out = oneBlock(out)
	}
	return string(out), nil
}

// includeParams are the values an include tag gives after its name:
// Jekyll's key="value" and key=variable as include.key (params), and
// liquidjs's key: value as variables of their own (colon).
func includeParams(ctx render.Context, rest []string) (params, colon map[string]any, err error) {
	params, colon = map[string]any{}, map[string]any{}
	for i := 0; i < len(rest); i++ {
		w := strings.TrimSuffix(rest[i], ",")
		k, v, isPair := strings.Cut(w, "=")
		into := params
		if !isPair && strings.HasSuffix(w, ":") && i+1 < len(rest) {
			k, v, isPair, into = strings.TrimSuffix(w, ":"), strings.TrimSuffix(rest[i+1], ","), true, colon
			i++
		}
		if !isPair {
			continue
		}
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			into[k] = v[1 : len(v)-1]
			continue
		}
		val, err := ctx.EvaluateString(v)
		if err != nil {
			return nil, nil, err
		}
		into[k] = val
	}
	return params, colon, nil
}

// parsed is the file of an include tag parsed, once per Liquid: a
// schedule's include runs for every slot of every day.
func (l *Liquid) parsed(tag, file string, src []byte) (*liquid.Template, liquid.SourceError) {
	l.mu.Lock()
	defer l.mu.Unlock()
	// By tag too: a site whose source is a folder of its own has its
	// _includes there, and a relative "_includes/x" is another file.
	key := tag + "\x00" + file
	if t, ok := l.templates[key]; ok {
		return t, nil
	}
	t, err := l.engine.ParseTemplateLocation(laxTags(src), file, 1)
	if err != nil {
		return nil, err
	}
	l.templates[key] = t
	return t, nil
}

// oneBlock drops the blank lines of an HTML include's output, but in
// <pre>, so that the markdown around it reads it as one HTML block, as
// kramdown reads an HTML element to its end tag: a blank line would end
// the block, and the indented lines after it would be code.
func oneBlock(html []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(html))
	inPre := false
	for line := range bytes.Lines(html) {
		if !inPre && len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		lower := bytes.ToLower(line)
		if bytes.Contains(lower, []byte("<pre")) {
			inPre = true
		}
		if bytes.Contains(lower, []byte("</pre>")) {
			inPre = false
		}
		out.Write(line)
	}
	return out.Bytes()
}
